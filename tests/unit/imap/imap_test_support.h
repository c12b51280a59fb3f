#pragma once

// Helpers shared by the IMAP tests: a readable dump of the response model (so a failing
// QCOMPARE shows both sides) and feeding one input in several splits.

#include "imap/response_parser.h"

#include <QRandomGenerator>
#include <QTest>

#include <variant>

namespace heron::imap {

namespace testdump {

inline QByteArray str(const QByteArray &bytes)
{
    return bytes.isNull() ? QByteArrayLiteral("NIL") : '"' + bytes + '"';
}

inline QByteArray list(const QList<QByteArray> &items)
{
    QByteArray out = "[";
    for (const QByteArray &item : items)
        out += (out.size() > 1 ? " " : "") + str(item);
    return out + ']';
}

template<typename T>
QByteArray opt(const std::optional<T> &value)
{
    if (!value)
        return "-";
    return QByteArray::number(*value);
}

inline QByteArray params(const ParameterList &parameters)
{
    QByteArray out = "(";
    for (const auto &[name, value] : parameters)
        out += str(name) + '=' + str(value) + ' ';
    return out + ')';
}

inline QByteArray addresses(const QList<Address> &list)
{
    QByteArray out = "[";
    for (const Address &a : list) {
        if (a.isGroup)
            out += "group " + str(a.name) + ':' + addresses(a.members) + ' ';
        else
            out += '(' + str(a.name) + ' ' + str(a.adl) + ' ' + str(a.mailbox) + ' ' + str(a.host) + ") ";
    }
    return out + ']';
}

inline QByteArray envelope(const Envelope &e)
{
    return "Envelope{" + str(e.date) + ' ' + str(e.subject) + " from=" + addresses(e.from) + " sender="
        + addresses(e.sender) + " replyTo=" + addresses(e.replyTo) + " to=" + addresses(e.to) + " cc=" + addresses(e.cc)
        + " bcc=" + addresses(e.bcc) + " inReplyTo=" + str(e.inReplyTo) + " id=" + str(e.messageId) + '}';
}

inline QByteArray body(const BodyStructure &b)
{
    QByteArray out = "Body{" + str(b.type) + '/' + str(b.subtype) + ' ' + params(b.parameters) + " id=" + str(b.id)
        + " desc=" + str(b.description) + " enc=" + str(b.encoding) + " size=" + QByteArray::number(b.size)
        + " lines=" + opt(b.lines);
    if (b.envelope)
        out += ' ' + envelope(*b.envelope);
    for (const BodyStructure &part : b.parts)
        out += " part:" + body(part);
    if (b.hasExtensionData) {
        out += " ext{md5=" + str(b.md5);
        if (b.disposition)
            out += " dsp=" + str(b.disposition->type) + params(b.disposition->parameters);
        out += " lang=" + list(b.languages) + " loc=" + str(b.location) + '}';
    }
    return out + '}';
}

inline QByteArray code(const ResponseCode &c)
{
    if (c.kind == ResponseCode::Kind::None)
        return "-";
    return "[kind=" + QByteArray::number(int(c.kind)) + ' ' + c.name + " text=" + str(c.text) + " list=" + list(c.list)
        + " n=" + QByteArray::number(c.number) + " src=" + c.sourceUids.toByteArray() + " uids=" + c.uids.toByteArray()
        + ']';
}

inline QByteArray fetch(const FetchData &f)
{
    QByteArray out = "Fetch{" + QByteArray::number(f.sequenceNumber) + " uid=" + opt(f.uid);
    if (f.flags)
        out += " flags=" + list(*f.flags);
    if (f.internalDate)
        out += " date=" + f.internalDate->toString(Qt::ISODate).toLatin1();
    out += " size=" + opt(f.rfc822Size) + " modseq=" + opt(f.modSeq);
    if (f.envelope)
        out += ' ' + envelope(*f.envelope);
    if (f.bodyStructure)
        out += ' ' + body(*f.bodyStructure);
    for (const FetchSection &s : f.sections)
        out += " section{" + QByteArray::number(int(s.kind)) + ' ' + s.section + " <" + opt(s.origin) + "> "
            + str(s.data) + (s.streamed ? " streamed " + QByteArray::number(s.streamedSize) : QByteArray()) + '}';
    for (const auto &[section, size] : f.binarySizes)
        out += " binarySize{" + section + ' ' + QByteArray::number(size) + '}';
    for (const auto &[name, value] : f.otherItems)
        out += " other{" + name + ' ' + value + '}';
    return out + '}';
}

inline QByteArray data(const Response::Data &d)
{
    struct Visitor
    {
        QByteArray operator()(const StatusResponse &s)
        {
            return "Status{" + QByteArray::number(int(s.status)) + ' ' + code(s.code) + ' ' + s.text.toUtf8() + '}';
        }
        QByteArray operator()(const ContinuationRequest &c) { return "Continue{" + str(c.text) + '}'; }
        QByteArray operator()(const CapabilityData &c) { return "Capability" + list(c.capabilities); }
        QByteArray operator()(const ListData &l)
        {
            return QByteArray(l.lsub ? "Lsub{" : "List{") + list(l.attributes)
                + " delim=" + QString(l.delimiter).toUtf8() + " raw=" + str(l.rawName) + " name=" + l.name.toUtf8()
                + " childinfo=" + list(l.childInfo) + " old=" + (l.oldName ? l.oldName->toUtf8() : "-") + '}';
        }
        QByteArray operator()(const MailboxStatus &s)
        {
            return "MailboxStatus{" + s.name.toUtf8() + " messages=" + opt(s.messages) + " recent=" + opt(s.recent)
                + " uidnext=" + opt(s.uidNext) + " uidvalidity=" + opt(s.uidValidity) + " unseen=" + opt(s.unseen)
                + " deleted=" + opt(s.deleted) + " size=" + opt(s.size) + " hms=" + opt(s.highestModSeq) + '}';
        }
        QByteArray operator()(const SearchData &s)
        {
            QByteArray out = "Search{";
            for (const quint32 n : s.numbers)
                out += QByteArray::number(n) + ' ';
            return out + "modseq=" + opt(s.modSeq) + '}';
        }
        QByteArray operator()(const ESearchData &s)
        {
            return "ESearch{tag=" + s.tag + " uid=" + QByteArray::number(s.uid) + " min=" + opt(s.min)
                + " max=" + opt(s.max) + " count=" + opt(s.count) + " all=" + (s.all ? s.all->toByteArray() : "-")
                + " modseq=" + opt(s.modSeq) + '}';
        }
        QByteArray operator()(const FlagsData &f) { return "Flags" + list(f.flags); }
        QByteArray operator()(const ExistsData &e) { return "Exists{" + QByteArray::number(e.count) + '}'; }
        QByteArray operator()(const RecentData &r) { return "Recent{" + QByteArray::number(r.count) + '}'; }
        QByteArray operator()(const ExpungeData &e) { return "Expunge{" + QByteArray::number(e.sequenceNumber) + '}'; }
        QByteArray operator()(const FetchData &f) { return fetch(f); }
        QByteArray operator()(const VanishedData &v)
        {
            return "Vanished{" + QByteArray(v.earlier ? "EARLIER " : "") + v.uids.toByteArray() + '}';
        }
        QByteArray operator()(const EnabledData &e) { return "Enabled" + list(e.capabilities); }
        QByteArray operator()(const IdData &id)
        {
            QByteArray out = "Id{";
            for (const auto &[name, value] : id.fields)
                out += str(name) + '=' + str(value) + ' ';
            return out + '}';
        }
        QByteArray operator()(const NamespaceData &n)
        {
            const auto one = [](const QList<Namespace> &list) {
                QByteArray out = "(";
                for (const Namespace &ns : list) {
                    out += '(' + ns.prefix.toUtf8() + ' ' + QString(ns.delimiter).toUtf8();
                    for (const auto &[name, values] : ns.extensions)
                        out += ' ' + name + testdump::list(values);
                    out += ')';
                }
                return out + ')';
            };
            return "Namespace{" + one(n.personal) + one(n.otherUsers) + one(n.shared) + '}';
        }
        QByteArray operator()(const UnknownData &u) { return "Unknown{" + u.keyword + ' ' + u.text + '}'; }
    };
    return std::visit(Visitor {}, d);
}

} // namespace testdump

// QCOMPARE prints these on failure (found by argument-dependent lookup).
inline char *toString(const Response &response)
{
    const QByteArray tag = response.tag.isEmpty() ? QByteArray() : response.tag + ' ';
    return qstrdup(tag + testdump::data(response.data));
}

inline char *toString(const FetchData &fetch)
{
    return qstrdup(testdump::fetch(fetch));
}

inline char *toString(const BodyStructure &body)
{
    return qstrdup(testdump::body(body));
}

inline char *toString(const Envelope &envelope)
{
    return qstrdup(testdump::envelope(envelope));
}

inline char *toString(const ResponseCode &code)
{
    return qstrdup(testdump::code(code));
}

} // namespace heron::imap

