#pragma once

#include "accounts/account.h"
#include "mime/message_builder.h"
#include "sync/outgoing_message.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace heron::mime {
class MailtoLink;
} // namespace heron::mime

namespace heron::store {
class MailCache;
} // namespace heron::store

namespace heron::ui {

class ComposerBodyEdit;

// A window to write one message: From (the profile's accounts), To, Cc and
// Bcc (comma-separated, completed from the addresses in the cache), Subject,
// a plain-text body and attachments (Attach…, files dropped on the window,
// an image pasted into the text). Send (Ctrl+Return) checks the addresses and
// asks when the text speaks of an attachment that is not there, builds the
// message with MessageBuilder and hands it on with sendRequested(); whoever
// listens puts it in the outbox and calls sendAccepted() (the window closes)
// or sendFailed() (it comes back). Replies and forwards arrive prefilled
// (prefill), keeping In-Reply-To and References. Closing with unsaved changes
// asks before anything is discarded.
class ComposerWindow : public QMainWindow
{
    Q_OBJECT

public:
    ComposerWindow(const QList<accounts::Account> &accounts, store::MailCache &cache, QWidget *parent = nullptr);
    ~ComposerWindow() override;

    void setFromAccount(const QString &email);
    QString fromAccount() const;

    // Recipients, subject, text, threading headers and attachments of a builder
    // (ReplyComposer's replies and forwards); the From account when it is one of ours.
    void prefill(const mime::MessageBuilder &builder);
    void prefill(const mime::MailtoLink &link);

    // A file as an attachment; false with *error when it cannot be read.
    bool attachFile(const QString &path, QString *error);
    void addAttachment(const mime::MessageBuilder::Attachment &attachment);
    void removeAttachment(int index);
    const QList<mime::MessageBuilder::Attachment> &attachments() const { return m_attachments; }

    // Changed by the user since it was opened (or prefilled).
    bool isModified() const { return m_modified; }

    // Ctrl+Return: the checks, then sendRequested (the window hides until accepted or failed).
    void send();
    // The message is in the outbox: the window closes without asking.
    void sendAccepted();
    // It could not be put in the outbox: the window shows again, with the reason.
    void sendFailed(const QString &error);
    // The message handed on with sendRequested, if any.
    const QByteArray &sentMessageId() const { return m_sentMessageId; }

    // Whether text (without its quoted lines) speaks of an attachment, in
    // English, German or French ("attached", "Anhang", "pièce jointe", ...).
    static bool mentionsAttachment(const QString &text);

signals:
    void sendRequested(const QString &accountEmail, const heron::sync::OutgoingMessage &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QLineEdit *addressField(const char *objectName, store::MailCache &cache);
    void createActions();
    void attachChosenFiles();
    void attachFiles(const QStringList &paths);
    void attachImage(const QImage &image);
    void updateTitle();
    void markModified() { m_modified = true; }
    std::optional<mime::MessageBuilder> buildMessage();
    bool confirmMissingAttachment();

    QList<accounts::Account> m_accounts;
    QComboBox *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QLineEdit *m_cc = nullptr;
    QLineEdit *m_bcc = nullptr;
    QLineEdit *m_subject = nullptr;
    ComposerBodyEdit *m_body = nullptr;
    QListWidget *m_attachmentList = nullptr;
    QPushButton *m_removeAttachment = nullptr;
    QAction *m_send = nullptr;
    QList<mime::MessageBuilder::Attachment> m_attachments;
    QByteArray m_inReplyTo;
    QByteArrayList m_references;
    QByteArray m_sentMessageId;
    bool m_modified = false;
    bool m_sending = false; // handed on, waiting for the outbox
    bool m_sent = false;
};

} // namespace heron::ui
