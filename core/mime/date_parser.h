#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace heron::mime {

// RFC 5322 dates as found in real mail, and back.
//
// Accepted beyond the standard: obsolete zone names (UT, GMT, EST..PDT;
// military letters count as +0000 as RFC 5322 4.3 advises), no weekday, no
// seconds, 2- and 3-digit years (RFC 5322 4.3 windowing), "22-Jul-2020"
// (IMAP INTERNALDATE), asctime order "Jul 22 08:56:20 2020", comments and
// junk words ("(PDT)", "+0200 (CEST)"), a missing zone (taken as +0000) and
// a missing time (midnight). Anything without a recognisable day, month and
// year gives a null QDateTime, never "now". The sender's offset is kept.
class DateParser
{
public:
    static QDateTime parse(QByteArrayView raw);

    // "Wed, 22 Jul 2020 08:56:20 -0700" in the value's own offset.
    static QByteArray format(const QDateTime &dateTime);
    // "2020-07-22T08:56:20-07:00"; empty for a null value.
    static QString toIso8601(const QDateTime &dateTime);
};

} // namespace heron::mime
