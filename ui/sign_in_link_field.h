#pragma once

#include <QUrl>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace heron::ui {

// A provider's sign-in page while Heron waits for the browser to come back:
// the link in a read-only field (selectable, for a browser Heron could not
// start), Open Sign-In Page (again) and Copy Link. Shared by the wizard's test
// page and OAuthSignInDialog. Child object names: SignInLink,
// OpenSignInPageButton, CopySignInLinkButton.
class SignInLinkField : public QWidget
{
    Q_OBJECT

public:
    explicit SignInLinkField(QWidget *parent = nullptr);

    void setUrl(const QUrl &url);
    const QUrl &url() const { return m_url; }
    // Hands the link to the system browser; false when no browser took it.
    bool open();
    // Puts the link on the clipboard and says so on the button for a moment.
    void copy();

private:
    QUrl m_url;
    QLineEdit *m_link = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace heron::ui
