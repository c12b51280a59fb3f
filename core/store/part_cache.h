#pragma once

#include "store/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace heron::store {

// Cached body parts of messages (the parts table). Small parts live inline
// in the row; larger ones in a file under Database::partsDirectory(), named
// by the SHA-256 of their bytes, so the same attachment in two folders (or
// copied twice) is kept once. The file is written completely (QSaveFile,
// renamed into place) before the row that names it is committed, so a crash
// leaves at worst an unreferenced file, which removeUnreferencedFiles()
// clears; never a row without its bytes.
class PartCache
{
    Q_DECLARE_TR_FUNCTIONS(PartCache)

public:
    static constexpr qsizetype kInlineLimit = qsizetype(64) * 1024;

    struct Info
    {
        QString mimeType; // "text/plain"
        QString charset; // as declared, empty when none
        QString encoding; // the transfer encoding the bytes came in, empty when decoded
    };

    explicit PartCache(Database &database);

    // Stores (or replaces) the bytes of one part of a message (its row id in messages).
    bool store(qint64 messageRowId, const QString &section, const QByteArray &bytes, const Info &info,
               QString *error = nullptr);
    // The bytes, or nothing when the part is not cached (or its file vanished).
    std::optional<QByteArray> load(qint64 messageRowId, const QString &section, QString *error = nullptr) const;
    bool contains(qint64 messageRowId, const QString &section) const;
    std::optional<Info> info(qint64 messageRowId, const QString &section) const;

    // Deletes files in the parts directory that no row names any more (after
    // messages were deleted, or a crash between file and row). How many.
    // Run it from the writing (engine) thread while it stores nothing, e.g.
    // at start-up: a file written for a row not yet committed looks unreferenced.
    int removeUnreferencedFiles(QString *error = nullptr);

    // The path of a file-backed part's bytes, for a viewer; empty for inline parts.
    QString filePath(qint64 messageRowId, const QString &section) const;

private:
    bool makePrivateDirectory(const QString &directory) const;
    QString absolutePath(const QString &fileName) const;

    Database &m_database;
};

} // namespace heron::store
