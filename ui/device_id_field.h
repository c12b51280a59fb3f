#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace heron::ui {

// A device ID (CLIENTID token) as the user needs it: monospace, read-only,
// selectable, with a Copy button. Shared by the Device page and the refusal
// dialog. Child object names: DeviceToken, CopyDeviceIdButton.
class DeviceIdField : public QWidget
{
    Q_OBJECT

public:
    explicit DeviceIdField(QWidget *parent = nullptr);

    void setToken(const QString &token);
    QString token() const;
    // Puts the token on the clipboard and says so on the button for a moment.
    void copy();

private:
    QLineEdit *m_token = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace heron::ui
