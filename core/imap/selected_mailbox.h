#pragma once

#include "imap/fetch_data.h"
#include "imap/sequence_set.h"

#include <QByteArrayList>
#include <QString>

#include <optional>

namespace heron::imap {

// What SELECT / EXAMINE reported about a mailbox, kept current by the session
// while it stays selected (EXISTS, EXPUNGE, VANISHED, HIGHESTMODSEQ).
struct SelectedMailbox
{
    QString name;
    bool readOnly = false;
    quint32 exists = 0;
    quint32 recent = 0;
    QByteArrayList flags;
    QByteArrayList permanentFlags;
    quint32 uidValidity = 0;
    std::optional<quint32> uidNext;
    std::optional<quint32> firstUnseen; // sequence number
    std::optional<quint64> highestModSeq; // absent with NOMODSEQ or without CONDSTORE
    bool noModSeq = false;
    // QRESYNC: what changed since the state the client gave.
    SequenceSet vanished;
    QList<FetchData> changed;
};

} // namespace heron::imap
