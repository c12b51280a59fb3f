#pragma once

#include "device_refusal_dialog.h"
#include "sync/connection_test.h"

#include <QHash>
#include <QPointer>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QWidget;

namespace heron::ui {

class AccountWizard;
class DeviceIdField;

// The wizard's last page: "Test connection", each step shown as it happens
// (sync::ConnectionTest). A certificate that cannot be verified is explained
// with its SHA-256 fingerprint and an explicit Trust this certificate, which
// pins it for the account and tests again. A refused device shows its ID and
// opens the refusal dialog (registration link, Try again); the account can be
// added anyway — the provider's approval may come later. Finish stores it.
class AccountTestPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountTestPage(QWidget *parent = nullptr);

    sync::ConnectionTest *connectionTest() const { return m_test; }
    DeviceRefusalDialog *refusalDialog() const { return m_refusalDialog; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void runTest();

private:
    struct StepRow
    {
        QLabel *state;
        QLabel *detail;
    };

    AccountWizard *accountWizard() const;
    void onStepChanged(sync::ConnectionTest::Step step, sync::ConnectionTest::State state, const QString &text);
    void onFinished(bool allPassed);
    void trustCertificates();
    void showRefusalDialog();

    sync::ConnectionTest *m_test = nullptr;
    QHash<sync::ConnectionTest::Step, StepRow> m_rows;
    QLabel *m_summary = nullptr;
    QLabel *m_fingerprints = nullptr;
    QPushButton *m_trust = nullptr;
    QWidget *m_refusalBox = nullptr;
    DeviceIdField *m_token = nullptr;
    QPushButton *m_testAgain = nullptr;
    QLabel *m_saveError = nullptr;
    QPointer<DeviceRefusalDialog> m_refusalDialog;
};

} // namespace heron::ui
