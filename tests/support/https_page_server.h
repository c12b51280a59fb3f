#pragma once

#include "scripted_server.h"

#include <QByteArrayList>
#include <QHash>

#include <memory>

namespace heron::test {

// A web server of a few paths over TLS (the test CA's localhost certificate):
// path (with the query) -> (HTTP status, body); other paths are 404. Records
// the paths asked for (GET, or POST without reading the body). For autoconfig
// documents and OAuth token endpoints in the tests.
class HttpsPageServer
{
public:
    using Pages = QHash<QByteArray, std::pair<int, QByteArray>>;

    explicit HttpsPageServer(Pages pages);

    QString base() const { return QStringLiteral("https://localhost:%1").arg(m_server.serverPort()); }
    const QByteArrayList &requested() const { return *m_requested; }

private:
    ScriptedServer::Script script();

    std::shared_ptr<Pages> m_pages;
    std::shared_ptr<QByteArrayList> m_requested;
    ScriptedServer m_server;
};

} // namespace heron::test
