#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace heron::mime {

// A mailto: link (RFC 6068) as the composer needs it: the recipients of
// the path and of to=, cc= and bcc=, subject= and body=, each percent-decoded
// as UTF-8. "+" stays a plus sign (RFC 6068 is not a form encoding); line
// breaks in the body become "\n". Every other header (In-Reply-To, From,
// Received, ...) is ignored, as RFC 6068 section 3 asks of clients that
// cannot tell a safe one from an unsafe one. Recipients are kept as the link
// wrote them, comma-separated, for the composer to show and check.
class MailtoLink
{
public:
    // Nothing when the text is not a mailto: link.
    static std::optional<MailtoLink> parse(const QString &link);
    static std::optional<MailtoLink> parse(const QUrl &url);

    QString to;
    QString cc;
    QString bcc;
    QString subject;
    QString body;
};

} // namespace heron::mime
