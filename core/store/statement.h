#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace heron::store {

// One prepared SQL statement, run as often as needed with new values: the
// batch writers prepare once per transaction instead of once per row.
class Statement
{
public:
    Statement(QSqlDatabase &db, const QString &sql);

    // Binds values in order and runs; false with *error (the SQL and SQLite's words) on failure.
    bool run(const QList<QVariant> &values, QString *error);
    QSqlQuery &query() { return m_query; }
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

} // namespace heron::store
