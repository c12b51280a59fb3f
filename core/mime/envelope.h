#pragma once

#include "mime/header_fields.h"
#include "mime/mailbox.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace heron::mime {

// The decoded summary fields of a message header, as IMAP's ENVELOPE has them.
struct Envelope
{
    std::optional<QString> subject; // absent header: nullopt; decoded and unfolded
    QList<Mailbox> from;
    QList<Mailbox> sender;
    QList<Mailbox> replyTo;
    QList<Mailbox> to;
    QList<Mailbox> cc;
    QList<Mailbox> bcc;
    QDateTime date; // null when absent or unparseable
    QByteArray messageId; // "<id@host>"; empty when absent
    QByteArray inReplyTo; // the first message-id of In-Reply-To
    QList<QByteArray> references;

    // Raw 8-bit header bytes that are not UTF-8 are read in fallbackCharset
    // (usually the body's charset), else windows-1252.
    static Envelope fromHeaders(const HeaderFields &headers, QByteArrayView fallbackCharset = {});

    // The "<...>" tokens of a Message-ID, In-Reply-To or References value; a
    // bare value without angle brackets counts as one id.
    static QList<QByteArray> messageIds(QByteArrayView value);
};

} // namespace heron::mime
