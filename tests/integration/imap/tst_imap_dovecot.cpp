// ImapSession against the stack's real Dovecot: both TLS modes, trust and
// login failures, LIST with special-use, SELECT with CONDSTORE and QRESYNC,
// APPEND, FETCH, STORE, SEARCH, MOVE, IDLE and COMPRESS. Every test works in
// folders of its own, so it does not depend on what else is in the mailbox.
#include "imap/append_command.h"
#include "imap/fetch_command.h"
#include "imap/idle_command.h"
#include "imap/list_command.h"
#include "imap/move_command.h"
#include "imap/search_command.h"
#include "imap/select_command.h"
#include "imap/simple_command.h"
#include "imap/status_command.h"
#include "imap/store_command.h"
#include "mail_stack.h"

#include "imap/imap_session.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace heron::imap;
using heron::net::Connection;
using heron::test::MailStack;

namespace {

constexpr int kWaitMs = 20000;

QByteArray message(const QByteArray &subject, const QByteArray &body)
{
    return "From: Alice <alice@example.test>\r\nTo: bob@example.test\r\nSubject: " + subject + "\r\nMessage-ID: <"
        + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@example.test>\r\n"
        + "Date: Sun, 29 Nov 2026 10:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; "
          "charset=utf-8\r\n\r\n"
        + body + "\r\n";
}

} // namespace

class TestImapDovecot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void implicitTlsLoginAndSpecialUse();
    void startTlsLogin();
    void unknownCaIsRefused();
    void wrongPasswordIsReported();
    void mailboxRoundTrip();
    void qresyncReportsWhatChanged();
    void idleSeesAMessageAppendedElsewhere();
    void compressedSessionCarriesBigMessages();

private:
    ImapSettings settings(bool implicitTls = true) const;
    std::unique_ptr<ImapSession> openSession(bool implicitTls = true);
    template<typename Command>
    Command *run(ImapSession &session, Command *command);
    QString freshFolder(ImapSession &session);

    MailStack m_stack;
    QObject m_owner; // keeps the commands for their results
};

void TestImapDovecot::initTestCase()
{
    QString error;
    QVERIFY2(MailStack::load(&m_stack, &error), qPrintable(error));
}

ImapSettings TestImapDovecot::settings(bool implicitTls) const
{
    ImapSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = implicitTls ? m_stack.imapsPort : m_stack.imapPort;
    settings.security = implicitTls ? Connection::Security::ImplicitTls : Connection::Security::StartTls;
    QString error;
    settings.tls.addCaFile(m_stack.caFile, &error);
    settings.login = m_stack.user2;
    settings.password = m_stack.pass2;
    settings.timeouts.command = 15000;
    return settings;
}

std::unique_ptr<ImapSession> TestImapDovecot::openSession(bool implicitTls)
{
    auto session = std::make_unique<ImapSession>(settings(implicitTls));
    QSignalSpy ready(session.get(), &ImapSession::ready);
    QSignalSpy failed(session.get(), &ImapSession::failed);
    session->open();
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, kWaitMs) || ready.isEmpty()) {
        qWarning("open failed: %s\n%s", qPrintable(session->error().message), session->log().text().constData());
        return nullptr;
    }
    return session;
}

template<typename Command>
Command *TestImapDovecot::run(ImapSession &session, Command *command)
{
    command->setParent(&m_owner);
    session.run(command);
    if (!QTest::qWaitFor([command] { return command->isFinished(); }, kWaitMs))
        qWarning("command did not finish");
    if (!command->succeeded())
        qWarning("command failed: %s", qPrintable(command->error().message));
    return command;
}

QString TestImapDovecot::freshFolder(ImapSession &session)
{
    const QString name = QStringLiteral("heron-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    run(session, SimpleCommand::create(name));
    return name;
}

void TestImapDovecot::implicitTlsLoginAndSpecialUse()
{
    auto session = openSession();
    QVERIFY(session);
    QCOMPARE(session->state(), ImapSession::State::Authenticated);
    QVERIFY(session->capabilities().has("IMAP4rev1"));
    QVERIFY(session->isEnabled("QRESYNC"));
    QVERIFY(!session->clientIdAdvertised()); // Dovecot has no CLIENTID: nothing was sent
    QVERIFY(!session->log().text().contains("CLIENTID UUID"));

    ListCommand::Options options;
    options.statusItems = {"MESSAGES", "UNSEEN"};
    auto *list = run(*session, new ListCommand(options));
    QVERIFY(list->succeeded());
    QHash<QString, QByteArrayList> attributes;
    for (const ListData &folder : list->folders())
        attributes.insert(folder.name, folder.attributes);
    QVERIFY(attributes.contains(QStringLiteral("INBOX")));
    const QList<std::pair<QString, QByteArray>> specialUse = {{QStringLiteral("Drafts"), "\\Drafts"},
                                                              {QStringLiteral("Sent"), "\\Sent"},
                                                              {QStringLiteral("Trash"), "\\Trash"},
                                                              {QStringLiteral("Junk"), "\\Junk"},
                                                              {QStringLiteral("Archive"), "\\Archive"}};
    for (const auto &[name, use] : specialUse)
        QVERIFY2(attributes.value(name).contains(use), qPrintable(name));
    QVERIFY(!list->statuses().isEmpty()); // LIST-STATUS answered in the same round trip
}

void TestImapDovecot::startTlsLogin()
{
    auto session = openSession(false);
    QVERIFY(session);
    QCOMPARE(session->state(), ImapSession::State::Authenticated);
    const QByteArray log = session->log().text();
    QVERIFY(log.contains("STARTTLS"));
    QVERIFY(log.contains("TLS established"));
    QVERIFY(log.indexOf("STARTTLS") < log.indexOf("AUTHENTICATE"));
}

void TestImapDovecot::unknownCaIsRefused()
{
    ImapSettings unknownCa = settings();
    unknownCa.tls = {};
    ImapSession session(unknownCa);
    QSignalSpy failed(&session, &ImapSession::failed);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kWaitMs);
    QCOMPARE(session.error().kind, ImapError::Kind::Connection);
    QVERIFY2(session.error().message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
             qPrintable(session.error().message));
}

