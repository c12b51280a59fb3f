#include "store/search_query.h"

namespace heron::store {

namespace {

// FTS5's bareword characters: ASCII letters, digits and '_', every non-ASCII character, and 0x1A.
bool isBareword(QChar c)
{
    const char16_t u = c.unicode();
    return u >= 0x80 || u == 0x1A || u == '_' || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z')
        || (u >= 'A' && u <= 'Z');
}

// The quoted string at query[*at] (which is '"'), with "" read as one quote; nullopt when unclosed.
std::optional<QString> quoted(const QString &query, qsizetype *at)
{
    QString text;
    for (qsizetype i = *at + 1; i < query.size(); ++i) {
        if (query.at(i) != QLatin1Char('"')) {
            text += query.at(i);
        } else if (i + 1 < query.size() && query.at(i + 1) == QLatin1Char('"')) {
            text += QLatin1Char('"');
            ++i;
        } else {
            *at = i + 1;
            return text;
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<QStringList> SearchQuery::plainTerms(const QString &query)
{
    QStringList terms;
    qsizetype at = 0;
    while (at < query.size()) {
        if (query.at(at).isSpace()) {
            ++at;
            continue;
        }
        QString term;
        if (query.at(at) == QLatin1Char('"')) {
            const std::optional<QString> phrase = quoted(query, &at);
            if (!phrase)
                return std::nullopt;
            term = phrase->simplified();
        } else if (isBareword(query.at(at))) {
            const qsizetype start = at;
            while (at < query.size() && isBareword(query.at(at)))
                ++at;
            term = query.mid(start, at - start);
            // FTS5's operators are upper case; "and" is a word like any other.
            if (term == QLatin1String("OR") || term == QLatin1String("NOT") || term == QLatin1String("NEAR"))
                return std::nullopt;
            if (term == QLatin1String("AND"))
                term.clear();
        } else {
            return std::nullopt; // ( ) ^ + - { and the like
        }
        if (at < query.size() && query.at(at) == QLatin1Char('*'))
            ++at;
        if (at < query.size() && !query.at(at).isSpace())
            return std::nullopt; // "subject:" and other column filters, "a+b"
        if (!term.isEmpty())
            terms.append(term);
    }
    if (terms.isEmpty())
        return std::nullopt;
    return terms;
}

} // namespace heron::store
