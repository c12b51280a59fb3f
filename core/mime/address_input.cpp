#include "mime/address_input.h"

#include "mime/address_parser.h"

#include <algorithm>

namespace heron::mime {

namespace {

// Positions of the separators outside "quotes", <angle brackets> and (comments).
QList<qsizetype> separators(const QString &text)
{
    QList<qsizetype> found;
    bool quoted = false;
    int angle = 0;
    int comment = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                quoted = false;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('<')) {
            ++angle;
        } else if (c == QLatin1Char('>')) {
            angle = qMax(0, angle - 1);
        } else if (c == QLatin1Char('(')) {
            ++comment;
        } else if (c == QLatin1Char(')')) {
            comment = qMax(0, comment - 1);
        } else if ((c == QLatin1Char(',') || c == QLatin1Char(';')) && angle == 0 && comment == 0) {
            found.append(i);
        }
    }
    return found;
}

} // namespace

QStringList AddressInput::entries(const QString &text)
{
    QStringList list;
    qsizetype start = 0;
    QList<qsizetype> ends = separators(text);
    ends.append(text.size());
    for (const qsizetype end : std::as_const(ends)) {
        const QString entry = text.mid(start, end - start).trimmed();
        if (!entry.isEmpty())
            list.append(entry);
        start = end + 1;
    }
    return list;
}

qsizetype AddressInput::lastEntryStart(const QString &text)
{
    const QList<qsizetype> found = separators(text);
    qsizetype start = found.isEmpty() ? 0 : found.constLast() + 1;
    while (start < text.size() && text.at(start).isSpace())
        ++start;
    return start;
}

QList<Mailbox> AddressInput::parse(const QString &text, QStringList *invalid)
{
    QList<Mailbox> mailboxes;
    for (const QString &entry : entries(text)) {
        const QList<Mailbox> parsed = AddressParser::parse(entry.toUtf8());
        if (parsed.size() == 1 && isValidAddress(parsed.constFirst().address))
            mailboxes.append(parsed.constFirst());
        else if (invalid)
            invalid->append(entry);
    }
    return mailboxes;
}

bool AddressInput::isValidAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return false;
    for (const QChar c : address) {
        if (c.isSpace() || c.category() == QChar::Other_Control || c == QLatin1Char('<') || c == QLatin1Char('>')
            || c == QLatin1Char(',') || c == QLatin1Char(';'))
            return false;
    }
    // An "@" in the local part only inside quotes ("a@b"@example.org).
    const QString local = address.left(at);
    const bool quoted = local.size() >= 2 && local.startsWith(QLatin1Char('"')) && local.endsWith(QLatin1Char('"'));
    if (local.contains(QLatin1Char('@')) && !quoted)
        return false;
    const QString domain = address.mid(at + 1);
    for (const QString &label : domain.split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return false;
    }
    return true;
}

QString AddressInput::format(const Mailbox &mailbox)
{
    if (mailbox.name.isEmpty())
        return mailbox.address;
    QString name = mailbox.name;
    // Specials of RFC 5322 in a name make it a quoted string.
    static const QString specials = QStringLiteral("()<>[]:;@\\,.\"");
    const bool quote = std::any_of(name.cbegin(), name.cend(), [](QChar c) { return specials.contains(c); });
    if (quote) {
        name.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        name = QLatin1Char('"') + name + QLatin1Char('"');
    }
    return name + QLatin1String(" <") + mailbox.address + QLatin1Char('>');
}

} // namespace heron::mime
