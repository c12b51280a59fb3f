// MailCache::addressesByPrefix: addresses of cached mail by prefix of the
// address, the name or a word of the name, most used first, one row per
// address whatever its case, the newest name, LIKE wildcards taken literally,
// at most the limit.
#include "store/database.h"
#include "store/mail_cache.h"

#include <QTemporaryDir>
#include <QTest>

using heron::store::AddressRecord;
using heron::store::Database;
using heron::store::FolderRecord;
using heron::store::KnownAddress;
using heron::store::MailCache;
using heron::store::MessageRecord;

class TestAddressCompletion : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void byAddressNameAndWord();
    void mostUsedFirstOneRowPerAddress();
    void wildcardsAreLiteral();
    void limited();

private:
    void store(const QList<QList<AddressRecord>> &recipientsPerMessage);
    QStringList addresses(const QString &prefix, int limit = 20);

    QTemporaryDir m_dir;
    Database m_database;
    std::unique_ptr<MailCache> m_cache;
    qint64 m_folder = 0;
    quint32 m_uid = 0;
};

void TestAddressCompletion::initTestCase()
{
    QString error;
    QVERIFY2(m_database.open(m_dir.filePath(QStringLiteral("cache.sqlite")), &error), qPrintable(error));
    m_cache = std::make_unique<MailCache>(m_database);
    const qint64 account = m_cache->accountId(QStringLiteral("me@example.test"), &error).value_or(0);
    QVERIFY(account > 0);
    FolderRecord inbox;
    inbox.name = QStringLiteral("INBOX");
    QVERIFY(m_cache->replaceFolders(account, {inbox}, &error));
    m_folder = m_cache->folder(account, QStringLiteral("INBOX"))->id;

    const AddressRecord bob {QStringLiteral("Bob Builder"), QStringLiteral("bob@example.org")};
    const AddressRecord bobUpper {QStringLiteral("Robert Builder"), QStringLiteral("BOB@example.org")};
    const AddressRecord bea {QStringLiteral("Bea"), QStringLiteral("bea@example.org")};
    const AddressRecord nameless {QString(), QStringLiteral("bo_x@example.org")};
    const AddressRecord percent {QStringLiteral("Per Cent"), QStringLiteral("b%t@example.org")};
    const AddressRecord zed {QStringLiteral("Zed Bolt"), QStringLiteral("zed@example.org")};
    store({{bob, bea}, {bob, nameless}, {bobUpper, percent}, {bea}, {zed}, {zed}, {zed}, {zed}});
}

void TestAddressCompletion::store(const QList<QList<AddressRecord>> &recipientsPerMessage)
{
    QList<MessageRecord> messages;
    for (const QList<AddressRecord> &recipients : recipientsPerMessage) {
        MessageRecord message;
        message.uid = ++m_uid;
        message.subject = QStringLiteral("Message %1").arg(m_uid);
        message.from = {AddressRecord {QStringLiteral("Me"), QStringLiteral("me@example.test")}};
        message.to = recipients;
        message.messageId = QStringLiteral("<m%1@example.test>").arg(m_uid);
        message.internalDate = QDateTime::fromSecsSinceEpoch(1'700'000'000 + m_uid * 60, Qt::UTC);
        messages.append(message);
    }
    QString error;
    QVERIFY2(m_cache->storeMessages(m_folder, messages, &error), qPrintable(error));
}

QStringList TestAddressCompletion::addresses(const QString &prefix, int limit)
{
    QStringList found;
    for (const KnownAddress &known : m_cache->addressesByPrefix(prefix, limit))
        found << QStringLiteral("%1|%2|%3").arg(known.name, known.address.toLower()).arg(known.uses);
    return found;
}

void TestAddressCompletion::byAddressNameAndWord()
{
    // Address prefix; a name's first word ("Bea"); a later word of a name ("Bolt" of "Zed Bolt").
    QCOMPARE(addresses(QStringLiteral("be")), (QStringList {QStringLiteral("Bea|bea@example.org|2")}));
    QCOMPARE(addresses(QStringLiteral("BOLT")), (QStringList {QStringLiteral("Zed Bolt|zed@example.org|4")}));
    QCOMPARE(addresses(QStringLiteral("rob")), (QStringList {QStringLiteral("Robert Builder|bob@example.org|3")}));
    QVERIFY(addresses(QStringLiteral("nobody")).isEmpty());
    QVERIFY(addresses(QStringLiteral("  ")).isEmpty());
}

void TestAddressCompletion::mostUsedFirstOneRowPerAddress()
{
    // zed (4 uses, name matches "Bo"lt), bob (3, two spellings, the newest name), bo_x (1).
    QCOMPARE(addresses(QStringLiteral("bo")),
             (QStringList {QStringLiteral("Zed Bolt|zed@example.org|4"),
                           QStringLiteral("Robert Builder|bob@example.org|3"), QStringLiteral("|bo_x@example.org|1")}));
    QCOMPARE(addresses(QStringLiteral("me@")), (QStringList {QStringLiteral("Me|me@example.test|8")}));
}

void TestAddressCompletion::wildcardsAreLiteral()
{
    QCOMPARE(addresses(QStringLiteral("bo_")), (QStringList {QStringLiteral("|bo_x@example.org|1")}));
    QCOMPARE(addresses(QStringLiteral("b%")), (QStringList {QStringLiteral("Per Cent|b%t@example.org|1")}));
}

void TestAddressCompletion::limited()
{
    QCOMPARE(addresses(QStringLiteral("b"), 2).size(), 2);
    QCOMPARE(addresses(QStringLiteral("b"), 2).constFirst(), QStringLiteral("Zed Bolt|zed@example.org|4"));
    QVERIFY(m_cache->addressesByPrefix(QStringLiteral("b"), 0).isEmpty());
}

QTEST_GUILESS_MAIN(TestAddressCompletion)
#include "tst_address_completion.moc"
