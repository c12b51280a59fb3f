#pragma once

#include "accounts/provider_config.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace heron::accounts {

// Reads a provider's autoconfiguration document (Mozilla's "config-v1.1"
// format, as served at autoconfig.DOMAIN/mail/config-v1.1.xml, at
// DOMAIN/.well-known/autoconfig/mail/config-v1.1.xml and by the ISPDB) for
// one address. The document comes from the network, so it is untrusted:
// size and counts are bounded, unknown elements are ignored, and servers
// without TLS are skipped (Heron never sends a password in the clear).
class AutoconfigParser
{
    Q_DECLARE_TR_FUNCTIONS(AutoconfigParser)

public:
    static constexpr qsizetype kMaxDocumentSize = qsizetype(256) * 1024;
    static constexpr int kMaxServersPerProtocol = 16;

    // nullopt with *error set when the document is not a readable configuration;
    // a ProviderConfig that is not usable() when it holds no server Heron may use.
    static std::optional<ProviderConfig> parse(QByteArrayView document, const QString &email, QString *error);

    // %EMAILADDRESS%, %EMAILLOCALPART%, %EMAILDOMAIN% filled in for email.
    static QString expand(const QString &pattern, const QString &email);
};

} // namespace heron::accounts
