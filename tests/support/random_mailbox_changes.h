#pragma once

#include <QRandomGenerator>
#include <QStringList>

namespace heron::imap {
class ImapCommand;
class ImapSession;
} // namespace heron::imap

namespace heron::test {

// What another client does to a mailbox while Heron syncs it, one random
// change at a time over a session of the test's own: append a message, flag,
// unflag or expunge one, (with two folders or more) move one to another of
// the folders, or (with setRenames) rename a folder. The random source is the
// caller's, so a printed seed replays it.
class RandomMailboxChanges
{
public:
    RandomMailboxChanges(imap::ImapSession &writer, QRandomGenerator &random, QStringList folders, QByteArray subject);

    // HERON_FAULT_SEED when set (to replay a run), else a new seed; printed either way.
    static quint32 seed();

    // Now and then a folder gets a new name (folders() follows); off by default.
    void setRenames(bool renames) { m_renames = renames; }
    // The folders under their current names.
    const QStringList &folders() const { return m_folders; }
    // The names the folders had before a rename.
    const QStringList &formerNames() const { return m_formerNames; }

    // Appends count messages, spread over the folders.
    bool seed(int count);
    // One change in a random folder; false when the server refused it.
    bool changeSomething();

private:
    bool run(imap::ImapCommand *command);
    bool append(const QString &folder);
    bool rename(const QString &folder);
    QList<quint32> serverUids(const QString &folder);

    imap::ImapSession &m_writer;
    QRandomGenerator &m_random;
    QStringList m_folders;
    QByteArray m_subject;
    QStringList m_formerNames;
    int m_appended = 0;
    int m_renamed = 0;
    bool m_renames = false;
};

} // namespace heron::test
