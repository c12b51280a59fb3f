#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace heron::smtp {

// Prepares a message for the DATA phase (RFC 5321 4.5.2): every line ends in
// CRLF (bare LF and bare CR become CRLF), a line starting with "." gets a
// second ".", and the terminating ".\r\n" is appended.
class DotStuffer
{
public:
    static QByteArray encode(QByteArrayView message);
};

} // namespace heron::smtp
