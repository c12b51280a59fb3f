// Throughput of the local MIME parser on a generated mailbox.
//
//   bench_mime_parser [MEGABYTES=100] [ROUNDS=3] [small]
//
// Builds an mbox of about MEGABYTES (10^6 bytes) at run time from a fixed seed, so every
// run sees the same bytes: plain messages, multipart/alternative with quoted-printable,
// non-UTF-8 charsets (8bit, QP and base64), encoded-word headers, messages with base64
// attachments, forwarded message/rfc822, and a few multi-megabyte ones. Each message is
// then handled the way `heronctl parse` does: MessageParser::parse (transfer decoding of
// every leaf), the envelope, the body to display, the attachments, and the decoded text of
// every text leaf. The figures are the median of ROUNDS, per kind of message and overall,
// next to a floor: one memchr pass over the same bytes looking for line ends.
//
// With "small", messages with attachments are left out: the per-message costs (headers,
// addresses, charsets) then dominate, which is what a profile of them needs.
//
// Exit status 0 unless the parse result is inconsistent (a message lost its parts).
#include "mime/charset.h"
#include "mime/envelope.h"
#include "mime/message_parser.h"
#include "mime/mime_part.h"
#include "mime/transfer_encoding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringEncoder>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

using heron::mime::Charset;
using heron::mime::Envelope;
using heron::mime::MessageParser;
using heron::mime::MimePart;
using heron::mime::TransferEncoding;

enum class Kind { Short, Plain, Alternative, Charsets, Attachments, Forwarded, Big, Count };

constexpr std::array<const char *, int(Kind::Count)> kKindNames {
    "short notes (< 1 kB)",       "plain text",
    "multipart/alternative (QP)", "non-UTF-8 charsets",
    "with base64 attachments",    "forwarded message/rfc822",
    "big (1-4 MB attachment)"};

// SplitMix64: a fixed, portable sequence (std distributions differ between libraries).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }

private:
    quint64 m_state;
};

constexpr std::array<const char *, 40> kWords {
    "the",    "meeting", "report",  "quarterly", "please",   "attached", "review", "schedule",  "project", "update",
    "budget", "we",      "should",  "discuss",   "tomorrow", "morning",  "thanks", "for",       "your",    "help",
    "with",   "the",     "release", "notes",     "customer", "feedback", "server", "migration", "is",      "done",
    "and",    "tested",  "café",    "naïve",     "Zürich",   "résumé",   "Ärger",  "smørbrød",  "façade",  "jalapeño"};
constexpr std::array<const char *, 12> kRussian {"привет", "отчёт",   "встреча", "завтра", "письмо", "проект",
                                                 "сервер", "спасибо", "бюджет",  "работа", "новый",  "дом"};
constexpr std::array<const char *, 10> kJapanese {"会議",   "報告", "明日", "資料",       "確認",
                                                  "お願い", "予定", "東京", "ありがとう", "よろしく"};
constexpr std::array<const char *, 8> kNames {"Alice Martin", "Bob Stone", "Carol Nguyen", "Dmitri Ivanov",
                                              "Élodie Brun",  "Jörg Weiß", "Yuki Tanaka",  "Zoë O'Neil"};

template<size_t N>
QByteArray sentence(Random &random, const std::array<const char *, N> &words, int count, const char *space = " ")
{
    QByteArray out;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out += space;
        out += words[size_t(random.below(int(N)))];
    }
    return out;
}

// Text wrapped at about 72 columns, lines ending in eol.
QByteArray paragraphText(Random &random, qsizetype bytes, const QByteArray &eol)
{
    QByteArray out;
    out.reserve(bytes + 128);
    qsizetype column = 0;
    while (out.size() < bytes) {
        const char *word = kWords[size_t(random.below(int(kWords.size())))];
        const qsizetype length = qsizetype(std::strlen(word));
        if (column > 0 && column + length + 1 > 72) {
            out += eol;
            column = 0;
            if (random.chance(15))
                out += eol; // paragraph break
        } else if (column > 0) {
            out += ' ';
            ++column;
        }
        out += word;
        column += length;
    }
    return out + eol;
}

QByteArray withEol(QByteArray text, const QByteArray &eol)
{
    if (eol != "\n")
        text.replace("\n", eol);
    return text;
}

QByteArray base64Lines(QByteArrayView data, const QByteArray &eol)
{
    const QByteArray encoded = data.toByteArray().toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * eol.size() + eol.size());
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        out += QByteArrayView(encoded).sliced(i, std::min<qsizetype>(76, encoded.size() - i));
        out += eol;
    }
    return out;
}

