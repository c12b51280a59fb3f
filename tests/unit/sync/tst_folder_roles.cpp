// FolderRoles: the user's choice, then SPECIAL-USE, then well-known names (at the
// top or right below INBOX), one folder per role.
#include "sync/folder_roles.h"

#include <QTest>

using heron::store::FolderRecord;
using heron::sync::FolderRoles;

namespace {

QList<FolderRecord> folders(const QList<std::pair<QString, QString>> &namesAndUses, QChar delimiter = QLatin1Char('.'))
{
    QList<FolderRecord> list;
    for (const auto &[name, use] : namesAndUses) {
        FolderRecord folder;
        folder.name = name;
        folder.specialUse = use;
        folder.delimiter = delimiter;
        list << folder;
    }
    return list;
}

QString roleOf(const QList<FolderRecord> &list, const QString &name)
{
    for (const FolderRecord &folder : list) {
        if (folder.name == name)
            return folder.specialUse;
    }
    return QStringLiteral("(missing)");
}

} // namespace

class TestFolderRoles : public QObject
{
    Q_OBJECT

private slots:
    void namesFillWhatTheServerDidNotSay()
    {
        auto list = folders({{QStringLiteral("INBOX"), {}},
                             {QStringLiteral("Sent Items"), {}},
                             {QStringLiteral("Sent"), {}},
                             {QStringLiteral("INBOX.Deleted Messages"), {}},
                             {QStringLiteral("Projects.Spam"), {}}, // not at the top: not the Junk folder
                             {QStringLiteral("spam"), {}},
                             {QStringLiteral("Old Drafts"), {}},
                             {QStringLiteral("Mine"), QStringLiteral("\\Drafts")}});
        FolderRoles::assign(list, {});
        QCOMPARE(roleOf(list, QStringLiteral("Sent")), QStringLiteral("\\Sent")); // "Sent" before "Sent Items"
        QCOMPARE(roleOf(list, QStringLiteral("Sent Items")), QString());
        QCOMPARE(roleOf(list, QStringLiteral("INBOX.Deleted Messages")), QStringLiteral("\\Trash"));
        QCOMPARE(roleOf(list, QStringLiteral("spam")), QStringLiteral("\\Junk"));
        QCOMPARE(roleOf(list, QStringLiteral("Projects.Spam")), QString());
        QCOMPARE(roleOf(list, QStringLiteral("Mine")), QStringLiteral("\\Drafts")); // the server's word stands
        QCOMPARE(roleOf(list, QStringLiteral("Old Drafts")), QString());
        QCOMPARE(roleOf(list, QStringLiteral("INBOX")), QString());
    }

    void theUsersChoiceWins()
    {
        auto list = folders({{QStringLiteral("Sent"), QStringLiteral("\\Sent")},
                             {QStringLiteral("Outgoing"), {}},
                             {QStringLiteral("Trash"), {}}});
        FolderRoles::assign(list,
                            {{QStringLiteral("\\Sent"), QStringLiteral("Outgoing")},
                             {QStringLiteral("\\Trash"), QStringLiteral("gone")}}); // no such folder
        QCOMPARE(roleOf(list, QStringLiteral("Outgoing")), QStringLiteral("\\Sent"));
        QCOMPARE(roleOf(list, QStringLiteral("Sent")), QString());
        QCOMPARE(roleOf(list, QStringLiteral("Trash")), QStringLiteral("\\Trash")); // by name, as if unchosen
    }
};

QTEST_MAIN(TestFolderRoles)
#include "tst_folder_roles.moc"
