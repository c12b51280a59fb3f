#include "identity/client_id_token.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUuid>

namespace heron::identity {

namespace {

// "CLIENTID " + type + " " + token + CRLF, with room for a tag such as "a4294967295 ".
constexpr qsizetype kCommandOverhead = sizeof("a4294967295 CLIENTID  \r\n") - 1;

bool isAtomText(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte <= 0x20 || byte >= 0x7f)
            return false;
    }
    return true;
}

} // namespace

QString ClientIdToken::derive(QByteArrayView installSecret, const QString &accountEmail, quint32 rotation)
{
    if (installSecret.isEmpty())
        return {};
    const QByteArray message = "clientid/v1/" + accountEmail.toLower().toUtf8() + '/' + QByteArray::number(rotation);
    QByteArray digest
        = QMessageAuthenticationCode::hash(message, installSecret.toByteArray(), QCryptographicHash::Sha256);
    digest.truncate(16);
    digest[6] = static_cast<char>((digest[6] & 0x0f) | 0x80); // version 8
    digest[8] = static_cast<char>((digest[8] & 0x3f) | 0x80); // RFC 9562 variant
    return QUuid::fromRfc4122(digest).toString(QUuid::WithoutBraces);
}

bool ClientIdToken::isSafeForWire(QByteArrayView type, QByteArrayView token)
{
    return isAtomText(type) && isAtomText(token) && type.size() + token.size() + kCommandOverhead < kMaxLineLength;
}

} // namespace heron::identity
