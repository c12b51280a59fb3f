#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace heron::ui {

// The bar above an HTML message whose remote content was blocked:
// "Remote content blocked", Allow once, Always allow for <sender> (shown
// only when there is a sender and somewhere to remember the choice).
class RemoteContentBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RemoteContentBanner(QWidget *parent = nullptr);

    // Shows the banner; sender empty: no "Always allow" button.
    void showFor(const QString &sender);

signals:
    void allowOnce();
    void allowSender();

private:
    QLabel *m_text = nullptr;
    QPushButton *m_once = nullptr;
    QPushButton *m_always = nullptr;
};

} // namespace heron::ui
