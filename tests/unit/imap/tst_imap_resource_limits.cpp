// Hostile servers against ImapSession's limits: a 4 GB literal, a 1000-level
// BODYSTRUCTURE, a 100 MB line and a response that never ends. Each must end
// the session with a Protocol error that names the problem, drop the
// connection, and stop reading long before the server stops sending.
#include "imap/fetch_command.h"
#include "imap/simple_command.h"
#include "imap_scripted_fixture.h"

#include <QPointer>
#include <QTimer>

using namespace heron::imap;
using namespace heron::test;

namespace {

// Sends chunks from next() every few milliseconds until next() returns an
// empty chunk or the client has gone; counts what went out.
class Streamer : public QObject
{
public:
    Streamer(ScriptedConnection &connection, std::function<QByteArray()> next)
        : m_connection(&connection)
        , m_next(std::move(next))
    {
        connect(&m_timer, &QTimer::timeout, this, &Streamer::send);
        m_timer.start(1);
    }

    qint64 sent() const { return m_sent; }

private:
    void send()
    {
        const QByteArray chunk = m_connection ? m_next() : QByteArray();
        if (chunk.isEmpty()) {
            m_timer.stop();
            return;
        }
        m_connection->reply(chunk);
        m_sent += chunk.size();
    }

    QPointer<ScriptedConnection> m_connection;
    std::function<QByteArray()> m_next;
    QTimer m_timer;
    qint64 m_sent = 0;
};

} // namespace

class TestImapResourceLimits : public QObject
{
    Q_OBJECT

private slots:
    void hostileResponseEndsTheSession_data()
    {
        QTest::addColumn<QByteArray>("start"); // sent at once in answer to NOOP
        QTest::addColumn<QByteArray>("repeat"); // then sent over and over, if not empty
        QTest::addColumn<qint64>("total"); // bytes of repeat to send at most
        QTest::addColumn<QString>("words"); // what the error must say

        QTest::newRow("4 GB literal") << QByteArray("* 1 FETCH (UID 1 BODY[] {4294967296}\r\n")
                                      << QByteArray(64 * 1024, 'x') << qint64(256) * 1024 * 1024
                                      << QStringLiteral("literal");
        QByteArray nested = "* 1 FETCH (UID 1 BODYSTRUCTURE ";
        nested += QByteArray(1000, '(') + "\"text\" \"plain\" NIL NIL NIL \"7bit\" 1 1" + QByteArray(1000, ')');
        nested += ")\r\n";
        QTest::newRow("1000-level BODYSTRUCTURE") << nested << QByteArray() << qint64(0) << QStringLiteral("nest");
        QTest::newRow("100 MB line") << QByteArray("* OK ") << QByteArray(1024 * 1024, 'a') << qint64(100) * 1024 * 1024
                                     << QStringLiteral("line");
        // One FETCH response that never closes, made of small literals: no line and no
        // literal is too long, only the response as a whole.
        QByteArray literals;
        for (int i = 0; i < 256; ++i)
            literals += " X {4096}\r\n" + QByteArray(4096, 'z');
        QTest::newRow("endless response")
            << QByteArray("* 1 FETCH (UID 1") << literals << qint64(1024) * 1024 * 1024 << QStringLiteral("response");
    }

    void hostileResponseEndsTheSession()
    {
        QFETCH(QByteArray, start);
        QFETCH(QByteArray, repeat);
        QFETCH(qint64, total);
        QFETCH(QString, words);

        std::unique_ptr<Streamer> streamer;
        ImapBehaviour behaviour;
        behaviour.command
            = [&](ScriptedConnection &connection, const QByteArray &, const QByteArray &verb, const QByteArray &) {
                  if (verb != "NOOP")
                      return false;
                  connection.reply(start);
                  auto remaining = std::make_shared<qint64>(total);
                  streamer = std::make_unique<Streamer>(connection, [repeat, remaining] {
                      if (*remaining <= 0)
                          return QByteArray();
                      *remaining -= repeat.size();
                      return repeat;
                  });
                  return true;
              };
        ImapFixture fixture(behaviour);
        ImapSession session(fixture.settings());
        QVERIFY(openAndWait(session));

        QSignalSpy failed(&session, &ImapSession::failed);
        QObject owner;
        auto *noop = SimpleCommand::noop();
        noop->setParent(&owner);
        session.run(noop);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 60'000));
        qInfo("%s", qPrintable(session.error().message)); // the words the user would read
        QCOMPARE(session.error().kind, ImapError::Kind::Protocol);
        QVERIFY2(session.error().message.contains(words, Qt::CaseInsensitive), qPrintable(session.error().message));
        QCOMPARE(noop->error().kind, ImapError::Kind::Cancelled);
        QCOMPARE(session.state(), ImapSession::State::Disconnected);
        // The client gave up at its limit, not after reading whatever the server had.
        if (total > 0)
            QVERIFY2(streamer->sent() < total, qPrintable(QString::number(streamer->sent())));
    }
};

QTEST_GUILESS_MAIN(TestImapResourceLimits)
#include "tst_imap_resource_limits.moc"
