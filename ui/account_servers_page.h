#pragma once

#include "accounts/account.h"
#include "sync/account_discovery.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;

namespace heron::ui {

class ServerSettingsBox;

// The wizard's second page: "Looking up settings…" with each source tried as
// it happens, then the servers found in fields the user can change (manual
// setup): IMAP and SMTP host, port and security, and the user name.
class AccountServersPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountServersPage(QWidget *parent = nullptr);

    sync::AccountDiscovery *discovery() const { return m_discovery; }
    // Writes the servers and the login into the account.
    void fill(accounts::Account *account) const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void addStep(const QString &text);
    void onFinished(bool found);

    sync::AccountDiscovery *m_discovery;
    QString m_lookedUp; // the address the fields were filled for
    bool m_edited = false; // the user typed into the fields: the lookup must not overwrite them
    QListWidget *m_steps = nullptr;
    QLabel *m_source = nullptr;
    ServerSettingsBox *m_imap = nullptr;
    ServerSettingsBox *m_smtp = nullptr;
    QLineEdit *m_userName = nullptr;
};

} // namespace heron::ui
