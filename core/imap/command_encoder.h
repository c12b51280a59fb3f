#pragma once

#include "imap/sequence_set.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace heron::imap {

// A command ready for the wire, cut where the client must wait for the server's "+"
// (after each synchronising literal's "{n}" line).
struct EncodedCommand
{
    QByteArray tag;
    QList<QByteArray> parts; // send parts[0]; after each continuation request, the next one

    bool needsContinuation() const { return parts.size() > 1; }
};

// Builds one command, choosing for each argument the cheapest form the server accepts:
// atom, quoted string, or literal (non-synchronising with LITERAL+, or LITERAL- up to
// 4096 bytes). Arguments are separated by single spaces, except inside "(" and ")".
//
//   CommandEncoder(tag, caps).token("SELECT").mailbox(name).finish()
class CommandEncoder
{
public:
    struct Capabilities
    {
        bool literalPlus = false; // RFC 7888 LITERAL+
        bool literalMinus = false; // RFC 7888 LITERAL-
        bool utf8Accept = false; // RFC 6855 UTF8=ACCEPT enabled: names and strings go as UTF-8
    };

    static constexpr qsizetype kLiteralMinusLimit = 4096;
    // Longer strings go as literals: some servers cap their command line length.
    static constexpr qsizetype kMaxQuotedLength = 1024;

    CommandEncoder(QByteArrayView tag, Capabilities capabilities);

    // A protocol word sent as is: command name, FETCH item, flag, search key. Anything that
    // could break the command line (CR, LF, NUL) is sent as a string instead.
    CommandEncoder &token(QByteArrayView token);
    CommandEncoder &number(quint64 number);
    CommandEncoder &astring(QByteArrayView value); // atom when possible
    CommandEncoder &string(QByteArrayView value); // quoted or literal, never an atom
    CommandEncoder &literal(QByteArrayView value); // always a literal (APPEND's message)
    CommandEncoder &mailbox(QStringView name);
    CommandEncoder &sequenceSet(const SequenceSet &set);
    CommandEncoder &beginList();
    CommandEncoder &endList();
    EncodedCommand finish();

    // The wire form of a mailbox name: modified UTF-7, or UTF-8 with UTF8=ACCEPT; INBOX in
    // any case is sent as "INBOX".
    static QByteArray encodeMailboxName(QStringView name, bool utf8Accept);

private:
    void separate();
    bool isQuotable(QByteArrayView value) const;
    void appendQuoted(QByteArrayView value);

    Capabilities m_capabilities;
    QByteArray m_tag;
    QList<QByteArray> m_parts;
    QByteArray m_current;
    bool m_needSpace = true; // after the tag
};

} // namespace heron::imap
