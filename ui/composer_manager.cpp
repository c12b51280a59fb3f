#include "composer_manager.h"

#include "accounts/account_store.h"
#include "composer_window.h"
#include "mime/draft_reader.h"
#include "mime/envelope.h"
#include "mime/mailto_link.h"
#include "mime/message_parser.h"
#include "mime/reply_composer.h"
#include "preferences_dialog.h"
#include "store/mail_cache.h"
#include "store/outbox.h"

#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QUrl>

#include <algorithm>

namespace heron::ui {

namespace {

QString quoted(const QString &subject)
{
    return subject.isEmpty() ? ComposerManager::tr("(no subject)") : ComposerManager::tr("“%1”").arg(subject);
}

// Who answers: the account's identity the original was addressed to, else the account itself.
mime::Mailbox replyingIdentity(const accounts::Account &account, const mime::Envelope &original)
{
    for (const accounts::Identity &identity : account.identities) {
        for (const QList<mime::Mailbox> *list : {&original.to, &original.cc}) {
            for (const mime::Mailbox &recipient : *list) {
                if (accounts::Account::sameAddress(recipient.address, identity.email))
                    return {identity.name, identity.email};
            }
        }
    }
    return {account.displayName, account.email};
}

} // namespace

ComposerManager::ComposerManager(accounts::Profile profile, store::MailCache &cache, sync::MailEngine *engine,
                                 QWidget *window)
    : QObject(window)
    , m_profile(std::move(profile))
    , m_cache(cache)
    , m_engine(engine)
    , m_window(window)
    , m_status(new QLabel)
{
    m_status->setObjectName(QStringLiteral("SendStatus"));
    m_status->setTextFormat(Qt::PlainText); // the server's words, never HTML
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    if (!engine)
        return;
    connect(engine, &sync::MailEngine::messageQueued, this, &ComposerManager::onMessageQueued);
    connect(engine, &sync::MailEngine::messageNotQueued, this, &ComposerManager::onMessageNotQueued);
    connect(engine, &sync::MailEngine::sendingStarted, this, &ComposerManager::onSendingStarted);
    connect(engine, &sync::MailEngine::messageSendResult, this, &ComposerManager::onSendResult);
    connect(engine, &sync::MailEngine::sendingFinished, this, &ComposerManager::onSendingFinished);
    connect(engine, &sync::MailEngine::smtpDeviceRefused, this, &ComposerManager::deviceRefused);
    connect(engine, &sync::MailEngine::draftSaved, this, &ComposerManager::onDraftSaved);
    connect(engine, &sync::MailEngine::unsentReopened, this, [this](const QString &account, const QByteArray &message) {
        const mime::MessageBuilder unsent = mime::DraftReader::read(message);
        ComposerWindow *composer = newComposer(account);
        composer->reopenUnsent(unsent);
        composer->show();
        showStatus(tr("%1 is out of the outbox; send it again when it is ready.").arg(quoted(unsent.subject())), false);
    });
}

// Runs call(engine) on the engine's thread.
template<typename Call>
void ComposerManager::callEngine(Call call)
{
    if (m_engine)
        QMetaObject::invokeMethod(
            m_engine, [engine = m_engine, call] { call(engine.data()); }, Qt::QueuedConnection);
}

void ComposerManager::fillUnsentMenu(QMenu *menu)
{
    menu->clear();
    menu->setToolTipsVisible(true); // the server's words
    QString error;
    store::Outbox outbox(m_cache.database());
    QHash<qint64, QString> emails; // cache account id -> address
    for (const accounts::Account &account : accounts::AccountStore(m_profile).list(&error)) {
        if (const std::optional<qint64> id = m_cache.accountId(account.email, &error))
            emails.insert(*id, account.email);
    }
    for (const store::Outbox::Entry &listed : outbox.list(&error)) {
        const bool unsent
            = listed.state == store::Outbox::State::Failed || listed.state == store::Outbox::State::MayHaveBeenSent;
        const std::optional<store::Outbox::Entry> entry = unsent ? outbox.entry(listed.id, &error) : std::nullopt;
        if (!entry || !emails.contains(entry->accountId))
            continue;
        const QString subject = sync::OutgoingMessage::subjectOf(entry->message);
        const QString state = entry->state == store::Outbox::State::Failed ? tr("refused") : tr("may have been sent");
        QAction *action = menu->addAction(tr("%1 (%2)").arg(quoted(subject), state));
        action->setObjectName(QStringLiteral("UnsentMessage"));
        action->setToolTip(entry->lastError);
        connect(action, &QAction::triggered, this, [this, email = emails.value(entry->accountId), id = entry->id] {
            callEngine([email, id](sync::MailEngine *engine) { engine->reopenUnsent(email, id); });
        });
    }
    if (menu->isEmpty())
        menu->addAction(error.isEmpty() ? tr("No unsent messages") : error)->setEnabled(false);
}

QList<ComposerWindow *> ComposerManager::composers() const
{
    QList<ComposerWindow *> open;
    for (const QPointer<ComposerWindow> &composer : m_composers) {
        if (composer)
            open.append(composer);
    }
    return open;
}

bool ComposerManager::closeAll()
{
    const QList<ComposerWindow *> open = composers();
    return std::all_of(open.cbegin(), open.cend(), [](ComposerWindow *composer) { return composer->close(); });
}

ComposerWindow *ComposerManager::newComposer(const QString &accountEmail)
{
    auto *composer = new ComposerWindow(accounts::AccountStore(m_profile).list(), m_cache, m_window);
    composer->setRichText(PreferencesDialog::composeRichText(m_profile));
    if (!accountEmail.isEmpty())
        composer->setFromAccount(accountEmail);
    connect(composer, &ComposerWindow::sendRequested, this,
            [this, composer](const QString &account, const sync::OutgoingMessage &message) {
                m_handedOn.insert(message.messageId, composer);
                showStatus(tr("Putting %1 in the outbox…").arg(quoted(message.subject)), false);
                callEngine([account, message](sync::MailEngine *engine) { engine->send(account, message); });
            });
    connect(composer, &ComposerWindow::draftSaveRequested, this,
            [this, composer](const QString &account, const sync::OutgoingMessage &draft, quint32 replacesUid) {
                m_drafts.insert(draft.messageId, composer);
                m_draftSubjects.insert(draft.messageId, draft.subject);
                callEngine([account, draft, replacesUid](sync::MailEngine *engine) {
                    engine->saveDraft(account, draft, replacesUid);
                });
            });
    connect(composer, &ComposerWindow::draftDiscardRequested, this,
            [this](const QString &account, const QByteArray &messageId, quint32 replacesUid) {
                m_drafts.remove(messageId);
                callEngine([account, messageId, replacesUid](sync::MailEngine *engine) {
                    engine->discardDraft(account, messageId, replacesUid);
                });
            });
    m_composers.removeAll(nullptr);
    m_composers.append(composer);
    return composer;
}

ComposerWindow *ComposerManager::compose(const QString &accountEmail)
{
    ComposerWindow *composer = newComposer(accountEmail);
    composer->insertSignature();
    composer->show();
    return composer;
}

ComposerWindow *ComposerManager::openMailto(const QUrl &url, const QString &accountEmail)
{
    const std::optional<mime::MailtoLink> link = mime::MailtoLink::parse(url);
    if (!link) {
        QMessageBox::warning(m_window, tr("Writing mail"), tr("%1 is not a mailto: link.").arg(url.toDisplayString()));
        return nullptr;
    }
    ComposerWindow *composer = newComposer(accountEmail);
    composer->prefill(*link);
    composer->insertSignature();
    composer->show();
    return composer;
}

void ComposerManager::start(Start how, const QString &accountEmail, const QString &folder, qint64 folderId, quint32 uid)
{
    const Waiting waiting {how, accountEmail, folder, folderId, uid};
    if (const std::optional<QByteArray> body = m_cache.body(folderId, uid)) {
        m_waiting.reset();
        openStarted(waiting, *body);
        return;
    }
    // The whole original is needed (its text to quote, its attachments to forward).
    m_waiting = waiting;
    showStatus(tr("Downloading the message…"), false);
    callEngine([accountEmail, folder, uid](sync::MailEngine *engine) { engine->fetchBody(accountEmail, folder, uid); });
}

void ComposerManager::onBodyFetched(const QString &accountEmail, const QString &folder, quint32 uid)
{
    if (!m_waiting || m_waiting->accountEmail != accountEmail || m_waiting->folder != folder || m_waiting->uid != uid)
        return;
    const Waiting waiting = *m_waiting;
    m_waiting.reset();
    if (const std::optional<QByteArray> body = m_cache.body(waiting.folderId, waiting.uid)) {
        m_status->clear();
        openStarted(waiting, *body);
    }
}

void ComposerManager::openStarted(const Waiting &waiting, const QByteArray &original)
{
    if (waiting.how == Start::EditDraft) {
        ComposerWindow *composer = newComposer(waiting.accountEmail);
        composer->continueDraft(mime::DraftReader::read(original), waiting.uid);
        composer->show();
        return;
    }
    const mime::MimePart message
        = mime::MessageParser::parse(original, mime::MessageParser::AttachedMessages::KeepBytes);
    mime::Mailbox me {QString(), waiting.accountEmail};
    QStringList own;
    for (const accounts::Account &account : accounts::AccountStore(m_profile).list()) {
        own << account.email;
        for (const accounts::Identity &identity : account.identities)
            own << identity.email;
        if (accounts::Account::sameAddress(account.email, waiting.accountEmail))
            me = replyingIdentity(account, mime::Envelope::fromHeaders(message.headers, message.charset));
    }
    const auto builder = [&] {
        switch (waiting.how) {
        case Start::Reply:
            return mime::ReplyComposer::reply(message, me, mime::ReplyComposer::Recipients::Sender, own);
        case Start::ReplyAll:
            return mime::ReplyComposer::reply(message, me, mime::ReplyComposer::Recipients::All, own);
        case Start::Forward:
            return mime::ReplyComposer::forwardInline(message, me);
        case Start::ForwardAsAttachment:
        case Start::EditDraft:
            break;
        }
        return mime::ReplyComposer::forwardAsAttachment(original, me);
    }();
    ComposerWindow *composer = newComposer(waiting.accountEmail);
    composer->prefill(builder);
    composer->insertSignature(ComposerWindow::SignaturePlace::AboveQuote);
    composer->show();
}

void ComposerManager::showStatus(const QString &text, bool problem)
{
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(text);
    m_status->setToolTip(text);
    m_problemShown = m_problemShown || problem;
}

void ComposerManager::onMessageQueued(const QString &, const QByteArray &messageId, const QString &subject)
{
    if (const QPointer<ComposerWindow> composer = m_handedOn.take(messageId)) {
        // Sent: its draft is no longer wanted.
        if (composer->hasDraft()) {
            m_drafts.remove(messageId);
            callEngine([account = composer->fromAccount(), messageId, uid = composer->draftUid()](
                           sync::MailEngine *engine) { engine->discardDraft(account, messageId, uid); });
        }
        composer->sendAccepted();
    }
    showStatus(tr("%1 is in the outbox.").arg(quoted(subject)), false);
}

void ComposerManager::onMessageNotQueued(const QString &, const QByteArray &messageId, const QString &error)
{
    showStatus(tr("A message was not sent: %1").arg(error), true);
    if (const QPointer<ComposerWindow> composer = m_handedOn.take(messageId))
        composer->sendFailed(error);
}

void ComposerManager::onSendingStarted(const QString &accountEmail, int messages)
{
    m_problemShown = false;
    showStatus(tr("Sending %n message(s) from %1…", nullptr, messages).arg(accountEmail), false);
}

void ComposerManager::onSendResult(const QString &, const QByteArray &, const QString &subject,
                                   sync::MailEngine::SendResult result, const QString &detail)
{
    switch (result) {
    case sync::MailEngine::SendResult::Delivered:
        if (detail.isEmpty())
            showStatus(tr("%1 was sent.").arg(quoted(subject)), false);
        else
            showStatus(tr("%1 was sent. %2").arg(quoted(subject), detail), true);
        break;
    case sync::MailEngine::SendResult::Queued:
        showStatus(tr("%1 is not sent yet: %2 It stays in the outbox and Heron tries again shortly.")
                       .arg(quoted(subject), detail),
                   true);
        break;
    case sync::MailEngine::SendResult::Rejected:
        showStatus(tr("The server refused %1: %2 It stays in the outbox and is not sent.").arg(quoted(subject), detail),
                   true);
        break;
    case sync::MailEngine::SendResult::MayHaveBeenSent:
        showStatus(tr("%1 may have been sent: %2").arg(quoted(subject), detail), true);
        break;
    }
}

void ComposerManager::onSendingFinished(const QString &accountEmail, const QString &error)
{
    if (!error.isEmpty() && !m_problemShown)
        showStatus(tr("%1: sending stopped: %2").arg(accountEmail, error), true);
}

void ComposerManager::onDraftSaved(const QString &, const QByteArray &messageId, sync::MailEngine::DraftResult result,
                                   const QString &detail)
{
    if (const QPointer<ComposerWindow> composer = m_drafts.value(messageId)) {
        composer->draftSaved(result, detail);
        return;
    }
    // The composer has closed: what became of its draft shows in the main window.
    const QString subject = quoted(m_draftSubjects.value(messageId));
    if (result == sync::MailEngine::DraftResult::SavedOnServer)
        showStatus(tr("The draft %1 is saved in Drafts.").arg(subject), false);
    else if (result == sync::MailEngine::DraftResult::ServerFailed)
        showStatus(tr("The draft %1 is saved on this computer only; Heron puts it in Drafts at the next check for "
                      "mail. %2")
                       .arg(subject, detail),
                   true);
}

} // namespace heron::ui
