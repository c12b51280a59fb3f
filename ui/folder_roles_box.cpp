#include "folder_roles_box.h"

#include <QComboBox>
#include <QFormLayout>

namespace heron::ui {

FolderRolesBox::FolderRolesBox(QWidget *parent)
    : QGroupBox(tr("Folders"), parent)
{
    auto *form = new QFormLayout(this);
    const std::pair<const char *, QString> roles[] = {
        {"Sent", tr("&Sent messages:")}, {"Drafts", tr("Dra&fts:")}, {"Trash", tr("&Trash:")},
        {"Archive", tr("Arc&hive:")},    {"Junk", tr("&Junk:")},
    };
    for (const auto &[name, label] : roles) {
        auto *box = new QComboBox;
        box->setObjectName(QStringLiteral("FolderRole") + QLatin1String(name));
        form->addRow(label, box);
        m_boxes.insert(QLatin1Char('\\') + QLatin1String(name), box);
    }
    setToolTip(tr("Automatic: the folder the server marks for it, else the one with the usual name"));
}

void FolderRolesBox::setAccount(const QStringList &folders, const QHash<QString, QString> &roles)
{
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        QComboBox *box = it.value();
        box->clear();
        box->addItem(tr("Automatic"), QString());
        QStringList names = folders;
        const QString chosen = roles.value(it.key());
        if (!chosen.isEmpty() && !names.contains(chosen))
            names << chosen; // chosen before, not in the cache (yet): still shown, still kept
        for (const QString &name : std::as_const(names))
            box->addItem(name, name);
        box->setCurrentIndex(qMax(0, box->findData(chosen)));
    }
}

QHash<QString, QString> FolderRolesBox::roles() const
{
    QHash<QString, QString> roles;
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QString folder = it.value()->currentData().toString();
        if (!folder.isEmpty())
            roles.insert(it.key(), folder);
    }
    return roles;
}

} // namespace heron::ui
