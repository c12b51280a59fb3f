#pragma once

// Shared by the device-identity GUI tests: answering a confirmation box
// that a widget opens with exec(), catching links handed to the desktop,
// finding named children (and their text, and clicking them), the token the identity holds, optional screenshots.

#include "accounts/profile.h"
#include "accounts/secret_store.h"
#include "identity/device_identity.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QWidget>

namespace heron::test {

// Clicks the button labelled buttonText (mnemonic '&' ignored) of the next
// modal QMessageBox and remembers what the box said.
class MessageBoxAnswer : public QObject
{
public:
    explicit MessageBoxAnswer(QString buttonText)
        : m_button(std::move(buttonText))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(QLatin1Char('&')) == m_button) {
                    text = box->text();
                    objectName = box->objectName();
                    answered = true;
                    m_timer.stop();
                    button->click();
                    return;
                }
            }
        });
        m_timer.start(20);
    }

    bool answered = false;
    QString text;
    QString objectName;

private:
    QString m_button;
    QTimer m_timer;
};

// Receives the links a widget asks the desktop to open
// (QDesktopServices::setUrlHandler(scheme, catcher, "open")).
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

// The named child widget of parent; a test cannot go on without it.
template<typename T>
T *child(QWidget *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qFatal("no %s", name);
    return widget;
}

// The text of the named label.
inline QString labelText(QWidget *parent, const char *name)
{
    return child<QLabel>(parent, name)->text();
}

// Clicks the named button, which must be there for the user: enabled and shown.
inline void clickButton(QWidget *parent, const char *name)
{
    auto *button = child<QAbstractButton>(parent, name);
    QVERIFY2(button->isEnabled() && button->isVisible(), name);
    button->click();
}

// The token DeviceIdentity gives the account, to compare with what a widget shows.
inline QString identityToken(const accounts::Profile &profile, const QString &email)
{
    accounts::SecretStore secrets(profile);
    identity::DeviceIdentity identity(profile, secrets);
    QString error;
    if (!identity.load(&error))
        return QStringLiteral("(not loaded: %1)").arg(error);
    return identity.token(email);
}

// Saves the widget as NAME.png under the build tree or HERON_SCREENSHOT_DIR (for
// reviewing the look; the GUI tests do not compare pixels).
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    // Under the build tree unless HERON_SCREENSHOT_DIR says where.
    QString directory = qEnvironmentVariable("HERON_SCREENSHOT_DIR");
    if (directory.isEmpty())
        directory = QStringLiteral(HERON_BINARY_DIR "/screenshots");
    QDir().mkpath(directory);
    widget->grab().save(QDir(directory).filePath(name + QStringLiteral(".png")));
}

} // namespace heron::test
