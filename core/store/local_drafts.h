#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace heron::store {

// Drafts the composer saved that the server's Drafts folder does not have yet.
// A save writes the whole message here first, in one statement, so a crash,
// a lost connection or a refusing server loses nothing; the upload then
// removes the row, but only if it is still the revision it uploaded (a later
// save made while the upload ran stays for the next one). One row per
// account and Message-ID: saving the same draft again replaces its bytes.
class LocalDrafts
{
    Q_DECLARE_TR_FUNCTIONS(LocalDrafts)

public:
    struct Entry
    {
        qint64 accountId = 0;
        QByteArray messageId; // "<...@...>"
        QByteArray message; // empty from list()
        quint32 replacesUid = 0; // a copy in the Drafts folder that had another Message-ID
        qint64 revision = 0;
        QDateTime savedAt; // UTC
        QString lastError; // why the last upload failed
    };

    explicit LocalDrafts(Database &database);

    // Stores (or replaces) the draft; its new revision.
    std::optional<qint64> save(qint64 accountId, const QByteArray &messageId, const QByteArray &message,
                               quint32 replacesUid, QString *error,
                               const QDateTime &now = QDateTime::currentDateTimeUtc());
    std::optional<Entry> entry(qint64 accountId, const QByteArray &messageId, QString *error = nullptr) const;
    // The account's drafts, oldest first, without their bytes: what the engine
    // reads at every sync request to queue uploads, so it stays small.
    QList<Entry> list(qint64 accountId, QString *error = nullptr) const;
    // The server has this revision: the row goes unless a later save replaced it.
    bool markUploaded(qint64 accountId, const QByteArray &messageId, qint64 revision, QString *error = nullptr);
    bool markFailed(qint64 accountId, const QByteArray &messageId, const QString &reason, QString *error = nullptr);
    // The draft was sent or discarded.
    bool remove(qint64 accountId, const QByteArray &messageId, QString *error = nullptr);

private:
    Database &m_database;
};

} // namespace heron::store
