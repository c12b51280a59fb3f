#pragma once

#include "mime/mime_part.h"

#include <QWidget>

#include <memory>

class QWebEngineProfile;
class QWebEngineView;

namespace heron::ui {

class HtmlMessagePage;
class MessagePartSchemeHandler;
class RemoteContentInterceptor;

// HTML mail in QtWebEngine, locked down: a profile of its own that keeps
// nothing (off the record, no persistent cookies, memory cache), JavaScript,
// plugins, local storage, DNS prefetch, hyperlink auditing and error pages
// off; every request through RemoteContentInterceptor (only the message's own
// parts, and http(s) once allowed); the document and its cid: parts served by
// MessagePartSchemeHandler; links reported, never followed (HtmlMessagePage).
// It shows what HtmlSanitizer made of the mail; prologue() goes first in that
// document (charset and a Content-Security-Policy without scripts, frames or
// forms, in case anything got past the sanitiser).
class HtmlMessageView : public QWidget
{
    Q_OBJECT

public:
    explicit HtmlMessageView(QWidget *parent = nullptr);
    ~HtmlMessageView() override;

    // Registers the part scheme; before QApplication (see MessageView::prepareApplication).
    static void registerUrlScheme();
    static QString prologue();

    // Shows a sanitised document; remote content loads only when remoteAllowed.
    void showDocument(const QString &html, std::shared_ptr<const mime::MimePart> parts, bool remoteAllowed);
    // Loads the document again with remote content allowed (this view, this message).
    void allowRemoteContent();
    void clear();

    bool remoteAllowed() const;
    bool isLoading() const { return m_loading; }
    int partRequests() const;
    int blockedRemoteRequests() const;
    QWebEngineView *webView() const { return m_view; }

signals:
    void linkClicked(const QUrl &url);
    void linkHovered(const QString &url);
    void remoteContentBlocked();
    void loadFinished(bool ok);

private:
    void configureSettings();
    void load();

    QWebEngineProfile *m_profile = nullptr;
    RemoteContentInterceptor *m_interceptor = nullptr;
    MessagePartSchemeHandler *m_schemeHandler = nullptr;
    HtmlMessagePage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace heron::ui
