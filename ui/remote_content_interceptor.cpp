#include "remote_content_interceptor.h"

#include "mime/html_sanitizer.h"

namespace heron::ui {

RemoteContentInterceptor::RemoteContentInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
{
}

void RemoteContentInterceptor::setRemoteAllowed(bool allowed)
{
    m_remoteAllowed = allowed;
}

void RemoteContentInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme();
    if (scheme == QLatin1String(mime::HtmlSanitizer::kPartScheme))
        return;
    // Inline images (data:image, kept by the sanitiser in <img> only) never touch the network.
    if (scheme == QLatin1String("data") && info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeImage)
        return;
    const bool remote = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (remote && m_remoteAllowed)
        return;
    info.block(true);
    if (remote) {
        ++m_blockedRemote;
        emit remoteRequestBlocked(url);
    }
}

} // namespace heron::ui
