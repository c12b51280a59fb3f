#pragma once

#include <QByteArray>
#include <QString>

namespace heron::imap {

// Why the parser stopped. After an error the parser stays failed: the connection must go.
struct ParseError
{
    enum class Kind {
        None,
        LineTooLong,
        LiteralTooLarge,
        ResponseTooLarge,
        NestingTooDeep,
        Malformed,
    };

    Kind kind = Kind::None;
    qint64 offset = -1; // byte offset in the stream since the parser was created or reset
    QString what; // the specific problem, e.g. "expected a number after UID"
    QByteArray excerpt; // a few bytes of the response around the offset, non-printables escaped

    bool isError() const { return kind != Kind::None; }
    // "expected ')' at byte 1234 near "...": for logs and the user-visible connection error.
    QString toString() const;
};

} // namespace heron::imap
