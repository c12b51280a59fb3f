#pragma once

#include "accounts/account.h"

#include <QGroupBox>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace heron::ui {

// One server of an account as editable fields: host, port and security
// (SSL/TLS or STARTTLS; there is no unencrypted choice). Choosing the other
// security moves a well-known port along (993 <-> 143, 465 <-> 587). Object
// names: PREFIXHost, PREFIXPort, PREFIXSecurity (prefix "Imap" or "Smtp").
class ServerSettingsBox : public QGroupBox
{
    Q_OBJECT

public:
    ServerSettingsBox(accounts::MailProtocol protocol, const QString &title, QWidget *parent = nullptr);

    void setServer(const accounts::ServerEndpoint &server);
    accounts::ServerEndpoint server() const;
    bool isFilled() const;
    void clear();

signals:
    // The host text changed (by the program too), for completeness checks.
    void hostChanged();
    // The user changed something.
    void edited();

private:
    accounts::MailProtocol m_protocol;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
};

} // namespace heron::ui
