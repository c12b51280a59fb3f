#pragma once

#include "mime/mime_part.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTemporaryDir;
class QUrl;

namespace heron::ui {

// The attachments of the shown message, under its header: one entry per part
// the user would save (MimePart::attachments), with its name and size. Open
// (double-click, Enter) hands a read-only copy in a private temporary folder
// to the desktop's application for its type; an attached message opens in a
// message window of Heron's own instead, so it gets the same protections as
// any other mail. Programs and scripts (whatever their declared type says) are
// not opened from mail: the user is offered to save them instead. Save As…
// and Save All… write the decoded content; Save All never replaces a file
// that is already there (it numbers the new one).
class AttachmentBar : public QWidget
{
    Q_OBJECT

public:
    // How a file is handed to the desktop; QDesktopServices::openUrl unless a test replaced it.
    using Opener = std::function<bool(const QUrl &url)>;

    explicit AttachmentBar(QWidget *parent = nullptr);
    ~AttachmentBar() override;

    // The message's attachments (none: the bar hides); the tree is kept while shown.
    void setMessage(std::shared_ptr<const mime::MimePart> message);
    void clear();

    int count() const;
    const mime::MimePart &attachment(int index) const;
    // The name it is saved or opened under: the sender's file name without any
    // folder part or characters file systems refuse, else one from its type.
    QString fileName(int index) const;
    static QString fileNameFor(const mime::MimePart &part, int index);
    // Whether the desktop could run it (a program, script or launcher).
    static bool isExecutable(const mime::MimePart &part, const QString &fileName);

    bool saveTo(int index, const QString &path, QString *error) const;
    // Every attachment into the folder; the paths written, or nullopt with *error.
    std::optional<QStringList> saveAllTo(const QString &folder, QString *error) const;
    // Opens it (see the class comment); false with *error when it could not be.
    bool open(int index, QString *error);
    void setOpener(Opener opener) { m_opener = std::move(opener); }

    // The actions with their dialogs, as the buttons and the context menu run them.
    void openWithFeedback(int index);
    void saveWithDialog(int index);
    void saveAllWithDialog();

signals:
    // An attached message to show in a window of its own.
    void messageOpenRequested(const QByteArray &message, const QString &title);

private:
    void showMenu(const QPoint &position);
    QString startFolder() const; // where a save dialog opens: the last one's folder, else Downloads

    std::shared_ptr<const mime::MimePart> m_message;
    QList<const mime::MimePart *> m_parts;
    QListWidget *m_list = nullptr;
    QPushButton *m_saveAll = nullptr;
    std::unique_ptr<QTemporaryDir> m_openedFiles; // removed with the bar (at exit)
    Opener m_opener;
    QString m_lastFolder; // where the last Save went: the next dialog starts there
};

} // namespace heron::ui
