#include "mime/reply_composer.h"

#include "mime/date_parser.h"
#include "mime/flowed_text.h"
#include "mime/message_parser.h"

#include <QCoreApplication>

namespace heron::mime {

namespace {

// Prefixes in common mail clients' languages.
const QStringList kReplyPrefixes {QStringLiteral("re"),   QStringLiteral("aw"), QStringLiteral("sv"),
                                  QStringLiteral("antw"), QStringLiteral("vs"), QStringLiteral("odp")};
const QStringList kForwardPrefixes {QStringLiteral("fwd"), QStringLiteral("fw"), QStringLiteral("wg"),
                                    QStringLiteral("tr")};

// The length of "Re:", "RE :", "Re[2]:" or "Re(3):" at the start of subject, or 0.
qsizetype prefixLength(QStringView subject, const QStringList &prefixes)
{
    for (const QString &prefix : prefixes) {
        if (!subject.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        qsizetype i = prefix.size();
        if (i < subject.size() && (subject.at(i) == QLatin1Char('[') || subject.at(i) == QLatin1Char('('))) {
            const QChar close = subject.at(i) == QLatin1Char('[') ? QLatin1Char(']') : QLatin1Char(')');
            qsizetype k = i + 1;
            while (k < subject.size() && subject.at(k).isDigit())
                ++k;
            if (k > i + 1 && k < subject.size() && subject.at(k) == close)
                i = k + 1;
        }
        while (i < subject.size() && subject.at(i) == QLatin1Char(' '))
            ++i;
        if (i < subject.size() && subject.at(i) == QLatin1Char(':'))
            return i + 1;
    }
    return 0;
}

// Strips every leading prefix by offset, so "Re: " a hundred thousand times stays linear.
QString withPrefix(const QString &subject, const QStringList &strip, const QString &prefix)
{
    QStringView rest = QStringView(subject).trimmed();
    while (const qsizetype length = prefixLength(rest, strip))
        rest = rest.sliced(length).trimmed();
    return prefix + rest.toString();
}

bool isOwn(const Mailbox &mailbox, const QStringList &ownAddresses)
{
    return ownAddresses.contains(mailbox.address, Qt::CaseInsensitive);
}

// Appends the mailboxes not yet in seen and not the user's own.
void addNew(const QList<Mailbox> &from, const QStringList &ownAddresses, QStringList *seen, QList<Mailbox> *to)
{
    for (const Mailbox &mailbox : from) {
        if (isOwn(mailbox, ownAddresses) || seen->contains(mailbox.address, Qt::CaseInsensitive))
            continue;
        seen->append(mailbox.address);
        to->append(mailbox);
    }
}

QString normalizedLines(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return text;
}

QString decodeEntity(const QString &entity)
{
    static const QList<std::pair<QString, QString>> named {
        {QStringLiteral("amp"), QStringLiteral("&")},  {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},   {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")}, {QStringLiteral("nbsp"), QString(QChar(0xa0))}};
    for (const auto &[name, text] : named) {
        if (entity.compare(name, Qt::CaseInsensitive) == 0)
            return text;
    }
    if (entity.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex = entity.size() > 1 && (entity.at(1) == QLatin1Char('x') || entity.at(1) == QLatin1Char('X'));
        const uint code = entity.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (ok && code > 0 && code <= 0x10ffff)
            return QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
    }
    return QLatin1Char('&') + entity + QLatin1Char(';');
}

// Enough HTML to text for a quote: tags dropped, block ends and <br> become
// line breaks, script and style skipped, entities decoded.
class HtmlText
{
public:
    static QString of(const QString &html)
    {
        HtmlText reader(html);
        while (reader.m_pos < html.size())
            reader.step();
        return reader.m_text.trimmed();
    }

private:
    explicit HtmlText(const QString &html)
        : m_html(html)
    {
    }

    void step()
    {
        const QChar c = m_html.at(m_pos);
        if (c == QLatin1Char('<'))
            readTag();
        else if (!m_skipUntil.isEmpty())
            ++m_pos;
        else if (c == QLatin1Char('&'))
            readEntity();
        else
            appendText(c);
    }

    void readTag()
    {
        static const QStringList breaking {QStringLiteral("br"),         QStringLiteral("br/"), QStringLiteral("/p"),
                                           QStringLiteral("/div"),       QStringLiteral("/li"), QStringLiteral("/tr"),
                                           QStringLiteral("/h1"),        QStringLiteral("/h2"), QStringLiteral("/h3"),
                                           QStringLiteral("/blockquote")};
        const qsizetype close = m_html.indexOf(QLatin1Char('>'), m_pos);
        const qsizetype end = close < 0 ? m_html.size() : close;
        const QString tag
            = m_html.sliced(m_pos + 1, end - m_pos - 1).trimmed().section(QLatin1Char(' '), 0, 0).toLower();
        m_pos = end + 1;
        if (!m_skipUntil.isEmpty()) {
            if (tag == m_skipUntil)
                m_skipUntil.clear();
        } else if (tag == QLatin1String("script") || tag == QLatin1String("style")) {
            m_skipUntil = QLatin1Char('/') + tag;
        } else if (breaking.contains(tag)) {
            m_text += QLatin1Char('\n');
        }
    }

    // Entities are short; looking no further than 10 characters keeps "&&&&..." linear.
    void readEntity()
    {
        const qsizetype limit = std::min(m_pos + 11, m_html.size());
        qsizetype semicolon = m_pos + 1;
        while (semicolon < limit && m_html.at(semicolon) != QLatin1Char(';'))
            ++semicolon;
        if (semicolon < limit) {
            m_text += decodeEntity(m_html.sliced(m_pos + 1, semicolon - m_pos - 1));
            m_pos = semicolon + 1;
        } else {
            appendText(QLatin1Char('&'));
        }
    }

    // Source line breaks are just spaces in HTML.
    void appendText(QChar c)
    {
        m_text += c == QLatin1Char('\r') || c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
        ++m_pos;
    }

    const QString &m_html;
    qsizetype m_pos = 0;
    QString m_text;
    QString m_skipUntil; // the closing tag of a script or style element
};

QString mailboxText(const QList<Mailbox> &mailboxes)
{
    QStringList parts;
    for (const Mailbox &mailbox : mailboxes)
        parts << (mailbox.name.isEmpty() ? mailbox.address
                                         : mailbox.name + QStringLiteral(" <") + mailbox.address + QLatin1Char('>'));
    return parts.join(QStringLiteral(", "));
}

QByteArrayList references(const Envelope &original)
{
    QByteArrayList ids = original.references;
    if (ids.isEmpty() && !original.inReplyTo.isEmpty())
        ids << original.inReplyTo;
    if (!original.messageId.isEmpty() && !ids.contains(original.messageId))
        ids << original.messageId;
    return ids;
}

} // namespace

QString ReplyComposer::replySubject(const QString &subject)
{
    return withPrefix(subject, kReplyPrefixes, QStringLiteral("Re: "));
}

QString ReplyComposer::forwardSubject(const QString &subject)
{
    return withPrefix(subject, kForwardPrefixes, QStringLiteral("Fwd: "));
}

void ReplyComposer::replyRecipients(const Envelope &original, Recipients who, const QStringList &ownAddresses,
                                    QList<Mailbox> *to, QList<Mailbox> *cc)
{
    to->clear();
    cc->clear();
    const bool fromMe = !original.from.isEmpty()
        && std::all_of(original.from.cbegin(), original.from.cend(),
                       [&](const Mailbox &mailbox) { return isOwn(mailbox, ownAddresses); });
    QStringList seen;
    if (fromMe) {
        addNew(original.to, ownAddresses, &seen, to);
    } else {
        addNew(original.replyTo.isEmpty() ? original.from : original.replyTo, ownAddresses, &seen, to);
        if (who == Recipients::All)
            addNew(original.to, ownAddresses, &seen, to);
    }
    if (who == Recipients::All)
        addNew(original.cc, ownAddresses, &seen, cc);
    if (to->isEmpty())
        std::swap(*to, *cc);
}

QString ReplyComposer::quote(const Envelope &original, const QString &text)
{
    const Mailbox sender = original.from.value(0);
    const QString who = sender.name.isEmpty() ? sender.address : sender.name;
    const QString attribution = original.date.isValid()
        ? ReplyComposer::tr("On %1, %2 wrote:").arg(original.date.toString(QStringLiteral("yyyy-MM-dd HH:mm")), who)
        : ReplyComposer::tr("%1 wrote:").arg(who);
    QStringList lines {attribution};
    QString body = normalizedLines(text);
    while (body.endsWith(QLatin1Char('\n')))
        body.chop(1);
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char('>')))
            lines << QLatin1Char('>') + line;
        else
            lines << QStringLiteral("> ") + line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString ReplyComposer::plainText(const MimePart &message)
{
    const MimePart *body = message.bodyToDisplay(MimePart::Preference::PlainText);
    if (!body)
        return {};
    const QString text = normalizedLines(body->text());
    if (body->subtype == "html")
        return HtmlText::of(text);
    if (body->parameters.value("format").compare(QLatin1String("flowed"), Qt::CaseInsensitive) == 0)
        return FlowedText::decode(
            text, body->parameters.value("delsp").compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0);
    return text;
}

MessageBuilder ReplyComposer::reply(const MimePart &original, const Mailbox &me, Recipients who,
                                    const QStringList &ownAddresses)
{
    const Envelope envelope = Envelope::fromHeaders(original.headers, original.charset);
    QList<Mailbox> to;
    QList<Mailbox> cc;
    replyRecipients(envelope, who, ownAddresses, &to, &cc);
    MessageBuilder builder;
    builder.setFrom(me);
    builder.setTo(to);
    builder.setCc(cc);
    builder.setSubject(replySubject(envelope.subject.value_or(QString())));
    builder.setInReplyTo(envelope.messageId);
    builder.setReferences(references(envelope));
    builder.setText(quote(envelope, plainText(original)) + QStringLiteral("\n\n"));
    return builder;
}

MessageBuilder ReplyComposer::forwardInline(const MimePart &original, const Mailbox &me)
{
    const Envelope envelope = Envelope::fromHeaders(original.headers, original.charset);
    const QString subject = envelope.subject.value_or(QString());
    QStringList header {ReplyComposer::tr("-------- Forwarded Message --------"),
                        ReplyComposer::tr("Subject: %1").arg(subject)};
    if (envelope.date.isValid())
        header << ReplyComposer::tr("Date: %1").arg(QString::fromLatin1(DateParser::format(envelope.date)));
    header << ReplyComposer::tr("From: %1").arg(mailboxText(envelope.from))
           << ReplyComposer::tr("To: %1").arg(mailboxText(envelope.to));
    if (!envelope.cc.isEmpty())
        header << ReplyComposer::tr("Cc: %1").arg(mailboxText(envelope.cc));

    MessageBuilder builder;
    builder.setFrom(me);
    builder.setSubject(forwardSubject(subject));
    builder.setText(QStringLiteral("\n\n") + header.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                    + plainText(original));
    for (const MessageBuilder::Attachment &attachment : attachmentsOf(original))
        builder.addAttachment(attachment);
    return builder;
}

QList<MessageBuilder::Attachment> ReplyComposer::attachmentsOf(const MimePart &message)
{
    QList<MessageBuilder::Attachment> attachments;
    for (const MimePart *part : message.attachments()) {
        if (part->isMessage() && part->body.isEmpty())
            continue; // parsed without KeepBytes: only its parts are there
        QString name = part->filename;
        if (name.isEmpty() && part->isMessage())
            name = ReplyComposer::tr("message") + QStringLiteral(".eml");
        else if (name.isEmpty())
            name = ReplyComposer::tr("attachment");
        attachments.append({name, part->body, part->mimeType()});
    }
    return attachments;
}

MessageBuilder ReplyComposer::forwardAsAttachment(const QByteArray &originalMessage, const Mailbox &me)
{
    const MimePart original = MessageParser::parse(originalMessage);
    const QString subject = Envelope::fromHeaders(original.headers, original.charset).subject.value_or(QString());
    QString filename = subject.trimmed().isEmpty() ? ReplyComposer::tr("message") : subject.trimmed();
    // Characters that file systems refuse would only be replaced on saving.
    for (QChar &c : filename) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    MessageBuilder builder;
    builder.setFrom(me);
    builder.setSubject(forwardSubject(subject));
    builder.addAttachment({filename + QStringLiteral(".eml"), originalMessage, QByteArrayLiteral("message/rfc822")});
    return builder;
}

} // namespace heron::mime