void TestImapDovecot::wrongPasswordIsReported()
{
    ImapSettings wrong = settings();
    wrong.password = QStringLiteral("not-the-password");
    ImapSession session(wrong);
    QSignalSpy failed(&session, &ImapSession::failed);
    session.open();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), kWaitMs);
    QCOMPARE(session.error().kind, ImapError::Kind::Authentication);
    QVERIFY(!session.log().text().contains("not-the-password"));
}

void TestImapDovecot::mailboxRoundTrip()
{
    auto session = openSession();
    QVERIFY(session);
    const QString folder = freshFolder(*session);
    const QString archive = freshFolder(*session);

    QList<QByteArray> messages;
    QList<quint32> uids;
    for (int i = 0; i < 3; ++i) {
        messages.append(message("round trip " + QByteArray::number(i), "Body number " + QByteArray::number(i)));
        auto *append = run(*session, new AppendCommand(folder, messages.last(), {}, QDateTime::currentDateTime()));
        QVERIFY(append->succeeded());
        QVERIFY(append->appendedUid() > 0);
        uids.append(append->appendedUid());
    }

    SelectCommand::Options selectOptions;
    selectOptions.condStore = true;
    auto *select = run(*session, new SelectCommand(folder, selectOptions));
    QVERIFY(select->succeeded());
    QCOMPARE(session->state(), ImapSession::State::Selected);
    QCOMPARE(select->mailbox().exists, 3u);
    QVERIFY(select->mailbox().uidValidity != 0);
    QVERIFY(select->mailbox().highestModSeq.has_value());

    auto *fetch
        = run(*session,
              new FetchCommand(SequenceSet::fromNumbers(uids),
                               {"UID", "FLAGS", "RFC822.SIZE", "ENVELOPE", "BODYSTRUCTURE", "BODY.PEEK[]", "MODSEQ"}));
    QVERIFY(fetch->succeeded());
    QCOMPARE(fetch->results().size(), 3);
    for (const FetchData &data : fetch->results()) {
        const qsizetype index = uids.indexOf(*data.uid);
        QVERIFY(index >= 0);
        QCOMPARE(data.sections.value(0).data, messages.at(index));
        QCOMPARE(*data.rfc822Size, quint64(messages.at(index).size()));
        QCOMPARE(data.envelope->subject, "round trip " + QByteArray::number(index));
        QVERIFY(data.modSeq.has_value());
    }

    StoreCommand::Options storeOptions;
    storeOptions.silent = false;
    auto *store = run(
        *session,
        new StoreCommand(SequenceSet::fromNumbers({uids.at(0)}), StoreCommand::Mode::Add, {"\\Seen"}, storeOptions));
    QVERIFY(store->succeeded());
    QCOMPARE(store->updated().size(), 1);
    QVERIFY(store->updated().first().flags->contains("\\Seen"));

    auto *unseen = run(*session, SearchCommand::unseen());
    QVERIFY(unseen->succeeded());
    QCOMPARE(unseen->uids(), (QList<quint32> {uids.at(1), uids.at(2)}));

    auto *move = run(*session, new MoveCommand(SequenceSet::fromNumbers({uids.at(2)}), archive));
    QVERIFY(move->succeeded());
    QVERIFY(move->removedFromSource());
    QVERIFY(move->copyUid().has_value());
    QTRY_COMPARE_WITH_TIMEOUT(session->selectedMailbox()->exists, 2u, kWaitMs);

    auto *status = run(*session, new StatusCommand(archive, {"MESSAGES", "UIDNEXT"}));
    QCOMPARE(status->status().messages, 1u);

    QVERIFY(run(*session, SimpleCommand::close())->succeeded());
    QCOMPARE(session->state(), ImapSession::State::Authenticated);
    const QString renamed = archive + QStringLiteral("-renamed");
    QVERIFY(run(*session, SimpleCommand::rename(archive, renamed))->succeeded());
    QVERIFY(run(*session, SimpleCommand::remove(renamed))->succeeded());
    QVERIFY(run(*session, SimpleCommand::remove(folder))->succeeded());

    QSignalSpy closed(session.get(), &ImapSession::closed);
    session->logout();
    QTRY_VERIFY_WITH_TIMEOUT(!closed.isEmpty(), kWaitMs);
    QVERIFY(!session->error().isError());
}

