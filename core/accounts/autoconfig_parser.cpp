#include "accounts/autoconfig_parser.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace heron::accounts {

namespace {

constexpr qsizetype kMaxHostLength = 253;
constexpr qsizetype kMaxTextLength = 200;

// A host name as DNS allows it (or an IDN in Unicode); nothing that could smuggle a
// path, a port or a second host into a URL or a connection.
bool isHostName(const QString &host)
{
    if (host.isEmpty() || host.size() > kMaxHostLength || host.startsWith(QLatin1Char('.'))
        || host.startsWith(QLatin1Char('-')))
        return false;
    return std::all_of(host.cbegin(), host.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}

std::optional<AuthMethod> authMethod(const QString &name)
{
    if (name == QLatin1String("password-cleartext") || name == QLatin1String("plain")
        || name == QLatin1String("password-encrypted") || name == QLatin1String("secure"))
        return AuthMethod::Password;
    if (name.compare(QLatin1String("OAuth2"), Qt::CaseInsensitive) == 0)
        return AuthMethod::OAuth2;
    return std::nullopt; // NTLM, GSSAPI, client-IP-address, TLS-client-cert, none
}

struct RawServer
{
    QString type;
    QString hostname;
    QString port;
    QString socketType;
    QString username;
    QStringList authentication;
};

// The text of the current element, bounded; skips anything nested in it.
QString boundedText(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed().left(kMaxHostLength + 1);
}

RawServer readServer(QXmlStreamReader &xml)
{
    RawServer server;
    server.type = xml.attributes().value(QLatin1String("type")).toString().toLower();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("hostname"))
            server.hostname = boundedText(xml);
        else if (name == QLatin1String("port"))
            server.port = boundedText(xml);
        else if (name == QLatin1String("socketType"))
            server.socketType = boundedText(xml);
        else if (name == QLatin1String("username"))
            server.username = boundedText(xml);
        else if (name == QLatin1String("authentication") && server.authentication.size() < 8)
            server.authentication << boundedText(xml);
        else
            xml.skipCurrentElement();
    }
    return server;
}

// The server as Heron may use it, or why not (in *skipped).
std::optional<ServerCandidate> candidate(const RawServer &raw, MailProtocol protocol, const QString &email,
                                         QString *skipped)
{
    const QString label = raw.hostname.isEmpty() ? raw.type : raw.hostname;
    std::optional<Security> security;
    if (raw.socketType.compare(QLatin1String("SSL"), Qt::CaseInsensitive) == 0)
        security = Security::Tls;
    else if (raw.socketType.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
        security = Security::StartTls;
    if (!security) {
        *skipped = AutoconfigParser::tr("%1 (no encryption)").arg(label);
        return std::nullopt;
    }
    if (!isHostName(raw.hostname)) {
        *skipped = AutoconfigParser::tr("%1 (not a host name)").arg(label.left(kMaxTextLength));
        return std::nullopt;
    }
    bool portOk = false;
    const uint port = raw.port.toUInt(&portOk);
    ServerCandidate server;
    server.endpoint = {raw.hostname.toLower(), quint16(portOk && port > 0 && port <= 65535 ? port : 0), *security};
    if (server.endpoint.port == 0)
        server.endpoint.port = Account::defaultPort(protocol, *security);
    server.username = AutoconfigParser::expand(raw.username, email);
    for (const QString &name : raw.authentication) {
        const std::optional<AuthMethod> method = authMethod(name);
        if (method && !server.authMethods.contains(*method))
            server.authMethods << *method;
    }
    if (raw.authentication.isEmpty())
        server.authMethods << AuthMethod::Password;
    if (server.authMethods.isEmpty()) {
        *skipped = AutoconfigParser::tr("%1 (sign-in by %2, which Heron does not support)")
                       .arg(label, raw.authentication.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return server;
}

void addServer(const RawServer &raw, bool incoming, const QString &email, ProviderConfig &config)
{
    const bool imap = incoming && raw.type == QLatin1String("imap");
    const bool smtp = !incoming && raw.type == QLatin1String("smtp");
    if (!imap && !smtp) {
        config.skipped << AutoconfigParser::tr("%1 (%2, which Heron does not speak)")
                              .arg(raw.hostname.left(kMaxTextLength), raw.type.left(kMaxTextLength));
        return;
    }
    QList<ServerCandidate> &list = imap ? config.imap : config.smtp;
    if (list.size() >= AutoconfigParser::kMaxServersPerProtocol)
        return;
    QString skipped;
    if (const auto server = candidate(raw, imap ? MailProtocol::Imap : MailProtocol::Smtp, email, &skipped))
        list << *server;
    else
        config.skipped << skipped;
}

void readProvider(QXmlStreamReader &xml, const QString &email, ProviderConfig &config)
{
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("domain") && config.domains.size() < 64)
            config.domains << boundedText(xml).toLower();
        else if (name == QLatin1String("displayName"))
            config.displayName = boundedText(xml).left(kMaxTextLength);
        else if (name == QLatin1String("incomingServer"))
            addServer(readServer(xml), true, email, config);
        else if (name == QLatin1String("outgoingServer"))
            addServer(readServer(xml), false, email, config);
        else
            xml.skipCurrentElement();
    }
}

OAuth2Endpoints readOAuth2(QXmlStreamReader &xml)
{
    OAuth2Endpoints oauth2;
    const auto text = [&xml] { return xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed().left(2048); };
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == QLatin1String("issuer"))
            oauth2.issuer = text();
        else if (name == QLatin1String("scope"))
            oauth2.scopes = text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        else if (name == QLatin1String("authURL"))
            oauth2.authorizationUrl = text();
        else if (name == QLatin1String("tokenURL"))
            oauth2.tokenUrl = text();
        else
            xml.skipCurrentElement();
    }
    return oauth2;
}

