#pragma once

#include "accounts/account.h"
#include "mime/message_builder.h"
#include "sync/mail_engine.h"
#include "sync/outgoing_message.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QKeySequence;
class QComboBox;
class QLineEdit;
class QListWidget;
class QLabel;
class QPushButton;
class QTimer;
class QToolBar;
class QUrl;

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
// (prefill), keeping In-Reply-To and References.
//
// The body is plain text unless Format → Rich Text (HTML) is on (the
// Preferences choose which a new message starts with): then the Format menu
// and toolbar offer bold, italic, underline, lists and links, and the message
// goes out as multipart/alternative, HTML with a plain-text rendering of it.
// Switching back to plain text asks first when formatting would be lost. A
// rich-text draft reopens rich.
//
// Drafts: Save Draft (Ctrl+S) and, while there are changes, an autosave every
// 30 s hand the message (Bcc kept in its header) on with draftSaveRequested;
// the engine keeps it locally, then in the account's Drafts folder, and
// draftSaved() shows how far it got. The message keeps one Message-ID from the
// first save to sending, so each save replaces the last. A draft reopened
// (continueDraft) goes on under its own Message-ID and replaces the copy it
// came from. Closing with unsaved changes asks: Save (closes once the draft is
// stored), Discard (an autosaved copy of a message the user never saved goes
// too) or Cancel.
class ComposerWindow : public QMainWindow
{
    Q_OBJECT

public:
    ComposerWindow(const QList<accounts::Account> &accounts, store::MailCache &cache, QWidget *parent = nullptr);
    ~ComposerWindow() override;

    // From: the account (or identity of an account) with that address.
    void setFromAccount(const QString &email);
    // The account the message goes out with (its outbox, its Drafts folder) ...
    QString fromAccount() const;
    // ... and the address it is from: the account's own, or one of its identities.
    mime::Mailbox fromAddress() const;

    // Recipients, subject, text, threading headers and attachments of a builder
    // (ReplyComposer's replies and forwards); the From account when it is one of ours.
    void prefill(const mime::MessageBuilder &builder);
    void prefill(const mime::MailtoLink &link);
    // A saved draft (DraftReader) reopened: its Message-ID goes on; draftUid is its copy in the Drafts folder.
    void continueDraft(const mime::MessageBuilder &draft, quint32 draftUid);
    // A message taken back from the outbox: the same fields and Message-ID (a copy that did go out
    // and this one are then one message to the recipients), but no draft of it exists.
    void reopenUnsent(const mime::MessageBuilder &message);

    // The From account's signature ("-- " and its text) where the user's own text ends: above
    // a reply's quote or a forwarded message (AboveQuote), or after the text (AtEnd: an empty
    // body, a mailto: body). Changing From swaps it.
    enum class SignaturePlace { AboveQuote, AtEnd };
    void insertSignature(SignaturePlace place = SignaturePlace::AtEnd);

    // Rich text (HTML) or plain text. Switching to plain text here converts without asking.
    bool isRichText() const;
    void setRichText(bool rich);
    // Makes the selected text a link to url (or inserts the address as a link where nothing is selected).
    void linkSelection(const QUrl &url);

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

    // Ctrl+S: the message as it is now, as a draft (draftSaveRequested). closeAfter: the window
    // hides and closes once the draft is stored, or shows again with the reason.
    void saveDraft(bool closeAfter = false);
    // How far the last save got (MailEngine::draftSaved).
    void draftSaved(sync::MailEngine::DraftResult result, const QString &detail);
    // The autosave period while there are unsaved changes; 0 turns it off.
    void setAutosaveInterval(int ms);
    // The message's Message-ID, fixed by the first save or send.
    const QByteArray &messageId() const { return m_messageId; }
    // A draft of this message may be in the Drafts folder (saved, or reopened from there).
    bool hasDraft() const { return m_hasDraft; }
    // The copy this message was reopened from (0: none).
    quint32 draftUid() const { return m_draftUid; }
    // Changed since the last draft save.
    bool hasUnsavedChanges() const { return m_unsaved; }

    // Whether text (without its quoted lines) speaks of an attachment, in
    // English, German or French ("attached", "Anhang", "pièce jointe", ...).
    static bool mentionsAttachment(const QString &text);

signals:
    void sendRequested(const QString &accountEmail, const heron::sync::OutgoingMessage &message);
    void draftSaveRequested(const QString &accountEmail, const heron::sync::OutgoingMessage &draft,
                            quint32 replacesUid);
    // Discard: an autosaved copy of a message the user never saved goes from the Drafts folder.
    void draftDiscardRequested(const QString &accountEmail, const QByteArray &messageId, quint32 replacesUid);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QLineEdit *addressField(const char *objectName, store::MailCache &cache);
    void createActions();
    void createFormatActions();
    QAction *formatAction(const char *objectName, const QString &icon, const QString &text,
                          const QKeySequence &shortcut, bool checkable);
    void updateFormatActions();
    void richTextToggled(bool rich);
    void setListStyle(int style, bool on); // a QTextListFormat::Style
    void askForLink();
    void attachChosenFiles();
    void attachFiles(const QStringList &paths);
    void attachImage(const QImage &image);
    void updateTitle();
    void markModified();
    std::optional<mime::MessageBuilder> buildMessage();
    mime::MessageBuilder composedMessage(const QList<mime::Mailbox> &to, const QList<mime::Mailbox> &cc,
                                         const QList<mime::Mailbox> &bcc);
    const QByteArray &ensureMessageId();
    bool askAboutUnsavedWork(); // true: close
    const accounts::Account *currentAccount() const;
    QString signatureBlock() const; // "-- \n<signature>" of the From account; empty when it has none
    void swapSignature();
    void editBodyQuietly(qsizetype from, qsizetype length, const QString &text);
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
    QAction *m_richText = nullptr;
    QAction *m_bold = nullptr;
    QAction *m_italic = nullptr;
    QAction *m_underline = nullptr;
    QAction *m_bullets = nullptr;
    QAction *m_numbers = nullptr;
    QList<QAction *> m_formatActions; // enabled only for rich text
    QToolBar *m_formatToolBar = nullptr;
    QLabel *m_draftStatus = nullptr;
    QTimer *m_autosave = nullptr;
    QList<mime::MessageBuilder::Attachment> m_attachments;
    QByteArray m_inReplyTo;
    QByteArrayList m_references;
    QByteArray m_sentMessageId;
    QByteArray m_messageId;
    QString m_signature; // the block in the body now (empty: none)
    std::optional<SignaturePlace> m_signaturePlace; // where a signature goes; none for drafts
    quint32 m_draftUid = 0;
    bool m_modified = false;
    bool m_unsaved = false; // changed since the last draft save
    bool m_hasDraft = false;
    bool m_savedByUser = false; // Ctrl+S, or reopened from a draft: Discard keeps the draft
    bool m_closeAfterSave = false;
    bool m_sending = false; // handed on, waiting for the outbox
    bool m_sent = false;
};

} // namespace heron::ui
