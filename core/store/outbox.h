#pragma once

#include "store/database.h"

#include <QByteArrayList>
#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace heron::store {

// The outbox table: messages the user sent that the server has not taken
// yet. "Send" writes the complete message and its envelope in one
// transaction before any network work, so a crash at any moment leaves the
// message here or delivered, never lost.
//
// States: queued (waiting for its next_attempt_at) -> sending (claimed by a
// worker) -> deleted by markSent(), or back to queued with a backoff after a
// temporary failure, or failed (permanent; the server's text is kept for the
// user to read, edit and retry), or may_have_been_sent (the connection ended
// after the message was handed over but before the server's reply: only the
// user, or a look into the Sent folder for its Message-ID, may send it again).
// A row found in "sending" when the program starts was interrupted mid-send:
// recoverInterrupted() makes it may_have_been_sent.
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)

public:
    enum class State { Queued, Sending, MayHaveBeenSent, Failed };

    struct Entry
    {
        qint64 id = 0;
        qint64 accountId = 0;
        QByteArray messageId; // "<...@...>" as in the header
        QByteArray from; // envelope sender
        QByteArrayList recipients; // envelope recipients
        QByteArray message; // the bytes to send; empty from list()
        qint64 size = 0;
        State state = State::Queued;
        int attempts = 0; // how many times it was claimed
        QDateTime nextAttemptAt; // UTC
        QString lastError;
        QDateTime createdAt; // UTC
    };

    // Delays after the n-th failed attempt: 30 s, 1, 2, 4 ... minutes, at most an hour.
    static constexpr qint64 kFirstRetryMs = 30'000;
    static constexpr qint64 kMaxRetryMs = 3'600'000;
    static qint64 retryDelayMs(int attempts);

    explicit Outbox(Database &database);

    // Stores a message and its envelope, due at once; the new entry's id. A
    // Message-ID already in the outbox of that account is refused (the same
    // message must never be queued twice).
    std::optional<qint64> enqueue(qint64 accountId, const QByteArray &messageId, const QByteArray &from,
                                  const QByteArrayList &recipients, const QByteArray &message, QString *error,
                                  const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Every entry, oldest first, without the message bytes.
    QList<Entry> list(QString *error = nullptr) const;
    // One entry with its bytes.
    std::optional<Entry> entry(qint64 id, QString *error = nullptr) const;

    // The oldest queued entry that is due, marked sending with one more
    // attempt, in one transaction (two workers never claim the same entry).
    std::optional<Entry> claimNext(QString *error = nullptr, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The server took it: the entry goes.
    bool markSent(qint64 id, QString *error = nullptr);
    // The end of DATA was not acknowledged: not sent again without a decision.
    bool markMayHaveBeenSent(qint64 id, const QString &reason, QString *error = nullptr);
    // A temporary failure puts it back in the queue after retryDelayMs(attempts);
    // a permanent one leaves it failed with the server's words.
    bool markFailed(qint64 id, const QString &reason, bool permanent, QString *error = nullptr,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The user asks to send a failed or may-have-been-sent entry again now.
    bool retryNow(qint64 id, QString *error = nullptr, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The user discards an entry (not while it is being sent).
    bool remove(qint64 id, QString *error = nullptr);
    // At start-up: entries left in "sending" by a crash become may_have_been_sent. How many.
    int recoverInterrupted(QString *error = nullptr);

    static QString stateName(State state);
    static std::optional<State> stateFromName(const QString &name);

private:
    bool changeState(qint64 id, const QString &sql, const QList<QVariant> &values, QString *error);

    Database &m_database;
};

} // namespace heron::store
