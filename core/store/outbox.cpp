#include "store/outbox.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace heron::store {

namespace {

bool prepareAndRun(QSqlQuery &query, const QString &sql, const QList<QVariant> &values, QString *error)
{
    if (!query.prepare(sql)) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    return true;
}

const QString kColumns = QStringLiteral("id, account_id, message_id, envelope_from, envelope_recipients, size, state, "
                                        "attempts, next_attempt_at, last_error, created_at");

Outbox::Entry entryFromRow(const QSqlQuery &query)
{
    Outbox::Entry entry;
    entry.id = query.value(0).toLongLong();
    entry.accountId = query.value(1).toLongLong();
    entry.messageId = query.value(2).toString().toUtf8();
    entry.from = query.value(3).toString().toUtf8();
    const QString recipients = query.value(4).toString();
    if (!recipients.isEmpty())
        entry.recipients = recipients.toUtf8().split('\n');
    entry.size = query.value(5).toLongLong();
    entry.state = Outbox::stateFromName(query.value(6).toString()).value_or(Outbox::State::Failed);
    entry.attempts = query.value(7).toInt();
    entry.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC);
    entry.lastError = query.value(9).toString();
    entry.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(10).toLongLong(), Qt::UTC);
    return entry;
}

} // namespace

qint64 Outbox::retryDelayMs(int attempts)
{
    qint64 delay = kFirstRetryMs;
    for (int i = 1; i < attempts && delay < kMaxRetryMs; ++i)
        delay *= 2;
    return std::min(delay, kMaxRetryMs);
}

QString Outbox::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Sending:
        return QStringLiteral("sending");
    case State::MayHaveBeenSent:
        return QStringLiteral("may_have_been_sent");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<Outbox::State> Outbox::stateFromName(const QString &name)
{
    for (const State state : {State::Queued, State::Sending, State::MayHaveBeenSent, State::Failed}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}

Outbox::Outbox(Database &database)
    : m_database(database)
{
}

std::optional<qint64> Outbox::enqueue(qint64 accountId, const QByteArray &messageId, const QByteArray &from,
                                      const QByteArrayList &recipients, const QByteArray &message, QString *error,
                                      const QDateTime &now)
{
    const auto refuse = [error](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (messageId.isEmpty())
        return refuse(Outbox::tr("The message has no Message-ID."));
    if (recipients.isEmpty())
        return refuse(Outbox::tr("The message has no recipients."));
    for (const QByteArray &recipient : recipients) {
        if (recipient.isEmpty() || recipient.contains('\n') || recipient.contains('\r'))
            return refuse(Outbox::tr("\"%1\" is not a valid recipient.").arg(QString::fromUtf8(recipient)));
    }
    if (message.isEmpty())
        return refuse(Outbox::tr("The message is empty."));

    QSqlDatabase &db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive())
        return refuse(transaction.errorString());
    QSqlQuery query(db);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QString sqlError;
    if (!prepareAndRun(query,
                       QStringLiteral("INSERT INTO outbox (account_id, message_id, envelope_from, envelope_recipients, "
                                      "message, size, state, attempts, next_attempt_at, created_at) "
                                      "VALUES (?, ?, COALESCE(?, ''), ?, ?, ?, 'queued', 0, ?, ?)"),
                       {accountId, QString::fromUtf8(messageId), QString::fromUtf8(from),
                        QString::fromUtf8(recipients.join('\n')), message, qint64(message.size()), nowMs, nowMs},
                       &sqlError))
        return refuse(query.lastError().nativeErrorCode() == QLatin1String("2067")
                          ? Outbox::tr("The message %1 is already in the outbox.").arg(QString::fromUtf8(messageId))
                          : Outbox::tr("Cannot put the message in the outbox: %1").arg(sqlError));
    const qint64 id = query.lastInsertId().toLongLong();
    if (!transaction.commit())
        return refuse(Outbox::tr("Cannot put the message in the outbox: %1").arg(transaction.errorString()));
    return id;
}

QList<Outbox::Entry> Outbox::list(QString *error) const
{
    QList<Entry> entries;
    QSqlQuery query(m_database.connection());
    if (!prepareAndRun(query, QStringLiteral("SELECT %1 FROM outbox ORDER BY created_at, id").arg(kColumns), {}, error))
        return entries;
    while (query.next())
        entries.append(entryFromRow(query));
    return entries;
}

std::optional<Outbox::Entry> Outbox::entry(qint64 id, QString *error) const
{
    QSqlQuery query(m_database.connection());
    if (!prepareAndRun(query, QStringLiteral("SELECT %1, message FROM outbox WHERE id = ?").arg(kColumns), {id}, error)
        || !query.next())
        return std::nullopt;
    Entry entry = entryFromRow(query);
    entry.message = query.value(11).toByteArray();
    return entry;
}

std::optional<Outbox::Entry> Outbox::claimNext(QString *error, const QDateTime &now)
{
    QSqlDatabase &db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.errorString();
        return std::nullopt;
    }
    QSqlQuery query(db);
    if (!prepareAndRun(query,
                       QStringLiteral("SELECT id FROM outbox WHERE state = 'queued' AND next_attempt_at <= ? "
                                      "ORDER BY next_attempt_at, id LIMIT 1"),
                       {now.toMSecsSinceEpoch()}, error)
        || !query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (!prepareAndRun(query,
                       QStringLiteral("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ?"),
                       {id}, error))
        return std::nullopt;
    std::optional<Entry> claimed = entry(id, error);
    if (!claimed || !transaction.commit()) {
        if (error && claimed)
            *error = transaction.errorString();
        return std::nullopt;
    }
    return claimed;
}

bool Outbox::changeState(qint64 id, const QString &sql, const QList<QVariant> &values, QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!prepareAndRun(query, sql, values + QList<QVariant> {id}, error))
        return false;
    if (query.numRowsAffected() != 1) {
        if (error)
            *error = Outbox::tr("Outbox entry %1 does not exist or is not in a state that allows this.").arg(id);
        return false;
    }
    return true;
}

