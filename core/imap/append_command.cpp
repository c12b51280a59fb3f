#include "imap/append_command.h"

#include <QLocale>

namespace heron::imap {

namespace {

// RFC 3501 date-time: "05-Mar-2024 14:07:09 +0100", English month names whatever the locale.
QByteArray imapDateTime(const QDateTime &when)
{
    const int offset = when.offsetFromUtc() / 60;
    const QByteArray zone = QByteArray(offset < 0 ? "-" : "+")
        + QByteArray::number(qAbs(offset) / 60).rightJustified(2, '0')
        + QByteArray::number(qAbs(offset) % 60).rightJustified(2, '0');
    return QLocale::c().toString(when, QStringLiteral("dd-MMM-yyyy HH:mm:ss")).toLatin1() + ' ' + zone;
}

} // namespace

AppendCommand::AppendCommand(QString mailbox, QByteArray message, QByteArrayList flags, QDateTime internalDate)
    : m_mailbox(std::move(mailbox))
    , m_message(std::move(message))
    , m_flags(std::move(flags))
    , m_internalDate(std::move(internalDate))
{
}

void AppendCommand::encode(CommandEncoder &encoder)
{
    encoder.token("APPEND").mailbox(m_mailbox);
    if (!m_flags.isEmpty()) {
        encoder.beginList();
        for (const QByteArray &flag : m_flags)
            encoder.token(flag);
        encoder.endList();
    }
    if (m_internalDate.isValid())
        encoder.string(imapDateTime(m_internalDate));
    encoder.literal(m_message);
}

void AppendCommand::complete(const StatusResponse &status)
{
    if (status.code.kind == ResponseCode::Kind::AppendUid) {
        m_uidValidity = quint32(status.code.number);
        const auto uids = status.code.uids.toNumbers(1);
        if (uids && uids->size() == 1)
            m_uid = uids->first();
    }
    ImapCommand::complete(status);
}

} // namespace heron::imap
