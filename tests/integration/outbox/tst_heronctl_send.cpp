// `heronctl send`, `outbox` and `outbox flush` against the stack's Postfix
// and Dovecot, as a user runs them: a UTF-8 message with an attachment over
// both TLS modes arrives once in the recipient's INBOX (found by Message-ID,
// attachment compared by hash) and is filed in the sender's Sent folder with
// \Seen; a wrong password exits 4 and keeps the message queued until a flush
// with the right one; a recipient Postfix refuses exits 7 and leaves it failed.
#include "heronctl_process.h"
#include "imap_fetch_client.h"
#include "mail_stack.h"
#include "mime/header_decoder.h"
#include "mime/message_parser.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using heron::test::ImapFetchClient;
using heron::test::MailStack;
using namespace heron::test::cli;

namespace {

constexpr int kArrivalMs = 30000;

// The Message-ID heronctl printed ("Sent <id>.").
QByteArray sentMessageId(const QByteArray &out)
{
    const QRegularExpression pattern(QStringLiteral("Sent (<[^>]+>)"));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(out));
    return match.hasMatch() ? match.captured(1).toUtf8() : QByteArray();
}

} // namespace

class TestHeronctlSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sendsUtf8WithAttachment_data();
    void sendsUtf8WithAttachment();
    void wrongPasswordKeepsItQueuedUntilFlush();
    void refusedRecipientExitsSevenAndStaysFailed();
    void sendsAReadyEmlWithoutItsBcc();
    void refusedDeviceExitsFiveUntilApproved();

private:
    std::optional<QByteArray> fetchFrom(const QString &user, const QString &password, const QByteArray &mailbox,
                                        const QByteArray &messageId, int *copies = nullptr);

    MailStack m_stack;
};

void TestHeronctlSend::initTestCase()
{
    QString error;
    QVERIFY2(MailStack::load(&m_stack, &error), qPrintable(error));
}

std::optional<QByteArray> TestHeronctlSend::fetchFrom(const QString &user, const QString &password,
                                                      const QByteArray &mailbox, const QByteArray &messageId,
                                                      int *copies)
{
    heron::net::TlsPolicy policy;
    QString error;
    policy.addCaFile(m_stack.caFile, &error);
    ImapFetchClient client(policy);
    if (!client.open(m_stack.imapsPort, user, password, mailbox)) {
        qWarning("IMAP: %s", qPrintable(client.errorString()));
        return std::nullopt;
    }
    const std::optional<quint32> uid = client.waitForMessageId(messageId, kArrivalMs);
    if (!uid)
        return std::nullopt;
    if (copies)
        *copies = int(client.searchMessageId(messageId).value_or(QList<quint32>()).size());
    const std::optional<QByteArray> message = client.fetchMessage(*uid);
    client.logout();
    return message;
}

void TestHeronctlSend::sendsUtf8WithAttachment_data()
{
    QTest::addColumn<bool>("startTls");
    QTest::newRow("implicit TLS") << false;
    QTest::newRow("STARTTLS") << true;
}

