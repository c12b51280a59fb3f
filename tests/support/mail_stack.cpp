#include "mail_stack.h"

#include <QEventLoop>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QTimer>
#include <QUuid>

namespace heron::test {

bool MailStack::load(MailStack *stack, QString *error)
{
    QStringList missing;
    const auto text = [&missing](const char *key) {
        const QString value = qEnvironmentVariable(key);
        if (value.isEmpty())
            missing << QLatin1String(key);
        return value;
    };
    const auto port = [&text](const char *key) { return text(key).toUShort(); };
    stack->caFile = text("CA_FILE");
    stack->imapPort = port("IMAP_PORT");
    stack->imapsPort = port("IMAPS_PORT");
    stack->submissionPort = port("SUBMISSION_PORT");
    stack->submissionsPort = port("SUBMISSIONS_PORT");
    stack->user1 = text("USER1");
    stack->pass1 = text("PASS1");
    stack->user2 = text("USER2");
    stack->pass2 = text("PASS2");
    stack->user3 = qEnvironmentVariable("USER3");
    stack->pass3 = qEnvironmentVariable("PASS3");
    stack->gateImapsPort = qEnvironmentVariable("GATE_IMAPS_PORT").toUShort();
    stack->gateSubmissionsPort = qEnvironmentVariable("GATE_SUBMISSIONS_PORT").toUShort();
    stack->gateRegistry = qEnvironmentVariable("GATE_REGISTRY");
    stack->gateLog = qEnvironmentVariable("GATE_LOG");
    stack->gateScript = qEnvironmentVariable("GATE_SCRIPT");
    if (missing.isEmpty())
        return true;
    *error = QStringLiteral("The mail stack is not running (missing %1). Run the suite with ./dev test, or inside "
                            "tests/servers/mailstack run DIR -- ctest.")
                 .arg(missing.join(QStringLiteral(", ")));
    return false;
}

imap::ImapSettings MailStack::imapSettings(const QString &user, const QString &password, quint16 port) const
{
    imap::ImapSettings settings;
    settings.host = QStringLiteral("localhost");
    settings.port = port ? port : imapsPort;
    QString error;
    if (!settings.tls.addCaFile(caFile, &error))
        qWarning("the stack's CA: %s", qPrintable(error));
    settings.login = user;
    settings.password = password;
    return settings;
}

std::unique_ptr<imap::ImapSession> MailStack::openImap(const imap::ImapSettings &settings, int timeoutMs)
{
    auto session = std::make_unique<imap::ImapSession>(settings);
    QSignalSpy ready(session.get(), &imap::ImapSession::ready);
    // A real event loop wakes at each packet; QTest::qWaitFor's polling would add
    // about 10 ms to every exchange of the handshake.
    QEventLoop loop;
    QObject::connect(session.get(), &imap::ImapSession::ready, &loop, &QEventLoop::quit);
    QObject::connect(session.get(), &imap::ImapSession::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    session->open();
    loop.exec();
    if (ready.isEmpty()) {
        qWarning("IMAP session to %s:%d not ready: %s", qPrintable(settings.host), settings.port,
                 qPrintable(session->error().message));
        return nullptr;
    }
    return session;
}

bool MailStack::runCommand(imap::ImapSession &session, imap::ImapCommand *command, int timeoutMs)
{
    const char *name = command->metaObject()->className();
    bool ended = false;
    bool ok = false;
    QString error = QStringLiteral("no answer in time");
    // A real event loop, for the reason openImap gives; the outcome is read when the
    // command finishes, as an orphan is deleted soon after.
    QEventLoop loop;
    QObject::connect(command, &imap::ImapCommand::finished, &loop, [&](imap::ImapCommand *done) {
        ended = true;
        ok = done->succeeded();
        error = done->error().message;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    session.run(command);
    if (!ended)
        loop.exec();
    if (!ok)
        qWarning("%s failed: %s", name, qPrintable(error));
    return ok;
}

QByteArray MailStack::message(const QByteArray &subject, int bodyBytes)
{
    return "From: a@example.org\r\nTo: bob@example.test\r\nSubject: " + subject + "\r\nMessage-ID: <"
        + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + "@example.org>\r\n\r\n" + QByteArray(bodyBytes, 'x')
        + "\r\n";
}

} // namespace heron::test
