// Parser throughput on a synthetic FETCH stream like the one a header sync receives:
// ENVELOPE + BODYSTRUCTURE (+ UID, FLAGS, INTERNALDATE, RFC822.SIZE) for every message.
// Not a test: run it from a release build and read the MB/s figure.
//
//   bench_imap_parser [megabytes=100] [chunk-bytes=65536] [rounds=5]

#include "imap/response_parser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

namespace {

using heron::imap::Response;
using heron::imap::ResponseParser;

QByteArray pick(QRandomGenerator &random, std::initializer_list<const char *> choices)
{
    return QByteArray(*(choices.begin() + random.bounded(int(choices.size()))));
}

// A mailbox has a few hundred correspondents; each address is one of them.
QByteArray address(QRandomGenerator &random)
{
    const int person = random.bounded(200);
    static constexpr const char *kFirst[]
        = {"Alice", "Bob", "Carol", "=?UTF-8?Q?J=C3=B6rg?=", "Erin", "Frank", "Grace"};
    static constexpr const char *kHosts[] = {"example.com", "mail.example.org", "lists.example.net",
                                             "gmail.com",   "corp.example",     "university.example.edu"};
    const QByteArray name = person % 9 == 0
        ? QByteArray("NIL")
        : '"' + QByteArray(kFirst[person % 7]) + " Person" + QByteArray::number(person) + '"';
    return '(' + name + " NIL \"user" + QByteArray::number(person) + "\" \"" + kHosts[person % 6] + "\")";
}

QByteArray addressList(QRandomGenerator &random, int count)
{
    QByteArray list = "(";
    for (int i = 0; i < count; ++i)
        list += address(random);
    return list + ')';
}

QByteArray envelope(QRandomGenerator &random, quint32 uid)
{
    const QByteArray from = addressList(random, 1);
    const QByteArray subject
        = pick(random,
               {"Re: Quarterly report and the numbers we discussed, part ",
                "=?UTF-8?B?w5xiZXJzaWNodCBkZXIgQmVzdGVsbHVuZw==?= ", "[list] Weekly digest, issue ",
                "Lunch on Friday? #"})
        + QByteArray::number(random.bounded(100000));
    const QByteArray date = "Tue, " + QByteArray::number(random.bounded(1, 29)) + " Mar 2024 "
        + QByteArray::number(random.bounded(10, 24)) + ':' + QByteArray::number(random.bounded(10, 60)) + ':'
        + QByteArray::number(random.bounded(10, 60)) + " +0100";
    // Sender and Reply-To usually repeat From (RFC 3501 has servers fill them in so).
    const QByteArray replyTo = random.bounded(5) == 0 ? addressList(random, 1) : from;
    const QByteArray cc = random.bounded(3) == 0 ? addressList(random, random.bounded(1, 4)) : QByteArray("NIL");
    const QByteArray inReplyTo = random.bounded(2) ? "\"<prev" + QByteArray::number(uid) + "@example.com>\"" : "NIL";
    return "(\"" + date + "\" \"" + subject + "\" " + from + ' ' + from + ' ' + replyTo + ' '
        + addressList(random, random.bounded(1, 4)) + ' ' + cc + " NIL " + inReplyTo + " \"<msg"
        + QByteArray::number(uid) + '.' + QByteArray::number(random.generate()) + "@example.com>\")";
}

QByteArray textPart(QRandomGenerator &random, const char *subtype)
{
    return "(\"text\" \"" + QByteArray(subtype) + "\" (\"charset\" \"utf-8\") NIL NIL \"quoted-printable\" "
        + QByteArray::number(random.bounded(200, 20000)) + ' ' + QByteArray::number(random.bounded(5, 400))
        + " NIL NIL NIL NIL)";
}

QByteArray bodyStructure(QRandomGenerator &random)
{
    const QByteArray alternative = '(' + textPart(random, "plain") + textPart(random, "html")
        + " \"alternative\" (\"boundary\" \"b1_" + QByteArray::number(random.generate()) + "\") NIL NIL NIL)";
    switch (random.bounded(3)) {
    case 0:
        return textPart(random, "plain");
    case 1:
        return alternative;
    default:
        return '(' + alternative + "(\"application\" \"pdf\" (\"name\" \"report.pdf\") NIL NIL \"base64\" "
            + QByteArray::number(random.bounded(10000, 900000))
            + " NIL (\"attachment\" (\"filename\" \"report.pdf\" \"size\" \"123456\")) NIL NIL) \"mixed\" "
              "(\"boundary\" \"b2_"
            + QByteArray::number(random.generate()) + "\") NIL NIL NIL)";
    }
}

QByteArray fetchStream(qsizetype bytes, qsizetype *responses)
{
    QRandomGenerator random(42);
    QByteArray stream;
    stream.reserve(bytes + 4096);
    quint32 number = 0;
    while (stream.size() < bytes) {
        ++number;
        stream += "* " + QByteArray::number(number) + " FETCH (UID " + QByteArray::number(number + 1000) + " FLAGS ("
            + (random.bounded(2) ? "\\Seen" : "") + ") INTERNALDATE \"05-Mar-2024 10:00:01 +0100\" " + "RFC822.SIZE "
            + QByteArray::number(random.bounded(1000, 1000000)) + " ENVELOPE " + envelope(random, number)
            + " BODYSTRUCTURE " + bodyStructure(random) + ")\r\n";
    }
    *responses = number;
    return stream;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype megabytes = args.size() > 1 ? args.at(1).toLongLong() : 100;
    const qsizetype chunk = args.size() > 2 ? args.at(2).toLongLong() : 64 * 1024;
    const int rounds = std::max(1, args.size() > 3 ? args.at(3).toInt() : 5);

    qsizetype expected = 0;
    const QByteArray stream = fetchStream(megabytes * 1024 * 1024, &expected);
    std::printf("stream: %.1f MB, %lld FETCH responses (%.0f bytes each), chunks of %lld bytes\n",
                double(stream.size()) / 1e6, qlonglong(expected), double(stream.size()) / double(expected),
                qlonglong(chunk));

    // "queue": takeResponses() after each chunk; "handler": setResponseHandler().
    const bool useHandler = qEnvironmentVariableIsSet("HERON_BENCH_HANDLER");
    std::printf("delivery: %s\n", useHandler ? "response handler" : "takeResponses() after each chunk");
    QList<double> rates;
    for (int round = 0; round < rounds; ++round) {
        ResponseParser parser;
        qsizetype parsed = 0;
        if (useHandler)
            parser.setResponseHandler([&parsed](Response &&) { ++parsed; });
        QElapsedTimer timer;
        timer.start();
        for (qsizetype at = 0; at < stream.size(); at += chunk) {
            if (!parser.feed(QByteArrayView(stream).sliced(at, std::min(chunk, stream.size() - at)))) {
                std::fprintf(stderr, "parse error: %s\n", qPrintable(parser.error().toString()));
                return 1;
            }
            // Take (and drop) responses as a session would, so memory stays flat.
            parsed += parser.takeResponses().size();
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (parsed != expected) {
            std::fprintf(stderr, "parsed %lld responses, expected %lld\n", qlonglong(parsed), qlonglong(expected));
            return 1;
        }
        rates.append(double(stream.size()) / 1e6 / seconds);
        std::printf("round %d: %.3f s, %.0f MB/s, %.0f responses/s\n", round + 1, seconds, rates.last(),
                    double(parsed) / seconds);
    }
    std::sort(rates.begin(), rates.end());
    std::printf("median: %.0f MB/s (1 MB = 10^6 bytes)\n", rates.at(rates.size() / 2));
    return 0;
}
