#pragma once

#include "imap/sequence_set.h"

#include <QByteArray>
#include <QList>

namespace heron::imap {

// The bracketed code of a status response: "* OK [UIDNEXT 4392] Predicted next UID".
struct ResponseCode
{
    enum class Kind {
        None, // the response had no code
        Alert,
        BadCharset,
        Capability,
        Parse,
        PermanentFlags,
        ReadOnly,
        ReadWrite,
        TryCreate,
        UidNext,
        UidValidity,
        Unseen,
        HighestModSeq,
        NoModSeq,
        Modified,
        AppendUid,
        CopyUid,
        Closed,
        Other, // any other atom, or a known one whose arguments did not parse
    };

    Kind kind = Kind::None;
    QByteArray name; // the atom as sent, e.g. "UIDNEXT" or "X-GUID"
    QByteArray text; // the arguments as sent, up to "]" (all there is for Other)
    QList<QByteArray> list; // BADCHARSET charsets, CAPABILITY capabilities, PERMANENTFLAGS flags
    quint64 number = 0; // UIDNEXT, UIDVALIDITY, UNSEEN, HIGHESTMODSEQ; the UIDVALIDITY of APPENDUID/COPYUID
    SequenceSet sourceUids; // COPYUID
    SequenceSet uids; // APPENDUID and COPYUID: the new UIDs; MODIFIED: the messages not stored

    bool operator==(const ResponseCode &) const = default;
};

} // namespace heron::imap
