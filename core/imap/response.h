#pragma once

#include "imap/fetch_data.h"
#include "imap/response_code.h"
#include "imap/sequence_set.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace heron::imap {

enum class Status { Ok, No, Bad, Bye, Preauth };

// The keyword as on the wire: "OK", "NO", "BAD", "BYE", "PREAUTH".
inline QByteArray statusKeyword(Status status)
{
    static const char *const kKeywords[] = {"OK", "NO", "BAD", "BYE", "PREAUTH"};
    return kKeywords[static_cast<int>(status)];
}

// OK/NO/BAD/BYE/PREAUTH, tagged (command completion) or untagged.
struct StatusResponse
{
    Status status = Status::Ok;
    ResponseCode code;
    QString text; // human-readable; UTF-8 as IMAP4rev2 allows, may be empty

    bool operator==(const StatusResponse &) const = default;
};

// "+ ...": the server waits for a literal or the next SASL step.
struct ContinuationRequest
{
    QByteArray text; // as sent after "+ " (base64 during AUTHENTICATE)

    bool operator==(const ContinuationRequest &) const = default;
};

struct CapabilityData
{
    QList<QByteArray> capabilities; // as sent

    bool operator==(const CapabilityData &) const = default;
};

// LIST or LSUB (RFC 3501, RFC 5258 extended data).
struct ListData
{
    bool lsub = false;
    QList<QByteArray> attributes; // "\HasNoChildren", "\Sent", ... as sent
    QChar delimiter; // null when the server says NIL (flat namespace)
    QByteArray rawName; // as on the wire
    QString name; // decoded (modified UTF-7, or UTF-8 with UTF8=ACCEPT); "INBOX" in any case becomes "INBOX"
    QList<QByteArray> childInfo; // CHILDINFO ("SUBSCRIBED")
    std::optional<QString> oldName; // OLDNAME, decoded

    // The RFC 6154 special-use attribute ("\\Sent", ...) in its canonical spelling; empty for none.
    QByteArray specialUse() const
    {
        static const char *const kUses[]
            = {"\\All", "\\Archive", "\\Drafts", "\\Flagged", "\\Junk", "\\Sent", "\\Trash"};
        for (const QByteArray &attribute : attributes) {
            for (const char *use : kUses) {
                if (attribute.compare(use, Qt::CaseInsensitive) == 0)
                    return use;
            }
        }
        return {};
    }

    bool operator==(const ListData &) const = default;
};

// "* STATUS mailbox (...)"; attributes the server did not send stay unset.
struct MailboxStatus
{
    QByteArray rawName;
    QString name;
    std::optional<quint32> messages;
    std::optional<quint32> recent;
    std::optional<quint32> uidNext;
    std::optional<quint32> uidValidity;
    std::optional<quint32> unseen;
    std::optional<quint32> deleted;
    std::optional<quint64> size;
    std::optional<quint64> highestModSeq;

    bool operator==(const MailboxStatus &) const = default;
};

// SEARCH (and SORT, which has the same shape).
struct SearchData
{
    QList<quint32> numbers;
    std::optional<quint64> modSeq; // CONDSTORE "(MODSEQ n)"

    bool operator==(const SearchData &) const = default;
};

// RFC 4731 ESEARCH.
struct ESearchData
{
    QByteArray tag; // the command it answers; empty if none
    bool uid = false;
    std::optional<quint32> min;
    std::optional<quint32> max;
    std::optional<quint32> count;
    std::optional<SequenceSet> all;
    std::optional<quint64> modSeq;

    bool operator==(const ESearchData &) const = default;
};

struct FlagsData
{
    QList<QByteArray> flags;

    bool operator==(const FlagsData &) const = default;
};

struct ExistsData
{
    quint32 count = 0;

    bool operator==(const ExistsData &) const = default;
};

struct RecentData
{
    quint32 count = 0;

    bool operator==(const RecentData &) const = default;
};

struct ExpungeData
{
    quint32 sequenceNumber = 0;

    bool operator==(const ExpungeData &) const = default;
};

// RFC 7162 VANISHED.
struct VanishedData
{
    bool earlier = false;
    SequenceSet uids;

    bool operator==(const VanishedData &) const = default;
};

// RFC 5161 ENABLED.
struct EnabledData
{
    QList<QByteArray> capabilities;

    bool operator==(const EnabledData &) const = default;
};

// RFC 2971 ID; a NIL list is empty, a NIL value a null QByteArray.
struct IdData
{
    QList<std::pair<QByteArray, QByteArray>> fields;

    bool operator==(const IdData &) const = default;
};

// RFC 2342 NAMESPACE.
struct Namespace
{
    QString prefix;
    QChar delimiter;
    QList<std::pair<QByteArray, QList<QByteArray>>> extensions;

    bool operator==(const Namespace &) const = default;
};

struct NamespaceData
{
    QList<Namespace> personal;
    QList<Namespace> otherUsers;
    QList<Namespace> shared;

    bool operator==(const NamespaceData &) const = default;
};

// An untagged response this parser does not model; kept so the session can log it.
struct UnknownData
{
    QByteArray keyword;
    QByteArray text; // the rest of the line as sent

    bool operator==(const UnknownData &) const = default;
};

// One complete server response.
struct Response
{
    using Data = std::variant<StatusResponse, ContinuationRequest, CapabilityData, ListData, MailboxStatus, SearchData,
                              ESearchData, FlagsData, ExistsData, RecentData, ExpungeData, FetchData, VanishedData,
                              EnabledData, IdData, NamespaceData, UnknownData>;

    QByteArray tag; // set only for a tagged completion (whose data is a StatusResponse)
    Data data;

    bool isTagged() const { return !tag.isEmpty(); }
    template<typename T>
    const T *get() const
    {
        return std::get_if<T>(&data);
    }
    template<typename T>
    bool is() const
    {
        return std::holds_alternative<T>(data);
    }

    bool operator==(const Response &) const = default;
};

} // namespace heron::imap

// QList may move these with memcpy when it grows: none holds a pointer into itself, and
// each member type (Qt containers, std::optional, std::variant) is relocatable itself.
Q_DECLARE_TYPEINFO(heron::imap::Response, Q_RELOCATABLE_TYPE);
