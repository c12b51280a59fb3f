#include "store/statement.h"

#include "store/database.h"

#include <QSqlError>

namespace heron::store {

Statement::Statement(QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

bool Statement::run(const QList<QVariant> &values, QString *error)
{
    if (m_prepared) {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_query.bindValue(int(i), values.at(i));
        if (m_query.exec())
            return true;
    }
    if (error) {
        // The statement helps with SQLite's own messages, not with "the disk is full".
        const QString explained = Database::explain(m_query.lastError());
        *error = explained == m_query.lastError().text().trimmed()
            ? QStringLiteral("%1 (%2)").arg(explained, m_sql.simplified().left(120))
            : explained;
    }
    return false;
}

} // namespace heron::store
