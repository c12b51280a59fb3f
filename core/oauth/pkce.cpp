#include "oauth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace heron::oauth {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray Pkce::randomToken(int bytes)
{
    QByteArray random(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), bytes / 4);
    for (int i = bytes - bytes % 4; i < bytes; ++i)
        random[i] = char(QRandomGenerator::system()->bounded(256));
    return random.toBase64(kBase64Url);
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomToken(64);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

} // namespace heron::oauth
