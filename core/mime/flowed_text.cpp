#include "mime/flowed_text.h"

#include <QStringList>

namespace heron::mime {

namespace {

const QString kSignatureSeparator = QStringLiteral("-- ");

struct QuotedLine
{
    int depth = 0;
    QString content;
};

// Splits off the quote marks ">>" and, for quoted lines, one stuffing space.
QuotedLine splitQuote(const QString &line)
{
    QuotedLine quoted;
    while (quoted.depth < line.size() && line.at(quoted.depth) == QLatin1Char('>'))
        ++quoted.depth;
    quoted.content = line.sliced(quoted.depth);
    if (quoted.content.startsWith(QLatin1Char(' ')))
        quoted.content.remove(0, 1);
    return quoted;
}

// Quote marks plus one space before non-empty text, or the space-stuffing space.
QString prefixFor(int depth, QStringView content)
{
    if (depth > 0)
        return QString(depth, QLatin1Char('>')) + (content.isEmpty() ? QString() : QStringLiteral(" "));
    const bool stuff = content.startsWith(QLatin1Char(' ')) || content.startsWith(QLatin1String("From "));
    return stuff ? QStringLiteral(" ") : QString();
}

// Wraps one logical line; every piece but the last ends with the soft-break
// space. Works by offset, so a huge line is not copied once per piece.
void wrap(int depth, QString content, QStringList *out)
{
    if (content != kSignatureSeparator) {
        while (content.endsWith(QLatin1Char(' ')))
            content.chop(1);
    }
    for (qsizetype start = 0;;) {
        const QStringView rest = QStringView(content).sliced(start);
        const QString prefix = prefixFor(depth, rest);
        const qsizetype room = FlowedText::kMaxLine - prefix.size();
        qsizetype space = rest.size() <= room ? -1 : rest.lastIndexOf(QLatin1Char(' '), room - 1);
        if (rest.size() > room && space <= 0)
            space = rest.indexOf(QLatin1Char(' '), room); // an overlong word stays whole
        if (space <= 0 || space + 1 >= rest.size()) {
            out->append(prefix + rest.toString());
            return;
        }
        out->append(prefix + rest.first(space + 1).toString());
        start += space + 1;
    }
}

} // namespace

QString FlowedText::encode(const QString &text)
{
    QStringList out;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(QLatin1Char('>'))) {
            const QuotedLine quoted = splitQuote(line);
            wrap(quoted.depth, quoted.content, &out);
        } else {
            wrap(0, line, &out);
        }
    }
    return out.join(QLatin1Char('\n'));
}

QString FlowedText::decode(const QString &text, bool delSp)
{
    QStringList out;
    bool continuing = false; // the previous line was soft-broken
    int previousDepth = 0;
    for (QString line : text.split(QLatin1Char('\n'))) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        QuotedLine quoted = splitQuote(line); // also undoes space-stuffing
        const bool flowed = quoted.content.endsWith(QLatin1Char(' ')) && quoted.content != kSignatureSeparator;
        if (flowed && delSp)
            quoted.content.chop(1);
        if (continuing && quoted.depth == previousDepth)
            out.last() += quoted.content;
        else
            out.append(quoted.depth > 0 ? prefixFor(quoted.depth, quoted.content) + quoted.content : quoted.content);
        continuing = flowed;
        previousDepth = quoted.depth;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace heron::mime
