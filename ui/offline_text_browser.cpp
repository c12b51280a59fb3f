#include "offline_text_browser.h"

#include "mime/html_sanitizer.h"

#include <QImage>
#include <QTextDocument>

namespace heron::ui {

OfflineTextBrowser::OfflineTextBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
}

void OfflineTextBrowser::setParts(std::shared_ptr<const mime::MimePart> parts)
{
    m_parts = std::move(parts);
}

QVariant OfflineTextBrowser::loadResource(int type, const QUrl &url)
{
    if (type != QTextDocument::ImageResource || !m_parts)
        return {};
    const std::optional<QByteArray> contentId = mime::HtmlSanitizer::contentIdOf(url);
    const mime::MimePart *part = contentId ? m_parts->findByContentId(*contentId) : nullptr;
    if (!part || part->type != "image")
        return {};
    return QImage::fromData(part->body);
}

} // namespace heron::ui
