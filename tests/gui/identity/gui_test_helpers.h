#pragma once

// Shared by the device-identity GUI tests: answering a confirmation box
// that a widget opens with exec(), and optional screenshots.

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
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

// With HERON_SCREENSHOT_DIR set, saves the widget as NAME.png there (for
// reviewing the look; the GUI tests do not compare pixels).
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString directory = qEnvironmentVariable("HERON_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    QDir().mkpath(directory);
    widget->grab().save(QDir(directory).filePath(name + QStringLiteral(".png")));
}

} // namespace heron::test
