#include "outbox_commands.h"
#include "cli_text.h"

#include "invocation.h"
#include "mime/header_decoder.h"
#include "mime/header_fields.h"
#include "smtp_outbox_runner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace heron::cli {

namespace {

// The decoded Subject of an entry's message, read from its header only.
QString subjectOf(const store::Outbox &outbox, qint64 id)
{
    const std::optional<store::Outbox::Entry> entry = outbox.entry(id);
    if (!entry)
        return {};
    const qsizetype headerEnd = entry->message.indexOf("\r\n\r\n");
    const QByteArrayView header
        = QByteArrayView(entry->message).first(headerEnd < 0 ? entry->message.size() : headerEnd + 2);
    const mime::HeaderFields fields = mime::HeaderFields::parse(header);
    return fields.contains("Subject") ? mime::HeaderDecoder::decodeText(fields.value("Subject")) : QString();
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

ExitCode runOutbox(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    SmtpOutboxRunner runner(invocation, err);
    if (!runner.openOutbox())
        return runner.exitCode();
    QString error;
    const QList<store::Outbox::Entry> all = runner.outbox().list(&error);
    if (!error.isEmpty()) {
        err << "heronctl outbox: " << error << '\n';
        return ExitCode::Failure;
    }
    QJsonArray array;
    for (const store::Outbox::Entry &entry : all) {
        if (entry.accountId != runner.accountId())
            continue;
        const QString subject = subjectOf(runner.outbox(), entry.id);
        QStringList recipients;
        for (const QByteArray &recipient : entry.recipients)
            recipients.append(QString::fromUtf8(recipient));
        const QString state = store::Outbox::stateName(entry.state);
        if (invocation.json()) {
            array.append(QJsonObject {
                {QStringLiteral("id"), entry.id},
                {QStringLiteral("account"), runner.account().email},
                {QStringLiteral("message_id"), QString::fromUtf8(entry.messageId)},
                {QStringLiteral("state"), state},
                {QStringLiteral("attempts"), entry.attempts},
                {QStringLiteral("next_attempt_at"), timeJson(entry.nextAttemptAt)},
                {QStringLiteral("last_error"), entry.lastError.isEmpty() ? QJsonValue() : QJsonValue(entry.lastError)},
                {QStringLiteral("recipients"), QJsonArray::fromStringList(recipients)},
                {QStringLiteral("subject"), subject},
                {QStringLiteral("size"), entry.size},
                {QStringLiteral("created_at"), timeJson(entry.createdAt)},
            });
            continue;
        }
        out << QString::number(entry.id).rightJustified(5) << "  " << state.leftJustified(18) << "  "
            << entry.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) << "  "
            << recipients.join(QStringLiteral(", ")) << "  " << subject << '\n';
        if (entry.state == store::Outbox::State::Queued && entry.attempts > 0)
            out << "       "
                << CliText::tr("attempt %1 failed; next at %2")
                       .arg(entry.attempts)
                       .arg(entry.nextAttemptAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                << '\n';
        if (!entry.lastError.isEmpty())
            out << "       " << entry.lastError << '\n';
    }
    if (invocation.json())
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return ExitCode::Done;
}

ExitCode runOutboxFlush(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    SmtpOutboxRunner runner(invocation, err);
    if (!runner.openOutbox())
        return runner.exitCode();
    QString error;
    int waiting = 0;
    for (const store::Outbox::Entry &entry : runner.outbox().list(&error)) {
        if (entry.accountId == runner.accountId() && entry.state == store::Outbox::State::Queued)
            ++waiting;
    }
    if (waiting == 0) {
        out << CliText::tr("Nothing to send: the outbox of %1 has no queued message.").arg(runner.account().email)
            << '\n';
        return ExitCode::Done;
    }
    const ExitCode code = runner.flush(true);
    out << CliText::tr("%1 queued message(s): %2 tried, %3 delivered.")
               .arg(waiting)
               .arg(runner.attempted())
               .arg(runner.delivered())
        << '\n';
    return code;
}

} // namespace heron::cli
