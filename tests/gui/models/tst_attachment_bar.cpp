// The attachment bar: the parts a user would save, under names that cannot
// leave the chosen folder; Save All never replaces a file; Open hands over a
// read-only copy, refuses programs and shows attached messages in Heron.
#include "attachment_bar.h"
#include "message_file_window.h"
#include "message_text_formatter.h"
#include "message_view.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using heron::ui::AttachmentBar;
using heron::ui::MessageFileWindow;
using heron::ui::MessageTextFormatter;
using heron::ui::MessageView;

namespace {

const QByteArray kPdf = "%PDF-1.4 not much of a report\n";
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

QByteArray messageWithAttachments()
{
    return "From: Ann <ann@example.org>\r\nTo: bob@example.org\r\nSubject: papers\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=outer\r\n\r\n"
           "--outer\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSee the attached.\r\n"
           "--outer\r\nContent-Type: application/pdf; name=\"report.pdf\"\r\n"
           "Content-Disposition: attachment; filename=\"../../.config/report.pdf\"\r\n"
           "Content-Transfer-Encoding: base64\r\n\r\n"
        + kPdf.toBase64()
        + "\r\n"
          "--outer\r\nContent-Type: message/rfc822\r\n\r\n"
          "From: carl@example.org\r\nSubject: the forwarded one\r\n\r\nInner words.\r\n"
          "--outer\r\nContent-Type: application/pdf\r\n"
          "Content-Disposition: attachment; filename=\"invoice.pdf.exe\"\r\n"
          "Content-Transfer-Encoding: base64\r\n\r\nTVqQAAMAAAAEAAAA\r\n"
          "--outer\r\nContent-Type: image/png\r\nContent-Disposition: attachment\r\n"
          "Content-Transfer-Encoding: base64\r\n\r\n"
        + kPng.toBase64() + "\r\n--outer--\r\n";
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAttachmentBar : public QObject
{
    Q_OBJECT

private slots:
    void namesAndKinds()
    {
        AttachmentBar bar;
        bar.setMessage(MessageTextFormatter::forDisplay(messageWithAttachments(), QString()).parts);
        QCOMPARE(bar.count(), 4);
        QCOMPARE(bar.fileName(0), QStringLiteral("report.pdf")); // no folder part, not hidden
        QCOMPARE(bar.fileName(1), QStringLiteral("message-2.eml"));
        QCOMPARE(bar.fileName(2), QStringLiteral("invoice.pdf.exe"));
        QCOMPARE(bar.fileName(3), QStringLiteral("attachment-4.png"));
        QCOMPARE(bar.attachment(0).body, kPdf);
        QVERIFY(!AttachmentBar::isExecutable(bar.attachment(0), bar.fileName(0)));
        QVERIFY(AttachmentBar::isExecutable(bar.attachment(2), bar.fileName(2)));
        QVERIFY(!AttachmentBar::isExecutable(bar.attachment(3), bar.fileName(3)));

        heron::mime::MimePart odd;
        odd.type = "application";
        odd.subtype = "octet-stream";
        odd.filename = QStringLiteral("..\\..\\a:b?.txt");
        QCOMPARE(AttachmentBar::fileNameFor(odd, 0), QStringLiteral("a_b_.txt"));
        odd.filename = QStringLiteral("..");
        QVERIFY(AttachmentBar::fileNameFor(odd, 0).startsWith(QStringLiteral("attachment-1")));
        odd.filename = QStringLiteral("run.sh");
        odd.body = "#!/bin/sh\necho hi\n";
        QVERIFY(AttachmentBar::isExecutable(odd, AttachmentBar::fileNameFor(odd, 0)));
        odd.filename = QStringLiteral("notes");
        QVERIFY(AttachmentBar::isExecutable(odd, AttachmentBar::fileNameFor(odd, 0))); // by its content
    }

    void saveAllNumbersInsteadOfReplacing()
    {
        AttachmentBar bar;
        bar.setMessage(MessageTextFormatter::forDisplay(messageWithAttachments(), QString()).parts);
        QTemporaryDir folder;
        QString error;
        const auto first = bar.saveAllTo(folder.path(), &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->size(), 4);
        QCOMPARE(readFile(folder.filePath(QStringLiteral("report.pdf"))), kPdf);
        QCOMPARE(readFile(folder.filePath(QStringLiteral("attachment-4.png"))), kPng);
        QVERIFY(readFile(folder.filePath(QStringLiteral("message-2.eml"))).contains("Subject: the forwarded one"));

        QFile mine(folder.filePath(QStringLiteral("report.pdf")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("the user's own file");
        mine.close();
        const auto second = bar.saveAllTo(folder.path(), &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->at(0), folder.filePath(QStringLiteral("report (2).pdf")));
        QCOMPARE(readFile(folder.filePath(QStringLiteral("report (2).pdf"))), kPdf);
        QCOMPARE(readFile(folder.filePath(QStringLiteral("report.pdf"))), QByteArray("the user's own file"));

        QVERIFY(!bar.saveAllTo(folder.filePath(QStringLiteral("missing")), &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
        QVERIFY(!bar.saveTo(0, folder.filePath(QStringLiteral("missing/x.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral("could not save")));
    }

    void openHandsOverAReadOnlyCopy()
    {
        AttachmentBar bar;
        bar.setMessage(MessageTextFormatter::forDisplay(messageWithAttachments(), QString()).parts);
        QList<QUrl> opened;
        bar.setOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        QString error;
        QVERIFY2(bar.open(0, &error), qPrintable(error));
        QCOMPARE(opened.size(), 1);
        const QString path = opened[0].toLocalFile();
        QCOMPARE(readFile(path), kPdf);
        // Owner, group and others; the "user" bits say what this process may do (root may write anyway).
        const auto modeBits = QFileDevice::Permissions::fromInt(0x7077);
        QCOMPARE(QFile::permissions(path) & modeBits, QFileDevice::Permissions(QFileDevice::ReadOwner));
        QVERIFY(bar.open(0, &error)); // again: a second copy, the first is not written over
        QCOMPARE(opened.size(), 2);
        QVERIFY(opened[1] != opened[0]);

        QVERIFY(!bar.open(2, &error)); // a program: never handed to the desktop
        QVERIFY(error.contains(QStringLiteral("program")));
        QCOMPARE(opened.size(), 2);

        bar.setOpener([](const QUrl &) { return false; });
        QVERIFY(!bar.open(3, &error));
        QVERIFY(error.contains(QStringLiteral("No application")));
    }

    void attachedMessageOpensInHeron()
    {
        MessageView view;
        QSignalSpy requested(&view, &MessageView::attachedMessageOpened);
        heron::store::MessageRecord record;
        record.subject = QStringLiteral("papers");
        view.showMessage(record, messageWithAttachments());
        AttachmentBar *bar = view.attachmentBar();
        QVERIFY(bar->isVisibleTo(&view));
        QCOMPARE(bar->count(), 4);
        QString error;
        QVERIFY(bar->open(1, &error));
        QCOMPARE(requested.size(), 1);
        const QByteArray inner = requested[0][0].toByteArray();
        QVERIFY(inner.startsWith("From: carl@example.org"));

        MessageFileWindow window(inner, requested[0][1].toString());
        QCOMPARE(window.windowTitle(), QStringLiteral("the forwarded one — Heron"));
        QVERIFY(window.view()->bodyText().contains(QStringLiteral("Inner words.")));
        QVERIFY(!window.view()->attachmentBar()->isVisibleTo(window.view()));

        view.showPlaceholder(QStringLiteral("nothing"));
        QVERIFY(!bar->isVisibleTo(&view));
    }
};

QTEST_MAIN(TestAttachmentBar)
#include "tst_attachment_bar.moc"
