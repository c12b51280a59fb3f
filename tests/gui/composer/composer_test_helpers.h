#pragma once

// Shared by the composer GUI tests: a profile with alice's account on the
// stack (SMTP direct or through the CLIENTID gate), messages put straight into
// a mailbox, and a look into a mailbox from the server's side.
#include "accounts/account_store.h"
#include "accounts/profile.h"
#include "accounts/secret_store.h"
#include "imap/append_command.h"
#include "imap/imap_session.h"
#include "imap_fetch_client.h"
#include "mail_stack.h"
#include "main_window.h"
#include "message_list_model.h"

#include <QDir>
#include <QLabel>
#include <QTest>
#include <QTreeView>
#include <QUuid>

#include <optional>

namespace heron::test {

constexpr int kComposerWaitMs = 20000;

// text with a random word after it: a subject no earlier run of the test left in a mailbox.
inline QString unique(const QString &text)
{
    return text + QLatin1Char(' ') + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

// A new profile in directory with the stack's first user (alice): IMAP on the
// direct implicit-TLS port, submission on smtpPort, the stack's CA trusted (or caFile).
inline std::optional<accounts::Profile> composerProfile(const MailStack &stack, const QString &directory,
                                                        quint16 smtpPort, const QString &caFile = QString())
{
    QString error;
    std::optional<accounts::Profile> profile = accounts::Profile::open(directory, &error);
    if (!profile) {
        qWarning("profile: %s", qPrintable(error));
        return std::nullopt;
    }
    accounts::Account account;
    account.email = stack.user1;
    account.displayName = QStringLiteral("Alice Composer");
    account.imap = {QStringLiteral("localhost"), stack.imapsPort, accounts::Security::Tls};
    account.smtp = {QStringLiteral("localhost"), smtpPort, accounts::Security::Tls};
    account.caFile = caFile.isEmpty() ? stack.caFile : caFile;
    if (!accounts::AccountStore(*profile).add(account, &error)
        || !accounts::SecretStore(*profile).write(accounts::SecretStore::passwordKey(account.email),
                                                  stack.pass1.toUtf8(), &error)) {
        qWarning("account: %s", qPrintable(error));
        return std::nullopt;
    }
    return profile;
}

// Puts message into the user's mailbox over IMAP (no SMTP involved).
inline bool appendMessage(const MailStack &stack, const QString &user, const QString &password,
                          const QByteArray &message, const QString &mailbox = QStringLiteral("INBOX"))
{
    const std::unique_ptr<imap::ImapSession> session = MailStack::openImap(stack.imapSettings(user, password));
    if (!session)
        return false;
    auto *append = new imap::AppendCommand(mailbox, message);
    append->setParent(session.get());
    session->run(append);
    const bool done = QTest::qWaitFor([append] { return append->isFinished(); }, kComposerWaitMs);
    session->logout();
    return done && append->succeeded();
}

// The message with that Message-ID in the user's mailbox, once it is there.
inline std::optional<QByteArray> fetchByMessageId(const MailStack &stack, const QString &user, const QString &password,
                                                  const QByteArray &mailbox, const QByteArray &messageId)
{
    net::TlsPolicy policy;
    QString error;
    policy.addCaFile(stack.caFile, &error);
    ImapFetchClient client(policy);
    if (!client.open(stack.imapsPort, user, password, mailbox)) {
        qWarning("IMAP: %s", qPrintable(client.errorString()));
        return std::nullopt;
    }
    const std::optional<quint32> uid = client.waitForMessageId(messageId, kComposerWaitMs);
    std::optional<QByteArray> message = uid ? client.fetchMessage(*uid) : std::nullopt;
    client.logout();
    return message;
}

// Waits until the window's first sync is done and IDLE runs on the Inbox. A job
// asked for while an IDLE command waits for the server's "+" stays behind that
// IDLE (IdleCommand::stop() before the continuation does not send DONE), so the
// tests start their own jobs (a body fetch, a sync) only once IDLE is running.
inline bool waitUntilWatching(ui::MainWindow &window)
{
    auto *status = window.findChild<QLabel *>(QStringLiteral("StatusText"));
    return QTest::qWaitFor([status] { return status->text().contains(QStringLiteral("new mail shows up")); },
                           kComposerWaitMs);
}

// Selects the message with that subject in the window's list once a sync brought it; false when it never came.
inline bool selectMessage(ui::MainWindow &window, const QString &subject)
{
    ui::MessageListModel *model = window.messageListModel();
    int found = -1;
    const bool listed = QTest::qWaitFor(
        [&] {
            for (int row = 0; row < model->rowCount() && found < 0; ++row) {
                if (model->index(row, ui::MessageListModel::SubjectColumn).data().toString() == subject)
                    found = row;
            }
            return found >= 0;
        },
        kComposerWaitMs);
    if (!listed)
        return false;
    auto *list = window.findChild<QTreeView *>(QStringLiteral("MessageList"));
    list->setCurrentIndex(model->index(found, ui::MessageListModel::SubjectColumn));
    return true;
}

} // namespace heron::test
