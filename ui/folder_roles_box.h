#pragma once

#include <QGroupBox>
#include <QHash>
#include <QStringList>

class QComboBox;

namespace heron::ui {

// Account settings → Folders: which folder is Sent, Drafts, Trash, Archive and
// Junk. "Automatic" leaves it to the server's SPECIAL-USE, else the folder's
// name (sync::FolderRoles); the choice takes effect at the account's next sync.
// Object names: FolderRoleSent, FolderRoleDrafts, FolderRoleTrash, FolderRoleArchive, FolderRoleJunk.
class FolderRolesBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit FolderRolesBox(QWidget *parent = nullptr);

    // The account's folders (names on the server) and its chosen roles (Account::folderRoles).
    void setAccount(const QStringList &folders, const QHash<QString, QString> &roles);
    QHash<QString, QString> roles() const;

private:
    QHash<QString, QComboBox *> m_boxes; // by role ("\Sent")
};

} // namespace heron::ui
