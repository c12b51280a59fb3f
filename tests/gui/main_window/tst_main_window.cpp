#include "main_window.h"

#include <QAction>
#include <QFileInfo>
#include <QSettings>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>

using heron::accounts::Profile;
using heron::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;

    Profile openProfile()
    {
        QString error;
        const auto profile = Profile::open(m_directory.filePath(QStringLiteral("profile")), &error);
        if (!profile)
            qFatal("cannot open test profile: %s", qPrintable(error));
        return *profile;
    }

private slots:
    void opensWithThreePanes()
    {
        MainWindow window(openProfile());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Heron"));
        for (const char *pane : {"FolderPane", "MessageListPane", "MessageViewPane"}) {
            auto *widget = window.findChild<QWidget *>(QLatin1String(pane));
            QVERIFY2(widget && widget->isVisible(), pane);
        }
        QVERIFY(window.findChild<QAction *>(QStringLiteral("QuitAction")));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("AboutAction")));
    }

    void layoutIsRememberedInTheProfile()
    {
        QList<int> saved;
        {
            MainWindow window(openProfile());
            window.resize(900, 600);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("FolderSplitter"));
            QVERIFY(splitter);
            splitter->setSizes({250, 650});
            saved = splitter->sizes();
            window.close();
        }
        const Profile profile = openProfile();
        QVERIFY(QFileInfo::exists(profile.settingsFile()));
        QVERIFY(
            QSettings(profile.settingsFile(), QSettings::IniFormat).contains(QStringLiteral("mainWindow/geometry")));

        MainWindow reopened(openProfile());
        reopened.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reopened));
        QCOMPARE(reopened.findChild<QSplitter *>(QStringLiteral("FolderSplitter"))->sizes(), saved);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
