#pragma once

#include <QString>

namespace heron::store {

// The base subject of RFC 5256 section 2.1, which subject threading compares:
// whitespace collapsed, trailing "(fwd)", leading "Re:", "Fw:", "Fwd:" and
// "[list]" tags, and a "[Fwd: ...]" wrapper removed, repeatedly; case-folded.
class BaseSubject
{
public:
    // isReply: whether a reply or forward marker was removed (RFC 5256 uses it to
    // decide which of two messages with the same base subject is the answer).
    static QString of(const QString &subject, bool *isReply = nullptr);
};

} // namespace heron::store
