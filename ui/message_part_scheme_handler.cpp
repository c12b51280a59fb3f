#include "message_part_scheme_handler.h"

#include "mime/html_sanitizer.h"

#include <QBuffer>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

namespace heron::ui {

MessagePartSchemeHandler::MessagePartSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{
}

void MessagePartSchemeHandler::registerScheme()
{
    const QByteArray name(mime::HtmlSanitizer::kPartScheme);
    if (QWebEngineUrlScheme::schemeByName(name).name() == name)
        return;
    // Not local (local content may not load remote URLs, which "Allow" needs) and
    // not secure (http images would count as mixed content); no CORS, no
    // service workers: a plain, self-contained origin per message.
    QWebEngineUrlScheme scheme(name);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    QWebEngineUrlScheme::registerScheme(scheme);
}

void MessagePartSchemeHandler::setContent(QByteArray document, std::shared_ptr<const mime::MimePart> parts)
{
    m_document = std::move(document);
    m_parts = std::move(parts);
}

void MessagePartSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    QByteArray bytes;
    QByteArray mimeType;
    if (url.path() == mime::HtmlSanitizer::documentUrl().path()) {
        bytes = m_document;
        mimeType = QByteArrayLiteral("text/html;charset=utf-8");
    } else if (const std::optional<QByteArray> contentId = mime::HtmlSanitizer::contentIdOf(url)) {
        ++m_partRequests;
        const mime::MimePart *part = m_parts ? m_parts->findByContentId(*contentId) : nullptr;
        emit partRequested(*contentId, part != nullptr);
        if (!part) {
            job->fail(QWebEngineUrlRequestJob::UrlNotFound);
            return;
        }
        bytes = part->body;
        mimeType = part->mimeType();
    } else {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    // The engine reads the buffer on its own thread until the job ends; the job owns it.
    auto *buffer = new QBuffer(job);
    buffer->setData(bytes);
    job->reply(mimeType, buffer);
}

} // namespace heron::ui
