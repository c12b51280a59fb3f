// FolderSync::statusShowsChange: which NOTIFY reports (untagged STATUS of a folder
// not selected) make the engine synchronise the folder, and which it can ignore
// because the cache already has that state.
#include "imap/response.h"
#include "store/mail_cache.h"
#include "sync/folder_sync.h"

#include <QTest>

using heron::imap::MailboxStatus;
using heron::store::FolderRecord;
using heron::sync::FolderSync;

namespace {

MailboxStatus work()
{
    MailboxStatus status;
    status.name = QStringLiteral("Work");
    return status;
}

} // namespace

class TestFolderStatusChange : public QObject
{
    Q_OBJECT

private slots:
    void statusShowsChange_data();
    void statusShowsChange();
};

void TestFolderStatusChange::statusShowsChange_data()
{
    QTest::addColumn<quint64>("cachedModSeq");
    QTest::addColumn<MailboxStatus>("status");
    QTest::addColumn<bool>("changed");

    MailboxStatus same = work();
    same.messages = 10;
    same.uidNext = 21;
    same.uidValidity = 7;
    same.unseen = 3;
    same.highestModSeq = 500;
    QTest::newRow("the cached state") << quint64(500) << same << false;
    QTest::newRow("only the name") << quint64(500) << work() << false;

    MailboxStatus status = same;
    status.highestModSeq = 501;
    QTest::newRow("a flag changed (modseq)") << quint64(500) << status << true;
    status = same;
    status.uidNext = 22;
    QTest::newRow("new mail (uidnext)") << quint64(500) << status << true;
    status = same;
    status.messages = 9;
    QTest::newRow("an expunge (messages)") << quint64(500) << status << true;
    status = same;
    status.uidValidity = 8;
    QTest::newRow("a new UIDVALIDITY") << quint64(500) << status << true;

    // Dovecot's push after a flag change elsewhere: only UNSEEN and HIGHESTMODSEQ.
    MailboxStatus push = work();
    push.unseen = 2;
    push.highestModSeq = 501;
    QTest::newRow("push: modseq moved") << quint64(500) << push << true;
    push.highestModSeq = 500;
    QTest::newRow("push: modseq as cached") << quint64(500) << push << false;
    // Without a cached HIGHESTMODSEQ (no CONDSTORE) the unread count is all there is.
    QTest::newRow("no modseq: unseen differs") << quint64(0) << push << true;
    push.unseen = 3;
    QTest::newRow("no modseq: unseen as cached") << quint64(0) << push << false;
}

void TestFolderStatusChange::statusShowsChange()
{
    QFETCH(quint64, cachedModSeq);
    QFETCH(MailboxStatus, status);
    QFETCH(bool, changed);
    FolderRecord folder;
    folder.name = QStringLiteral("Work");
    folder.uidValidity = 7;
    folder.uidNext = 21;
    folder.highestModSeq = cachedModSeq;
    folder.exists = 10;
    folder.unseen = 3;
    QCOMPARE(FolderSync::statusShowsChange(folder, status), changed);
}

QTEST_GUILESS_MAIN(TestFolderStatusChange)
#include "tst_folder_status_change.moc"