bool Outbox::markSent(qint64 id, QString *error)
{
    return changeState(id,
                       QStringLiteral("DELETE FROM outbox WHERE state IN ('sending', 'may_have_been_sent') AND id = ?"),
                       {}, error);
}

bool Outbox::markMayHaveBeenSent(qint64 id, const QString &reason, QString *error)
{
    return changeState(
        id,
        QStringLiteral(
            "UPDATE outbox SET state = 'may_have_been_sent', last_error = ? WHERE state = 'sending' AND id = ?"),
        {reason}, error);
}

bool Outbox::markFailed(qint64 id, const QString &reason, bool permanent, QString *error, const QDateTime &now)
{
    if (permanent)
        return changeState(
            id, QStringLiteral("UPDATE outbox SET state = 'failed', last_error = ? WHERE state = 'sending' AND id = ?"),
            {reason}, error);
    const std::optional<Entry> current = entry(id, error);
    if (!current)
        return false;
    const qint64 due = now.toMSecsSinceEpoch() + retryDelayMs(current->attempts);
    return changeState(id,
                       QStringLiteral("UPDATE outbox SET state = 'queued', last_error = ?, next_attempt_at = ? "
                                      "WHERE state = 'sending' AND id = ?"),
                       {reason, due}, error);
}

bool Outbox::retryNow(qint64 id, QString *error, const QDateTime &now)
{
    return changeState(id,
                       QStringLiteral("UPDATE outbox SET state = 'queued', next_attempt_at = ? "
                                      "WHERE state IN ('queued', 'failed', 'may_have_been_sent') AND id = ?"),
                       {now.toMSecsSinceEpoch()}, error);
}

bool Outbox::remove(qint64 id, QString *error)
{
    return changeState(id, QStringLiteral("DELETE FROM outbox WHERE state <> 'sending' AND id = ?"), {}, error);
}

int Outbox::recoverInterrupted(QString *error)
{
    QSqlQuery query(m_database.connection());
    if (!prepareAndRun(query,
                       QStringLiteral("UPDATE outbox SET state = 'may_have_been_sent', last_error = ? "
                                      "WHERE state = 'sending'"),
                       {Outbox::tr("Heron stopped while sending this message; it may have reached the server.")},
                       error))
        return -1;
    return query.numRowsAffected();
}

} // namespace heron::store
