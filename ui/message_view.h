#pragma once

#include "accounts/remote_content_allow_list.h"
#include "message_text_formatter.h"
#include "store/message_record.h"

#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
template<typename T>
class QFutureWatcher;

namespace heron::ui {

class AttachmentBar;
class HtmlMessageView;
class MessageSourceWindow;
class OfflineTextBrowser;
class RemoteContentBanner;

// The reading pane: a header block (From, To, Cc, Date, Subject), the
// attachment bar (AttachmentBar) and the body. Plain text is shown with links clickable and quoted levels
// coloured. HTML mail (the HTML alternative preferred) goes through
// HtmlSanitizer, then into HtmlMessageView (QtWebEngine) — or, in builds
// without QtWebEngine, into a QTextBrowser that loads nothing but the
// message's own images. Remote content stays blocked until the user allows
// it once or for the sender (RemoteContentBanner; the sender list is the
// profile's RemoteContentAllowList). Links open in the system browser after
// their real target showed under the body, with a question first when the
// link's text names another address; mailto: links are handed on.
// Large messages are parsed and sanitised off the UI thread.
class MessageView : public QWidget
{
    Q_OBJECT

public:
    static constexpr qsizetype kSynchronousLimit = qsizetype(512) * 1024; // bytes prepared on the UI thread

    // Before QApplication: registers the HTML view's URL scheme (QtWebEngine needs it that early).
    static void prepareApplication();

    explicit MessageView(QWidget *parent = nullptr);
    ~MessageView() override;

    // Where "Always allow for <sender>" is remembered; without a profile that button is hidden.
    void useProfile(const accounts::Profile &profile);

    // The header block; the body when bytes are given, else "loading".
    void showMessage(const store::MessageRecord &message, const std::optional<QByteArray> &bytes);
    void showPlaceholder(const QString &text);
    void showError(const QString &text);

    QString bodyText() const; // what the body pane shows, as plain text
    QString headerText() const; // the header block, as plain text
    bool showsHtml() const { return m_showsHtml; }
    bool isPreparing() const; // a large message is still being parsed
    QByteArray rawSource() const { return m_source; }
    AttachmentBar *attachmentBar() const { return m_attachments; }
    HtmlMessageView *htmlView() const { return m_html; } // null until the first HTML message (or without WebEngine)
    // View → Message Source: the raw message in a window of its own (nothing when no message is shown).
    MessageSourceWindow *showSource();

signals:
    void mailtoRequested(const QUrl &url);
    void linkHovered(const QString &url);
    void remoteContentAllowed(const QString &sender, bool always);
    // An attached message was opened from the attachment bar: to show in a window of its own.
    void attachedMessageOpened(const QByteArray &message, const QString &name);

private:
    void showHeader(const store::MessageRecord &message);
    void showBody(const MessageTextFormatter::Body &body);
    void showHtml(const MessageTextFormatter::Body &body);
    void showInWebEngine(const MessageTextFormatter::Body &body, bool remoteAllowed);
    void resetBody();
    void showText(const QString &text, bool isHtml);
    void openLink(const QUrl &url);
    void showLinkTarget(const QString &url);
    void allowRemote(bool always);
    void ensureHtmlView();
    void cancelPreparation();

    QLabel *m_header = nullptr;
    AttachmentBar *m_attachments = nullptr;
    RemoteContentBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    OfflineTextBrowser *m_text = nullptr;
    HtmlMessageView *m_html = nullptr;
    QLabel *m_linkTarget = nullptr;
    QFutureWatcher<MessageTextFormatter::Body> *m_preparing = nullptr;

    std::optional<accounts::RemoteContentAllowList> m_allowList;
    store::MessageRecord m_message;
    QString m_headerHtml;
    QByteArray m_source;
    QString m_sender; // lower-case address of the shown message's sender
    QList<mime::HtmlSanitizer::Link> m_links;
    QString m_htmlSource; // the sanitised HTML body
    mutable std::optional<QString> m_htmlText; // it as text, for bodyText()
    bool m_showsHtml = false;
};

} // namespace heron::ui
