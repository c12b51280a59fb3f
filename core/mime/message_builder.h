#pragma once

#include "mime/mailbox.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QDateTime>
#include <QList>
#include <QString>

namespace heron::mime {

// Builds an outgoing RFC 5322 message.
//
// - Bcc recipients go to envelopeRecipients() only, never into the headers
//   (unless setBccInHeader: a draft's copy).
// - Subject and names use encoded-words only where needed; every header line
//   is folded to 78 octets where the content allows.
// - The text goes out as text/plain; charset=utf-8; format=flowed, with the
//   HTML (if any) as multipart/alternative; attachments make it
//   multipart/mixed, named with RFC 2231 and typed through QMimeDatabase.
// - Bodies are 7bit when they can be, 8bit only when allowed (8BITMIME),
//   otherwise quoted-printable or base64, whichever is shorter. Lines end in
//   CRLF and stay within 998 octets (76 for the encoded forms).
class MessageBuilder
{
public:
    struct Attachment
    {
        QString filename;
        QByteArray data;
        QByteArray mimeType; // empty: guessed from the name and the data
    };

    void setFrom(const Mailbox &from) { m_from = from; }
    void setTo(const QList<Mailbox> &to) { m_to = to; }
    void setCc(const QList<Mailbox> &cc) { m_cc = cc; }
    void setBcc(const QList<Mailbox> &bcc) { m_bcc = bcc; }
    void setReplyTo(const QList<Mailbox> &replyTo) { m_replyTo = replyTo; }
    void setSubject(const QString &subject) { m_subject = subject; }
    void setDate(const QDateTime &date) { m_date = date; } // default: now
    void setMessageId(const QByteArray &id) { m_messageId = id; } // default: generated
    void setInReplyTo(const QByteArray &id) { m_inReplyTo = id; }
    void setReferences(const QByteArrayList &ids) { m_references = ids; }
    void setText(const QString &text) { m_text = text; }
    void setHtml(const QString &html) { m_html = html; }
    void addAttachment(const Attachment &attachment) { m_attachments.append(attachment); }
    void setEightBitAllowed(bool allowed) { m_eightBit = allowed; }
    // A draft keeps its Bcc recipients in a Bcc header field (RFC 5322 3.6.3
    // allows it in a copy that is not sent), so reopening it finds them again.
    void setBccInHeader(bool keep) { m_bccInHeader = keep; }

    // What was set, for a composer to show a prefilled reply or forward.
    const Mailbox &from() const { return m_from; }
    const QList<Mailbox> &to() const { return m_to; }
    const QList<Mailbox> &cc() const { return m_cc; }
    const QList<Mailbox> &bcc() const { return m_bcc; }
    const QString &subject() const { return m_subject; }
    const QByteArray &messageId() const { return m_messageId; }
    const QByteArray &inReplyTo() const { return m_inReplyTo; }
    const QByteArrayList &references() const { return m_references; }
    const QString &text() const { return m_text; }
    const QString &html() const { return m_html; }
    const QList<Attachment> &attachments() const { return m_attachments; }

    // The whole message, CRLF line ends.
    QByteArray build() const;

    // To, Cc and Bcc addresses without duplicates, for SMTP RCPT TO.
    QList<QString> envelopeRecipients() const;

    // "<random@domain>" with the domain of the sender's address.
    static QByteArray generateMessageId(const QString &senderAddress);

private:
    Mailbox m_from;
    QList<Mailbox> m_to;
    QList<Mailbox> m_cc;
    QList<Mailbox> m_bcc;
    QList<Mailbox> m_replyTo;
    QString m_subject;
    QDateTime m_date;
    QByteArray m_messageId;
    QByteArray m_inReplyTo;
    QByteArrayList m_references;
    QString m_text;
    QString m_html;
    QList<Attachment> m_attachments;
    bool m_eightBit = false;
    bool m_bccInHeader = false;
};

} // namespace heron::mime
