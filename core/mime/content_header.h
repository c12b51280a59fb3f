#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QString>

namespace heron::mime {

// A Content-Type or Content-Disposition value: a token and its parameters.
//
// Parameters follow RFC 2045 (token or quoted-string) and RFC 2231
// (continuations name*0, name*1 in any order; name*=charset'lang'%XX). An RFC
// 2231 value wins over a plain one of the same name. Plain values holding
// RFC 2047 encoded-words (name="=?utf-8?B?...?=", common from Outlook) are
// decoded as well. Unquoted values may contain spaces, as sloppy senders write.
class ContentHeader
{
public:
    static ContentHeader parse(QByteArrayView raw, QByteArrayView fallbackCharset = {});

    QByteArray value; // lowercase and without whitespace: "text/plain", "attachment"
    QMap<QByteArray, QString> parameters; // lowercase names

    QString parameter(const QByteArray &name) const { return parameters.value(name); }
    bool hasParameter(const QByteArray &name) const { return parameters.contains(name); }
    // "text" and "plain" for "text/plain"; subtype is empty without a slash.
    QByteArray type() const;
    QByteArray subtype() const;
};

} // namespace heron::mime
