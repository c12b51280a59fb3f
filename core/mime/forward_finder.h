#pragma once

#include <QByteArrayView>

namespace heron::mime {

// Finds the next position at or after `from` whose byte satisfies a fixed
// predicate, remembering the last answer. Parsers that try a match at many
// increasing positions (encoded-words, "?=" ends) stay linear overall instead
// of rescanning the rest of a hostile header from every candidate.
template<typename Predicate>
class ForwardFinder
{
public:
    ForwardFinder(QByteArrayView text, Predicate matches)
        : m_text(text)
        , m_matches(matches)
    {
    }

    // The index, or -1 when nothing matches up to the end.
    qsizetype next(qsizetype from)
    {
        if (m_searchedFrom >= 0 && from >= m_searchedFrom && (m_found < 0 || from <= m_found))
            return m_found;
        m_searchedFrom = from;
        m_found = -1;
        for (qsizetype i = from; i < m_text.size(); ++i) {
            if (m_matches(m_text, i)) {
                m_found = i;
                break;
            }
        }
        return m_found;
    }

private:
    QByteArrayView m_text;
    Predicate m_matches;
    qsizetype m_searchedFrom = -1;
    qsizetype m_found = -1;
};

// The end marker of an encoded-word.
inline bool isEncodedWordEnd(QByteArrayView text, qsizetype i)
{
    return text[i] == '?' && i + 1 < text.size() && text[i + 1] == '=';
}

} // namespace heron::mime
