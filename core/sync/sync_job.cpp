#include "sync/sync_job.h"

namespace heron::sync {

void SyncJob::succeed()
{
    if (m_done)
        return;
    m_done = true;
    emit finished(true);
}

void SyncJob::fail(const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_error = message;
    emit finished(false);
}

} // namespace heron::sync