QByteArray randomBytes(Random &random, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; i += 8) {
        const quint64 value = random.next();
        std::memcpy(out.data() + i, &value, size_t(std::min<qsizetype>(8, size - i)));
    }
    return out;
}

QByteArray encodedWord(const QByteArray &utf8, Random &random)
{
    if (random.chance(50))
        return "=?UTF-8?B?" + utf8.toBase64() + "?=";
    QByteArray q;
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == ' ')
            q += '_';
        else if (u >= 0x80 || c == '=' || c == '?' || c == '_')
            q += '=' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
        else
            q += c;
    }
    return "=?utf-8?q?" + q + "?=";
}

QByteArray address(Random &random, int index)
{
    const QByteArray name = kNames[size_t(random.below(int(kNames.size())))];
    const QByteArray mailbox
        = "user" + QByteArray::number(index) + "@example" + QByteArray::number(random.below(9)) + ".test";
    switch (random.below(3)) {
    case 0:
        return mailbox;
    case 1:
        return '"' + name + "\" <" + mailbox + '>';
    default:
        return encodedWord(name, random) + " <" + mailbox + '>';
    }
}

// A header block like real mail has: trace fields, a folded DKIM signature, then the rest.
QByteArray commonHeader(Random &random, int serial, const QByteArray &subject, const QByteArray &eol)
{
    QByteArray h;
    h += "Return-Path: <bounce-" + QByteArray::number(serial) + "@lists.example.test>" + eol;
    for (int hop = 0; hop < random.between(1, 4); ++hop) {
        h += "Received: from mx" + QByteArray::number(hop) + ".example.test (mx" + QByteArray::number(hop)
            + ".example.test [192.0.2." + QByteArray::number(random.below(250)) + "])" + eol
            + "\tby mail.example.test (Postfix) with ESMTPS id 4F" + QByteArray::number(random.next() % 1000000) + eol
            + "\tfor <me@example.test>; Tue, 3 Mar 2026 10:" + QByteArray::number(10 + random.below(50))
            + ":00 +0100 (CET)" + eol;
    }
    if (random.chance(60)) {
        h += "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example.test; s=s1;" + eol
            + "\th=from:to:subject:date:message-id:mime-version:content-type;" + eol
            + "\tbh=" + randomBytes(random, 32).toBase64() + ";" + eol + "\tb=";
        const QByteArray signature = randomBytes(random, 256).toBase64();
        for (qsizetype i = 0; i < signature.size(); i += 64)
            h += signature.mid(i, 64) + eol + '\t';
        h.chop(1);
    }
    h += "Message-ID: <" + QByteArray::number(serial) + '.' + QByteArray::number(random.next() % 100000000)
        + "@example.test>" + eol;
    if (random.chance(40))
        h += "In-Reply-To: <" + QByteArray::number(serial - 1) + ".1@example.test>" + eol + "References: <"
            + QByteArray::number(serial - 2) + ".1@example.test> <" + QByteArray::number(serial - 1)
            + ".1@example.test>" + eol;
    h += "Date: Tue, " + QByteArray::number(1 + random.below(28)) + " Mar 2026 "
        + QByteArray::number(10 + random.below(13)) + ":0" + QByteArray::number(random.below(10)) + ":1"
        + QByteArray::number(random.below(10)) + (random.chance(50) ? " +0100" : " -0500 (EST)") + eol;
    h += "From: " + address(random, serial % 97) + eol;
    h += "To: " + address(random, 1);
    for (int i = 0; i < random.below(4); ++i)
        h += "," + eol + " " + address(random, 2 + i);
    h += eol;
    if (random.chance(30))
        h += "Cc: " + address(random, 7) + ", " + address(random, 8) + eol;
    h += "Subject: " + subject + eol;
    if (random.chance(30))
        h += "List-Unsubscribe: <mailto:leave@lists.example.test>, <https://lists.example.test/u/"
            + QByteArray::number(serial) + ">" + eol;
    h += "X-Mailer: HeronBench 1.0" + eol + "MIME-Version: 1.0" + eol;
    return h;
}

QByteArray subjectFor(Random &random)
{
    const QByteArray plain = sentence(random, kWords, random.between(3, 8));
    switch (random.below(4)) {
    case 0:
        return plain;
    case 1:
        return "Re: " + encodedWord(plain, random);
    case 2:
        return encodedWord(sentence(random, kRussian, 3), random) + " " + plain;
    default:
        return encodedWord(sentence(random, kJapanese, 4, ""), random);
    }
}

