#include "net/https_fetcher.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace heron::net {

HttpsFetcher::HttpsFetcher(TlsPolicy policy, QObject *parent)
    : QObject(parent)
    , m_policy(std::move(policy))
    , m_network(new QNetworkAccessManager(this))
{
}

HttpsFetcher::~HttpsFetcher()
{
    if (m_reply)
        m_reply->abort();
}

bool HttpsFetcher::acceptUrl(const QUrl &url)
{
    m_body.clear();
    m_failure.clear();
    m_status = 0;
    if (url.scheme() == QLatin1String("https") && !url.host().isEmpty())
        return true;
    // Queued, so the caller always hears back after fetch() returns.
    QTimer::singleShot(0, this, [this, url] {
        finish(false, {},
               tr("%1 is not an https address; Heron fetches this only over TLS.").arg(url.toDisplayString()));
    });
    return false;
}

QNetworkRequest HttpsFetcher::request(const QUrl &url, const QByteArray &accept) const
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_policy.onDemandConfiguration());
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", accept);
    return request;
}

void HttpsFetcher::watch(QNetworkReply *reply)
{
    m_reply = reply;
    // A server whose certificate an extra CA of the policy issued.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError> &errors) {
        const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        if (m_policy.remainingErrors(errors, chain, reply->url().host()).isEmpty())
            reply->ignoreSslErrors(errors);
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpsFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpsFetcher::onFinished);
}

void HttpsFetcher::fetch(const QUrl &url)
{
    if (!acceptUrl(url))
        return;
    QNetworkRequest document = request(url, "application/xml, text/xml");
    // Redirects only to https, never to plain http.
    document.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    document.setMaximumRedirectsAllowed(3);
    watch(m_network->get(document));
}

void HttpsFetcher::post(const QUrl &url, const QByteArray &form)
{
    if (!acceptUrl(url))
        return;
    QNetworkRequest submission = request(url, "application/json");
    submission.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    submission.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    watch(m_network->post(submission, form));
}

void HttpsFetcher::onReadyRead()
{
    if (!readBody())
        m_reply->abort();
}

bool HttpsFetcher::readBody()
{
    m_body += m_reply->readAll();
    if (m_body.size() <= m_maxBytes)
        return true;
    m_failure = tr("%1 sent more than %2 kB; Heron stopped reading.").arg(m_reply->url().host()).arg(m_maxBytes / 1024);
    return false;
}

void HttpsFetcher::onFinished()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    if (!m_failure.isEmpty())
        return finish(false, {}, m_failure);
    // An HTTP answer other than 200 is said as such; without one, the transport failed.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_status = status;
    if (status == 0 || (reply->error() != QNetworkReply::NoError && status == 200))
        return finish(false, {}, tr("%1: %2").arg(reply->url().toDisplayString(), reply->errorString()));
    if (status != 200) {
        const QByteArray said = readBody() ? m_body : QByteArray();
        return finish(false, said, tr("%1 answered HTTP %2.").arg(reply->url().toDisplayString()).arg(status));
    }
    if (!readBody())
        return finish(false, {}, m_failure);
    finish(true, m_body, QString());
}

void HttpsFetcher::finish(bool ok, const QByteArray &body, const QString &error)
{
    emit finished(ok, body, error);
}

} // namespace heron::net
