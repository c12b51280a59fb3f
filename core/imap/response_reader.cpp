#include "imap/response_reader.h"

#include "imap/modified_utf7.h"

#include <array>
#include <cstring>
#include <limits>

namespace heron::imap {

namespace {

using Kind = ParseError::Kind;

// Thrown inside the reader only; read() turns it into a Failure. Unwinding keeps the
// grammar functions free of error plumbing, and malformed input is the rare path.
struct ReadFailure
{
    Kind kind;
    qsizetype position;
    QString what;
};

constexpr std::array<bool, 256> makeAtomTable()
{
    std::array<bool, 256> table {};
    for (int c = 0x21; c < 0x7f; ++c)
        table[c] = true;
    // atom-specials, plus ']' so that response codes and sections end cleanly.
    for (const char c : {'(', ')', '{', '%', '*', '"', '\\', ']'})
        table[uchar(c)] = false;
    // 8-bit bytes: not ATOM-CHAR, but servers put them in atoms (mailbox names) anyway.
    for (int c = 0x80; c < 0x100; ++c)
        table[c] = true;
    return table;
}

constexpr std::array<bool, 256> kAtomChar = makeAtomTable();

bool isAtomChar(char c)
{
    return kAtomChar[uchar(c)];
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

// ASCII case-insensitive match against an upper-case keyword. Folding with | 0x20 is exact
// for letters; for '.', '-', '=' and digits it only also matches control bytes, which never
// reach here because atoms exclude them.
template<std::size_t N>
bool is(QByteArrayView word, const char (&keyword)[N])
{
    if (word.size() != qsizetype(N - 1))
        return false;
    for (std::size_t i = 0; i + 1 < N; ++i) {
        if ((word.data()[i] | 0x20) != (keyword[i] | 0x20))
            return false;
    }
    return true;
}

std::optional<Status> statusOf(QByteArrayView word)
{
    if (is(word, "OK"))
        return Status::Ok;
    if (is(word, "NO"))
        return Status::No;
    if (is(word, "BAD"))
        return Status::Bad;
    if (is(word, "BYE"))
        return Status::Bye;
    if (is(word, "PREAUTH"))
        return Status::Preauth;
    return std::nullopt;
}

ResponseCode::Kind codeKindOf(QByteArrayView name)
{
    using K = ResponseCode::Kind;
    static constexpr std::pair<const char *, K> kCodes[] = {
        {"ALERT", K::Alert},
        {"BADCHARSET", K::BadCharset},
        {"CAPABILITY", K::Capability},
        {"PARSE", K::Parse},
        {"PERMANENTFLAGS", K::PermanentFlags},
        {"READ-ONLY", K::ReadOnly},
        {"READ-WRITE", K::ReadWrite},
        {"TRYCREATE", K::TryCreate},
        {"UIDNEXT", K::UidNext},
        {"UIDVALIDITY", K::UidValidity},
        {"UNSEEN", K::Unseen},
        {"HIGHESTMODSEQ", K::HighestModSeq},
        {"NOMODSEQ", K::NoModSeq},
        {"MODIFIED", K::Modified},
        {"APPENDUID", K::AppendUid},
        {"COPYUID", K::CopyUid},
        {"CLOSED", K::Closed},
    };
    for (const auto &[keyword, kind] : kCodes) {
        if (name.compare(QByteArrayView(keyword), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return K::Other;
}

// Tokens that fill most of a BODYSTRUCTURE and FLAGS. Handing out shared static data for
// them saves an allocation per field, a large part of the parser's time on a FETCH stream.
// Spellings are kept exactly: servers send these in upper or lower case.
class InternTable
{
public:
    InternTable()
    {
        static constexpr const char *kTokens[] = {
            "TEXT",         "PLAIN",
            "HTML",         "CHARSET",
            "UTF-8",        "US-ASCII",
            "ISO-8859-1",   "WINDOWS-1252",
            "7BIT",         "8BIT",
            "BASE64",       "QUOTED-PRINTABLE",
            "MULTIPART",    "MIXED",
            "ALTERNATIVE",  "RELATED",
            "BOUNDARY",     "APPLICATION",
            "OCTET-STREAM", "PDF",
            "IMAGE",        "JPEG",
            "PNG",          "MESSAGE",
            "RFC822",       "DELIVERY-STATUS",
            "NAME",         "FILENAME",
            "SIZE",         "ATTACHMENT",
            "INLINE",       "FORMAT",
            "FLOWED",       "DELSP",
            "YES",          "NO",
            "CALENDAR",     "METHOD",
        };
        static constexpr const char *kExact[] = {"\\Seen",   "\\Answered", "\\Flagged", "\\Deleted", "\\Draft",
                                                 "\\Recent", "$Forwarded", "$Junk",     "$NotJunk",  "$MDNSent"};
        for (const char *token : kTokens) {
            add(QByteArray(token));
            add(QByteArray(token).toLower());
        }
        static_assert(2 * std::size(kTokens) + std::size(kExact) < kSlots / 4);
        for (const char *token : kExact)
            add(QByteArray(token));
    }

    QByteArray find(QByteArrayView bytes) const
    {
        if (bytes.size() <= kMaxLength && bytes.size() > 0) {
            // Open addressing; the table is sparse, so a miss usually ends at the first empty slot.
            for (std::size_t slot = hash(bytes);; slot = (slot + 1) % kSlots) {
                const QByteArray &entry = m_slots[slot];
                if (entry.isNull())
                    break;
                if (entry.size() == bytes.size()
                    && std::memcmp(entry.constData(), bytes.data(), size_t(bytes.size())) == 0)
                    return entry;
            }
        }
        return bytes.toByteArray();
    }

private:
    static constexpr qsizetype kMaxLength = 16;
    static constexpr std::size_t kSlots = 512; // a power of two, over four times the entries

    static std::size_t hash(QByteArrayView bytes)
    {
        const auto at = [&bytes](qsizetype i) { return std::size_t(uchar(bytes.data()[i])); };
        return (std::size_t(bytes.size()) * 31 + at(0) * 7 + at(bytes.size() - 1) * 13 + at(bytes.size() / 2) * 3)
            % kSlots;
    }

    void add(const QByteArray &token)
    {
        std::size_t slot = hash(token);
        while (!m_slots[slot].isNull() && m_slots[slot] != token)
            slot = (slot + 1) % kSlots;
        m_slots[slot] = token;
    }

    std::array<QByteArray, kSlots> m_slots;
};

QByteArray interned(QByteArrayView bytes)
{
    static const InternTable table;
    return table.find(bytes);
}

int monthOf(QByteArrayView name)
{
    static constexpr const char *kMonths[]
        = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QByteArrayView(kMonths[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE,
// e.g. "17-Jul-1996 02:44:25 -0700"; the day may be " 7" or "7". Invalid if anything is off.
QDateTime parseInternalDate(QByteArrayView text)
{
    text = text.trimmed();
    const qsizetype dash = text.indexOf('-');
    if (dash < 1 || dash > 2 || text.size() != dash + 24)
        return {};
    const auto digits = [&text](qsizetype from, qsizetype count) {
        int value = 0;
        for (qsizetype i = from; i < from + count; ++i) {
            if (!isDigit(text.at(i)))
                return -1;
            value = value * 10 + (text.at(i) - '0');
        }
        return value;
    };
    const qsizetype y = dash + 5; // after "-Mon-"
    const int day = digits(0, dash);
    const int month = monthOf(text.sliced(dash + 1, 3));
    const int year = digits(y, 4);
    const int hour = digits(y + 5, 2);
    const int minute = digits(y + 8, 2);
    const int second = digits(y + 11, 2);
    const int zoneHours = digits(y + 15, 2);
    const int zoneMinutes = digits(y + 17, 2);
    const char sign = text.at(y + 14);
    if (text.at(dash + 4) != '-' || text.at(y + 4) != ' ' || text.at(y + 7) != ':' || text.at(y + 10) != ':'
        || text.at(y + 13) != ' ' || (sign != '+' && sign != '-') || month == 0
        || std::min({day, year, hour, minute, second, zoneHours, zoneMinutes}) < 0)
        return {};
    const int offset = (sign == '-' ? -1 : 1) * (zoneHours * 3600 + zoneMinutes * 60);
    // In UTC: the same instant, and Qt keeps a UTC QDateTime without a heap allocation.
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC).addSecs(-offset);
}

class Reader
{
public:
    Reader(QByteArrayView text, QList<FramedLiteral> &literals, const ResponseReader::Options &options)
        : m_text(text.data())
        , m_end(text.size())
        , m_literals(literals)
        , m_options(options)
    {
    }

    void response(Response &response);

private:
    struct LiteralValue
    {
        QByteArray data;
        bool streamed = false;
        quint64 size = 0;
    };

    // Counts open parentheses across the recursive productions (body, generic values).
    class DepthGuard
    {
    public:
        explicit DepthGuard(Reader &reader)
            : m_reader(reader)
        {
            if (++m_reader.m_depth > m_reader.m_options.maxNestingDepth)
                throw ReadFailure {
                    Kind::NestingTooDeep, m_reader.m_pos,
                    QStringLiteral("nesting deeper than %1 levels").arg(m_reader.m_options.maxNestingDepth)};
        }
        ~DepthGuard() { --m_reader.m_depth; }
        DepthGuard(const DepthGuard &) = delete;
        DepthGuard &operator=(const DepthGuard &) = delete;

    private:
        Reader &m_reader;
    };

    // Lexical level. Every token reader skips the spaces before it, so one space, none
    // (as some servers write "NIL(") and several are all accepted.
    bool atEnd() const { return m_pos >= m_end; }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    char peekToken()
    {
        skipSpaces();
        return peek();
    }
    void skipSpaces()
    {
        while (m_pos < m_end && m_text[m_pos] == ' ')
            ++m_pos;
    }
    QByteArrayView slice(qsizetype from, qsizetype to) const { return QByteArrayView(m_text + from, to - from); }
    [[noreturn]] void failAt(qsizetype position, const QString &what) const
    {
        throw ReadFailure {Kind::Malformed, position, what};
    }
    [[noreturn]] void fail(const char *expected) const
    {
        failAt(m_pos, QStringLiteral("expected %1").arg(QLatin1StringView(expected)));
    }
    void expect(char c, const char *expected)
    {
        if (peekToken() != c)
            fail(expected);
        ++m_pos;
    }
    void expectEnd(const char *what)
    {
        skipSpaces();
        if (!atEnd())
            failAt(m_pos, QStringLiteral("unexpected data after the %1").arg(QLatin1StringView(what)));
    }
    // True at ")" (not consumed); at the end of the text the list is unterminated.
    bool atListEnd(const char *what)
    {
        if (peekToken() == ')')
            return true;
        if (atEnd())
            fail(what);
        return false;
    }
    bool takeListEnd(const char *what)
    {
        if (!atListEnd(what))
            return false;
        ++m_pos;
        return true;
    }
    // "{" or "~{": "~" alone starts an atom ("~/Mail").
    bool atLiteral()
    {
        const char c = peekToken();
        return c == '{' || (c == '~' && m_pos + 1 < m_end && m_text[m_pos + 1] == '{');
    }
    QByteArrayView rest()
    {
        skipSpaces();
        const QByteArrayView text = slice(m_pos, m_end);
        m_pos = m_end;
        return text;
    }

    QByteArrayView atom(const char *expected);
    bool takeNil();
    QByteArray quoted();
    LiteralValue literal();
    LiteralValue nstringOrStreamed(const char *expected);
    QByteArray astring(const char *expected);
    QByteArray nstring(const char *expected);
    QByteArray cachedNString(const char *expected);
    quint64 number(const char *expected, quint64 max = std::numeric_limits<quint64>::max());
    quint32 number32(const char *expected) { return quint32(number(expected, 0xFFFFFFFFu)); }
    quint64 lenientNumber(const char *expected);
    SequenceSet sequenceSet(const char *expected);
    QByteArray flag();
    QList<QByteArray> flagList(const char *expected);
    QList<QByteArray> atomsToEnd();
    QList<QByteArray> stringList(const char *expected);
    QChar delimiter();
    QString mailboxName(const QByteArray &raw) const;
    void skipValue();

    // Responses.
    void untagged(Response::Data &data);
    void messageData(Response::Data &data);
    StatusResponse statusResponse(Status status);
    ResponseCode responseCode();
    void codeArguments(ResponseCode &code);
    Response::Data capabilityData();
    Response::Data listData();
    Response::Data lsubData();
    ListData mailboxList(bool lsub);
    void listExtendedData(ListData &list);
    Response::Data mailboxStatus();
    Response::Data searchData();
    Response::Data esearchData();
    Response::Data flagsData();
    Response::Data vanishedData();
    Response::Data enabledData();
    Response::Data idData();
    Response::Data namespaceData();
    QList<Namespace> namespaceList();

    // FETCH.
    void fetch(FetchData &fetch);
    void fetchItem(FetchData &fetch);
    void sectionItem(FetchData &fetch, QByteArrayView name);
    void fetchSection(FetchData &fetch, FetchSection::Kind kind, QByteArray section, std::optional<quint32> origin);
    Envelope envelope();
    QList<Address> addressList();
    QList<Address> addressListLike(QByteArrayView previousText, const QList<Address> &previous);
    Address address();
    BodyStructure body();
    void multipartBody(BodyStructure &body);
    void singlePartBody(BodyStructure &body);
    void bodyExtensionTail(BodyStructure &body);
    ParameterList parameterList();
    std::optional<BodyDisposition> disposition();
    QList<QByteArray> languages();

    const char *m_text;
    qsizetype m_pos = 0;
    qsizetype m_end; // moved in while a response code's arguments are read
    QList<FramedLiteral> &m_literals;
    qsizetype m_nextLiteral = 0;
    const ResponseReader::Options &m_options;
    int m_depth = 0;
};

// ---- lexical ------------------------------------------------------------------------------

QByteArrayView Reader::atom(const char *expected)
{
    skipSpaces();
    const qsizetype start = m_pos;
    while (m_pos < m_end && isAtomChar(m_text[m_pos]))
        ++m_pos;
    if (m_pos == start)
        fail(expected);
    return slice(start, m_pos);
}

bool Reader::takeNil()
{
    skipSpaces();
    if (m_end - m_pos < 3 || !is(slice(m_pos, m_pos + 3), "NIL")
        || (m_pos + 3 < m_end && isAtomChar(m_text[m_pos + 3])))
        return false;
    m_pos += 3;
    return true;
}

QByteArray Reader::quoted()
{
    const qsizetype open = m_pos++;
    const qsizetype start = m_pos;
    while (m_pos < m_end && m_text[m_pos] != '"' && m_text[m_pos] != '\\')
        ++m_pos;
    if (m_pos < m_end && m_text[m_pos] == '"')
        return interned(slice(start, m_pos++)); // the common case: no escapes, one copy
    QByteArray value(m_text + start, m_pos - start);
    while (m_pos < m_end && m_text[m_pos] != '"') {
        // Any escaped byte is taken literally; RFC 3501 only has \" and \\, but being lenient costs nothing.
        if (m_text[m_pos] == '\\' && m_pos + 1 < m_end)
            ++m_pos;
        value.append(m_text[m_pos++]);
    }
    if (m_pos >= m_end)
        failAt(open, QStringLiteral("unterminated quoted string"));
    ++m_pos;
    return value;
}

// "{n}", "{n+}" or "~{n}": the framer already collected the bytes; take them over.
Reader::LiteralValue Reader::literal()
{
    const qsizetype start = m_pos;
    if (peek() == '~')
        ++m_pos;
    if (peek() != '{')
        fail("'{' of a literal");
    ++m_pos;
    while (isDigit(peek()))
        ++m_pos;
    if (peek() == '+')
        ++m_pos;
    if (peek() != '}')
        fail("'}' closing a literal's length");
    ++m_pos;
    if (m_nextLiteral >= m_literals.size() || m_literals.at(m_nextLiteral).position != m_pos)
        failAt(start, QStringLiteral("a literal's length must end its line"));
    FramedLiteral &framed = m_literals[m_nextLiteral++];
    return {std::move(framed.data), framed.streamed, framed.size};
}

Reader::LiteralValue Reader::nstringOrStreamed(const char *expected)
{
    if (atLiteral())
        return literal();
    return {nstring(expected)};
}

// Also stands for `string`: accepting an atom where a string is due is harmless and some
// servers send bare atoms (numbers, charsets) there.
QByteArray Reader::astring(const char *expected)
{
    if (peekToken() == '"')
        return quoted();
    if (atLiteral()) {
        LiteralValue value = literal();
        if (value.streamed)
            failAt(m_pos, QStringLiteral("a streamed literal where the parser needs the data"));
        return std::move(value.data);
    }
    return interned(atom(expected));
}

QByteArray Reader::nstring(const char *expected)
{
    if (takeNil())
        return {};
    return astring(expected);
}

// For address fields, which repeat across a mailbox: plain quoted strings go through the cache.
QByteArray Reader::cachedNString(const char *expected)
{
    if (!m_options.strings || peekToken() != '"')
        return nstring(expected);
    const qsizetype start = m_pos + 1;
    const char *close = static_cast<const char *>(std::memchr(m_text + start, '"', size_t(m_end - start)));
    const qsizetype end = close ? close - m_text : m_end;
    if (!close || QByteArrayView(m_text + start, end - start).contains('\\'))
        return nstring(expected); // escapes, or unterminated: the general path handles (or reports) it
    m_pos = end + 1;
    return m_options.strings->get(slice(start, end));
}

quint64 Reader::number(const char *expected, quint64 max)
{
    skipSpaces();
    const qsizetype start = m_pos;
    quint64 value = 0;
    while (m_pos < m_end && isDigit(m_text[m_pos])) {
        const quint64 digit = quint64(m_text[m_pos] - '0');
        if (value > (max - digit) / 10)
            failAt(start, QStringLiteral("number too large (%1)").arg(QLatin1StringView(expected)));
        value = value * 10 + digit;
        ++m_pos;
    }
    // "12abc" is not a number; "0>" (a partial origin) and "5)" are.
    if (m_pos == start || (m_pos < m_end && isLetter(m_text[m_pos])))
        failAt(start, QStringLiteral("expected %1").arg(QLatin1StringView(expected)));
    return value;
}

// Sizes and line counts in BODYSTRUCTURE: some servers send NIL or a quoted number.
quint64 Reader::lenientNumber(const char *expected)
{
    const char c = peekToken();
    if (isDigit(c))
        return number(expected);
    if (takeNil())
        return 0;
    if (c != '"')
        fail(expected);
    const qsizetype start = m_pos;
    bool ok = false;
    const quint64 value = quoted().toULongLong(&ok);
    if (!ok)
        failAt(start, QStringLiteral("expected %1").arg(QLatin1StringView(expected)));
    return value;
}

SequenceSet Reader::sequenceSet(const char *expected)
{
    skipSpaces();
    const qsizetype start = m_pos;
    while (m_pos < m_end
           && (isDigit(m_text[m_pos]) || m_text[m_pos] == ':' || m_text[m_pos] == ',' || m_text[m_pos] == '*'))
        ++m_pos;
    const auto set = SequenceSet::parse(slice(start, m_pos));
    if (!set)
        failAt(start, QStringLiteral("expected %1").arg(QLatin1StringView(expected)));
    return *set;
}

// flag = "\" atom / keyword, plus "\*" in PERMANENTFLAGS.
QByteArray Reader::flag()
{
    skipSpaces();
    const qsizetype start = m_pos;
    if (peek() == '\\') {
        ++m_pos;
        if (peek() == '*')
            return QByteArray(m_text + start, ++m_pos - start);
    }
    while (m_pos < m_end && isAtomChar(m_text[m_pos]))
        ++m_pos;
    if (m_pos == start || (m_pos == start + 1 && m_text[start] == '\\'))
        failAt(start, QStringLiteral("expected a flag"));
    return interned(slice(start, m_pos));
}

// A NIL instead of "()" is tolerated: some servers send it for empty flag lists.
QList<QByteArray> Reader::flagList(const char *expected)
{
    if (takeNil())
        return {};
    expect('(', expected);
    QList<QByteArray> flags;
    while (!takeListEnd("')' closing a flag list"))
        flags.append(flag());
    return flags;
}

QList<QByteArray> Reader::atomsToEnd()
{
    QList<QByteArray> atoms;
    while (peekToken(), !atEnd())
        atoms.append(atom("an atom").toByteArray());
    return atoms;
}

QList<QByteArray> Reader::stringList(const char *expected)
{
    expect('(', expected);
    QList<QByteArray> strings;
    while (!takeListEnd("')' closing a list of strings"))
        strings.append(astring("a string"));
    return strings;
}

QChar Reader::delimiter()
{
    if (takeNil())
        return {};
    if (peekToken() != '"')
        fail("a quoted hierarchy delimiter or NIL");
    const qsizetype start = m_pos;
    const QByteArray value = quoted();
    if (value.size() != 1)
        failAt(start, QStringLiteral("a hierarchy delimiter must be one character"));
    return QLatin1Char(value.at(0));
}

QString Reader::mailboxName(const QByteArray &raw) const
{
    if (is(raw, "INBOX"))
        return QStringLiteral("INBOX");
    if (!m_options.utf8Accept) {
        if (auto decoded = ModifiedUtf7::decode(raw))
            return *decoded;
    }
    // UTF8=ACCEPT, or a server that sends UTF-8 without it.
    return QString::fromUtf8(raw);
}

// Skips one value of an extension we do not model: atom/number, string, literal or list.
void Reader::skipValue()
{
    const char c = peekToken();
    if (c == '(') {
        DepthGuard guard(*this);
        ++m_pos;
        while (!takeListEnd("')' closing a list"))
            skipValue();
    } else if (c == '"') {
        quoted();
    } else if (atLiteral()) {
        literal();
    } else {
        const qsizetype start = m_pos;
        while (m_pos < m_end && m_text[m_pos] != ' ' && m_text[m_pos] != '(' && m_text[m_pos] != ')')
            ++m_pos;
        if (m_pos == start)
            fail("a value");
    }
}

// ---- responses ----------------------------------------------------------------------------

void Reader::response(Response &response)
{
    const char first = peek();
    if (first == '+') {
        ++m_pos;
        response.data = ContinuationRequest {rest().trimmed().toByteArray()};
    } else if (first == '*') {
        ++m_pos;
        untagged(response.data);
    } else {
        // tag = 1*<any ASTRING-CHAR except "+">
        while (m_pos < m_end && (isAtomChar(m_text[m_pos]) || m_text[m_pos] == ']'))
            ++m_pos;
        if (m_pos == 0)
            fail("a tag, '*' or '+' at the start of a response");
        response.tag = QByteArray(m_text, m_pos);
        const qsizetype word = (skipSpaces(), m_pos);
        const auto status = statusOf(atom("OK, NO or BAD after the tag"));
        if (!status)
            failAt(word, QStringLiteral("expected OK, NO or BAD after the tag"));
        response.data = statusResponse(*status);
    }
}

void Reader::untagged(Response::Data &data)
{
    if (isDigit(peekToken())) {
        messageData(data);
        return;
    }
    using Handler = Response::Data (Reader::*)();
    static constexpr std::pair<const char *, Handler> kHandlers[] = {
        {"CAPABILITY", &Reader::capabilityData}, {"LIST", &Reader::listData},     {"LSUB", &Reader::lsubData},
        {"STATUS", &Reader::mailboxStatus},      {"SEARCH", &Reader::searchData}, {"SORT", &Reader::searchData},
        {"ESEARCH", &Reader::esearchData},       {"FLAGS", &Reader::flagsData},   {"VANISHED", &Reader::vanishedData},
        {"ENABLED", &Reader::enabledData},       {"ID", &Reader::idData},         {"NAMESPACE", &Reader::namespaceData},
    };
    const QByteArrayView keyword = atom("a response keyword after '*'");
    if (const auto status = statusOf(keyword)) {
        data = statusResponse(*status);
        return;
    }
    for (const auto &[name, handler] : kHandlers) {
        if (keyword.compare(QByteArrayView(name), Qt::CaseInsensitive) == 0) {
            data = (this->*handler)();
            return;
        }
    }
    data = UnknownData {keyword.toByteArray(), rest().trimmed().toByteArray()};
}

// FETCH is the bulk of a sync, so it is built in place rather than moved around.
void Reader::messageData(Response::Data &data)
{
    const qsizetype start = m_pos;
    const quint32 number = number32("a message number");
    const QByteArrayView keyword = atom("EXISTS, RECENT, EXPUNGE or FETCH after a message number");
    if (is(keyword, "FETCH")) {
        FetchData &fetched = data.emplace<FetchData>();
        fetched.sequenceNumber = number;
        fetch(fetched);
        return;
    }
    if (is(keyword, "EXISTS"))
        data = ExistsData {number};
    else if (is(keyword, "RECENT"))
        data = RecentData {number};
    else if (is(keyword, "EXPUNGE"))
        data = ExpungeData {number};
    else
        data = UnknownData {keyword.toByteArray(), slice(start, m_end).trimmed().toByteArray()};
    if (!std::holds_alternative<UnknownData>(data))
        expectEnd("message data");
}

StatusResponse Reader::statusResponse(Status status)
{
    StatusResponse response {status, {}, {}};
    if (peekToken() == '[')
        response.code = responseCode();
    response.text = QString::fromUtf8(rest().trimmed());
    return response;
}

ResponseCode Reader::responseCode()
{
    ++m_pos; // '['
    const qsizetype close = QByteArrayView(m_text, m_end).indexOf(']', m_pos);
    if (close < 0)
        fail("']' closing the response code");
    const qsizetype savedEnd = m_end;
    m_end = close; // the arguments are read inside the brackets only
    ResponseCode code;
    code.name = atom("a response code after '['").toByteArray();
    code.text = slice(m_pos, close).trimmed().toByteArray();
    code.kind = codeKindOf(code.name);
    try {
        codeArguments(code);
        expectEnd("response code");
    } catch (const ReadFailure &) {
        // A known code with arguments we cannot read: keep it as text rather than drop the connection.
        ResponseCode fallback;
        fallback.kind = ResponseCode::Kind::Other;
        fallback.name = std::move(code.name);
        fallback.text = std::move(code.text);
        code = std::move(fallback);
    }
    m_end = savedEnd;
    m_pos = close + 1;
    return code;
}

void Reader::codeArguments(ResponseCode &code)
{
    using K = ResponseCode::Kind;
    switch (code.kind) {
    case K::BadCharset:
        if (peekToken() == '(')
            code.list = stringList("'(' before the charsets");
        break;
    case K::Capability:
        code.list = atomsToEnd();
        break;
    case K::PermanentFlags:
        code.list = flagList("'(' before the permanent flags");
        break;
    case K::UidNext:
    case K::UidValidity:
    case K::Unseen:
        code.number = number32("a number");
        break;
    case K::HighestModSeq:
        code.number = number("a mod-sequence");
        break;
    case K::Modified:
        code.uids = sequenceSet("a sequence set");
        break;
    case K::AppendUid:
        code.number = number32("the UIDVALIDITY");
        code.uids = sequenceSet("the appended UIDs");
        break;
    case K::CopyUid:
        code.number = number32("the UIDVALIDITY");
        code.sourceUids = sequenceSet("the source UIDs");
        code.uids = sequenceSet("the destination UIDs");
        break;
    default:
        m_pos = m_end; // no arguments, or unknown ones: text holds them
        break;
    }
}

Response::Data Reader::capabilityData()
{
    return CapabilityData {atomsToEnd()};
}

Response::Data Reader::listData()
{
    return mailboxList(false);
}

Response::Data Reader::lsubData()
{
    return mailboxList(true);
}

// mailbox-list = "(" [mbx-list-flags] ")" SP (DQUOTE QUOTED-CHAR DQUOTE / nil) SP mailbox [SP mbox-list-extended]
ListData Reader::mailboxList(bool lsub)
{
    ListData list;
    list.lsub = lsub;
    list.attributes = flagList("'(' before the mailbox attributes");
    list.delimiter = delimiter();
    list.rawName = astring("a mailbox name");
    list.name = mailboxName(list.rawName);
    if (peekToken() == '(')
        listExtendedData(list);
    expectEnd("LIST response");
    return list;
}

void Reader::listExtendedData(ListData &list)
{
    expect('(', "'(' before the extended LIST data");
    while (!takeListEnd("')' closing the extended LIST data")) {
        const QByteArray tag = astring("an extended data tag");
        if (is(tag, "CHILDINFO")) {
            list.childInfo = stringList("'(' before the CHILDINFO values");
        } else if (is(tag, "OLDNAME")) {
            expect('(', "'(' before the old mailbox name");
            list.oldName = mailboxName(astring("the old mailbox name"));
            expect(')', "')' after the old mailbox name");
        } else {
            skipValue();
        }
    }
}

Response::Data Reader::mailboxStatus()
{
    MailboxStatus status;
    status.rawName = astring("a mailbox name");
    status.name = mailboxName(status.rawName);
    expect('(', "'(' before the status attributes");
    while (!takeListEnd("')' closing the status attributes")) {
        const QByteArrayView name = atom("a status attribute");
        const quint64 value = number("a status value");
        if (is(name, "MESSAGES"))
            status.messages = quint32(value);
        else if (is(name, "RECENT"))
            status.recent = quint32(value);
        else if (is(name, "UIDNEXT"))
            status.uidNext = quint32(value);
        else if (is(name, "UIDVALIDITY"))
            status.uidValidity = quint32(value);
        else if (is(name, "UNSEEN"))
            status.unseen = quint32(value);
        else if (is(name, "DELETED"))
            status.deleted = quint32(value);
        else if (is(name, "SIZE"))
            status.size = value;
        else if (is(name, "HIGHESTMODSEQ"))
            status.highestModSeq = value;
    }
    expectEnd("STATUS response");
    return status;
}

Response::Data Reader::searchData()
{
    SearchData search;
    while (peekToken(), !atEnd()) {
        if (peek() == '(') {
            ++m_pos;
            if (!is(atom("MODSEQ"), "MODSEQ"))
                fail("MODSEQ in the SEARCH result");
            search.modSeq = number("a mod-sequence");
            expect(')', "')' after the MODSEQ value");
            continue;
        }
        search.numbers.append(number32("a message number"));
    }
    return search;
}

Response::Data Reader::esearchData()
{
    ESearchData search;
    if (peekToken() == '(') {
        ++m_pos;
        if (!is(atom("TAG"), "TAG"))
            fail("TAG in the ESEARCH correlator");
        search.tag = astring("the ESEARCH tag");
        expect(')', "')' after the ESEARCH tag");
    }
    while (peekToken(), !atEnd()) {
        const QByteArrayView name = atom("an ESEARCH return item");
        if (is(name, "UID"))
            search.uid = true;
        else if (is(name, "MIN"))
            search.min = number32("a number after MIN");
        else if (is(name, "MAX"))
            search.max = number32("a number after MAX");
        else if (is(name, "COUNT"))
            search.count = number32("a number after COUNT");
        else if (is(name, "ALL"))
            search.all = sequenceSet("a sequence set after ALL");
        else if (is(name, "MODSEQ"))
            search.modSeq = number("a mod-sequence after MODSEQ");
        else
            skipValue();
    }
    return search;
}

Response::Data Reader::flagsData()
{
    FlagsData flags {flagList("'(' before the flags")};
    expectEnd("FLAGS response");
    return flags;
}

Response::Data Reader::vanishedData()
{
    VanishedData vanished;
    if (peekToken() == '(') {
        ++m_pos;
        if (!is(atom("EARLIER"), "EARLIER"))
            fail("EARLIER");
        expect(')', "')' after EARLIER");
        vanished.earlier = true;
    }
    vanished.uids = sequenceSet("the vanished UIDs");
    expectEnd("VANISHED response");
    return vanished;
}

Response::Data Reader::enabledData()
{
    return EnabledData {atomsToEnd()};
}

Response::Data Reader::idData()
{
    IdData id;
    if (!takeNil()) {
        expect('(', "'(' or NIL after ID");
        while (!takeListEnd("')' closing the ID list")) {
            QByteArray field = astring("an ID field name");
            id.fields.append({std::move(field), nstring("an ID field value")});
        }
    }
    expectEnd("ID response");
    return id;
}

Response::Data Reader::namespaceData()
{
    NamespaceData data;
    data.personal = namespaceList();
    data.otherUsers = namespaceList();
    data.shared = namespaceList();
    expectEnd("NAMESPACE response");
    return data;
}

// Namespace = nil / "(" 1*Namespace-Descr ")"; Namespace-Descr = "(" string SP delimiter *(extension) ")"
QList<Namespace> Reader::namespaceList()
{
    if (takeNil())
        return {};
    expect('(', "'(' or NIL for a namespace list");
    QList<Namespace> list;
    while (!takeListEnd("')' closing a namespace list")) {
        expect('(', "'(' opening a namespace");
        Namespace ns;
        ns.prefix = mailboxName(astring("a namespace prefix"));
        ns.delimiter = delimiter();
        while (!takeListEnd("')' closing a namespace")) {
            QByteArray name = astring("a namespace extension name");
            ns.extensions.append({std::move(name), stringList("'(' before the extension values")});
        }
        list.append(ns);
    }
    return list;
}

// ---- FETCH --------------------------------------------------------------------------------

void Reader::fetch(FetchData &fetch)
{
    expect('(', "'(' after FETCH");
    while (!takeListEnd("')' closing the FETCH data"))
        fetchItem(fetch);
    expectEnd("FETCH response");
}

void Reader::fetchItem(FetchData &fetch)
{
    skipSpaces();
    const qsizetype start = m_pos;
    while (m_pos < m_end && isAtomChar(m_text[m_pos]) && m_text[m_pos] != '[' && m_text[m_pos] != '<')
        ++m_pos;
    const QByteArrayView name = slice(start, m_pos);
    if (name.isEmpty())
        fail("a FETCH item name");
    if (peek() == '[') {
        sectionItem(fetch, name);
    } else if (is(name, "UID")) {
        fetch.uid = number32("a number after UID");
    } else if (is(name, "FLAGS")) {
        fetch.flags = flagList("'(' before the message flags");
    } else if (is(name, "ENVELOPE")) {
        fetch.envelope = envelope();
    } else if (is(name, "BODYSTRUCTURE") || is(name, "BODY")) {
        fetch.bodyStructure = body();
    } else if (is(name, "RFC822.SIZE")) {
        fetch.rfc822Size = number("a number after RFC822.SIZE");
    } else if (is(name, "INTERNALDATE")) {
        fetch.internalDate = parseInternalDate(nstring("a date after INTERNALDATE"));
    } else if (is(name, "MODSEQ")) {
        expect('(', "'(' after MODSEQ");
        fetch.modSeq = number("a mod-sequence");
        expect(')', "')' after the mod-sequence");
    } else if (is(name, "RFC822")) {
        fetchSection(fetch, FetchSection::Kind::Rfc822, {}, {});
    } else if (is(name, "RFC822.HEADER")) {
        fetchSection(fetch, FetchSection::Kind::Rfc822Header, {}, {});
    } else if (is(name, "RFC822.TEXT")) {
        fetchSection(fetch, FetchSection::Kind::Rfc822Text, {}, {});
    } else {
        const qsizetype valueStart = (skipSpaces(), m_pos);
        skipValue();
        fetch.otherItems.append({name.toByteArray(), slice(valueStart, m_pos).toByteArray()});
    }
}

// BODY[section]<origin>, BINARY[section]<origin>, BINARY.SIZE[section]
void Reader::sectionItem(FetchData &fetch, QByteArrayView name)
{
    const qsizetype nameStart = m_pos - name.size();
    const qsizetype close = QByteArrayView(m_text, m_end).indexOf(']', m_pos);
    if (close < 0)
        fail("']' closing the section");
    QByteArray section(m_text + m_pos + 1, close - m_pos - 1);
    m_pos = close + 1;
    std::optional<quint32> origin;
    if (peek() == '<') {
        ++m_pos;
        origin = number32("the origin of a partial fetch");
        expect('>', "'>' after the origin");
    }
    if (is(name, "BODY"))
        fetchSection(fetch, FetchSection::Kind::Body, std::move(section), origin);
    else if (is(name, "BINARY"))
        fetchSection(fetch, FetchSection::Kind::Binary, std::move(section), origin);
    else if (is(name, "BINARY.SIZE"))
        fetch.binarySizes.append({std::move(section), number("a number after BINARY.SIZE")});
    else
        failAt(nameStart, QStringLiteral("unknown FETCH item with a section"));
}

void Reader::fetchSection(FetchData &fetch, FetchSection::Kind kind, QByteArray section, std::optional<quint32> origin)
{
    LiteralValue value = nstringOrStreamed("the section data");
    fetch.sections.append(
        {kind, std::move(section), origin, std::move(value.data), value.streamed, value.streamed ? value.size : 0});
}

Envelope Reader::envelope()
{
    expect('(', "'(' opening the ENVELOPE");
    Envelope envelope;
    envelope.date = nstring("the envelope date");
    envelope.subject = nstring("the envelope subject");
    const qsizetype fromStart = (skipSpaces(), m_pos);
    envelope.from = addressList();
    const QByteArrayView fromText = slice(fromStart, m_pos);
    envelope.sender = addressListLike(fromText, envelope.from);
    envelope.replyTo = addressListLike(fromText, envelope.from);
    envelope.to = addressList();
    envelope.cc = addressList();
    envelope.bcc = addressList();
    envelope.inReplyTo = nstring("the envelope In-Reply-To");
    envelope.messageId = nstring("the envelope Message-ID");
    expect(')', "')' closing the ENVELOPE");
    return envelope;
}

// Folds RFC 3501 group markers, (NIL NIL "name" NIL) ... (NIL NIL NIL NIL), into groups.
QList<Address> Reader::addressList()
{
    if (takeNil())
        return {};
    expect('(', "'(' or NIL for an address list");
    QList<Address> list;
    qsizetype openGroup = -1;
    Address groupMarker;
    while (!takeListEnd("')' closing an address list")) {
        Address next = address();
        if (!next.host.isNull()) {
            (openGroup >= 0 ? list[openGroup].members : list).append(std::move(next));
        } else if (next.mailbox.isNull()) {
            openGroup = -1;
        } else {
            groupMarker = next;
            list.append(Address {next.mailbox, {}, {}, {}, true, {}});
            openGroup = list.size() - 1;
        }
    }
    // A host-less address never closed as a group is a local-only address ("root").
    if (openGroup >= 0 && list.at(openGroup).members.isEmpty())
        list[openGroup] = groupMarker;
    return list;
}

// RFC 3501 has servers copy From into an absent Sender and Reply-To, so the same list
// often comes three times: when the bytes match, share the parsed list instead of
// allocating it again. Lists holding a literal are parsed, as their text alone says nothing.
QList<Address> Reader::addressListLike(QByteArrayView previousText, const QList<Address> &previous)
{
    skipSpaces();
    const qsizetype length = previousText.size();
    if (length > 3 && m_end - m_pos >= length && std::memcmp(m_text + m_pos, previousText.data(), size_t(length)) == 0
        && !previousText.contains('{')) {
        m_pos += length;
        return previous;
    }
    return addressList();
}

Address Reader::address()
{
    expect('(', "'(' opening an address");
    Address address;
    address.name = cachedNString("the address name");
    address.adl = nstring("the address route");
    address.mailbox = cachedNString("the address mailbox");
    address.host = cachedNString("the address host");
    expect(')', "')' closing an address");
    return address;
}

BodyStructure Reader::body()
{
    DepthGuard guard(*this);
    expect('(', "'(' opening a body structure");
    BodyStructure body;
    if (peekToken() == '(')
        multipartBody(body);
    else
        singlePartBody(body);
    expect(')', "')' closing a body structure");
    return body;
}

// body-type-mpart = 1*body SP media-subtype [SP body-ext-mpart]
void Reader::multipartBody(BodyStructure &body)
{
    static const QByteArray kMultipart = QByteArrayLiteral("MULTIPART");
    body.type = kMultipart;
    while (peekToken() == '(')
        body.parts.append(this->body());
    if (atListEnd("the multipart subtype")) // seen from Exchange: no subtype at all
        return;
    body.subtype = nstring("the multipart subtype");
    if (atListEnd("')' closing a body structure"))
        return;
    body.hasExtensionData = true;
    body.parameters = parameterList();
    bodyExtensionTail(body);
}

void Reader::singlePartBody(BodyStructure &body)
{
    body.type = nstring("the media type");
    body.subtype = nstring("the media subtype");
    body.parameters = parameterList();
    body.id = nstring("the body id");
    body.description = nstring("the body description");
    body.encoding = nstring("the body encoding");
    body.size = lenientNumber("the body size");
    const bool message = is(body.type, "MESSAGE") && (is(body.subtype, "RFC822") || is(body.subtype, "GLOBAL"));
    // Exchange sends message/rfc822 parts as if basic: without envelope, body and lines.
    if (message && peekToken() == '(') {
        body.envelope = envelope();
        body.parts.append(this->body());
        body.lines = lenientNumber("the line count");
    } else if (is(body.type, "TEXT") && !atListEnd("')' closing a body structure")) {
        body.lines = lenientNumber("the line count");
    }
    if (atListEnd("')' closing a body structure"))
        return;
    body.hasExtensionData = true;
    body.md5 = nstring("the body MD5");
    bodyExtensionTail(body);
}

// [SP body-fld-dsp [SP body-fld-lang [SP body-fld-loc *(SP body-extension)]]]
void Reader::bodyExtensionTail(BodyStructure &body)
{
    constexpr const char *closing = "')' closing a body structure";
    if (atListEnd(closing))
        return;
    body.disposition = disposition();
    if (atListEnd(closing))
        return;
    body.languages = languages();
    if (atListEnd(closing))
        return;
    body.location = nstring("the body location");
    while (!atListEnd(closing))
        skipValue();
}

// An empty "()" is tolerated as well as NIL.
ParameterList Reader::parameterList()
{
    if (takeNil())
        return {};
    expect('(', "'(' or NIL for body parameters");
    ParameterList parameters;
    while (!takeListEnd("')' closing the body parameters")) {
        QByteArray name = nstring("a parameter name");
        parameters.append({std::move(name), nstring("a parameter value")});
    }
    return parameters;
}

// body-fld-dsp = "(" string SP body-fld-param ")" / nil; a bare string is tolerated.
std::optional<BodyDisposition> Reader::disposition()
{
    if (takeNil())
        return std::nullopt;
    if (peekToken() != '(')
        return BodyDisposition {astring("a disposition"), {}};
    ++m_pos;
    BodyDisposition disposition;
    disposition.type = nstring("the disposition type");
    if (!atListEnd("')' closing the disposition"))
        disposition.parameters = parameterList();
    expect(')', "')' closing the disposition");
    return disposition;
}

// body-fld-lang = nstring / "(" string *(SP string) ")"
QList<QByteArray> Reader::languages()
{
    if (takeNil())
        return {};
    if (peekToken() == '(')
        return stringList("'(' before the languages");
    return {astring("a language")};
}

} // namespace

bool ResponseReader::read(QByteArrayView text, QList<FramedLiteral> &literals, const Options &options,
                          Response *response, Failure *failure)
{
    try {
        Reader(text, literals, options).response(*response);
        return true;
    } catch (const ReadFailure &error) {
        *failure = {error.kind, error.position, error.what};
        return false;
    }
}

} // namespace heron::imap
