#pragma once

#include "imap/imap_command.h"

namespace heron::imap {

// LOGIN, or AUTHENTICATE with PLAIN, OAUTHBEARER (RFC 7628) or XOAUTH2, with
// the initial response inline when the server has SASL-IR. Everything it
// writes is a secret: sent only over TLS, redacted in the log.
class LoginCommand : public ImapCommand
{
    Q_OBJECT

public:
    enum class Mechanism { Login, Plain, OAuthBearer, XOAuth2 };

    // secret is the password, or the OAuth access token for the OAuth mechanisms.
    LoginCommand(Mechanism mechanism, QString user, QString secret, bool saslInitialResponse);

    Mechanism mechanism() const { return m_mechanism; }
    // The capabilities in the tagged OK's [CAPABILITY] code, when the server sent them.
    const QByteArrayList &capabilitiesAfterLogin() const { return m_capabilities; }

protected:
    void encode(CommandEncoder &encoder) override;
    QByteArray name() const override;
    int allowedStates() const override { return NotAuthenticated; }
    Transition transition() const override { return Transition::LoggedIn; }
    bool isSecret() const override { return true; }
    QByteArray redactedLine(const QByteArray &line) const override;
    std::optional<QByteArray> handleContinuation(const ContinuationRequest &request) override;
    void complete(const StatusResponse &status) override;

private:
    QByteArray initialResponse() const;

    Mechanism m_mechanism;
    QString m_user;
    QString m_secret;
    bool m_saslIr;
    bool m_sentInitial = false;
    QByteArrayList m_capabilities;
};

} // namespace heron::imap