void TestHeronctlSend::sendsUtf8WithAttachment()
{
    QFETCH(bool, startTls);
    QTemporaryDir profile;
    const Result added = addAccount(m_stack, profile.path(), m_stack.user1, m_stack.pass1, startTls);
    QVERIFY2(added.exitCode == 0, added.err.constData());

    QTemporaryDir files;
    const QString bodyFile = files.filePath(QStringLiteral("body.txt"));
    const QString body = QStringLiteral("Grüße aus Zürich — 日本語のテキスト ✓\nZweite Zeile.\n");
    {
        QFile file(bodyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(body.toUtf8());
    }
    QByteArray attachment(300 * 1024, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(attachment.data()), attachment.size() / 4);
    const QString attachmentFile = files.filePath(QStringLiteral("Bericht März.bin"));
    {
        QFile file(attachmentFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(attachment);
    }
    const QString subject = QStringLiteral("Grüße ✓ %1").arg(QRandomGenerator::global()->generate());
    const Result sent = heronctl(profile.path(),
                                 {QStringLiteral("send"), QStringLiteral("--account"), m_stack.user1,
                                  QStringLiteral("--to"), m_stack.user2, QStringLiteral("--subject"), subject,
                                  QStringLiteral("--body-file"), bodyFile, QStringLiteral("--attach"), attachmentFile});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    const QByteArray messageId = sentMessageId(sent.out);
    QVERIFY2(!messageId.isEmpty(), sent.out.constData());
    QVERIFY(messageId.endsWith(m_stack.user1.section(QLatin1Char('@'), 1).toUtf8() + '>'));
    QCOMPARE(outboxEntries(profile.path()).size(), 0);

    // Arrived once, with the body text and the attachment intact.
    int copies = 0;
    const std::optional<QByteArray> arrived = fetchFrom(m_stack.user2, m_stack.pass2, "INBOX", messageId, &copies);
    QVERIFY2(arrived, "the message did not arrive in the recipient's INBOX");
    QCOMPARE(copies, 1);
    heron::mime::MimePart root = heron::mime::MessageParser::parse(*arrived);
    QCOMPARE(heron::mime::HeaderDecoder::decodeText(root.headers.value("Subject")), subject);
    const heron::mime::MimePart *text = root.bodyToDisplay(heron::mime::MimePart::Preference::PlainText);
    QVERIFY(text);
    QVERIFY2(text->text().contains(QStringLiteral("Grüße aus Zürich — 日本語のテキスト ✓")), qPrintable(text->text()));
    const QList<const heron::mime::MimePart *> attachments = root.attachments();
    QCOMPARE(attachments.size(), 1);
    QCOMPARE(attachments.constFirst()->filename, QStringLiteral("Bericht März.bin"));
    QCOMPARE(QCryptographicHash::hash(attachments.constFirst()->body, QCryptographicHash::Sha256),
             QCryptographicHash::hash(attachment, QCryptographicHash::Sha256));
    QVERIFY(!root.headers.contains("Bcc"));

    // Filed in the sender's Sent folder, marked read.
    QVERIFY(fetchFrom(m_stack.user1, m_stack.pass1, "Sent", messageId));
    const Result synced
        = heronctl(profile.path(), {QStringLiteral("sync"), QStringLiteral("--folder"), QStringLiteral("Sent")});
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    const Result listed = heronctl(
        profile.path(),
        {QStringLiteral("list"), QStringLiteral("--folder"), QStringLiteral("Sent"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    bool found = false;
    for (const QJsonValue &value : QJsonDocument::fromJson(listed.out).array()) {
        const QJsonObject message = value.toObject();
        if (message.value(QStringLiteral("subject")).toString() != subject)
            continue;
        found = true;
        QVERIFY(message.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("\\Seen")));
    }
    QVERIFY2(found, listed.out.constData());

    // The SMTP server's CLIENTID status is on record.
    const Result clientId = heronctl(profile.path(), {QStringLiteral("clientid"), QStringLiteral("--json")});
    bool smtpRecorded = false;
    for (const QJsonValue &server :
         QJsonDocument::fromJson(clientId.out).array().at(0).toObject().value(QStringLiteral("servers")).toArray())
        smtpRecorded |= server.toObject().value(QStringLiteral("protocol")).toString() == QLatin1String("smtp");
    QVERIFY2(smtpRecorded, clientId.out.constData());
}

void TestHeronctlSend::wrongPasswordKeepsItQueuedUntilFlush()
{
    QTemporaryDir profile;
    QVERIFY(addAccount(m_stack, profile.path(), m_stack.user1, QStringLiteral("not-the-password")).exitCode == 0);
    const QString subject = QStringLiteral("After the password %1").arg(QRandomGenerator::global()->generate());
    const Result sent = heronctl(profile.path(),
                                 {QStringLiteral("send"), QStringLiteral("--account"), m_stack.user1,
                                  QStringLiteral("--to"), m_stack.user2, QStringLiteral("--subject"), subject});
    QCOMPARE(sent.exitCode, 4);
    QVERIFY2(sent.err.contains("outbox"), sent.err.constData());
    QVERIFY(!sent.err.contains("not-the-password"));

    QJsonArray entries = outboxEntries(profile.path());
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.at(0).toObject();
    QCOMPARE(entry.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    QCOMPARE(entry.value(QStringLiteral("subject")).toString(), subject);
    QCOMPARE(entry.value(QStringLiteral("attempts")).toInt(), 1);
    QVERIFY(!entry.value(QStringLiteral("last_error")).toString().isEmpty());
    QCOMPARE(entry.value(QStringLiteral("recipients")).toArray(), QJsonArray {m_stack.user2});
    const QByteArray messageId = entry.value(QStringLiteral("message_id")).toString().toUtf8();

    // The right password; an explicit flush sends it although its retry is not due yet.
    QCOMPARE(heronctl(profile.path(), {QStringLiteral("account"), QStringLiteral("remove"), m_stack.user1}).exitCode,
             0);
    QCOMPARE(addAccount(m_stack, profile.path(), m_stack.user1, m_stack.pass1).exitCode, 0);
    QCOMPARE(outboxEntries(profile.path()).size(), 1);
    const Result flushed = heronctl(profile.path(), {QStringLiteral("outbox"), QStringLiteral("flush")});
    QVERIFY2(flushed.exitCode == 0, flushed.err.constData());
    QVERIFY(flushed.out.contains("1 delivered"));
    QCOMPARE(outboxEntries(profile.path()).size(), 0);
    int copies = 0;
    QVERIFY(fetchFrom(m_stack.user2, m_stack.pass2, "INBOX", messageId, &copies));
    QCOMPARE(copies, 1);

    const Result nothing = heronctl(profile.path(), {QStringLiteral("outbox"), QStringLiteral("flush")});
    QCOMPARE(nothing.exitCode, 0);
    QVERIFY(nothing.out.contains("Nothing to send"));
}

void TestHeronctlSend::refusedRecipientExitsSevenAndStaysFailed()
{
    QTemporaryDir profile;
    QVERIFY(addAccount(m_stack, profile.path(), m_stack.user1, m_stack.pass1).exitCode == 0);
    const Result sent = heronctl(profile.path(),
                                 {QStringLiteral("send"), QStringLiteral("--account"), m_stack.user1,
                                  QStringLiteral("--to"), QStringLiteral("nobody@nonexistent.invalid"),
                                  QStringLiteral("--subject"), QStringLiteral("Refused")});
    QCOMPARE(sent.exitCode, 7);
    QVERIFY2(sent.err.contains("nobody@nonexistent.invalid") && sent.err.contains("outbox"), sent.err.constData());
    const QJsonArray entries = outboxEntries(profile.path());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QVERIFY(entries.at(0).toObject().value(QStringLiteral("last_error")).toString().contains(QLatin1String("5")));

    // A flush leaves a permanently failed message alone.
    const Result flushed = heronctl(profile.path(), {QStringLiteral("outbox"), QStringLiteral("flush")});
    QCOMPARE(flushed.exitCode, 0);
    QCOMPARE(outboxEntries(profile.path()).size(), 1);
}

void TestHeronctlSend::sendsAReadyEmlWithoutItsBcc()
{
    QTemporaryDir profile;
    QVERIFY(addAccount(m_stack, profile.path(), m_stack.user1, m_stack.pass1).exitCode == 0);
    const QByteArray messageId = "<eml-" + QByteArray::number(QRandomGenerator::global()->generate()) + "@heron.test>";
    const QByteArray eml = "From: " + m_stack.user1.toUtf8() + "\nTo: " + m_stack.user1.toUtf8()
        + "\nBcc: " + m_stack.user2.toUtf8() + "\nSubject: ready made\nMessage-ID: " + messageId
        + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nFrom a file.\n";
    QTemporaryDir files;
    const QString path = files.filePath(QStringLiteral("ready.eml"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(eml);
    }
    const Result sent
        = heronctl(profile.path(),
                   {QStringLiteral("send"), QStringLiteral("--account"), m_stack.user1, QStringLiteral("--eml"), path});
    QVERIFY2(sent.exitCode == 0, sent.err.constData());
    QCOMPARE(sentMessageId(sent.out), messageId);
    // The Bcc recipient got it, without seeing the Bcc header.
    const std::optional<QByteArray> arrived = fetchFrom(m_stack.user2, m_stack.pass2, "INBOX", messageId);
    QVERIFY(arrived);
    QVERIFY(!heron::mime::MessageParser::parse(*arrived).headers.contains("Bcc"));
    QVERIFY(fetchFrom(m_stack.user1, m_stack.pass1, "INBOX", messageId));
}

void TestHeronctlSend::refusedDeviceExitsFiveUntilApproved()
{
    QVERIFY2(m_stack.hasGate() && !m_stack.user3.isEmpty(),
             "the stack runs no CLIENTID gate (GATE_* / USER3 missing): an older tests/servers/mailstack?");
    QTemporaryDir profile;
    const Result added
        = heronctl(profile.path(),
                   {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"), m_stack.user3,
                    QStringLiteral("--imap"), QStringLiteral("localhost:%1").arg(m_stack.gateImapsPort),
                    QStringLiteral("--smtp"), QStringLiteral("localhost:%1").arg(m_stack.gateSubmissionsPort),
                    QStringLiteral("--ca-file"), m_stack.caFile, QStringLiteral("--password-stdin")},
                   m_stack.pass3.toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const Result clientId = heronctl(profile.path(), {QStringLiteral("clientid"), QStringLiteral("--json")});
    const QString token
        = QJsonDocument::fromJson(clientId.out).array().at(0).toObject().value(QStringLiteral("token")).toString();
    QVERIFY(!token.isEmpty());

    const Result sent
        = heronctl(profile.path(),
                   {QStringLiteral("send"), QStringLiteral("--account"), m_stack.user3, QStringLiteral("--to"),
                    m_stack.user2, QStringLiteral("--subject"), QStringLiteral("From a new device")});
    QCOMPARE(sent.exitCode, 5);
    QVERIFY2(sent.err.contains(token.toUtf8()) && sent.err.contains("outbox"), sent.err.constData());
    const QJsonArray entries = outboxEntries(profile.path());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
    const QByteArray messageId = entries.at(0).toObject().value(QStringLiteral("message_id")).toString().toUtf8();

    // The SMTP server's refusal is on record for `heronctl clientid`.
    const Result status = heronctl(profile.path(), {QStringLiteral("clientid"), QStringLiteral("--json")});
    bool smtpRefusal = false;
    for (const QJsonValue &server :
         QJsonDocument::fromJson(status.out).array().at(0).toObject().value(QStringLiteral("servers")).toArray()) {
        const QJsonObject object = server.toObject();
        smtpRefusal |= object.value(QStringLiteral("protocol")).toString() == QLatin1String("smtp")
            && object.value(QStringLiteral("last_reply")).toString().startsWith(QLatin1String("550"));
    }
    QVERIFY2(smtpRefusal, status.out.constData());

    // The owner approves the device; the queued message goes on the next flush.
    QProcess approve;
    approve.start(m_stack.gateScript,
                  {QStringLiteral("approve"), QStringLiteral("--registry"), m_stack.gateRegistry,
                   QStringLiteral("--account"), m_stack.user3, QStringLiteral("--token"), token});
    QVERIFY(approve.waitForFinished(30000));
    QVERIFY2(approve.exitCode() == 0, approve.readAllStandardError().constData());
    const Result flushed = heronctl(profile.path(), {QStringLiteral("outbox"), QStringLiteral("flush")});
    QVERIFY2(flushed.exitCode == 0, flushed.err.constData());
    QCOMPARE(outboxEntries(profile.path()).size(), 0);
    int copies = 0;
    QVERIFY(fetchFrom(m_stack.user2, m_stack.pass2, "INBOX", messageId, &copies));
    QCOMPARE(copies, 1);
}

QTEST_GUILESS_MAIN(TestHeronctlSend)
#include "tst_heronctl_send.moc"
