#pragma once

#include "mail_stack.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

// Runs heronctl (the built binary) as a user would, for the tests that drive it.
namespace heron::test::cli {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline QString heronctlPath()
{
    return QStringLiteral(HERON_BINARY_DIR "/bin/heronctl");
}

inline Result heronctl(const QString &profile, QStringList arguments, const QByteArray &input = {},
                       int timeoutMs = 120000)
{
    QProcess process;
    arguments.prepend(profile);
    arguments.prepend(QStringLiteral("--profile"));
    process.start(heronctlPath(), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs))
        process.kill();
    process.waitForFinished();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

// account add for stack user email with password; SMTP over implicit TLS or STARTTLS.
inline Result addAccount(const MailStack &stack, const QString &profile, const QString &email, const QString &password,
                         bool smtpStartTls = false)
{
    return heronctl(
        profile,
        {QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("--email"), email, QStringLiteral("--imap"),
         QStringLiteral("localhost:%1").arg(stack.imapsPort), QStringLiteral("--smtp"),
         QStringLiteral("localhost:%1").arg(smtpStartTls ? stack.submissionPort : stack.submissionsPort),
         QStringLiteral("--smtp-security"), smtpStartTls ? QStringLiteral("starttls") : QStringLiteral("tls"),
         QStringLiteral("--ca-file"), stack.caFile, QStringLiteral("--password-stdin")},
        password.toUtf8() + '\n');
}

// `outbox --json` of the profile's account.
inline QJsonArray outboxEntries(const QString &profile)
{
    const Result result = heronctl(profile, {QStringLiteral("outbox"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(result.out).array();
}

} // namespace heron::test::cli
