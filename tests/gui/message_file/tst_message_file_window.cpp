// MessageFileWindow: `heron message.eml` shows the file's message in the
// reading pane, and a file that cannot be shown gets words, not a blank window.
#include "../identity/gui_test_helpers.h"
#include "message_file_window.h"
#include "message_view.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using heron::ui::MessageFileWindow;

class TestMessageFileWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsTheMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.eml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("From: =?UTF-8?Q?J=C3=BCrgen?= <juergen@example.org>\r\nTo: team@example.org\r\n"
                   "Subject: Budget plan\r\nDate: Tue, 3 Nov 2026 09:00:00 +0100\r\n"
                   "Content-Type: text/plain; charset=utf-8\r\n\r\nThe numbers are in.\r\n> earlier words\r\n");
        file.close();

        MessageFileWindow window(path);
        window.show();
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Budget plan")));
        QVERIFY(window.view()->headerText().contains(QStringLiteral("Jürgen")));
        QVERIFY(window.view()->headerText().contains(QStringLiteral("juergen@example.org")));
        QVERIFY(window.view()->bodyText().contains(QStringLiteral("The numbers are in.")));
        heron::test::saveScreenshot(&window, QStringLiteral("message_file_window"));
    }

    void missingFileIsExplained()
    {
        MessageFileWindow window(QStringLiteral("/nonexistent/heron-test.eml"));
        QVERIFY(window.view()->bodyText().contains(QStringLiteral("cannot open /nonexistent/heron-test.eml")));
    }

    void hugeFileIsRefusedWithoutReadingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.eml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(MessageFileWindow::kMaxFileSize + 1)); // sparse: costs no disk
        file.close();
        MessageFileWindow window(path);
        QVERIFY(window.view()->bodyText().contains(QStringLiteral("too large to be a mail message")));
    }
};

QTEST_MAIN(TestMessageFileWindow)
#include "tst_message_file_window.moc"
