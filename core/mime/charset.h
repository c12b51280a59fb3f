#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace heron::mime {

// Turns bytes in a declared MIME charset into Unicode.
//
// Labels are mapped to the decoder real mail needs, not the one they name:
// mail labelled iso-8859-1 or us-ascii is in practice windows-1252 (a superset),
// gb2312/gbk mail is read as gb18030, ks_c_5601-1987 and euc-kr as windows-949.
//
// Fallback, when the label is empty or unknown to the converter: the bytes are
// read as UTF-8 if they are valid UTF-8, otherwise as windows-1252 (every byte
// maps to some character, so nothing is lost silently). Decoding reports
// whether that fallback was used, so callers can show a hint.
class Charset
{
public:
    struct Decoded
    {
        QString text;
        QByteArray charset; // the decoder actually used, e.g. "windows-1252"
        bool fallback = false; // the declared label was unknown
    };

    // The lowercase label of the decoder used for label; empty when unknown.
    static QByteArray decoderName(QByteArrayView label);

    static Decoded decode(QByteArrayView bytes, QByteArrayView label);
    static QString toUnicode(QByteArrayView bytes, QByteArrayView label) { return decode(bytes, label).text; }

    // Text whose charset nobody declared (8-bit headers, bare bodies).
    static QString decodeUndeclared(QByteArrayView bytes);

    static bool isValidUtf8(QByteArrayView bytes);
    static bool isAscii(QByteArrayView bytes);
};

} // namespace heron::mime
