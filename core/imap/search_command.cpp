#include "imap/search_command.h"

#include "imap/imap_session.h"

#include <algorithm>

namespace heron::imap {

namespace {

// More UIDs than any real mailbox holds: a hostile "1:4294967295" stays cheap.
constexpr quint64 kMaxResultUids = 50'000'000;

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

SearchCommand::SearchCommand(Criteria criteria, bool hasNonAscii)
    : m_criteria(std::move(criteria))
    , m_nonAscii(hasNonAscii)
{
}

SearchCommand *SearchCommand::all()
{
    return new SearchCommand([](CommandEncoder &e) { e.token("ALL"); });
}

SearchCommand *SearchCommand::unseen()
{
    return new SearchCommand([](CommandEncoder &e) { e.token("UNSEEN"); });
}

SearchCommand *SearchCommand::changedSince(quint64 modSeq)
{
    return new SearchCommand([modSeq](CommandEncoder &e) { e.token("MODSEQ").number(modSeq); });
}

SearchCommand *SearchCommand::text(const QString &text)
{
    return new SearchCommand([bytes = text.toUtf8()](CommandEncoder &e) { e.token("TEXT").string(bytes); },
                             !isAscii(text));
}

SearchCommand *SearchCommand::allTerms(const QStringList &terms, const SequenceSet &uids)
{
    QByteArrayList encoded;
    for (const QString &term : terms)
        encoded.append(term.toUtf8());
    const bool nonAscii = std::any_of(terms.cbegin(), terms.cend(), [](const QString &t) { return !isAscii(t); });
    return new SearchCommand(
        [encoded, uids](CommandEncoder &e) {
            e.token("UID").sequenceSet(uids);
            for (const QByteArray &term : encoded)
                e.token("TEXT").string(term);
        },
        nonAscii);
}

SearchCommand *SearchCommand::header(const QByteArray &field, const QString &value)
{
    return new SearchCommand(
        [field, bytes = value.toUtf8()](CommandEncoder &e) { e.token("HEADER").astring(field).string(bytes); },
        !isAscii(value));
}

void SearchCommand::encode(CommandEncoder &encoder)
{
    encoder.token("UID").token("SEARCH");
    if (session()->capabilities().has("ESEARCH"))
        encoder.token("RETURN").beginList().token("ALL").token("COUNT").endList();
    if (m_nonAscii && !session()->isEnabled("UTF8=ACCEPT"))
        encoder.token("CHARSET").token("UTF-8");
    m_criteria(encoder);
}

bool SearchCommand::handleUntagged(const Response &response)
{
    if (const auto *search = response.get<SearchData>()) {
        m_uids += search->numbers;
        m_count = quint32(m_uids.size());
        if (search->modSeq)
            m_modSeq = search->modSeq;
        return true;
    }
    const auto *esearch = response.get<ESearchData>();
    if (!esearch || (!esearch->tag.isEmpty() && esearch->tag != tag()))
        return false;
    if (esearch->all)
        m_uids = esearch->all->toNumbers(kMaxResultUids).value_or(QList<quint32>());
    m_count = esearch->count.value_or(quint32(m_uids.size()));
    m_modSeq = esearch->modSeq;
    return true;
}

} // namespace heron::imap
