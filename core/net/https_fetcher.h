#pragma once

#include "net/tls_policy.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace heron::net {

// One bounded HTTPS request, for small documents such as a provider's mail
// configuration (GET) or an OAuth token endpoint's answer (POST of a form):
// https only (redirects too), certificates verified with the TLS policy, the
// body limited in size and the whole request in time. The answer is untrusted
// bytes; parsing it is the caller's business.
class HttpsFetcher : public QObject
{
    Q_OBJECT

public:
    explicit HttpsFetcher(TlsPolicy policy, QObject *parent = nullptr);
    ~HttpsFetcher() override;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Starts the request; finished() follows exactly once (also for a refused URL).
    void fetch(const QUrl &url);
    // POSTs an application/x-www-form-urlencoded body; never redirected (a
    // redirect would resend credentials elsewhere). finished() as for fetch().
    void post(const QUrl &url, const QByteArray &form);

    // The HTTP status of the last answer; 0 when none arrived.
    int httpStatus() const { return m_status; }

signals:
    // ok: HTTP 200 and a body within the limit; otherwise error says what
    // happened, and body holds what an HTTP error answer said (for its details).
    void finished(bool ok, const QByteArray &body, const QString &error);

private:
    // False (and finished() queued) when url is not https.
    bool acceptUrl(const QUrl &url);
    QNetworkRequest request(const QUrl &url, const QByteArray &accept) const;
    void watch(QNetworkReply *reply);
    void onReadyRead();
    // Takes what arrived; false (with m_failure said) once the body passes the limit.
    bool readBody();
    void onFinished();
    void finish(bool ok, const QByteArray &body, const QString &error);

    TlsPolicy m_policy;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QString m_failure; // set when the fetcher itself gave up (too large)
    int m_status = 0;
    qint64 m_maxBytes = qint64(256) * 1024;
    int m_timeoutMs = 15'000;
};

} // namespace heron::net