bool isHttps(const QString &url)
{
    return url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

} // namespace

QString AutoconfigParser::expand(const QString &pattern, const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    QString out = pattern;
    out.replace(QLatin1String("%EMAILADDRESS%"), email);
    out.replace(QLatin1String("%EMAILLOCALPART%"), at < 0 ? email : email.left(at));
    out.replace(QLatin1String("%EMAILDOMAIN%"), at < 0 ? QString() : email.mid(at + 1));
    return out;
}

std::optional<ProviderConfig> AutoconfigParser::parse(QByteArrayView document, const QString &email, QString *error)
{
    if (document.size() > kMaxDocumentSize) {
        *error = tr("The provider's configuration is larger than %1 kB; Heron does not read it.")
                     .arg(kMaxDocumentSize / 1024);
        return std::nullopt;
    }
    const QByteArray bytes = QByteArray::fromRawData(document.data(), document.size());
    QXmlStreamReader xml(bytes);
    ProviderConfig config;
    bool sawProvider = false;
    // No document type declarations: a configuration needs none, and entities are how
    // XML documents make parsers expand or fetch things.
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::StartElement) {
        if (xml.tokenType() == QXmlStreamReader::DTD) {
            *error = tr("The provider's configuration declares a document type; Heron does not read such files.");
            return std::nullopt;
        }
    }
    if (xml.tokenType() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("clientConfig")) {
        *error = xml.hasError() ? tr("The provider's configuration is not valid XML: %1.").arg(xml.errorString())
                                : tr("The document is not a mail client configuration (no <clientConfig>).");
        return std::nullopt;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("emailProvider") && !sawProvider) {
            sawProvider = true;
            readProvider(xml, email, config);
        } else if (xml.name() == QLatin1String("oAuth2") && !config.oauth2) {
            OAuth2Endpoints oauth2 = readOAuth2(xml);
            // Tokens go only to endpoints that TLS protects.
            if (isHttps(oauth2.authorizationUrl) && isHttps(oauth2.tokenUrl))
                config.oauth2 = oauth2;
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        *error = tr("The provider's configuration is not valid XML: %1 (line %2).")
                     .arg(xml.errorString())
                     .arg(xml.lineNumber());
        return std::nullopt;
    }
    if (!sawProvider) {
        *error = tr("The provider's configuration names no mail provider (<emailProvider>).");
        return std::nullopt;
    }
    return config;
}

} // namespace heron::accounts
