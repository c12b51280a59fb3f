// Edit → Preferences: the senders allowed to load remote content are listed
// and can be removed (the allow list forgets them); the check interval is
// kept in the profile and drives the main window's periodic check (0 stops
// it); the layout and language choices work through the View menu's own
// actions.
#include "../identity/gui_test_helpers.h"
#include "accounts/remote_content_allow_list.h"
#include "main_window.h"
#include "preferences_dialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace heron;
using heron::ui::MainWindow;
using heron::ui::PreferencesDialog;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("HERON_SECRET_BACKEND", "file");
        QString error;
        m_profile = accounts::Profile::open(m_dir.filePath(QStringLiteral("profile")), &error);
        QVERIFY2(m_profile, qPrintable(error));
    }

    void remoteContentSendersCanBeRemoved()
    {
        accounts::RemoteContentAllowList allowList(*m_profile);
        QVERIFY(allowList.allow(QStringLiteral("news@shop.example")));
        QVERIFY(allowList.allow(QStringLiteral("friend@example.org")));
        PreferencesDialog dialog(*m_profile);
        auto *list = test::child<QListWidget>(&dialog, "AllowedSenders");
        auto *remove = test::child<QPushButton>(&dialog, "RemoveAllowedSenderButton");
        QCOMPARE(list->count(), 2);
        QVERIFY(!remove->isEnabled());
        const QList<QListWidgetItem *> shop = list->findItems(QStringLiteral("news@shop.example"), Qt::MatchExactly);
        QCOMPARE(shop.size(), 1);
        shop.constFirst()->setSelected(true);
        QVERIFY(remove->isEnabled());
        remove->click();
        QVERIFY(!allowList.allows(QStringLiteral("news@shop.example")));
        QVERIFY(allowList.allows(QStringLiteral("friend@example.org")));
        QCOMPARE(list->count(), 1);
        test::saveScreenshot(&dialog, QStringLiteral("preferences"));

        list->item(0)->setSelected(true);
        remove->click();
        QVERIFY(allowList.senders().isEmpty());
        QCOMPARE(list->count(), 1); // the "no sender yet" line, not selectable
        QCOMPARE(list->item(0)->flags(), Qt::NoItemFlags);
    }

    void checkIntervalDrivesTheMainWindowsTimer()
    {
        MainWindow window(*m_profile);
        auto *timer = window.findChild<QTimer *>(QStringLiteral("MailCheckTimer"));
        QVERIFY(timer);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), PreferencesDialog::kDefaultCheckMinutes * 60'000);
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *minutes = test::child<QSpinBox>(dialog, "CheckIntervalMinutes");
            minutes->setValue(3);
            checked = timer->isActive() && timer->interval() == 3 * 60'000;
            minutes->setValue(0);
            checked = checked && !timer->isActive();
            minutes->setValue(25);
            // The menus' choices, here too.
            auto *layout = test::child<QComboBox>(dialog, "PreferencesLayout");
            QCOMPARE(layout->count(), 3);
            emit layout->activated(1);
            test::MessageBoxAnswer ok(QStringLiteral("OK"));
            auto *language = test::child<QComboBox>(dialog, "PreferencesLanguage");
            const int german = language->findText(QStringLiteral("Deutsch"));
            QVERIFY(german > 0);
            language->setCurrentIndex(german);
            emit language->activated(german);
            QVERIFY(ok.answered);
            dialog->accept();
        });
        window.showPreferences();
        QVERIFY(checked);
        QCOMPARE(window.paneLayout(), MainWindow::PaneLayout::Wide);
        QVERIFY(test::child<QAction>(&window, "WideLayoutAction")->isChecked());
        QSettings settings(m_profile->settingsFile(), QSettings::IniFormat);
        QCOMPARE(settings.value(accounts::Profile::languageKey()).toString(), QStringLiteral("de"));
        QCOMPARE(PreferencesDialog::checkIntervalMinutes(*m_profile), 25);
        // A new window starts with the kept interval.
        MainWindow again(*m_profile);
        QCOMPARE(again.findChild<QTimer *>(QStringLiteral("MailCheckTimer"))->interval(), 25 * 60'000);
    }

private:
    QTemporaryDir m_dir;
    std::optional<accounts::Profile> m_profile;
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferences_dialog.moc"
