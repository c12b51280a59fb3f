// libFuzzer target: heron::accounts::AutoconfigParser, the reader of provider
// configuration documents fetched over the network during account setup.
//
// Input: the document. Whatever it holds, every server that comes out must be
// safe to connect to as it stands: a plain host name, a port, TLS or STARTTLS,
// at most kMaxServersPerProtocol of each; OAuth 2.0 endpoints only over https.
#include "accounts/autoconfig_parser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

using heron::accounts::AutoconfigParser;
using heron::accounts::ServerCandidate;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkServers(const QList<ServerCandidate> &servers)
{
    check(servers.size() <= AutoconfigParser::kMaxServersPerProtocol);
    for (const ServerCandidate &server : servers) {
        const QString &host = server.endpoint.host;
        check(!host.isEmpty() && host.size() <= 253);
        for (const QChar c : host)
            check(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_');
        check(server.endpoint.port != 0);
        check(!server.authMethods.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView document(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto config = AutoconfigParser::parse(document, QStringLiteral("user@example.org"), &error);
    if (!config) {
        check(!error.isEmpty());
        return 0;
    }
    checkServers(config->imap);
    checkServers(config->smtp);
    if (config->oauth2) {
        check(config->oauth2->authorizationUrl.startsWith(QLatin1String("https://"), Qt::CaseInsensitive));
        check(config->oauth2->tokenUrl.startsWith(QLatin1String("https://"), Qt::CaseInsensitive));
    }
    return 0;
}
