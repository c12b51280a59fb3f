#include "net/tls_policy.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>
#include <optional>

namespace heron::net {

bool TlsPolicy::addCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("TlsPolicy", "Cannot read the CA file %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate(
                         "TlsPolicy",
                         "The CA file %1 holds no PEM certificate (expected a -----BEGIN CERTIFICATE----- block)")
                         .arg(path);
        return false;
    }
    for (const QSslCertificate &certificate : certificates) {
        if (certificate.isNull()) {
            if (error)
                *error
                    = QCoreApplication::translate("TlsPolicy", "The CA file %1 holds a damaged certificate").arg(path);
            return false;
        }
    }
    m_extraCas += certificates;
    return true;
}

void TlsPolicy::pinCertificate(const QString &host, const QByteArray &sha256)
{
    QList<QByteArray> &pins = m_pins[host.toLower()];
    if (!pins.contains(sha256))
        pins.append(sha256);
}

bool TlsPolicy::isPinned(const QString &host, const QSslCertificate &certificate) const
{
    return !certificate.isNull() && m_pins.value(host.toLower()).contains(fingerprint(certificate));
}

QByteArray TlsPolicy::fingerprint(const QSslCertificate &certificate)
{
    return certificate.digest(QCryptographicHash::Sha256);
}

QSslConfiguration TlsPolicy::onDemandConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return configuration;
}

QSslConfiguration TlsPolicy::clientConfiguration() const
{
    QSslConfiguration configuration = onDemandConfiguration();
    // Adding CAs switches off Qt's on-demand loading of the system roots, so
    // the system store is loaded explicitly whenever extra CAs are present —
    // once per process: parsing every file under /etc/ssl/certs costs ~0.3 s.
    if (!m_extraCas.isEmpty()) {
        static const QList<QSslCertificate> systemCas = QSslConfiguration::systemCaCertificates();
        configuration.setCaCertificates(systemCas + m_extraCas);
    }
    return configuration;
}

namespace {

struct X509Free
{
    void operator()(X509 *certificate) const { X509_free(certificate); }
    void operator()(X509_STORE *store) const { X509_STORE_free(store); }
    void operator()(X509_STORE_CTX *context) const { X509_STORE_CTX_free(context); }
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};

X509 *toX509(const QSslCertificate &certificate)
{
    const QByteArray der = certificate.toDer();
    const auto *bytes = reinterpret_cast<const unsigned char *>(der.constData());
    return d2i_X509(nullptr, &bytes, der.size());
}

} // namespace

bool TlsPolicy::isIssuerProblem(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return true;
    default:
        return false;
    }
}

QList<QSslError> TlsPolicy::remainingErrors(const QList<QSslError> &errors, const QList<QSslCertificate> &chain,
                                            const QString &host) const
{
    QList<QSslError> remaining; // what no extra CA can change: expired, wrong host, …
    for (const QSslError &error : errors) {
        if (!isIssuerProblem(error.error()))
            remaining.append(error);
    }
    if (m_extraCas.isEmpty() || chain.isEmpty() || remaining.size() == errors.size())
        return errors;
    std::optional<QSslError::SslError> fault;
    switch (verifyWithExtraCas(chain, host)) {
    case X509_V_OK:
        return remaining;
    case X509_V_ERR_CERT_HAS_EXPIRED:
        fault = QSslError::CertificateExpired;
        break;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        fault = QSslError::CertificateNotYetValid;
        break;
    case X509_V_ERR_HOSTNAME_MISMATCH:
    case X509_V_ERR_IP_ADDRESS_MISMATCH:
        fault = QSslError::HostNameMismatch;
        break;
    case X509_V_ERR_INVALID_PURPOSE:
        fault = QSslError::InvalidPurpose;
        break;
    default:
        return errors; // not issued by an extra CA (or broken in a way the handshake said)
    }
    const QSslError found(*fault, chain.constFirst());
    if (!remaining.contains(found))
        remaining.prepend(found);
    return remaining;
}

int TlsPolicy::verifyWithExtraCas(const QList<QSslCertificate> &chain, const QString &host) const
{
    if (chain.isEmpty() || host.isEmpty())
        return X509_V_ERR_UNSPECIFIED;
    std::unique_ptr<X509_STORE, X509Free> store(X509_STORE_new());
    for (const QSslCertificate &ca : m_extraCas) {
        std::unique_ptr<X509, X509Free> authority(toX509(ca));
        if (!authority || X509_STORE_add_cert(store.get(), authority.get()) != 1)
            return X509_V_ERR_UNSPECIFIED;
    }
    std::unique_ptr<X509, X509Free> leaf(toX509(chain.constFirst()));
    std::unique_ptr<STACK_OF(X509), X509Free> intermediates(sk_X509_new_null());
    if (!leaf || !intermediates)
        return X509_V_ERR_UNSPECIFIED;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        X509 *certificate = toX509(chain.at(i));
        if (!certificate || sk_X509_push(intermediates.get(), certificate) == 0) {
            X509_free(certificate);
            return X509_V_ERR_UNSPECIFIED;
        }
    }
    std::unique_ptr<X509_STORE_CTX, X509Free> context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store.get(), leaf.get(), intermediates.get()) != 1)
        return X509_V_ERR_UNSPECIFIED;
    X509_VERIFY_PARAM *parameters = X509_STORE_CTX_get0_param(context.get());
    X509_VERIFY_PARAM_set_purpose(parameters, X509_PURPOSE_SSL_SERVER);
    const QByteArray name = host.toUtf8();
    const bool isAddress = !QHostAddress(host).isNull();
    if ((isAddress ? X509_VERIFY_PARAM_set1_ip_asc(parameters, name.constData())
                   : X509_VERIFY_PARAM_set1_host(parameters, name.constData(), size_t(name.size())))
        != 1)
        return X509_V_ERR_UNSPECIFIED;
    if (X509_verify_cert(context.get()) == 1)
        return X509_V_OK;
    const int error = X509_STORE_CTX_get_error(context.get());
    return error == X509_V_OK ? X509_V_ERR_UNSPECIFIED : error;
}

} // namespace heron::net
