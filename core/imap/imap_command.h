#pragma once

#include "imap/command_encoder.h"
#include "imap/imap_error.h"
#include "imap/response.h"

#include <QObject>

#include <optional>

namespace heron::imap {

class ImapSession;

// One IMAP command as a small job (the pattern of KDE's KIMAP): a subclass
// writes its arguments, collects the untagged data that answers it into a
// typed result, and emits finished() once the tagged completion arrived or
// the session ended. Hand it to ImapSession::run(); the session owns the
// wire, the tag and the ordering, the command only its own meaning.
class ImapCommand : public QObject
{
    Q_OBJECT

public:
    // Session states a command may run in (RFC 9051 section 3), as a mask.
    enum StateFlag {
        NotAuthenticated = 1,
        Authenticated = 2,
        Selected = 4,
        AnyLoggedIn = Authenticated | Selected,
        Any = NotAuthenticated | Authenticated | Selected,
    };

    // What a successful completion does to the session.
    enum class Transition { None, LoggedIn, Select, Unselect, StartTls, Compress, Logout };

    explicit ImapCommand(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const ImapError &error() const { return m_error; }
    const StatusResponse &completion() const { return m_completion; }
    QByteArray tag() const { return m_tag; }

signals:
    void finished(heron::imap::ImapCommand *command);

protected:
    friend class ImapSession;

    // The command after its tag: CommandEncoder(tag, caps) is made by the session.
    virtual void encode(CommandEncoder &encoder) = 0;
    virtual QByteArray name() const = 0; // for messages: "SELECT", "UID FETCH"
    virtual int allowedStates() const { return AnyLoggedIn; }
    // A capability the server must have announced, or empty.
    virtual QByteArray requiredCapability() const { return {}; }
    virtual Transition transition() const { return Transition::None; }
    // Whether the command may be sent while others are still running. Only when
    // it changes no session state and the untagged data it collects (untaggedKinds)
    // cannot be mistaken for what a running command collects.
    virtual bool canPipeline() const { return false; }
    virtual quint32 untaggedKinds() const { return 0; }
    // The bit of each Response::Data alternative, for untaggedKinds().
    template<typename... Data>
    static quint32 kindsOf()
    {
        return ((1u << Response::Data(std::in_place_type<Data>).index()) | ... | 0u);
    }
    // Secrets (passwords, tokens, SASL payloads) go only over TLS and are redacted in the log.
    virtual bool isSecret() const { return false; }
    virtual QByteArray redactedLine(const QByteArray &line) const { return line; }

    // Untagged data while the command runs; true when it was this command's to keep.
    virtual bool handleUntagged(const Response &response);
    // A "+" the command's literals do not explain (SASL steps, IDLE). Returns the
    // line to send (without CRLF), or nullopt to send nothing.
    virtual std::optional<QByteArray> handleContinuation(const ContinuationRequest &request);
    // The tagged completion. The default treats OK as success and NO/BAD as errors.
    virtual void complete(const StatusResponse &status);
    // After completion: run again (IDLE restarting itself) instead of finishing.
    virtual bool wantsRestart() const { return false; }

    void setError(ImapError::Kind kind, const QString &message, const StatusResponse &response = {});
    // The session calls this once, after complete() or when the command cannot run.
    void finish();
    // The session running this command (set by ImapSession::run), for commands
    // that act on their own later (IDLE's DONE).
    ImapSession *session() const { return m_session; }

private:
    ImapSession *m_session = nullptr;
    QByteArray m_tag;
    StatusResponse m_completion;
    ImapError m_error;
    bool m_finished = false;
};

} // namespace heron::imap
