#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QModelIndex;
class QTreeView;
class QWidget;

namespace heron::store {
class MailCache;
struct FolderRecord;
} // namespace heron::store

namespace heron::ui {

class FolderTreeModel;

// The folder pane's context menu: New Folder… (below the folder, or at the
// top of an account), Rename…, Delete (into the Trash, or for good from there,
// after a question that says which) and Mark Folder Read. Names are checked
// before anything is asked of the server: not empty, without the server's
// hierarchy delimiter, not taken by a sibling. INBOX and the special-use
// folders cannot be renamed or deleted. The requests go out as signals, which
// the main window hands to the engine.
class FolderActions : public QObject
{
    Q_OBJECT

public:
    // Asks for a name (title, label, initial text); nullopt when cancelled. Replaceable for tests.
    using NamePrompt = std::function<std::optional<QString>(const QString &, const QString &, const QString &)>;
    // Asks a yes/no question (title, text). Replaceable for tests.
    using Confirmation = std::function<bool(const QString &, const QString &)>;

    FolderActions(store::MailCache &cache, FolderTreeModel &model, QTreeView &view, QObject *parent = nullptr);

    void setNamePrompt(NamePrompt prompt) { m_prompt = std::move(prompt); }
    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }

    QAction *newFolderAction() const { return m_newFolder; }
    QAction *renameAction() const { return m_rename; }
    QAction *deleteAction() const { return m_delete; }
    QAction *markReadAction() const { return m_markRead; }

    // The actions enabled for the current row of the view (an account or a folder).
    void update();
    // The menu for the row at position (view coordinates); nothing on empty space.
    void showMenu(const QPoint &position);

    void newFolder();
    void renameFolder();
    void deleteFolder();
    void markFolderRead();

    // Why the name cannot be given to a folder among siblings; empty when it can.
    static QString nameProblem(const QString &name, QChar delimiter, const QStringList &siblings);

signals:
    void createRequested(const QString &accountEmail, const QString &parent, const QString &leaf);
    void renameRequested(const QString &accountEmail, const QString &folder, const QString &newLeaf);
    void deleteRequested(const QString &accountEmail, const QString &folder);
    void markReadRequested(const QString &accountEmail, const QString &folder, const QList<quint32> &uids);
    // A name was refused before it went to the server: the reason, for the status bar.
    void refused(const QString &reason);

private:
    struct Target
    {
        QString account;
        QString folder; // empty: the account row
        qint64 folderId = 0;
        bool userFolder = false; // may be renamed and deleted
    };
    std::optional<Target> current() const;
    QList<store::FolderRecord> cachedFolders(const QString &account) const;
    // The sibling names (last elements) the new name must not repeat, and the delimiter.
    std::pair<QStringList, QChar> siblings(const QString &account, const QString &parent, const QString &except) const;
    std::optional<QString> askName(const QString &title, const QString &label, const QString &initial,
                                   const QStringList &taken, QChar delimiter);

    store::MailCache &m_cache;
    FolderTreeModel &m_model;
    QTreeView &m_view;
    NamePrompt m_prompt;
    Confirmation m_confirm;
    QAction *m_newFolder = nullptr;
    QAction *m_rename = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_markRead = nullptr;
};

} // namespace heron::ui
