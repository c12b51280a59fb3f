#pragma once

#include "imap/body_structure.h"
#include "imap/envelope.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>
#include <utility>

namespace heron::imap {

// BODY[section]<origin>, BINARY[section]<origin>, RFC822, RFC822.HEADER or RFC822.TEXT.
struct FetchSection
{
    enum class Kind { Body, Binary, Rfc822, Rfc822Header, Rfc822Text };

    Kind kind = Kind::Body;
    QByteArray section; // between the brackets as sent: "", "1.2", "HEADER.FIELDS (FROM TO)"
    std::optional<quint32> origin; // <n> of a partial fetch
    QByteArray data; // null for NIL, or when streamed
    // The literal went to the parser's LiteralSink (see ResponseParser); data stays null.
    bool streamed = false;
    quint64 streamedSize = 0;

    bool operator==(const FetchSection &) const = default;
};

// "* n FETCH (...)": only the items the server sent are set.
struct FetchData
{
    quint32 sequenceNumber = 0;
    std::optional<quint32> uid;
    std::optional<QList<QByteArray>> flags;
    std::optional<QDateTime> internalDate; // in UTC; invalid if the server's date did not parse
    std::optional<quint64> rfc822Size;
    std::optional<Envelope> envelope;
    std::optional<BodyStructure> bodyStructure; // from BODYSTRUCTURE or BODY (no extension data)
    std::optional<quint64> modSeq;
    QList<FetchSection> sections;
    QList<std::pair<QByteArray, quint64>> binarySizes; // BINARY.SIZE[section]
    // Items not modelled (X-GM-LABELS, EMAILID, PREVIEW, ...): name and value as sent on the
    // wire; a literal appears as its "{n}" header.
    QList<std::pair<QByteArray, QByteArray>> otherItems;

    bool operator==(const FetchData &) const = default;
};

} // namespace heron::imap

// QList may move these with memcpy when it grows: none holds a pointer into itself, and
// each member type (Qt containers, std::optional, std::variant) is relocatable itself.
Q_DECLARE_TYPEINFO(heron::imap::FetchSection, Q_RELOCATABLE_TYPE);
