#include "html_message_view.h"

#include "html_message_page.h"
#include "message_part_scheme_handler.h"
#include "mime/html_sanitizer.h"
#include "remote_content_interceptor.h"

#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

namespace heron::ui {

HtmlMessageView::HtmlMessageView(QWidget *parent)
    : QWidget(parent)
{
    registerUrlScheme(); // in case the application's main did not (it must come before the first profile)
    m_profile = new QWebEngineProfile(this); // no storage name: off the record
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_interceptor = new RemoteContentInterceptor(this);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_schemeHandler = new MessagePartSchemeHandler(this);
    m_profile->installUrlSchemeHandler(mime::HtmlSanitizer::kPartScheme, m_schemeHandler);

    m_page = new HtmlMessagePage(m_profile, this);
    configureSettings();
    m_view = new QWebEngineView;
    m_view->setObjectName(QStringLiteral("HtmlMessageBody"));
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // its menu offers Back, Reload, Save page, View source
    m_view->setAcceptDrops(false);

    connect(m_page, &HtmlMessagePage::linkClicked, this, &HtmlMessageView::linkClicked);
    connect(m_page, &QWebEnginePage::linkHovered, this, &HtmlMessageView::linkHovered);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_loading = false;
        emit loadFinished(ok);
    });
    connect(m_interceptor, &RemoteContentInterceptor::remoteRequestBlocked, this,
            &HtmlMessageView::remoteContentBlocked);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

HtmlMessageView::~HtmlMessageView()
{
    // The page must go before its profile (the profile is the older child).
    delete m_view;
    delete m_page;
}

void HtmlMessageView::registerUrlScheme()
{
    MessagePartSchemeHandler::registerScheme();
}

QString HtmlMessageView::prologue()
{
    return QStringLiteral(
        "<meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; "
        "object-src 'none'; frame-src 'none'; child-src 'none'; worker-src 'none'; form-action 'none'; "
        "base-uri 'none'; connect-src 'none'; media-src 'none'\">");
}

void HtmlMessageView::configureSettings()
{
    QWebEngineSettings *settings = m_page->settings();
    using S = QWebEngineSettings;
    for (const S::WebAttribute off : {S::JavascriptEnabled,
                                      S::JavascriptCanOpenWindows,
                                      S::JavascriptCanAccessClipboard,
                                      S::JavascriptCanPaste,
                                      S::LocalStorageEnabled,
                                      S::LocalContentCanAccessRemoteUrls,
                                      S::LocalContentCanAccessFileUrls,
                                      S::PluginsEnabled,
                                      S::PdfViewerEnabled,
                                      S::HyperlinkAuditingEnabled,
                                      S::AutoLoadIconsForPage,
                                      S::TouchIconsEnabled,
                                      S::ErrorPageEnabled,
                                      S::FullScreenSupportEnabled,
                                      S::ScreenCaptureEnabled,
                                      S::WebGLEnabled,
                                      S::Accelerated2dCanvasEnabled,
                                      S::DnsPrefetchEnabled,
                                      S::NavigateOnDropEnabled,
                                      S::AllowRunningInsecureContent,
                                      S::AllowGeolocationOnInsecureOrigins,
                                      S::AllowWindowActivationFromJavaScript,
                                      S::FocusOnNavigationEnabled,
                                      S::XSSAuditingEnabled})
        settings->setAttribute(off, false);
    settings->setAttribute(S::AutoLoadImages, true); // cid: parts; remote ones pass the interceptor first
    // mailto: and other non-web links only reach acceptNavigationRequest (which refuses them
    // all and hands them to the message view) when the policy lets user clicks through.
    settings->setUnknownUrlSchemePolicy(S::AllowUnknownUrlSchemesFromUserInteraction);
}

void HtmlMessageView::showDocument(const QString &html, std::shared_ptr<const mime::MimePart> parts, bool remoteAllowed)
{
    m_schemeHandler->setContent(html.toUtf8(), std::move(parts));
    m_interceptor->setRemoteAllowed(remoteAllowed);
    load();
}

void HtmlMessageView::allowRemoteContent()
{
    m_interceptor->setRemoteAllowed(true);
    load();
}

void HtmlMessageView::clear()
{
    m_schemeHandler->setContent(QByteArray(), nullptr);
    m_interceptor->setRemoteAllowed(false);
    load();
}

// A new URL each time, so the engine cannot answer from what it showed before.
void HtmlMessageView::load()
{
    QUrl url = mime::HtmlSanitizer::documentUrl();
    url.setQuery(QString::number(++m_generation));
    m_page->setDocumentUrl(url);
    m_loading = true;
    m_page->load(url);
}

bool HtmlMessageView::remoteAllowed() const
{
    return m_interceptor->remoteAllowed();
}

int HtmlMessageView::partRequests() const
{
    return m_schemeHandler->partRequests();
}

int HtmlMessageView::blockedRemoteRequests() const
{
    return m_interceptor->blockedRemoteRequests();
}

} // namespace heron::ui
