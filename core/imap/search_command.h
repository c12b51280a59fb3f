#pragma once

#include "imap/imap_command.h"
#include "imap/sequence_set.h"

#include <QStringList>

#include <functional>

namespace heron::imap {

// UID SEARCH, with RETURN (ALL COUNT) when the server has ESEARCH (RFC 4731)
// so a long result comes back as compact ranges. The criteria are written by a
// function, or by one of the named constructors for the searches sync needs.
class SearchCommand : public ImapCommand
{
    Q_OBJECT

public:
    using Criteria = std::function<void(CommandEncoder &)>;

    // hasNonAscii: the criteria hold UTF-8 strings (CHARSET UTF-8 is then sent
    // unless UTF8=ACCEPT is enabled).
    explicit SearchCommand(Criteria criteria, bool hasNonAscii = false);

    static SearchCommand *all();
    static SearchCommand *unseen();
    static SearchCommand *changedSince(quint64 modSeq); // MODSEQ n (CONDSTORE)
    static SearchCommand *text(const QString &text); // TEXT "..."
    // UID uids TEXT "term" TEXT "term"...: messages of uids holding every term.
    static SearchCommand *allTerms(const QStringList &terms, const SequenceSet &uids);
    static SearchCommand *header(const QByteArray &field, const QString &value); // HEADER Message-ID <...>

    const QList<quint32> &uids() const { return m_uids; }
    quint32 count() const { return m_count; }
    std::optional<quint64> highestModSeq() const { return m_modSeq; }

protected:
    void encode(CommandEncoder &encoder) override;
    QByteArray name() const override { return "UID SEARCH"; }
    int allowedStates() const override { return Selected; }
    bool canPipeline() const override { return true; }
    quint32 untaggedKinds() const override { return kindsOf<SearchData, ESearchData>(); }
    bool handleUntagged(const Response &response) override;

private:
    Criteria m_criteria;
    bool m_nonAscii;
    QList<quint32> m_uids;
    quint32 m_count = 0;
    std::optional<quint64> m_modSeq;
};

} // namespace heron::imap