QByteArray htmlFrom(const QByteArray &text)
{
    QByteArray html = "<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:Arial\"><p>";
    html += QByteArray(text).replace("\n\n", "</p><p>").replace("\n", "<br>\n");
    return html + "</p></div></body></html>\n";
}

QByteArray alternativePart(Random &random, const QByteArray &boundary, qsizetype bytes, const QByteArray &eol)
{
    const QByteArray text = paragraphText(random, bytes, "\n");
    QByteArray body;
    body += "--" + boundary + eol + "Content-Type: text/plain; charset=\"UTF-8\"" + eol
        + "Content-Transfer-Encoding: quoted-printable" + eol + eol
        + withEol(TransferEncoding::encodeQuotedPrintable(text), eol);
    body += "--" + boundary + eol + "Content-Type: text/html; charset=\"UTF-8\"" + eol
        + "Content-Transfer-Encoding: quoted-printable" + eol + eol
        + withEol(TransferEncoding::encodeQuotedPrintable(htmlFrom(text)), eol);
    return body + "--" + boundary + "--" + eol;
}

QByteArray attachmentPart(Random &random, const QByteArray &boundary, qsizetype bytes, const QByteArray &eol)
{
    static constexpr std::array<const char *, 4> kTypes {"application/pdf", "image/png", "image/jpeg",
                                                         "application/vnd.openxmlformats-officedocument"};
    const int type = random.below(int(kTypes.size()));
    QByteArray part = "--" + boundary + eol + "Content-Type: " + kTypes[size_t(type)] + "; name=\"file"
        + QByteArray::number(random.below(1000)) + ".bin\"" + eol;
    if (random.chance(30))
        part += "Content-Disposition: attachment;" + eol + " filename*=UTF-8''r%C3%A9sum%C3%A9%20"
            + QByteArray::number(random.below(100)) + ".pdf" + eol;
    else
        part += "Content-Disposition: attachment; filename=\"report-" + QByteArray::number(random.below(100)) + ".pdf\""
            + eol;
    part += "Content-Transfer-Encoding: base64" + eol + eol + base64Lines(randomBytes(random, bytes), eol);
    return part;
}

QByteArray charsetMessage(Random &random, int serial, const QByteArray &eol)
{
    struct Variant
    {
        const char *label;
        const char *encoding;
        int language; // 0 latin words, 1 russian, 2 japanese
    };
    static constexpr std::array<Variant, 6> kVariants {{{"iso-8859-1", "quoted-printable", 0},
                                                        {"windows-1252", "8bit", 0},
                                                        {"koi8-r", "8bit", 1},
                                                        {"windows-1251", "base64", 1},
                                                        {"shift_jis", "base64", 2},
                                                        {"iso-2022-jp", "7bit", 2}}};
    const Variant &variant = kVariants[size_t(random.below(int(kVariants.size())))];
    QByteArray utf8;
    const int words = random.between(100, 700);
    for (int i = 0; i < words; ++i) {
        if (variant.language == 1)
            utf8 += kRussian[size_t(random.below(int(kRussian.size())))];
        else if (variant.language == 2)
            utf8 += kJapanese[size_t(random.below(int(kJapanese.size())))];
        else
            utf8 += kWords[size_t(random.below(int(kWords.size())))];
        utf8 += (i % 10 == 9) ? "\n" : (variant.language == 2 ? "" : " ");
    }
    QStringEncoder encoder(variant.label);
    QByteArray encoded = encoder.isValid() ? QByteArray(encoder.encode(QString::fromUtf8(utf8))) : utf8;
    const QByteArray encoding = variant.encoding;
    QByteArray body;
    if (encoding == "quoted-printable")
        body = withEol(TransferEncoding::encodeQuotedPrintable(encoded), eol);
    else if (encoding == "base64")
        body = base64Lines(encoded, eol);
    else
        body = withEol(encoded + '\n', eol);
    // An 8-bit subject in the body's charset, or an encoded-word in it.
    const QByteArray subject = "=?" + QByteArray(variant.label) + "?B?"
        + encoded.left(std::min<qsizetype>(encoded.indexOf('\n'), 40)).toBase64() + "?=";
    return commonHeader(random, serial, subject, eol) + "Content-Type: text/plain; charset=" + variant.label + eol
        + "Content-Transfer-Encoding: " + encoding + eol + eol + body;
}