void TestImapDovecot::qresyncReportsWhatChanged()
{
    auto session = openSession();
    QVERIFY(session);
    const QString folder = freshFolder(*session);
    QList<quint32> uids;
    for (int i = 0; i < 4; ++i)
        uids.append(run(*session, new AppendCommand(folder, message("q" + QByteArray::number(i), "x")))->appendedUid());
    auto *first = run(*session, new SelectCommand(folder));
    const quint32 uidValidity = first->mailbox().uidValidity;
    const quint64 modSeq = first->mailbox().highestModSeq.value_or(0);
    QVERIFY(modSeq > 0);

    // Another connection changes the folder: one flag, one expunge.
    auto other = openSession();
    QVERIFY(other);
    run(*other, new SelectCommand(folder));
    run(*other, new StoreCommand(SequenceSet::fromNumbers({uids.at(0)}), StoreCommand::Mode::Add, {"\\Flagged"}));
    run(*other, new StoreCommand(SequenceSet::fromNumbers({uids.at(3)}), StoreCommand::Mode::Add, {"\\Deleted"}));
    QVERIFY(run(*other, SimpleCommand::uidExpunge(SequenceSet::fromNumbers({uids.at(3)})))->succeeded());

    run(*session, SimpleCommand::unselect());
    SelectCommand::Options known;
    known.knownUidValidity = uidValidity;
    known.knownModSeq = modSeq;
    auto *resync = run(*session, new SelectCommand(folder, known));
    QVERIFY(resync->succeeded());
    QVERIFY(resync->mailbox().vanished.contains(uids.at(3)));
    QCOMPARE(resync->mailbox().changed.size(), 1);
    QCOMPARE(*resync->mailbox().changed.first().uid, uids.at(0));
    QVERIFY(resync->mailbox().changed.first().flags->contains("\\Flagged"));
    run(*session, SimpleCommand::unselect());
    run(*session, SimpleCommand::remove(folder));
}

void TestImapDovecot::idleSeesAMessageAppendedElsewhere()
{
    auto session = openSession();
    QVERIFY(session);
    const QString folder = freshFolder(*session);
    run(*session, new SelectCommand(folder));
    auto *idle = new IdleCommand;
    idle->setParent(&m_owner);
    QSignalSpy idling(idle, &IdleCommand::idling);
    QSignalSpy exists(session.get(), &ImapSession::exists);
    session->run(idle);
    QTRY_VERIFY_WITH_TIMEOUT(!idling.isEmpty(), kWaitMs);

    auto other = openSession();
    QVERIFY(other);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(run(*other, new AppendCommand(folder, message("pushed", "hello")))->succeeded());
    // Dovecot notifies through inotify at once; the bound leaves room for a loaded CI machine.
    QTRY_VERIFY_WITH_TIMEOUT(!exists.isEmpty(), 3000);
    qInfo("IDLE push arrived %lld ms after the APPEND completed", clock.elapsed());
    QCOMPARE(exists.last().at(0).toUInt(), 1u);

    idle->stop();
    QTRY_VERIFY_WITH_TIMEOUT(idle->isFinished(), kWaitMs);
    QVERIFY(idle->succeeded());
    run(*session, SimpleCommand::unselect());
    run(*session, SimpleCommand::remove(folder));
}

void TestImapDovecot::compressedSessionCarriesBigMessages()
{
    auto session = openSession();
    QVERIFY(session);
    QVERIFY(session->capabilities().has("COMPRESS=DEFLATE"));
    QVERIFY(session->log().text().contains("COMPRESS=DEFLATE active"));
    const QString folder = freshFolder(*session);
    QByteArray body;
    for (int i = 0; i < 40000; ++i)
        body += "line " + QByteArray::number(i) + " of a long compressed message\r\n";
    const QByteArray big = message("big", body);
    auto *append = run(*session, new AppendCommand(folder, big));
    QVERIFY(append->succeeded());
    run(*session, new SelectCommand(folder));
    auto *fetch = run(*session, new FetchCommand(SequenceSet::fromNumbers({append->appendedUid()}), {"BODY.PEEK[]"}));
    QVERIFY(fetch->succeeded());
    QCOMPARE(fetch->results().size(), 1);
    QCOMPARE(fetch->results().first().sections.value(0).data, big);
    run(*session, SimpleCommand::unselect());
    run(*session, SimpleCommand::remove(folder));
}

QTEST_GUILESS_MAIN(TestImapDovecot)
#include "tst_imap_dovecot.moc"
