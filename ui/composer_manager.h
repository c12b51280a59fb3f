#pragma once

#include "accounts/profile.h"
#include "sync/mail_engine.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QLabel;
class QMenu;
class QUrl;
class QWidget;

namespace heron::store {
class MailCache;
} // namespace heron::store

namespace heron::ui {

class ComposerWindow;

// The main window's side of writing mail: opens composers (empty, from a
// mailto: link, or as a reply or forward of a cached message, fetching its
// body first when the cache has none), hands what they send to the engine's
// outbox, closes each composer once its message is safe there, and shows
// sending progress and failures (with the server's words) in its status label.
class ComposerManager : public QObject
{
    Q_OBJECT

public:
    enum class Start { Reply, ReplyAll, Forward, ForwardAsAttachment, EditDraft };

    ComposerManager(accounts::Profile profile, store::MailCache &cache, sync::MailEngine *engine, QWidget *window);

    // The send status for the main window's status bar (object name SendStatus).
    QLabel *statusLabel() const { return m_status; }

    // An empty composer, From the given account (or the first).
    ComposerWindow *compose(const QString &accountEmail = QString());
    // A composer filled from a mailto: link; nullptr (and a message box) when the link is not one.
    ComposerWindow *openMailto(const QUrl &url, const QString &accountEmail = QString());
    // A reply or forward of a cached message, or (EditDraft) a draft reopened to
    // go on with it; opens once its body is in the cache.
    void start(Start how, const QString &accountEmail, const QString &folder, qint64 folderId, quint32 uid);
    // The engine fetched a body (MailEngine::bodyFetched): a waiting reply may open.
    void onBodyFetched(const QString &accountEmail, const QString &folder, quint32 uid);

    // The menu of messages that the outbox keeps unsent (refused by the server, or perhaps
    // sent): filled when shown; choosing one opens it in a composer, out of the outbox.
    void fillUnsentMenu(QMenu *menu);

    QList<ComposerWindow *> composers() const;
    // Closes every composer, each asking about unsaved work; false when the user kept one open.
    bool closeAll();

signals:
    // The submission server refused this device (SMTP 550 to CLIENTID).
    void deviceRefused(const QString &accountEmail, const QString &serverReply);

private:
    struct Waiting
    {
        Start how;
        QString accountEmail;
        QString folder;
        qint64 folderId = 0;
        quint32 uid = 0;
    };

    ComposerWindow *newComposer(const QString &accountEmail);
    void openStarted(const Waiting &waiting, const QByteArray &original);
    void showStatus(const QString &text, bool problem);

    void onMessageQueued(const QString &accountEmail, const QByteArray &messageId, const QString &subject);
    void onMessageNotQueued(const QString &accountEmail, const QByteArray &messageId, const QString &error);
    void onSendResult(const QString &accountEmail, const QByteArray &messageId, const QString &subject,
                      sync::MailEngine::SendResult result, const QString &detail);
    void onSendingStarted(const QString &accountEmail, int messages);
    void onSendingFinished(const QString &accountEmail, const QString &error);
    void onDraftSaved(const QString &accountEmail, const QByteArray &messageId, sync::MailEngine::DraftResult result,
                      const QString &detail);
    template<typename Call>
    void callEngine(Call call);

    accounts::Profile m_profile;
    store::MailCache &m_cache;
    QPointer<sync::MailEngine> m_engine;
    QWidget *m_window;
    QLabel *m_status;
    QList<QPointer<ComposerWindow>> m_composers;
    QHash<QByteArray, QPointer<ComposerWindow>> m_handedOn; // by Message-ID, until the outbox has it
    QHash<QByteArray, QPointer<ComposerWindow>> m_drafts; // by Message-ID: composers that saved a draft
    QHash<QByteArray, QString> m_draftSubjects; // by Message-ID, for words about a closed composer's draft
    std::optional<Waiting> m_waiting; // a reply waiting for its original's body
    bool m_problemShown = false; // in this run: a later "sending stopped" adds nothing
};

} // namespace heron::ui
