#include "send_command.h"
#include "cli_text.h"

#include "command_spec.h"
#include "invocation.h"
#include "mime/envelope.h"
#include "mime/header_fields.h"
#include "mime/message_builder.h"
#include "smtp_outbox_runner.h"
#include "sync/outgoing_message.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace heron::cli {

namespace {

struct Outgoing
{
    QByteArray messageId;
    QByteArrayList recipients;
    QByteArray message;
};

std::optional<QByteArray> readFile(const QString &path, const QString &prefix, QTextStream &err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << prefix << CliText::tr("cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return std::nullopt;
    }
    return file.readAll();
}

QList<mime::Mailbox> mailboxes(const Invocation &invocation, const QString &option)
{
    QList<mime::Mailbox> list;
    for (const QString &value : invocation.values(option)) {
        for (const QString &address : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            list.append({QString(), address.trimmed()});
    }
    return list;
}

std::optional<Outgoing> compose(const Invocation &invocation, const accounts::Account &account, const QString &prefix,
                                QTextStream &err)
{
    mime::MessageBuilder builder;
    builder.setFrom({account.displayName, account.email});
    builder.setTo(mailboxes(invocation, QStringLiteral("to")));
    builder.setCc(mailboxes(invocation, QStringLiteral("cc")));
    builder.setBcc(mailboxes(invocation, QStringLiteral("bcc")));
    builder.setSubject(invocation.value(QStringLiteral("subject")));
    if (invocation.isSet(QStringLiteral("body-file"))) {
        const auto body = readFile(invocation.value(QStringLiteral("body-file")), prefix, err);
        if (!body)
            return std::nullopt;
        builder.setText(QString::fromUtf8(*body));
    }
    for (const QString &path : invocation.values(QStringLiteral("attach"))) {
        const auto data = readFile(path, prefix, err);
        if (!data)
            return std::nullopt;
        builder.addAttachment({QFileInfo(path).fileName(), *data, {}});
    }
    const sync::OutgoingMessage built = sync::OutgoingMessage::build(builder, account.email);
    return Outgoing {built.messageId, built.recipients, built.bytes};
}

// The header without its Bcc fields (with their continuation lines).
QByteArray withoutBcc(const QByteArray &message)
{
    qsizetype bodyStart = 0;
    mime::HeaderFields::parse(message, &bodyStart);
    QByteArray header;
    bool skipping = false;
    qsizetype position = 0;
    while (position < bodyStart) {
        qsizetype end = message.indexOf('\n', position);
        end = end < 0 || end >= bodyStart ? bodyStart : end + 1;
        const QByteArrayView line(message.constData() + position, end - position);
        const bool continuation = !line.isEmpty() && (line.front() == ' ' || line.front() == '\t');
        if (!continuation)
            skipping = line.size() >= 4 && QByteArrayView(line.first(4)).compare("bcc:", Qt::CaseInsensitive) == 0;
        if (!skipping)
            header.append(line);
        position = end;
    }
    return header + message.mid(bodyStart);
}

std::optional<Outgoing> readEml(const Invocation &invocation, const accounts::Account &account, const QString &prefix,
                                QTextStream &err)
{
    const auto bytes = readFile(invocation.value(QStringLiteral("eml")), prefix, err);
    if (!bytes)
        return std::nullopt;
    const mime::Envelope envelope = mime::Envelope::fromHeaders(mime::HeaderFields::parse(*bytes));
    Outgoing outgoing;
    for (const QList<mime::Mailbox> *list : {&envelope.to, &envelope.cc, &envelope.bcc}) {
        for (const mime::Mailbox &mailbox : *list) {
            const QByteArray address = mailbox.address.toUtf8();
            if (!address.isEmpty() && !outgoing.recipients.contains(address))
                outgoing.recipients.append(address);
        }
    }
    if (outgoing.recipients.isEmpty()) {
        err << prefix
            << CliText::tr("%1 has no recipients in To, Cc or Bcc.").arg(invocation.value(QStringLiteral("eml")))
            << '\n';
        return std::nullopt;
    }
    // Line ends as SMTP wants them.
    QByteArray message = *bytes;
    message.replace("\r\n", "\n");
    message.replace('\n', "\r\n");
    message = withoutBcc(message);
    outgoing.messageId = envelope.messageId;
    if (outgoing.messageId.isEmpty()) {
        outgoing.messageId = mime::MessageBuilder::generateMessageId(account.email);
        message.prepend("Message-ID: " + outgoing.messageId + "\r\n");
    }
    outgoing.message = message;
    return outgoing;
}

} // namespace

ExitCode runSend(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const QString prefix = QStringLiteral("heronctl send: ");
    SmtpOutboxRunner runner(invocation, err);
    if (!runner.openOutbox())
        return runner.exitCode();
    const std::optional<Outgoing> outgoing = invocation.isSet(QStringLiteral("eml"))
        ? readEml(invocation, runner.account(), prefix, err)
        : compose(invocation, runner.account(), prefix, err);
    if (!outgoing)
        return ExitCode::Failure;

    QString error;
    const std::optional<qint64> id
        = runner.outbox().enqueue(runner.accountId(), outgoing->messageId, runner.account().email.toUtf8(),
                                  outgoing->recipients, outgoing->message, &error);
    if (!id) {
        err << prefix << error << '\n';
        return ExitCode::Failure;
    }
    // Said at once: from here on the message is safe in the outbox, whatever happens to this process.
    err << prefix << CliText::tr("%1 is in the outbox; sending.").arg(QString::fromUtf8(outgoing->messageId)) << '\n';
    err.flush();
    const ExitCode code = runner.flush(false, *id);
    if (code == ExitCode::Done) {
        if (invocation.json())
            out << QJsonDocument(QJsonObject {{QStringLiteral("id"), *id},
                                              {QStringLiteral("message_id"), QString::fromUtf8(outgoing->messageId)},
                                              {QStringLiteral("state"), QStringLiteral("delivered")}})
                       .toJson(QJsonDocument::Indented);
        else
            out << CliText::tr("Sent %1.").arg(QString::fromUtf8(outgoing->messageId)) << '\n';
    }
    return code;
}

} // namespace heron::cli
