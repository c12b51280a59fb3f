// libFuzzer target: heron::mime::HtmlSanitizer (with HtmlTokenizer and CssUrlRewriter
// under it) on a mail's HTML. The input is the HTML as UTF-8. Checks the sanitiser's
// promises on its own output: sanitising it again leaves nothing more to remove
// (it is a fixed point up to the prologue), and no script, frame, event handler or
// javascript: URL survives, whatever the tokenizer made of the input.
#include "mime/html_sanitizer.h"
#include "mime/html_tokenizer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using heron::mime::HtmlSanitizer;
using heron::mime::HtmlTokenizer;

bool forbiddenElement(const QString &name)
{
    static const char *const names[] = {"script", "iframe", "frame", "frameset", "object", "embed",   "applet",
                                        "form",   "meta",   "base",  "svg",      "math",   "template"};
    for (const char *forbidden : names) {
        if (name == QLatin1String(forbidden))
            return true;
    }
    return false;
}

bool isUrlAttribute(const QString &name)
{
    static const char *const names[] = {"href",     "src",    "srcset", "background", "poster", "cite",
                                        "longdesc", "action", "data",   "xlink:href", "usemap"};
    for (const char *urlName : names) {
        if (name == QLatin1String(urlName))
            return true;
    }
    return false;
}

// What the sanitiser wrote, read back as a browser would tokenize it.
void checkOutput(const QString &html)
{
    HtmlTokenizer tokenizer(html);
    for (HtmlTokenizer::Token token = tokenizer.next(); token.kind != HtmlTokenizer::Token::Kind::End;
         token = tokenizer.next()) {
        if (token.kind == HtmlTokenizer::Token::Kind::Comment)
            std::abort(); // comments are never written
        if (token.kind != HtmlTokenizer::Token::Kind::StartTag)
            continue;
        if (forbiddenElement(token.name))
            std::abort();
        for (const HtmlTokenizer::Attribute &attribute : token.attributes) {
            if (attribute.name.startsWith(QLatin1String("on")) || attribute.name == QLatin1String("srcdoc")
                || attribute.name == QLatin1String("formaction"))
                std::abort();
            if (!isUrlAttribute(attribute.name))
                continue; // "javascript:" in alt text is just text
            QString value = attribute.value.trimmed().toLower();
            value.remove(QLatin1Char('\t')).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
            if (value.startsWith(QLatin1String("javascript:")) || value.startsWith(QLatin1String("vbscript:")))
                std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const HtmlSanitizer::Result first = HtmlSanitizer::sanitize(html);
    checkOutput(first.html);
    // Idempotent: what was safe once is kept as it is.
    const HtmlSanitizer::Result second = HtmlSanitizer::sanitize(first.html);
    if (second.html != first.html || second.removed != 0 || second.hasRemoteContent != first.hasRemoteContent)
        std::abort();
    if (first.links.size() > HtmlSanitizer::kMaxLinks || first.remoteUrls.size() > HtmlSanitizer::kMaxRemoteUrls)
        std::abort();
    return 0;
}
