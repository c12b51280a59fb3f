#pragma once

#include <QWizardPage>

class QLineEdit;

namespace heron::ui {

// The wizard's first page: the user's name, e-mail address and password. The
// password may stay empty: a provider with browser sign-in (OAuth 2.0) needs
// none, and the servers page asks for it when the method is Password. Fields:
// "address", "password".
class AccountIdentityPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit AccountIdentityPage(QWidget *parent = nullptr);

    QString name() const;
    QString address() const;
    QString password() const;

    bool isComplete() const override;

private:
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_password;
};

} // namespace heron::ui
