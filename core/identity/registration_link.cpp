#include "identity/registration_link.h"

#include <algorithm>

namespace heron::identity {

namespace {

const QString kScheme = QStringLiteral("https://");

// Characters that cannot be part of a URL written in prose: blanks, quotes and brackets.
bool endsUrl(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'<' || c == u'>' || c == u'`' || c == u'\'' || c == u'[' || c == u']'
        || c.unicode() < 0x20;
}

// Sentence punctuation right after a URL belongs to the sentence. A closing
// parenthesis stays when the URL itself opened one (Wikipedia-style paths).
QStringView trimTrailing(QStringView url)
{
    const auto isSentencePunctuation
        = [](QChar c) { return c == u'.' || c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?'; };
    while (!url.isEmpty()
           && (isSentencePunctuation(url.back()) || (url.back() == u')' && url.count(u'(') < url.count(u')'))))
        url.chop(1);
    return url;
}

QUrl acceptable(QStringView candidate)
{
    QUrl url(candidate.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() || !url.userInfo().isEmpty())
        return {};
    return url;
}

} // namespace

QUrl RegistrationLink::fromReply(QStringView replyText)
{
    qsizetype from = 0;
    while ((from = replyText.indexOf(kScheme, from, Qt::CaseInsensitive)) >= 0) {
        qsizetype end = from + kScheme.size();
        while (end < replyText.size() && !endsUrl(replyText.at(end)))
            ++end;
        QUrl url = acceptable(trimTrailing(replyText.mid(from, end - from)));
        if (url.isValid())
            return url;
        from = end;
    }
    return {};
}

QUrl RegistrationLink::fromStatuses(const QList<ClientIdServerStatus> &statuses)
{
    QList<ClientIdServerStatus> newestFirst = statuses;
    std::stable_sort(newestFirst.begin(), newestFirst.end(),
                     [](const ClientIdServerStatus &a, const ClientIdServerStatus &b) { return a.at > b.at; });
    for (const ClientIdServerStatus &status : std::as_const(newestFirst)) {
        if (!status.lastReply)
            continue;
        QUrl url = fromReply(*status.lastReply);
        if (url.isValid())
            return url;
    }
    return {};
}

} // namespace heron::identity
