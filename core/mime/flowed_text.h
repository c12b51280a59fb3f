#pragma once

#include <QString>

namespace heron::mime {

// RFC 3676 format=flowed (without DelSp) for text/plain bodies.
//
// Encoding wraps long lines at spaces (the space stays at the end of the
// soft-broken line), keeps quote depth on every wrapped line, removes
// trailing spaces from hard lines (except the "-- " signature separator) and
// space-stuffs lines that start with a space or "From ". Quoted lines come
// out as ">" marks, one space, then the text. Lines are joined with "\n".
class FlowedText
{
public:
    static constexpr qsizetype kMaxLine = 78;

    static QString encode(const QString &text);
    // Joins soft-broken lines again; quoted lines come back as "> text".
    static QString decode(const QString &text, bool delSp = false);
};

} // namespace heron::mime