namespace imaptest {

// Feeds wire to a fresh parser in chunks of chunkSize bytes (0: all at once).
inline QList<heron::imap::Response> parseInChunks(QByteArrayView wire, qsizetype chunkSize,
                                                  heron::imap::ResponseParser::Limits limits = {},
                                                  QString *error = nullptr)
{
    heron::imap::ResponseParser parser(limits);
    if (chunkSize <= 0)
        chunkSize = std::max<qsizetype>(wire.size(), 1);
    for (qsizetype at = 0; at < wire.size() && !parser.hasFailed(); at += chunkSize)
        parser.feed(wire.sliced(at, std::min(chunkSize, wire.size() - at)));
    if (error)
        *error = parser.error().toString();
    return parser.takeResponses();
}

// Feeds wire whole, one byte at a time and in random splits; all three must agree and
// succeed. Returns the responses.
inline QList<heron::imap::Response> parseEveryWay(QByteArrayView wire, heron::imap::ResponseParser::Limits limits = {})
{
    QString error;
    const QList<heron::imap::Response> whole = parseInChunks(wire, 0, limits, &error);
    if (!error.isEmpty())
        qWarning("parse error: %s", qPrintable(error));
    const QList<heron::imap::Response> bytewise = parseInChunks(wire, 1, limits);
    heron::imap::ResponseParser parser(limits);
    QRandomGenerator random(quint32(wire.size()));
    for (qsizetype at = 0; at < wire.size();) {
        const qsizetype size = std::min<qsizetype>(random.bounded(1, 64), wire.size() - at);
        parser.feed(wire.sliced(at, size));
        at += size;
    }
    const QList<heron::imap::Response> random_ = parser.takeResponses();
    if (!(whole == bytewise) || !(whole == random_)) {
        qWarning("whole, byte-at-a-time and random splits disagree on: %s", wire.toByteArray().constData());
        return {};
    }
    return whole;
}

} // namespace imaptest
