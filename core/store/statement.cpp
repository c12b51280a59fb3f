#include "store/statement.h"

#include "store/database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace heron::store {

namespace {

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return sqlite3_bind_null(statement, index);
    case QMetaType::QString: {
        const QString *text = static_cast<const QString *>(value.constData());
        if (text->isNull())
            return sqlite3_bind_null(statement, index);
        const QByteArray utf8 = text->toUtf8();
        return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QByteArray: {
        const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
        if (bytes->isNull())
            return sqlite3_bind_null(statement, index);
        return sqlite3_bind_blob(statement, index, bytes->constData(), int(bytes->size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        if (value.isNull())
            return sqlite3_bind_null(statement, index);
        const QByteArray utf8 = value.toString().toUtf8();
        return sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    }
}

} // namespace

Statement::Statement(QSqlDatabase &db, const QString &sql)
    : m_db(handleOf(db))
    , m_sql(sql)
{
    if (!m_db) {
        m_prepareError = QStringLiteral("the cache connection is not an open SQLite database");
        return;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

bool Statement::run(const QList<QVariant> &values, QString *error)
{
    m_rowPending = m_onRow = false;
    m_changes = 0;
    if (!m_statement) {
        if (error)
            *error = QStringLiteral("%1 (%2)").arg(m_prepareError, m_sql.simplified().left(120));
        return false;
    }
    sqlite3_reset(m_statement);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (const int code = bind(m_statement, int(i) + 1, values.at(i)); code != SQLITE_OK)
            return fail(error);
    }
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW) {
        m_rowPending = true;
        return true;
    }
    if (code != SQLITE_DONE)
        return fail(error);
    m_changes = sqlite3_changes(m_db);
    sqlite3_reset(m_statement); // a finished write holds nothing; a COMMIT may follow at once
    return true;
}

bool Statement::next()
{
    if (m_rowPending) {
        m_rowPending = false;
        m_onRow = true;
        return true;
    }
    if (!m_onRow || !m_statement)
        return false;
    m_onRow = sqlite3_step(m_statement) == SQLITE_ROW;
    if (!m_onRow)
        sqlite3_reset(m_statement);
    return m_onRow;
}

QVariant Statement::value(int column) const
{
    if (!m_onRow)
        return {};
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
    }
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QByteArray(data, sqlite3_column_bytes(m_statement, column));
    }
    default:
        return {};
    }
}

qint64 Statement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

void Statement::finish()
{
    m_rowPending = m_onRow = false;
    if (m_statement)
        sqlite3_reset(m_statement);
}

bool Statement::fail(QString *error)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    m_rowPending = m_onRow = false;
    if (error) {
        // The statement helps with SQLite's own messages, not with "the disk is full".
        const QString explained = Database::explain(sqlite3_extended_errcode(m_db), text);
        *error = explained == text ? QStringLiteral("%1 (%2)").arg(explained, m_sql.simplified().left(120)) : explained;
    }
    return false;
}

} // namespace heron::store
