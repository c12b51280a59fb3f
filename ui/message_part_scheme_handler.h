#pragma once

#include "mime/mime_part.h"

#include <QByteArray>
#include <QWebEngineUrlSchemeHandler>

#include <memory>

namespace heron::ui {

// Serves the HTML view's document and the message parts it references as
// cid: (rewritten by HtmlSanitizer to its part scheme), from the parsed
// message; nothing else exists under the scheme. The scheme is registered
// once per process, before the first web engine profile (registerScheme).
class MessagePartSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    explicit MessagePartSchemeHandler(QObject *parent = nullptr);

    // Call before QApplication exists (app and test mains); later calls do nothing.
    static void registerScheme();

    // What the next requests are answered with: the sanitised document (UTF-8) and the parts.
    void setContent(QByteArray document, std::shared_ptr<const mime::MimePart> parts);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    int partRequests() const { return m_partRequests; }

signals:
    void partRequested(const QByteArray &contentId, bool found);

private:
    QByteArray m_document;
    std::shared_ptr<const mime::MimePart> m_parts;
    int m_partRequests = 0;
};

} // namespace heron::ui
