#pragma once

#include <QObject>
#include <QString>

namespace heron::sync {

// What the sync jobs (FolderSync, AccountSync, ActionReplayer) share: they end
// exactly once, with finished(true) or with an error sentence and
// finished(false); whatever happens after the end is ignored.
class SyncJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isDone() const { return m_done; }
    bool succeeded() const { return m_done && m_error.isEmpty(); }
    const QString &error() const { return m_error; }

signals:
    void finished(bool ok);

protected:
    void succeed();
    void fail(const QString &message);

private:
    bool m_done = false;
    QString m_error;
};

} // namespace heron::sync
