#include "mime/date_parser.h"

#include "mime/ascii.h"

#include <QList>
#include <QTimeZone>

#include <array>
#include <cstdlib>
#include <optional>

namespace heron::mime {

namespace {

constexpr std::array<const char *, 12> kMonths {"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<const char *, 7> kWeekdays {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr int kMaxOffsetSeconds = 24 * 3600 - 60;

struct ZoneName
{
    const char *name;
    int hours;
};

constexpr std::array<ZoneName, 12> kZones {{{"ut", 0},
                                            {"utc", 0},
                                            {"gmt", 0},
                                            {"z", 0},
                                            {"est", -5},
                                            {"edt", -4},
                                            {"cst", -6},
                                            {"cdt", -5},
                                            {"mst", -7},
                                            {"mdt", -6},
                                            {"pst", -8},
                                            {"pdt", -7}}};

// What the pieces of a date string say, filled in as they are read.
struct DateFields
{
    QList<QByteArray> numbers; // day and year, in the order written
    int month = 0; // 1..12
    std::optional<QTime> time;
    std::optional<int> offsetSeconds;
    std::optional<int> namedOffsetSeconds;
    bool broken = false;
};

// Returns whether the word was a month name.
bool readWord(QByteArrayView word, DateFields *fields)
{
    const QByteArray lower = word.toByteArray().toLower();
    for (size_t i = 0; i < kMonths.size(); ++i) {
        if (lower.startsWith(kMonths[i]) && fields->month == 0) {
            fields->month = static_cast<int>(i) + 1;
            return true;
        }
    }
    for (const ZoneName &zone : kZones) {
        if (lower == zone.name) {
            fields->namedOffsetSeconds = zone.hours * 3600;
            return false;
        }
    }
    if (lower.size() == 1 && lower != "j")
        fields->namedOffsetSeconds = 0; // military zones: sign conventions were unreliable
    // Weekdays and junk words are ignored.
    return false;
}

// "hh:mm" or "hh:mm:ss" starting at raw[*pos]; advances past it.
void readTime(QByteArrayView raw, qsizetype *pos, DateFields *fields)
{
    int values[3] = {0, 0, 0};
    int count = 0;
    qsizetype i = *pos;
    while (count < 3) {
        const qsizetype start = i;
        while (i < raw.size() && Ascii::isDigit(raw[i]) && i - start < 2)
            values[count] = values[count] * 10 + (raw[i++] - '0');
        if (i == start)
            break;
        ++count;
        if (i >= raw.size() || raw[i] != ':' || count == 3)
            break;
        ++i;
    }
    *pos = i;
    if (fields->time)
        return;
    const int second = values[2] == 60 ? 59 : values[2]; // a leap second
    const QTime time(values[0], values[1], second);
    if (count < 2 || !time.isValid())
        fields->broken = true;
    else
        fields->time = time;
}

// "+hhmm", "+hh:mm" or "+hh" starting at the sign; advances past it.
void readOffset(QByteArrayView raw, qsizetype *pos, DateFields *fields)
{
    const int sign = raw[*pos] == '-' ? -1 : 1;
    qsizetype i = *pos + 1;
    QByteArray digits;
    while (i < raw.size() && (Ascii::isDigit(raw[i]) || (raw[i] == ':' && digits.size() == 2)) && digits.size() < 4) {
        if (raw[i] != ':')
            digits.append(raw[i]);
        ++i;
    }
    *pos = i;
    if (fields->offsetSeconds)
        return;
    if (digits.size() == 2)
        digits.append("00");
    if (digits.size() != 4) {
        fields->broken = true;
        return;
    }
    const int hours = digits.first(2).toInt();
    const int minutes = digits.sliced(2).toInt();
    if (minutes > 59 || hours * 3600 + minutes * 60 > kMaxOffsetSeconds)
        fields->broken = true;
    else
        fields->offsetSeconds = sign * (hours * 3600 + minutes * 60);
}

qsizetype skipComment(QByteArrayView raw, qsizetype pos)
{
    int depth = 0;
    for (; pos < raw.size(); ++pos) {
        if (raw[pos] == '(')
            ++depth;
        else if (raw[pos] == ')' && --depth == 0)
            return pos + 1;
        else if (raw[pos] == '\\')
            ++pos;
    }
    return pos;
}

DateFields readFields(QByteArrayView raw)
{
    DateFields fields;
    // In "22-Jul-2020" a dash right after a day, month or year separates; elsewhere it signs an offset.
    bool afterDatePart = false;
    qsizetype pos = 0;
    while (pos < raw.size()) {
        const char c = raw[pos];
        const qsizetype start = pos;
        bool datePart = false;
        if (c == '(') {
            pos = skipComment(raw, pos);
        } else if (Ascii::isLetter(c)) {
            while (pos < raw.size() && Ascii::isLetter(raw[pos]))
                ++pos;
            datePart = readWord(raw.sliced(start, pos - start), &fields);
        } else if (Ascii::isDigit(c)) {
            while (pos < raw.size() && Ascii::isDigit(raw[pos]))
                ++pos;
            if (pos < raw.size() && raw[pos] == ':') {
                pos = start;
                readTime(raw, &pos, &fields);
            } else {
                fields.numbers.append(raw.sliced(start, pos - start).toByteArray());
                datePart = true;
            }
        } else if ((c == '+' || c == '-') && !afterDatePart && pos + 1 < raw.size() && Ascii::isDigit(raw[pos + 1])) {
            readOffset(raw, &pos, &fields);
        } else {
            ++pos;
        }
        afterDatePart = datePart;
    }
    return fields;
}

int fullYear(const QByteArray &digits)
{
    const int year = digits.toInt();
    if (digits.size() == 2)
        return year < 50 ? 2000 + year : 1900 + year;
    if (digits.size() == 3)
        return 1900 + year;
    return year;
}

// Day and year from the numbers: a number of more than two digits or above 31
// is the year; otherwise the first is the day.
std::optional<QDate> dateFrom(const DateFields &fields)
{
    if (fields.month == 0 || fields.numbers.size() < 2)
        return std::nullopt;
    const QByteArray &first = fields.numbers.at(0);
    const QByteArray &second = fields.numbers.at(1);
    const bool firstIsYear = first.size() > 2 || first.toInt() > 31;
    const QByteArray &day = firstIsYear ? second : first;
    const QByteArray &year = firstIsYear ? first : second;
    if (day.size() > 2 || year.size() > 4)
        return std::nullopt;
    const QDate date(fullYear(year), fields.month, day.toInt());
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QByteArray twoDigits(int value)
{
    return QByteArray::number(value).rightJustified(2, '0');
}

} // namespace

QDateTime DateParser::parse(QByteArrayView raw)
{
    const DateFields fields = readFields(raw);
    const std::optional<QDate> date = dateFrom(fields);
    if (!date || fields.broken)
        return {};
    const int offset = fields.offsetSeconds.value_or(fields.namedOffsetSeconds.value_or(0));
    return QDateTime(*date, fields.time.value_or(QTime(0, 0)), Qt::OffsetFromUTC, offset);
}

QByteArray DateParser::format(const QDateTime &dateTime)
{
    // Four-digit years: parse() reads "20" as 2020, so the year 20 must be written "0020".
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    const int offset = dateTime.offsetFromUtc();
    const int magnitude = std::abs(offset) / 60;
    QByteArray month = kMonths[static_cast<size_t>(date.month() - 1)];
    month[0] = static_cast<char>(month[0] - 'a' + 'A');
    return QByteArray(kWeekdays[static_cast<size_t>(date.dayOfWeek() - 1)]) + ", " + QByteArray::number(date.day())
        + ' ' + month + ' ' + QByteArray::number(date.year()).rightJustified(4, '0') + ' ' + twoDigits(time.hour())
        + ':' + twoDigits(time.minute()) + ':' + twoDigits(time.second()) + ' ' + (offset < 0 ? '-' : '+')
        + twoDigits(magnitude / 60) + twoDigits(magnitude % 60);
}

QString DateParser::toIso8601(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const int offset = dateTime.offsetFromUtc();
    const int magnitude = std::abs(offset) / 60;
    return dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char(offset < 0 ? '-' : '+')
        + QString::fromLatin1(twoDigits(magnitude / 60)) + QLatin1Char(':')
        + QString::fromLatin1(twoDigits(magnitude % 60));
}

} // namespace heron::mime
