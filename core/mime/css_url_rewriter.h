#pragma once

#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

namespace heron::mime {

// Finds every URL a style sheet (or a style attribute) can make a browser
// fetch — url(...) in any property, @import "...", the strings of
// image-set() — with CSS escapes decoded the way a browser decodes them
// (so "\75 rl(" is url( too), and hands each to a function that returns the
// URL to write instead, or nothing to neutralise it. Each URL found is written
// back in one canonical form, url("..."), escaped so it cannot end the string,
// the declaration or a <style> element. Comments become a space. The rest is
// copied as it is, except that the output never holds "</" (which could end a
// <style> element): a "<" is escaped or spaced from the "/" in a way that leaves
// every token as it was. One pass, linear in the input.
class CssUrlRewriter
{
public:
    using UrlFunction = std::function<std::optional<QString>(const QString &url)>;

    static QString rewrite(QStringView css, const UrlFunction &rewriteUrl);

    // url("...") with the characters that matter quoted as CSS escapes.
    static QString quotedUrl(const QString &url);
};

} // namespace heron::mime
