#pragma once

#include "imap/imap_command.h"

#include <QDateTime>

namespace heron::imap {

// APPEND one message to a mailbox with flags and an internal date; with
// UIDPLUS the result names the UID it got ([APPENDUID]).
class AppendCommand : public ImapCommand
{
    Q_OBJECT

public:
    AppendCommand(QString mailbox, QByteArray message, QByteArrayList flags = {}, QDateTime internalDate = {});

    // Zero when the server did not say (no UIDPLUS).
    quint32 appendedUid() const { return m_uid; }
    quint32 uidValidity() const { return m_uidValidity; }

protected:
    void encode(CommandEncoder &encoder) override;
    QByteArray name() const override { return "APPEND"; }
    void complete(const StatusResponse &status) override;

private:
    QString m_mailbox;
    QByteArray m_message;
    QByteArrayList m_flags;
    QDateTime m_internalDate;
    quint32 m_uid = 0;
    quint32 m_uidValidity = 0;
};

} // namespace heron::imap
