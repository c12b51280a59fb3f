#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace heron::store {

// One prepared SQL statement, run as often as needed with new values: the
// batch writers prepare once per transaction instead of once per row. It runs
// on the connection's SQLite handle directly (the same connection, so inside
// the same transactions as QSqlQuery): Qt's positional binding built a
// placeholder name with QString::arg for every value, and with its QVariant
// round trips cost 12 % of an initial sync's instructions (callgrind).
//
// Values bind as Qt's SQLite driver binds them: a null QString or QByteArray
// (and an invalid QVariant) is NULL, integers and bool are INTEGER, QByteArray
// is a BLOB, QString and everything else text. Columns read back as qint64,
// double, QString (TEXT), QByteArray (BLOB), or a null QVariant.
class Statement
{
public:
    Statement(QSqlDatabase &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Binds values in order and runs to the first row (if any); false with *error
    // (SQLite's words, explained, and the SQL) on failure.
    bool run(const QList<QVariant> &values, QString *error);
    // The next row of the last run: true while there is one.
    bool next();
    QVariant value(int column) const;
    // Done with the rows before reading them all (ends the statement's read).
    void finish();
    // Rows the last INSERT, UPDATE or DELETE changed.
    int rowsAffected() const { return m_changes; }
    // The connection's last inserted rowid (any table, any statement).
    qint64 lastInsertId() const;

private:
    bool fail(QString *error);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    QString m_prepareError;
    bool m_rowPending = false; // run() stepped onto a row that next() has not handed out
    bool m_onRow = false;
    int m_changes = 0;
};

} // namespace heron::store
