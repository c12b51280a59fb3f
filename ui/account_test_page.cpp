#include "account_test_page.h"

#include "account_wizard.h"
#include "device_id_field.h"
#include "device_refusal_dialog.h"
#include "plain_text_label.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace heron::ui {

using sync::ConnectionTest;

namespace {

QString stateText(ConnectionTest::State state)
{
    switch (state) {
    case ConnectionTest::State::Running:
        return AccountTestPage::tr("…");
    case ConnectionTest::State::Passed:
        return AccountTestPage::tr("OK");
    case ConnectionTest::State::Failed:
        return AccountTestPage::tr("Problem");
    case ConnectionTest::State::Skipped:
        return AccountTestPage::tr("Skipped");
    }
    return {};
}

QString colonHex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

} // namespace

AccountTestPage::AccountTestPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Test connection"));
    setSubTitle(tr("Heron connects to the servers the way it will when getting and sending mail."));

    auto *steps = new QGridLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(steps);
    const auto addRow = [this, steps](ConnectionTest::Step step, const char *prefix) {
        const int row = steps->rowCount();
        auto *name = new QLabel(ConnectionTest::stepName(step));
        auto *state = new QLabel;
        state->setObjectName(QLatin1String(prefix) + QStringLiteral("StepState"));
        auto *detail = new PlainTextLabel(QLatin1String(prefix) + QStringLiteral("StepDetail"));
        steps->addWidget(name, row, 0, Qt::AlignTop);
        steps->addWidget(state, row, 1, Qt::AlignTop);
        steps->addWidget(detail, row, 2);
        m_rows.insert(step, {state, detail});
    };
    addRow(ConnectionTest::Step::Tls, "Tls");
    addRow(ConnectionTest::Step::ClientId, "ClientId");
    addRow(ConnectionTest::Step::Login, "Login");
    addRow(ConnectionTest::Step::Smtp, "Smtp");
    steps->setColumnStretch(2, 1);

    m_fingerprints = new PlainTextLabel(QStringLiteral("CertificateFingerprint"));
    m_trust = new QPushButton(tr("&Trust This Certificate"));
    m_trust->setObjectName(QStringLiteral("TrustCertificateButton"));
    m_trust->setToolTip(tr("Connect to this server despite the problem above, as long as it shows this very "
                           "certificate. Only do this when you know the fingerprint is the server's."));
    connect(m_trust, &QPushButton::clicked, this, &AccountTestPage::trustCertificates);
    layout->addWidget(m_fingerprints);
    layout->addWidget(m_trust, 0, Qt::AlignLeft);

    auto *refusal = new QGroupBox(tr("Register this device"));
    refusal->setObjectName(QStringLiteral("DeviceRefusalBox"));
    auto *refusalLayout = new QVBoxLayout(refusal);
    auto *explanation = new QLabel(
        tr("Your provider lets this account log in only from devices the account owner approved, and it does not "
           "know this one yet. Register this device ID with your provider (usually on its web portal), then press "
           "Test Again. You can also add the account now and register the device later."));
    explanation->setWordWrap(true);
    m_token = new DeviceIdField;
    auto *registerButton = new QPushButton(tr("&Register Device…"));
    registerButton->setObjectName(QStringLiteral("RegisterDeviceButton"));
    connect(registerButton, &QPushButton::clicked, this, &AccountTestPage::showRefusalDialog);
    refusalLayout->addWidget(explanation);
    refusalLayout->addWidget(m_token);
    refusalLayout->addWidget(registerButton, 0, Qt::AlignLeft);
    m_refusalBox = refusal;
    layout->addWidget(refusal);

    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("TestSummary"));
    m_summary->setWordWrap(true);
    m_testAgain = new QPushButton(tr("Test &Again"));
    m_testAgain->setObjectName(QStringLiteral("TestAgainButton"));
    connect(m_testAgain, &QPushButton::clicked, this, &AccountTestPage::runTest);
    m_saveError = new PlainTextLabel(QStringLiteral("SaveError"));
    m_saveError->setStyleSheet(QStringLiteral("color: palette(link-visited)"));
    layout->addWidget(m_summary);
    layout->addWidget(m_testAgain, 0, Qt::AlignLeft);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
}

