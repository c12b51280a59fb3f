#include "folder_comparison.h"

#include "imap/fetch_command.h"
#include "imap/imap_session.h"
#include "imap/select_command.h"
#include "mail_stack.h"
#include "store/mail_cache.h"

#include <QSet>

#include <algorithm>

namespace heron::test {

namespace {

QStringList sortedFlags(QStringList flags)
{
    flags.removeAll(QStringLiteral("\\Recent"));
    std::sort(flags.begin(), flags.end());
    return flags;
}

} // namespace

QString FolderComparison::differences(imap::ImapSession &session, store::MailCache &cache, qint64 accountId,
                                      const QString &folder, int timeoutMs)
{
    imap::SelectCommand::Options examine;
    examine.readOnly = true;
    examine.condStore = true;
    QObject owner; // a command with a parent outlives its end (the session deletes orphans)
    auto *select = new imap::SelectCommand(folder, examine);
    select->setParent(&owner);
    if (!MailStack::runCommand(session, select, timeoutMs))
        return QStringLiteral("EXAMINE %1 failed").arg(folder);
    QStringList differences;
    const auto record = cache.folder(accountId, folder);
    if (!record)
        return QStringLiteral("%1 is not in the cache").arg(folder);
    const QList<quint32> cachedUids = cache.uids(record->id);
    if (QSet<quint32>(cachedUids.begin(), cachedUids.end()).size() != cachedUids.size()
        || cache.messageCount(record->id) != cachedUids.size())
        differences.append(QStringLiteral("duplicate rows in the cache"));

    QList<quint32> serverUids;
    if (select->mailbox().exists > 0) {
        auto *fetch = new imap::FetchCommand(imap::SequenceSet::fromRange(1, imap::SequenceSet::Star),
                                             QByteArrayList {"UID", "FLAGS", "MODSEQ"});
        fetch->setParent(&owner);
        if (!MailStack::runCommand(session, fetch, timeoutMs))
            return QStringLiteral("FETCH in %1 failed").arg(folder);
        for (const imap::FetchData &data : fetch->results()) {
            serverUids.append(*data.uid);
            const auto cached = cache.message(record->id, *data.uid);
            if (!cached) {
                differences.append(QStringLiteral("UID %1 missing from the cache").arg(*data.uid));
                continue;
            }
            QStringList expected;
            for (const QByteArray &flag : data.flags.value_or(QByteArrayList()))
                expected.append(QString::fromUtf8(flag));
            if (sortedFlags(cached->flags) != sortedFlags(expected))
                differences.append(QStringLiteral("UID %1: flags %2 cached, %3 on the server")
                                       .arg(*data.uid)
                                       .arg(sortedFlags(cached->flags).join(QLatin1Char(' ')),
                                            sortedFlags(expected).join(QLatin1Char(' '))));
            if (data.modSeq && cached->modSeq != *data.modSeq)
                differences.append(QStringLiteral("UID %1: MODSEQ %2 cached, %3 on the server")
                                       .arg(*data.uid)
                                       .arg(cached->modSeq)
                                       .arg(*data.modSeq));
        }
    }
    std::sort(serverUids.begin(), serverUids.end());
    QList<quint32> sortedCached = cachedUids;
    std::sort(sortedCached.begin(), sortedCached.end());
    if (sortedCached != serverUids) {
        for (quint32 uid : sortedCached) {
            if (!std::binary_search(serverUids.begin(), serverUids.end(), uid))
                differences.append(QStringLiteral("UID %1 cached but gone from the server").arg(uid));
        }
    }
    if (differences.size() > 10)
        differences = differences.mid(0, 10) << QStringLiteral("…");
    return differences.isEmpty() ? QString() : folder + QStringLiteral(": ") + differences.join(QStringLiteral("; "));
}

} // namespace heron::test
