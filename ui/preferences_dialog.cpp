#include "preferences_dialog.h"

#include "accounts/remote_content_allow_list.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace heron::ui {

namespace {

const QString kCheckIntervalKey = QStringLiteral("mail/checkIntervalMinutes");
const QString kMarkReadDelayKey = QStringLiteral("reading/markReadSeconds");
const QString kNewMailNoticeKey = QStringLiteral("notifications/newMail");
const QString kRichTextKey = QStringLiteral("composing/richText");
constexpr int kMaxMarkReadSeconds = 120;

void saveSetting(const accounts::Profile &profile, const QString &key, int value)
{
    QSettings settings(profile.settingsFile(), QSettings::IniFormat);
    settings.setValue(key, value);
    settings.sync();
}

} // namespace

PreferencesDialog::PreferencesDialog(accounts::Profile profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(std::move(profile))
{
    setObjectName(QStringLiteral("PreferencesDialog"));
    setWindowTitle(tr("Preferences"));

    auto *reading = new QGroupBox(tr("Remote content in messages"));
    auto *readingLayout = new QVBoxLayout(reading);
    auto *note = new QLabel(tr("Heron loads no images or other content from the internet when it shows a message, "
                               "so a sender cannot tell that, when or where you read it. These senders are "
                               "trusted to load theirs (Always allow, in a message's banner):"));
    note->setWordWrap(true);
    m_allowedSenders = new QListWidget;
    m_allowedSenders->setObjectName(QStringLiteral("AllowedSenders"));
    m_allowedSenders->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_removeSender = new QPushButton(tr("&Remove"));
    m_removeSender->setObjectName(QStringLiteral("RemoveAllowedSenderButton"));
    m_removeSender->setToolTip(tr("Their messages load no remote content again until you allow it"));
    connect(m_removeSender, &QPushButton::clicked, this, &PreferencesDialog::removeAllowedSender);
    connect(m_allowedSenders, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeSender->setEnabled(!m_allowedSenders->selectedItems().isEmpty()); });
    auto *senderRow = new QHBoxLayout;
    senderRow->addWidget(m_allowedSenders, 1);
    senderRow->addWidget(m_removeSender, 0, Qt::AlignTop);
    readingLayout->addWidget(note);
    readingLayout->addLayout(senderRow);

    m_checkInterval = new QSpinBox;
    m_checkInterval->setObjectName(QStringLiteral("CheckIntervalMinutes"));
    m_checkInterval->setRange(0, 24 * 60);
    m_checkInterval->setSuffix(tr(" min"));
    m_checkInterval->setSpecialValueText(tr("only when asked"));
    m_checkInterval->setValue(checkIntervalMinutes(m_profile));
    m_checkInterval->setToolTip(tr("Every account's Inbox is checked this often; the folder you look at shows new "
                                   "mail at once where the server can push it (IDLE)"));
    connect(m_checkInterval, &QSpinBox::valueChanged, this, &PreferencesDialog::saveCheckInterval);

    m_markReadDelay = new QSpinBox;
    m_markReadDelay->setObjectName(QStringLiteral("MarkReadSeconds"));
    m_markReadDelay->setRange(-1, kMaxMarkReadSeconds);
    m_markReadDelay->setSuffix(tr(" s"));
    m_markReadDelay->setSpecialValueText(tr("never (only by hand)"));
    m_markReadDelay->setValue(markReadDelaySeconds(m_profile));
    m_markReadDelay->setToolTip(tr("A message you look at this long is marked read; 0 s: as soon as it is shown"));
    connect(m_markReadDelay, &QSpinBox::valueChanged, this, &PreferencesDialog::saveMarkReadDelay);

    m_general = new QFormLayout;
    m_general->addRow(tr("&Check for new mail every:"), m_checkInterval);
    m_general->addRow(tr("&Mark a shown message read after:"), m_markReadDelay);
    auto *notices = new QCheckBox(tr("Show a desktop &notification when new mail arrives in an Inbox"));
    notices->setObjectName(QStringLiteral("NewMailNotifications"));
    notices->setChecked(newMailNotifications(m_profile));
    connect(notices, &QCheckBox::toggled, this, [this](bool on) {
        saveSetting(m_profile, kNewMailNoticeKey, on ? 1 : 0);
        emit newMailNotificationsChanged(on);
    });
    m_general->addRow(QString(), notices);
    auto *richText = new QCheckBox(tr("&Write new messages in rich text (HTML) instead of plain text"));
    richText->setObjectName(QStringLiteral("ComposeRichText"));
    richText->setToolTip(tr("Each message can still be switched in its Format menu"));
    richText->setChecked(composeRichText(m_profile));
    connect(richText, &QCheckBox::toggled, this, [this](bool on) { saveSetting(m_profile, kRichTextKey, on ? 1 : 0); });
    m_general->addRow(QString(), richText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_general);
    layout->addWidget(reading, 1);
    layout->addWidget(buttons);
    loadAllowedSenders();
    resize(560, 420);
}