QByteArray message(Random &random, Kind kind, int serial)
{
    const QByteArray eol = random.chance(25) ? QByteArray("\r\n") : QByteArray("\n");
    const QByteArray boundary = "----=_Part_" + QByteArray::number(serial) + "_" + QByteArray::number(random.next());
    switch (kind) {
    case Kind::Short:
        return "From: " + address(random, serial % 13) + eol + "To: " + address(random, 1) + eol
            + "Subject: " + subjectFor(random) + eol + "Date: Tue, 3 Mar 2026 10:00:00 +0100" + eol + "Message-ID: <"
            + QByteArray::number(serial) + "@example.test>" + eol + "Content-Type: text/plain; charset=utf-8" + eol
            + eol + paragraphText(random, random.between(50, 400), eol);
    case Kind::Plain: {
        const bool utf8 = random.chance(50);
        return commonHeader(random, serial, subjectFor(random), eol) + "Content-Type: text/plain; charset="
            + (utf8 ? "utf-8" : "us-ascii") + "; format=flowed" + eol + "Content-Transfer-Encoding: "
            + (utf8 ? "8bit" : "7bit") + eol + eol + paragraphText(random, random.between(200, 4000), eol);
    }
    case Kind::Alternative:
        return commonHeader(random, serial, subjectFor(random), eol) + "Content-Type: multipart/alternative;" + eol
            + "\tboundary=\"" + boundary + "\"" + eol + eol
            + alternativePart(random, boundary, random.between(500, 6000), eol);
    case Kind::Charsets:
        return charsetMessage(random, serial, eol);
    case Kind::Attachments:
    case Kind::Big: {
        const QByteArray inner = boundary + "_alt";
        QByteArray m = commonHeader(random, serial, subjectFor(random), eol)
            + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"" + eol + eol
            + "This is a multi-part message in MIME format." + eol + eol + "--" + boundary + eol
            + "Content-Type: multipart/alternative; boundary=\"" + inner + "\"" + eol + eol
            + alternativePart(random, inner, random.between(300, 3000), eol) + eol;
        const int count = kind == Kind::Big ? 1 : random.between(1, 3);
        for (int i = 0; i < count; ++i) {
            const qsizetype size = kind == Kind::Big ? random.between(1000000, 4000000) : random.between(2000, 120000);
            m += attachmentPart(random, boundary, size, eol);
        }
        return m + "--" + boundary + "--" + eol;
    }
    case Kind::Forwarded: {
        QByteArray inner = message(random, random.chance(50) ? Kind::Plain : Kind::Alternative, serial + 100000);
        inner.replace("\r\n", "\n");
        inner = withEol(inner, eol);
        return commonHeader(random, serial, "Fwd: " + subjectFor(random), eol)
            + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"" + eol + eol + "--" + boundary + eol
            + "Content-Type: text/plain; charset=utf-8" + eol + eol
            + paragraphText(random, random.between(50, 500), eol) + "--" + boundary + eol
            + "Content-Type: message/rfc822" + eol + "Content-Disposition: inline" + eol + eol + inner + "--" + boundary
            + "--" + eol;
    }
    case Kind::Count:
        break;
    }
    return {};
}

Kind pickKind(Random &random, bool small)
{
    // Shares of messages; bytes are dominated by the attachments.
    while (true) {
        const int roll = random.below(100);
        Kind kind = Kind::Big;
        if (roll < 15)
            kind = Kind::Short;
        else if (roll < 40)
            kind = Kind::Plain;
        else if (roll < 63)
            kind = Kind::Alternative;
        else if (roll < 75)
            kind = Kind::Charsets;
        else if (roll < 92)
            kind = Kind::Attachments;
        else if (roll < 98)
            kind = Kind::Forwarded;
        if (!small || (kind != Kind::Attachments && kind != Kind::Big))
            return kind;
    }
}

struct Mailbox
{
    QByteArray mbox;
    QList<QByteArrayView> messages; // views into mbox, without the "From " line
    QList<Kind> kinds;
};

Mailbox generate(qint64 targetBytes, bool small)
{
    Mailbox box;
    Random random(20260303);
    box.mbox.reserve(targetBytes + 5000000);
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (int serial = 1; box.mbox.size() < targetBytes; ++serial) {
        const Kind kind = pickKind(random, small);
        QByteArray m = message(random, kind, serial);
        m.replace("\nFrom ", "\n>From "); // mboxrd quoting, so the separator stays unambiguous
        box.mbox += "From bench@example.test Tue Mar  3 10:00:00 2026\n";
        ranges.append({box.mbox.size(), m.size()});
        box.mbox += m;
        box.mbox += '\n';
        box.kinds.append(kind);
    }
    for (const auto &[start, size] : ranges)
        box.messages.append(QByteArrayView(box.mbox).sliced(start, size));
    return box;
}

