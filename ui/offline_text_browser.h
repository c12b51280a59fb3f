#pragma once

#include "mime/mime_part.h"

#include <QTextBrowser>

#include <memory>

namespace heron::ui {

// A QTextBrowser that never fetches anything: no file, no network. It shows
// the plain-text body, and HTML mail in builds without QtWebEngine; then the
// only resources it loads are images among the message's own parts (the
// sanitiser's part URLs). Links are not followed here: anchorClicked goes to
// the message view, which decides.
class OfflineTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit OfflineTextBrowser(QWidget *parent = nullptr);

    // The parts cid: images are taken from (nothing to clear them).
    void setParts(std::shared_ptr<const mime::MimePart> parts);

    QVariant loadResource(int type, const QUrl &url) override;

private:
    std::shared_ptr<const mime::MimePart> m_parts;
};

} // namespace heron::ui
