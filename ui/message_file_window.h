#pragma once

#include <QMainWindow>

namespace heron::ui {

class MessageView;

// A window that shows one message from a file (an .eml opened from the file
// manager, `heron message.eml`, or a message attached to a mail), through the same reading pane as the main
// window, so it gets the same protections: nothing remote is ever loaded.
class MessageFileWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MessageFileWindow(const QString &path, QWidget *parent = nullptr);
    // A message Heron already holds (an attached message), shown the same way; name is its file name.
    MessageFileWindow(const QByteArray &message, const QString &name, QWidget *parent = nullptr);

    // Files above this size are not read: a message file that big is almost
    // certainly not a message, and reading it would freeze the window.
    static constexpr qint64 kMaxFileSize = qint64(256) * 1024 * 1024;

    MessageView *view() const { return m_view; }

private:
    void setUp();
    void load(const QString &path);
    void display(const QByteArray &message, const QString &name);

    MessageView *m_view = nullptr;
};

} // namespace heron::ui
