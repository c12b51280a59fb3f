#include "parse_command.h"
#include "cli_text.h"

#include "invocation.h"
#include "mime/charset.h"
#include "mime/date_parser.h"
#include "mime/envelope.h"
#include "mime/message_json.h"
#include "mime/message_parser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace heron::cli {

namespace {

QString formatMailboxes(const QList<mime::Mailbox> &mailboxes)
{
    QStringList formatted;
    for (const mime::Mailbox &mailbox : mailboxes) {
        QString name = mailbox.name;
        if (name.contains(QLatin1Char(',')) || name.contains(QLatin1Char('<')))
            name = QLatin1Char('"') + name + QLatin1Char('"'); // keep the list readable
        formatted << (name.isEmpty() ? mailbox.address : QStringLiteral("%1 <%2>").arg(name, mailbox.address));
    }
    return formatted.join(QStringLiteral(", "));
}

QString describePart(const mime::MimePart &part)
{
    QString line
        = QStringLiteral("  %1  %2")
              .arg(QString::fromLatin1(part.partNumber).leftJustified(8), QString::fromLatin1(part.mimeType()));
    if (!part.charset.isEmpty())
        line += QStringLiteral("; charset=") + QString::fromLatin1(part.charset);
    if (!part.disposition.isEmpty())
        line += QStringLiteral("  ") + QString::fromLatin1(part.disposition);
    if (!part.filename.isEmpty())
        line += QStringLiteral("  \"%1\"").arg(part.filename);
    line += QStringLiteral("  ") + CliText::tr("%1 bytes").arg(part.size);
    // Text in an unknown charset was still decoded; say how, so odd characters have an explanation.
    if (part.type == "text") {
        const mime::Charset::Decoded decoded = mime::Charset::decode(part.body, part.charset);
        if (decoded.fallback)
            line += QStringLiteral("  ")
                + CliText::tr("(unknown charset, read as %1)").arg(QString::fromLatin1(decoded.charset));
    }
    return line;
}

} // namespace

void printMessageSummary(const mime::MimePart &message, QTextStream &out)
{
    const mime::Envelope envelope = mime::Envelope::fromHeaders(message.headers, message.charset);
    const auto field = [&out](const char *label, const QString &value) {
        if (!value.isEmpty())
            out << QString::fromLatin1(label).leftJustified(12) << value << '\n';
    };
    field("Subject:", envelope.subject.value_or(QString()));
    field("From:", formatMailboxes(envelope.from));
    field("To:", formatMailboxes(envelope.to));
    field("Cc:", formatMailboxes(envelope.cc));
    field("Date:", mime::DateParser::toIso8601(envelope.date));
    field("Message-ID:", QString::fromLatin1(envelope.messageId));
    out << '\n' << CliText::tr("Parts:") << '\n';
    for (const mime::MimePart *part : message.leaves())
        out << describePart(*part) << '\n';
}

ExitCode runParse(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const QString path = invocation.positionals().value(0);
    QFile file(path);
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    if (!file.isOpen() || file.error() != QFileDevice::NoError) {
        err << "heronctl parse: " << CliText::tr("cannot read %1: %2").arg(path, file.errorString()) << '\n';
        return ExitCode::Failure;
    }

    const mime::MimePart message = mime::MessageParser::parse(bytes);
    if (invocation.json())
        out << QString::fromUtf8(QJsonDocument(mime::MessageJson::message(message)).toJson(QJsonDocument::Indented));
    else
        printMessageSummary(message, out);
    return ExitCode::Done;
}

} // namespace heron::cli
