// The main window over a big cached folder (issue 8's performance figures):
//   bench_main_window [MESSAGES] [ROUNDS]
// A profile whose cache holds MESSAGES generated messages in its INBOX (in
// threads of 1-4, a third unread), opened offline (File → Work Offline, so no
// server is involved) on the offscreen platform. Per round:
// - first screen: selecting INBOX (coming from an empty folder) until the list
//   has painted, beside the floor of reading one page (MailCache::page) in the same run;
// - scrolling to the end of the list and back, page by page as a user dragging
//   the scroll bar would, with the longest event-loop stall (a 1 ms timer's
//   longest gap) while doing so;
// - RSS with an empty folder shown, with the folder open, and after its end was reached.
// Medians over the rounds; figures go to docs/benchmarks.md by hand.
#include "accounts/account_store.h"
#include "accounts/profile.h"
#include "folder_tree_model.h"
#include "main_window.h"
#include "message_list_model.h"
#include "store/database.h"
#include "store/mail_cache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace heron;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

bool fillProfile(const accounts::Profile &profile, int messages)
{
    QString error;
    accounts::Account account;
    account.email = QStringLiteral("bench@example.test");
    account.imap = {QStringLiteral("localhost"), 1, accounts::Security::Tls};
    account.smtp = {QStringLiteral("localhost"), 1, accounts::Security::Tls};
    store::Database database;
    if (!accounts::AccountStore(profile).add(account, &error) || !database.open(profile.cacheDatabaseFile(), &error)) {
        std::fprintf(stderr, "profile: %s\n", qPrintable(error));
        return false;
    }
    store::MailCache cache(database);
    const qint64 accountId = cache.accountId(account.email, &error).value_or(0);
    store::FolderRecord inbox;
    inbox.name = QStringLiteral("INBOX");
    store::FolderRecord empty;
    empty.name = QStringLiteral("Empty");
    if (!cache.replaceFolders(accountId, {inbox, empty}, &error))
        return false;
    const qint64 folderId = cache.folder(accountId, QStringLiteral("INBOX"))->id;
    const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    QList<store::MessageRecord> batch;
    for (int i = 1; i <= messages; ++i) {
        store::MessageRecord message;
        message.uid = quint32(i);
        const int thread = (i - 1) / 3; // threads of about three, the later ones replies
        message.messageId = QStringLiteral("<m%1@bench.example>").arg(i);
        if ((i - 1) % 3 != 0)
            message.inReplyTo = QStringLiteral("<m%1@bench.example>").arg(thread * 3 + 1);
        message.subject = ((i - 1) % 3 ? QStringLiteral("Re: ") : QString())
            + QStringLiteral("Quarterly figures for project %1, part %2").arg(thread % 997).arg(thread);
        message.from
            = {{QStringLiteral("Sender %1").arg(i % 331), QStringLiteral("sender%1@example.org").arg(i % 331)}};
        message.to = {{QStringLiteral("Bench"), QStringLiteral("bench@example.test")}};
        message.internalDate = start.addSecs(qint64(i) * 600);
        message.date = message.internalDate;
        message.size = 2000 + (i * 37) % 50000;
        if (i % 3 != 0)
            message.flags = {QStringLiteral("\\Seen")};
        message.hasAttachments = i % 10 == 0;
        batch.append(message);
        if (batch.size() == 5000 || i == messages) {
            if (!cache.storeMessages(folderId, batch, &error)) {
                std::fprintf(stderr, "store: %s\n", qPrintable(error));
                return false;
            }
            batch.clear();
        }
    }
    QSettings(profile.settingsFile(), QSettings::IniFormat).setValue(QStringLiteral("mainWindow/offline"), true);
    return true;
}

