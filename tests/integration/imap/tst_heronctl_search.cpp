// `heronctl search` against the stack's Dovecot: the cache's index answers for
// what it holds (subjects, addresses, cached text); the server's UID SEARCH
// answers for the text of messages whose bodies are not cached, and counts mail
// that came after the last sync; --offline and a folder kept offline whole make
// no connection; a query with FTS5 operators stays in the cache, and says so; a
// server out of reach leaves the cache's matches printed, with exit code 3.
#include "heronctl_process.h"
#include "imap/append_command.h"
#include "imap/imap_session.h"
#include "imap/simple_command.h"
#include "mail_stack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace heron;
using heron::test::MailStack;
using heron::test::cli::heronctl;
using heron::test::cli::Result;

namespace {

constexpr int kWaitMs = 30000;

QByteArray message(const QByteArray &subject, const QByteArray &body)
{
    return "From: Search Test <search@example.org>\r\nTo: carol@example.test\r\nSubject: " + subject
        + "\r\nMessage-ID: <" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces)
        + "@example.org>\r\nDate: Mon, 07 Dec 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
          "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + body + "\r\n";
}

// The subjects of a `--json` result, in its order.
QStringList subjects(const Result &result)
{
    QStringList found;
    for (const QJsonValue &message : QJsonDocument::fromJson(result.out).array())
        found.append(message.toObject().value(QStringLiteral("subject")).toString());
    return found;
}

} // namespace

class TestHeronctlSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cacheThenServer();

private:
    Result search(const QStringList &arguments);
    bool append(const QByteArray &subject, const QByteArray &body);

    MailStack m_stack;
    QTemporaryDir m_dir;
    QString m_profile;
    QString m_folder;
    std::unique_ptr<imap::ImapSession> m_server;
    QObject m_owner;
};

void TestHeronctlSearch::initTestCase()
{
    QString error;
    QVERIFY2(MailStack::load(&m_stack, &error), qPrintable(error));
    m_profile = m_dir.filePath(QStringLiteral("profile"));
    const Result added = test::cli::addAccount(m_stack, m_profile, m_stack.user3, m_stack.pass3);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    m_server = MailStack::openImap(m_stack.imapSettings(m_stack.user3, m_stack.pass3), kWaitMs);
    QVERIFY(m_server);
    m_folder = QStringLiteral("search-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    auto *create = imap::SimpleCommand::create(m_folder);
    create->setParent(&m_owner);
    m_server->run(create);
    QVERIFY(QTest::qWaitFor([create] { return create->isFinished(); }, kWaitMs) && create->succeeded());
}

bool TestHeronctlSearch::append(const QByteArray &subject, const QByteArray &body)
{
    auto *command = new imap::AppendCommand(m_folder, message(subject, body));
    command->setParent(&m_owner);
    m_server->run(command);
    return QTest::qWaitFor([command] { return command->isFinished(); }, kWaitMs) && command->succeeded();
}

Result TestHeronctlSearch::search(const QStringList &arguments)
{
    return heronctl(
        m_profile,
        QStringList {QStringLiteral("--json"), QStringLiteral("search"), QStringLiteral("--folder"), m_folder}
            + arguments);
}

void TestHeronctlSearch::cacheThenServer()
{
    QVERIFY(append("Quarterly report", "the pelican budget is attached"));
    QVERIFY(append("Lunch", "nothing to see"));
    const Result synced = heronctl(m_profile, {QStringLiteral("sync"), QStringLiteral("--folder"), m_folder});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());

    // Headers only: the cache knows subjects, not the bodies' words.
    Result result = search({QStringLiteral("--offline"), QStringLiteral("pelican")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(subjects(result), QStringList());
    result = search({QStringLiteral("--offline"), QStringLiteral("quarterly")});
    QCOMPARE(subjects(result), QStringList {QStringLiteral("Quarterly report")});

    // Without --offline the server searches the bodies the cache does not have.
    result = search({QStringLiteral("pelican")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(subjects(result), QStringList {QStringLiteral("Quarterly report")});
    result = search({QStringLiteral("\"pelican budget\" attach*")});
    QCOMPARE(subjects(result), QStringList {QStringLiteral("Quarterly report")});
    result = search({QStringLiteral("pelican lunch")}); // both words: none has them
    QCOMPARE(subjects(result), QStringList());

    // Mail after the last sync is counted, not shown: nothing of it is cached.
    QVERIFY(append("Later", "another pelican"));
    result = search({QStringLiteral("pelican")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(subjects(result), QStringList {QStringLiteral("Quarterly report")});
    QVERIFY2(result.err.contains("more message") && result.err.contains("heronctl sync"), result.err.constData());

    // Operators have no IMAP spelling: the cache alone, said on stderr.
    result = search({QStringLiteral("pelican OR lunch")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(subjects(result), QStringList {QStringLiteral("Lunch")});
    QVERIFY2(result.err.contains("only the cache was searched"), result.err.constData());

    // The server out of reach: the cache's matches are still printed, with the connection's exit code.
    const QString settingsFile = m_profile + QStringLiteral("/heron.ini");
    const QVariant port = QSettings(settingsFile, QSettings::IniFormat).value(QStringLiteral("accounts/1/imap_port"));
    QVERIFY(port.isValid());
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 nobody = closed.serverPort();
    closed.close();
    QSettings(settingsFile, QSettings::IniFormat).setValue(QStringLiteral("accounts/1/imap_port"), nobody);
    result = search({QStringLiteral("quarterly")});
    QCOMPARE(result.exitCode, 3);
    QCOMPARE(subjects(result), QStringList {QStringLiteral("Quarterly report")});
    QVERIFY2(result.err.contains("only the cache was searched"), result.err.constData());
    QSettings(settingsFile, QSettings::IniFormat).setValue(QStringLiteral("accounts/1/imap_port"), port);

    // Kept offline whole: the cache's index has every word; nothing is asked of the server.
    const Result bodies = heronctl(
        m_profile, {QStringLiteral("sync"), QStringLiteral("--folder"), m_folder, QStringLiteral("--bodies")});
    QVERIFY2(bodies.exitCode == 0, bodies.err.constData());
    result = search({QStringLiteral("pelican")});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(subjects(result), (QStringList {QStringLiteral("Later"), QStringLiteral("Quarterly report")}));
    QVERIFY2(result.err.isEmpty(), result.err.constData());
}

QTEST_GUILESS_MAIN(TestHeronctlSearch)
#include "tst_heronctl_search.moc"
