#include "store/part_cache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace heron::store {

namespace {

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerDirectory = kOwnerFile | QFileDevice::ExeOwner;

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// "ab/abcdef…": two levels keep directories small on big caches.
QString fileNameFor(const QByteArray &bytes)
{
    const QString hex = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return hex.left(2) + QLatin1Char('/') + hex;
}

} // namespace

PartCache::PartCache(Database &database)
    : m_database(database)
{
}

bool PartCache::makePrivateDirectory(const QString &directory) const
{
    if (!QDir().mkpath(directory))
        return false;
    // Every level from the parts folder down is owner-only.
    const QString top = QDir(m_database.partsDirectory()).absolutePath();
    for (QDir level(directory); level.absolutePath().startsWith(top); level.cdUp()) {
        QFile::setPermissions(level.absolutePath(), kOwnerDirectory);
        if (level.absolutePath() == top)
            break;
    }
    return true;
}

QString PartCache::absolutePath(const QString &fileName) const
{
    return QDir(m_database.partsDirectory()).filePath(fileName);
}

bool PartCache::store(qint64 messageRowId, const QString &section, const QByteArray &bytes, const Info &info,
                      QString *error)
{
    QVariant data;
    QVariant fileName;
    if (bytes.size() <= kInlineLimit) {
        data = bytes.isNull() ? QByteArray("") : bytes;
    } else {
        const QString name = fileNameFor(bytes);
        const QString path = absolutePath(name);
        if (!QFile::exists(path)) {
            if (!makePrivateDirectory(QFileInfo(path).absolutePath())) {
                setError(error,
                         PartCache::tr("Cannot create the folder for cached parts %1.")
                             .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
                return false;
            }
            QSaveFile file(path);
            // The user's mail: for the user alone, like everything in the profile.
            if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerFile)
                || file.write(bytes) != bytes.size() || !file.commit()) {
                setError(error,
                         PartCache::tr("Cannot write the cached part %1: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
                return false;
            }
        }
        fileName = name;
    }

    QSqlDatabase &db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO parts (message_rowid, section, mime_type, charset, encoding, size, data, file_name, fetched_at) "
        "VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?) "
        "ON CONFLICT (message_rowid, section) DO UPDATE SET mime_type = excluded.mime_type, "
        "charset = excluded.charset, encoding = excluded.encoding, size = excluded.size, "
        "data = excluded.data, file_name = excluded.file_name, "
        "fetched_at = excluded.fetched_at"));
    const QVariantList values {messageRowId,
                               section,
                               info.mimeType,
                               info.charset,
                               info.encoding,
                               qint64(bytes.size()),
                               data.isValid() ? data : QVariant(QMetaType::fromType<QByteArray>()),
                               fileName.isValid() ? fileName : QVariant(QMetaType::fromType<QString>()),
                               QDateTime::currentSecsSinceEpoch()};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!transaction.isActive() || !query.exec() || !transaction.commit()) {
        setError(error,
                 PartCache::tr("Cannot cache part %1: %2")
                     .arg(section, transaction.isActive() ? query.lastError().text() : transaction.errorString()));
        return false;
    }
    return true;
}

std::optional<QByteArray> PartCache::load(qint64 messageRowId, const QString &section, QString *error) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT data, file_name, size FROM parts WHERE message_rowid = ? AND section = ?"));
    query.addBindValue(messageRowId);
    query.addBindValue(section);
    if (!query.exec()) {
        setError(error, query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    if (query.value(1).isNull())
        return query.value(0).toByteArray();
    QFile file(absolutePath(query.value(1).toString()));
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error,
                 PartCache::tr("The cached part file %1 is missing: %2")
                     .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.readAll();
    if (bytes.size() != query.value(2).toLongLong()) {
        setError(error,
                 PartCache::tr("The cached part file %1 is damaged.").arg(QDir::toNativeSeparators(file.fileName())));
        return std::nullopt;
    }
    return bytes;
}

bool PartCache::contains(qint64 messageRowId, const QString &section) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT 1 FROM parts WHERE message_rowid = ? AND section = ?"));
    query.addBindValue(messageRowId);
    query.addBindValue(section);
    return query.exec() && query.next();
}

std::optional<PartCache::Info> PartCache::info(qint64 messageRowId, const QString &section) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT mime_type, charset, encoding FROM parts WHERE message_rowid = ? "
                                 "AND section = ?"));
    query.addBindValue(messageRowId);
    query.addBindValue(section);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Info {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

QString PartCache::filePath(qint64 messageRowId, const QString &section) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT file_name FROM parts WHERE message_rowid = ? AND section = ?"));
    query.addBindValue(messageRowId);
    query.addBindValue(section);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return {};
    return absolutePath(query.value(0).toString());
}

int PartCache::removeUnreferencedFiles(QString *error)
{
    QSet<QString> referenced;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT file_name FROM parts WHERE file_name IS NOT NULL UNION "
                                   "SELECT file_name FROM detached_parts WHERE file_name IS NOT NULL"))) {
        setError(error, query.lastError().text());
        return -1;
    }
    while (query.next())
        referenced.insert(query.value(0).toString());
    const QDir root(m_database.partsDirectory());
    int removed = 0;
    QDirIterator files(root.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        if (!referenced.contains(root.relativeFilePath(path)) && QFile::remove(path))
            ++removed;
    }
    return removed;
}

} // namespace heron::store
