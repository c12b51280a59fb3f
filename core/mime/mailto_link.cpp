#include "mime/mailto_link.h"

#include <QStringList>

namespace heron::mime {

namespace {

QString decode(QStringView encoded)
{
    return QUrl::fromPercentEncoding(encoded.toUtf8());
}

void appendList(QString *list, const QString &addresses)
{
    const QString trimmed = addresses.trimmed();
    if (trimmed.isEmpty())
        return;
    if (!list->isEmpty())
        list->append(QLatin1String(", "));
    list->append(trimmed);
}

} // namespace

std::optional<MailtoLink> MailtoLink::parse(const QUrl &url)
{
    // Fully encoded, so a "?" or "&" inside a decoded value cannot split the link.
    return parse(url.toString(QUrl::FullyEncoded));
}

std::optional<MailtoLink> MailtoLink::parse(const QString &link)
{
    const QString scheme = QStringLiteral("mailto:");
    const QString trimmed = link.trimmed();
    if (!trimmed.startsWith(scheme, Qt::CaseInsensitive))
        return std::nullopt;
    const QStringView rest = QStringView(trimmed).mid(scheme.size());
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    MailtoLink result;
    appendList(&result.to, decode(question < 0 ? rest : rest.left(question)));
    if (question < 0)
        return result;
    QStringList bodies;
    for (const QStringView field : rest.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = field.indexOf(QLatin1Char('='));
        const QString name = decode(equals < 0 ? field : field.left(equals)).trimmed().toLower();
        const QString value = equals < 0 ? QString() : decode(field.mid(equals + 1));
        if (name == QLatin1String("to"))
            appendList(&result.to, value);
        else if (name == QLatin1String("cc"))
            appendList(&result.cc, value);
        else if (name == QLatin1String("bcc"))
            appendList(&result.bcc, value);
        else if (name == QLatin1String("subject"))
            result.subject = value.simplified(); // one line, whatever the link held
        else if (name == QLatin1String("body"))
            bodies.append(value);
        // Anything else may be unsafe (RFC 6068 section 6): ignored.
    }
    QString body = bodies.join(QLatin1Char('\n'));
    body.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    result.body = body;
    return result;
}

} // namespace heron::mime