AccountWizard *AccountTestPage::accountWizard() const
{
    return qobject_cast<AccountWizard *>(wizard());
}

void AccountTestPage::initializePage()
{
    if (!m_test) {
        m_test = new ConnectionTest(accountWizard()->profile(), this);
        connect(m_test, &ConnectionTest::stepChanged, this, &AccountTestPage::onStepChanged);
        connect(m_test, &ConnectionTest::finished, this, &AccountTestPage::onFinished);
    }
    runTest();
}

void AccountTestPage::cleanupPage()
{
    if (m_refusalDialog)
        m_refusalDialog->close();
}

void AccountTestPage::runTest()
{
    m_fingerprints->hide();
    m_trust->hide();
    m_refusalBox->hide();
    m_saveError->clear();
    m_testAgain->setEnabled(false);
    m_summary->setText(tr("Testing…"));
    m_test->start(accountWizard()->account(), accountWizard()->password());
    emit completeChanged();
}

void AccountTestPage::onStepChanged(ConnectionTest::Step step, ConnectionTest::State state, const QString &text)
{
    const StepRow row = m_rows.value(step);
    row.state->setText(stateText(state));
    row.detail->setText(text);
}

void AccountTestPage::onFinished(bool allPassed)
{
    m_testAgain->setEnabled(true);
    QStringList fingerprints;
    for (const ConnectionTest::RejectedCertificate &certificate : m_test->rejectedCertificates())
        fingerprints << tr("%1: SHA-256 %2").arg(certificate.host, colonHex(certificate.sha256));
    fingerprints.removeDuplicates();
    m_fingerprints->setText(fingerprints.join(QLatin1Char('\n')));
    m_fingerprints->setVisible(!fingerprints.isEmpty());
    m_trust->setVisible(!fingerprints.isEmpty());
    if (m_test->deviceRefused()) {
        m_token->setToken(m_test->token());
        m_refusalBox->show();
        if (m_refusalDialog)
            m_refusalDialog->setRefusal(m_test->refusedBy(),
                                        accountWizard()->account().server(m_test->refusedBy()).host,
                                        m_test->refusalReply());
    } else if (m_refusalDialog) {
        m_refusalDialog->accept(); // approved meanwhile
    }
    m_summary->setText(allPassed ? tr("Everything works. Press Finish to add the account.")
                                 : tr("Some steps did not work (see above). Change the settings (Back), test again, "
                                      "or press Finish to add the account as it is."));
    emit completeChanged();
}

void AccountTestPage::trustCertificates()
{
    for (const ConnectionTest::RejectedCertificate &certificate : m_test->rejectedCertificates())
        accountWizard()->pinCertificate(certificate.host, certificate.sha256);
    runTest();
}

void AccountTestPage::showRefusalDialog()
{
    if (!m_refusalDialog) {
        m_refusalDialog = new DeviceRefusalDialog(accountWizard()->profile(), accountWizard()->account().email, this);
        m_refusalDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_refusalDialog, &DeviceRefusalDialog::tryAgain, this, &AccountTestPage::runTest);
    }
    m_refusalDialog->setRefusal(m_test->refusedBy(), accountWizard()->account().server(m_test->refusedBy()).host,
                                m_test->refusalReply());
    m_refusalDialog->show();
    m_refusalDialog->raise();
}

bool AccountTestPage::isComplete() const
{
    return m_test && !m_test->isRunning();
}

bool AccountTestPage::validatePage()
{
    QString error;
    if (!accountWizard()->save(&error)) {
        m_saveError->setText(tr("The account was not added: %1").arg(error));
        return false;
    }
    if (m_refusalDialog)
        m_refusalDialog->close();
    return true;
}

} // namespace heron::ui
