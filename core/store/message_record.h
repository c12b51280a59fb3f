#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace heron::store {

// One address as the cache keeps it (decoded for display).
struct AddressRecord
{
    QString name;
    QString address;

    bool operator==(const AddressRecord &) const = default;
};

// One message of one folder as the cache keeps it: what the message list,
// search and threading need, decoded once when it arrives.
struct MessageRecord
{
    quint32 uid = 0;
    quint64 modSeq = 0;
    QStringList flags;
    QDateTime internalDate;
    qint64 size = 0;
    QString subject;
    QList<AddressRecord> from;
    QList<AddressRecord> to;
    QList<AddressRecord> cc;
    QString messageId; // with angle brackets, as in the header
    QString inReplyTo;
    QStringList references;
    QDateTime date; // the Date header; invalid when missing or unreadable
    QByteArray bodyStructure; // the part tree, as JSON (see sync/PartTree)
    bool hasAttachments = false;
    QString bodyText; // for search, when the body was fetched; may be empty

    bool operator==(const MessageRecord &) const = default;
};

// A flag change reported by the server.
struct FlagUpdate
{
    quint32 uid = 0;
    QStringList flags;
    quint64 modSeq = 0;
};

} // namespace heron::store