void PreferencesDialog::addChoice(const QString &label, const char *objectName, const QList<QAction *> &actions)
{
    auto *box = new QComboBox;
    box->setObjectName(QLatin1String(objectName));
    for (QAction *action : actions) {
        box->addItem(action->text().remove(QLatin1Char('&')));
        if (action->isChecked())
            box->setCurrentIndex(box->count() - 1);
    }
    connect(box, &QComboBox::activated, this, [actions](int index) {
        if (index >= 0 && index < actions.size() && !actions.at(index)->isChecked())
            actions.at(index)->trigger();
    });
    m_general->addRow(label, box);
}

int PreferencesDialog::checkIntervalMinutes(const accounts::Profile &profile)
{
    const int minutes = QSettings(profile.settingsFile(), QSettings::IniFormat)
                            .value(kCheckIntervalKey, kDefaultCheckMinutes)
                            .toInt();
    return qBound(0, minutes, 24 * 60);
}

void PreferencesDialog::saveCheckInterval(int minutes)
{
    saveSetting(m_profile, kCheckIntervalKey, minutes);
    emit checkIntervalChanged(minutes);
}

bool PreferencesDialog::newMailNotifications(const accounts::Profile &profile)
{
    return QSettings(profile.settingsFile(), QSettings::IniFormat).value(kNewMailNoticeKey, 1).toInt() != 0;
}

bool PreferencesDialog::composeRichText(const accounts::Profile &profile)
{
    return QSettings(profile.settingsFile(), QSettings::IniFormat).value(kRichTextKey, 0).toInt() != 0;
}

int PreferencesDialog::markReadDelaySeconds(const accounts::Profile &profile)
{
    const int seconds = QSettings(profile.settingsFile(), QSettings::IniFormat).value(kMarkReadDelayKey, 0).toInt();
    return qBound(-1, seconds, kMaxMarkReadSeconds);
}

void PreferencesDialog::saveMarkReadDelay(int seconds)
{
    saveSetting(m_profile, kMarkReadDelayKey, seconds);
    emit markReadDelayChanged(seconds);
}

void PreferencesDialog::loadAllowedSenders()
{
    m_allowedSenders->clear();
    const QStringList senders = accounts::RemoteContentAllowList(m_profile).senders();
    m_allowedSenders->addItems(senders);
    if (senders.isEmpty()) {
        auto *none = new QListWidgetItem(tr("No sender yet: every message shows without remote content."));
        none->setFlags(Qt::NoItemFlags);
        m_allowedSenders->addItem(none);
    }
    m_removeSender->setEnabled(false);
}

void PreferencesDialog::removeAllowedSender()
{
    accounts::RemoteContentAllowList allowList(m_profile);
    QStringList problems;
    for (const QListWidgetItem *item : m_allowedSenders->selectedItems()) {
        QString error;
        if (!allowList.revoke(item->text(), &error))
            problems << error;
    }
    loadAllowedSenders();
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Remote content"), problems.join(QLatin1Char('\n')));
}

} // namespace heron::ui
