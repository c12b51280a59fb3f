#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUrl>

#include <optional>

namespace heron::mime {

// Turns the HTML of a mail into a document that is safe to hand to a browser
// engine, before any engine sees it: HtmlTokenizer reads the sender's markup
// and a canonical document is written from the tokens (every attribute
// quoted and escaped, text with < and > escaped, comments dropped), so
// markup a browser would read differently from this code cannot slip
// through. Removed: script, iframe, frame(set), object, embed, applet, svg,
// math, template, form controls (their text stays), meta, base, links other
// than style sheets, event handlers (on*), targets, and every URL that is not
// http(s), mailto (links only), a fragment, cid: or data:image (images only).
// cid: URLs point at the message's own parts through kPartScheme. Remote
// resources (src, srcset, background, poster, style sheets, CSS url() and
// @import) are kept — the view decides whether they load — and reported.
// Linear in the input: a 10 MB body is one pass.
class HtmlSanitizer
{
public:
    static constexpr const char *kPartScheme = "heron-cid";
    static constexpr int kMaxLinks = 2000; // links recorded with their text
    static constexpr int kMaxRemoteUrls = 64; // remote URLs recorded (all are kept in the document)
    static constexpr int kMaxLinkText = 300;

    struct Link
    {
        QString href; // as written to the document
        QString text; // its visible text, whitespace collapsed
    };

    struct Result
    {
        QString html;
        bool hasRemoteContent = false;
        QStringList remoteUrls; // the first kMaxRemoteUrls, in document order
        QList<Link> links; // the first kMaxLinks
        int removed = 0; // elements and attributes taken out
    };

    // prologue: markup written first (after a leading doctype), e.g. the
    // view's own <meta> elements; it is not sanitised.
    static Result sanitize(QStringView html, QStringView prologue = {});

    // The document's URL for a part with this Content-ID (no angle brackets).
    static QString partUrl(const QByteArray &contentId);
    // The Content-ID a part URL names; nothing for other URLs.
    static std::optional<QByteArray> contentIdOf(const QUrl &url);
    // The URL the document itself is served from (kPartScheme, never a part).
    static QUrl documentUrl();
};

} // namespace heron::mime