// The longest gap between ticks of a 1 ms timer while work runs (the UI thread's worst stall).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = std::max(m_longest, m_clock.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_clock.elapsed());
    }
    // A stall measured around one step of work that runs outside the event loop's timers.
    void step(const std::function<void()> &work)
    {
        m_longest = std::max(m_longest, m_clock.restart());
        work();
        m_longest = std::max(m_longest, m_clock.restart());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("HERON_SECRET_BACKEND", "file");
    QApplication app(argc, argv);
    const int messages = argc > 1 ? std::max(100, std::atoi(argv[1])) : 100'000;
    const int rounds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;

    QTemporaryDir directory;
    QString error;
    const auto profile = accounts::Profile::open(directory.filePath(QStringLiteral("profile")), &error);
    QElapsedTimer fill;
    fill.start();
    if (!profile || !fillProfile(*profile, messages))
        return 1;
    std::printf("cache of %d messages filled in %.1f s\n", messages, fill.elapsed() / 1000.0);

    QList<double> firstScreen, pageFloor, longestStall, rssEmpty, rssOpen, rssEnd, scrollSeconds;
    for (int round = 0; round < rounds; ++round) {
        ui::MainWindow window(*profile);
        window.resize(1200, 800);
        window.show();
        app.processEvents();
        window.selectFolder(QStringLiteral("bench@example.test"), QStringLiteral("Empty"));
        app.processEvents();
        rssEmpty << rssKiB() / 1024.0; // the window (and the libraries it maps) without the folder
        auto *list = window.findChild<QTreeView *>(QStringLiteral("MessageList"));

        // The floor: one page read straight from the cache, in the same process.
        {
            store::Database database;
            database.open(profile->cacheDatabaseFile(), &error);
            store::MailCache cache(database);
            const qint64 accountId = cache.accountId(QStringLiteral("bench@example.test"), &error).value_or(0);
            const qint64 folderId = cache.folder(accountId, QStringLiteral("INBOX"))->id;
            QElapsedTimer floor;
            floor.start();
            const auto page = cache.page(folderId, ui::MessageListModel::kDefaultPageSize, 0);
            pageFloor << floor.nsecsElapsed() / 1e6;
            if (page.isEmpty())
                return 1;
        }

        QElapsedTimer click;
        click.start();
        window.selectFolder(QStringLiteral("bench@example.test"), QStringLiteral("INBOX"));
        list->viewport()->repaint();
        firstScreen << click.nsecsElapsed() / 1e6;
        app.processEvents();
        rssOpen << rssKiB() / 1024.0;

        StallMeter stalls;
        QScrollBar *bar = list->verticalScrollBar();
        QElapsedTimer scroll;
        scroll.start();
        stalls.start();
        // Down a screen at a time until the last message is listed and shown, then back up.
        const int total = int(window.messageListModel()->totalCount());
        while (bar->value() < bar->maximum() || window.messageListModel()->rowCount() < total) {
            stalls.step([&] {
                bar->setValue(std::min(bar->maximum(), bar->value() + bar->pageStep() * 50));
                list->viewport()->repaint();
            });
            app.processEvents();
            if (scroll.elapsed() > 600'000)
                break;
        }
        rssEnd << rssKiB() / 1024.0;
        while (bar->value() > 0) {
            stalls.step([&] {
                bar->setValue(std::max(0, bar->value() - bar->pageStep() * 50));
                list->viewport()->repaint();
            });
            app.processEvents();
        }
        longestStall << double(stalls.stop());
        scrollSeconds << scroll.elapsed() / 1000.0;
        if (window.messageListModel()->rowCount() != total) {
            std::fprintf(stderr, "only %d of %d rows listed\n", window.messageListModel()->rowCount(), total);
            return 1;
        }
    }
    std::printf("messages %d, rounds %d (medians)\n", messages, rounds);
    std::printf("first screen after clicking the folder: %.1f ms (one page from the cache: %.1f ms)\n",
                median(firstScreen), median(pageFloor));
    std::printf("scroll to the end and back: %.1f s, longest UI stall %.0f ms\n", median(scrollSeconds),
                median(longestStall));
    std::printf("RSS with an empty folder shown: %.0f MB; with the folder open: %.0f MB, at its end: %.0f MB\n",
                median(rssEmpty), median(rssOpen), median(rssEnd));
    return 0;
}
