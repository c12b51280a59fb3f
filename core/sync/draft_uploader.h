#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace heron::imap {
class ImapCommand;
class ImapSession;
} // namespace heron::imap

namespace heron::sync {

// Puts one draft in the account's Drafts folder over a ready session, or
// takes it out again, so the folder holds at most one copy of it:
//
//   save:    [CREATE] → APPEND (\Draft \Seen) → SELECT → UID SEARCH HEADER
//            Message-ID → UID STORE +FLAGS (\Deleted) on every earlier copy
//            (and on replacedUid, the draft it continues when that one had
//            another Message-ID) → UID EXPUNGE of those
//   discard: the same without CREATE and APPEND.
//
// Earlier copies are found by Message-ID rather than remembered by UID, so a
// copy whose APPEND answer was lost (a dropped link) is replaced too. Without
// UIDPLUS they are only marked \Deleted: an EXPUNGE would take every \Deleted
// message of the folder, which is not ours to decide.
class DraftUploader : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Save, Discard };

    // folder: the Drafts folder's name; createFolder: it does not exist yet.
    DraftUploader(imap::ImapSession &session, Mode mode, QString folder, bool createFolder, QByteArray messageId,
                  QByteArray message, quint32 replacedUid, QObject *parent = nullptr);

    void start();

    // The UID of the new copy when the server said (UIDPLUS), else 0.
    quint32 uploadedUid() const { return m_uploadedUid; }
    // Why it failed, in words for the user.
    const QString &error() const { return m_error; }

signals:
    void finished(bool ok);

private:
    void run(imap::ImapCommand *command, const std::function<void(imap::ImapCommand *)> &then,
             bool failureIsFine = false);
    void append();
    void select();
    void search();
    void removeEarlier(QList<quint32> uids);
    void finish(bool ok);

    imap::ImapSession &m_session;
    Mode m_mode;
    QString m_folder;
    bool m_createFolder;
    QByteArray m_messageId;
    QByteArray m_message;
    quint32 m_replacedUid;
    quint32 m_uploadedUid = 0;
    QString m_error;
    bool m_finished = false;
};

} // namespace heron::sync