// What `heronctl parse` computes for one message; returns a number that depends on all of it.
quint64 parseLikeHeronctl(QByteArrayView bytes)
{
    const MimePart root = MessageParser::parse(bytes);
    const Envelope envelope = Envelope::fromHeaders(root.headers, root.charset);
    quint64 sum = quint64(envelope.subject.value_or(QString()).size()) + quint64(envelope.from.size())
        + quint64(envelope.to.size()) + quint64(envelope.date.isValid());
    for (const MimePart *leaf : root.leaves()) {
        sum += quint64(leaf->size);
        if (leaf->type == "text")
            sum += quint64(Charset::decode(leaf->body, leaf->charset).text.size());
    }
    if (const MimePart *body = root.bodyToDisplay())
        sum += quint64(body->body.size());
    sum += quint64(root.attachments().size());
    return sum;
}

using Clock = std::chrono::steady_clock;

double seconds(Clock::duration d)
{
    return std::chrono::duration<double>(d).count();
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    const int megabytes = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100;
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const bool small = argc > 3 && std::strcmp(argv[3], "small") == 0;

    const auto generateStart = Clock::now();
    const Mailbox box = generate(qint64(megabytes) * 1000000, small);
    std::printf("generated %.1f MB mbox, %lld messages, in %.2f s\n", double(box.mbox.size()) / 1e6,
                static_cast<long long>(box.messages.size()), seconds(Clock::now() - generateStart));

    // Floor: find every line end of the same bytes with memchr.
    QList<double> floorTimes;
    qint64 lines = 0;
    for (int round = 0; round < rounds; ++round) {
        const auto start = Clock::now();
        lines = 0;
        const char *p = box.mbox.constData();
        const char *end = p + box.mbox.size();
        while (const void *hit = std::memchr(p, '\n', size_t(end - p))) {
            p = static_cast<const char *>(hit) + 1;
            ++lines;
        }
        floorTimes.append(seconds(Clock::now() - start));
    }

    // The messages of each kind are timed together; the overall figure covers all of them.
    std::array<QList<double>, int(Kind::Count)> kindTimes;
    std::array<qint64, int(Kind::Count)> kindBytes {};
    std::array<int, int(Kind::Count)> kindCount {};
    for (qsizetype i = 0; i < box.messages.size(); ++i) {
        kindBytes[size_t(box.kinds[i])] += box.messages[i].size();
        ++kindCount[size_t(box.kinds[i])];
    }
    QList<double> totalTimes;
    quint64 checksum = 0;
    for (int round = 0; round < rounds; ++round) {
        std::array<double, int(Kind::Count)> times {};
        for (qsizetype i = 0; i < box.messages.size(); ++i) {
            const auto start = Clock::now();
            checksum += parseLikeHeronctl(box.messages[i]);
            times[size_t(box.kinds[i])] += seconds(Clock::now() - start);
        }
        double total = 0;
        for (int k = 0; k < int(Kind::Count); ++k) {
            kindTimes[size_t(k)].append(times[size_t(k)]);
            total += times[size_t(k)];
        }
        totalTimes.append(total);
    }

    const double mbytes = double(box.mbox.size()) / 1e6;
    std::printf("%-30s %9s %9s %10s\n", "messages", "count", "MB", "MB/s");
    for (int k = 0; k < int(Kind::Count); ++k) {
        const double mb = double(kindBytes[size_t(k)]) / 1e6;
        std::printf("%-30s %9d %9.1f %10.1f\n", kKindNames[size_t(k)], kindCount[size_t(k)], mb,
                    mb / median(kindTimes[size_t(k)]));
    }
    const double total = median(totalTimes);
    std::printf("%-30s %9lld %9.1f %10.1f   (%.0f messages/s)\n", "all (parse like heronctl)",
                static_cast<long long>(box.messages.size()), mbytes, mbytes / total,
                double(box.messages.size()) / total);
    std::printf("%-30s %9lld %9.1f %10.1f   (floor: memchr over every line end)\n", "memchr line scan",
                static_cast<long long>(lines), mbytes, mbytes / median(floorTimes));
    std::printf("median of %d rounds; checksum %llu\n", rounds, static_cast<unsigned long long>(checksum));
    return checksum == 0 ? 1 : 0;
}
