#pragma once

#include "mime/message_builder.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

namespace heron::sync {

// A message ready for the outbox: its bytes and SMTP envelope. Made from a
// MessageBuilder by the composer and by `heronctl send`, so both name the
// message the same way (a fresh Message-ID in the sender's domain unless the
// builder has one) and put Bcc recipients only on the envelope.
struct OutgoingMessage
{
    QByteArray messageId; // "<...@...>"
    QByteArray from; // envelope sender
    QByteArrayList recipients; // To, Cc and Bcc, without duplicates
    QByteArray bytes;
    QString subject; // for progress and errors shown to the user

    static OutgoingMessage build(mime::MessageBuilder builder, const QString &senderAddress);
    // The decoded Subject of a message's bytes (an outbox entry's), for words shown to the user.
    static QString subjectOf(const QByteArray &message);
};

} // namespace heron::sync
