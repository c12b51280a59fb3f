#include "https_page_server.h"

namespace heron::test {

HttpsPageServer::HttpsPageServer(Pages pages)
    : m_pages(std::make_shared<Pages>(std::move(pages)))
    , m_requested(std::make_shared<QByteArrayList>())
    , m_server(ScriptedServer::Mode::ImplicitTls, QByteArray(), script())
{
}

ScriptedServer::Script HttpsPageServer::script()
{
    auto path = std::make_shared<QByteArray>();
    return [pages = m_pages, requested = m_requested, path](ScriptedConnection &connection, const QByteArray &line) {
        if (line.startsWith("GET ") || line.startsWith("POST ")) {
            *path = line.split(' ').value(1);
            requested->append(*path);
        } else if (line.isEmpty()) {
            const auto page = pages->value(*path, {404, "not here"});
            connection.reply("HTTP/1.1 " + QByteArray::number(page.first) + " X\r\nContent-Type: text/xml\r\n"
                             + "Content-Length: " + QByteArray::number(page.second.size())
                             + "\r\nConnection: close\r\n\r\n" + page.second);
            connection.close();
        }
    };
}

} // namespace heron::test
