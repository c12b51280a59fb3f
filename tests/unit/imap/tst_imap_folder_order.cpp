// FolderOrder: Inbox, Drafts, Sent, Archive, Junk, Trash, then the rest by name.
#include "imap/folder_order.h"

#include <QTest>

#include <algorithm>

using heron::imap::FolderOrder;

class TestFolderOrder : public QObject
{
    Q_OBJECT

private slots:
    void ranks()
    {
        QCOMPARE(FolderOrder::rank(QStringLiteral("inbox"), {}), 0);
        QCOMPARE(FolderOrder::rank(QStringLiteral("INBOX"), "\\Sent"), 0);
        QCOMPARE(FolderOrder::rank(QStringLiteral("x"), "\\Drafts"), 1);
        QCOMPARE(FolderOrder::rank(QStringLiteral("x"), "\\sent"), 2);
        QCOMPARE(FolderOrder::rank(QStringLiteral("x"), "\\Archive"), 3);
        QCOMPARE(FolderOrder::rank(QStringLiteral("x"), "\\JUNK"), 4);
        QCOMPARE(FolderOrder::rank(QStringLiteral("x"), "\\Trash"), 5);
        QCOMPARE(FolderOrder::rank(QStringLiteral("x"), "\\All"), 6);
        QCOMPARE(FolderOrder::rank(QStringLiteral("Sent"), {}), 6); // a name alone is not a role
    }

    void sorts()
    {
        struct Folder
        {
            QString name;
            QByteArray use;
        };
        QList<Folder> folders = {{QStringLiteral("zeta"), {}},
                                 {QStringLiteral("Bin"), "\\Trash"},
                                 {QStringLiteral("Alpha"), {}},
                                 {QStringLiteral("Sent Items"), "\\Sent"},
                                 {QStringLiteral("INBOX"), {}},
                                 {QStringLiteral("Drafts"), "\\Drafts"},
                                 {QStringLiteral("beta"), {}},
                                 {QStringLiteral("Spam"), "\\Junk"},
                                 {QStringLiteral("Archive"), "\\Archive"}};
        std::stable_sort(folders.begin(), folders.end(), [](const Folder &a, const Folder &b) {
            return FolderOrder::lessThan(a.name, a.use, b.name, b.use);
        });
        QStringList names;
        for (const Folder &folder : folders)
            names << folder.name;
        QCOMPARE(names,
                 QStringList({QStringLiteral("INBOX"), QStringLiteral("Drafts"), QStringLiteral("Sent Items"),
                              QStringLiteral("Archive"), QStringLiteral("Spam"), QStringLiteral("Bin"),
                              QStringLiteral("Alpha"), QStringLiteral("beta"), QStringLiteral("zeta")}));
    }
};

QTEST_GUILESS_MAIN(TestFolderOrder)
#include "tst_imap_folder_order.moc"
