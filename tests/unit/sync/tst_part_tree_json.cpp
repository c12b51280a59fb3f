// PartTree::leavesAsJson writes the cache's part list by hand; its bytes must be
// the ones QJsonDocument writes (qtLeavesAsJson), which the readers of the cache
// were built against: every optional member present or not, filenames with
// quotes, backslashes, control characters, non-ASCII and astral characters, and
// a lone surrogate (handed to Qt).
#include "mime/mime_part.h"
#include "sync/part_tree.h"

#include <QJsonDocument>
#include <QTest>

using heron::mime::MimePart;
using heron::sync::PartTree;

namespace {

MimePart leaf(const QByteArray &type, const QByteArray &subtype, const QString &filename)
{
    MimePart part;
    part.type = type;
    part.subtype = subtype;
    part.filename = filename;
    return part;
}

} // namespace

class TestPartTreeJson : public QObject
{
    Q_OBJECT

private slots:
    void sameBytesAsQt_data();
    void sameBytesAsQt();
};

void TestPartTreeJson::sameBytesAsQt_data()
{
    QTest::addColumn<QString>("filename");
    QTest::addColumn<bool>("optionalMembers");
    QTest::newRow("plain, nothing optional") << QString() << false;
    QTest::newRow("every member") << QStringLiteral("report.pdf") << true;
    QTest::newRow("quote and backslash") << QStringLiteral("say \"hi\" \\ bye.txt") << true;
    QTest::newRow("control characters") << QStringLiteral("a\tb\nc\rd") + QChar(0x01) + QChar(0x1f) + QChar(0x08)
            + QChar(0x0c) + QChar(0x7f) << true;
    QTest::newRow("non-ASCII") << QStringLiteral("Grüße – 報告.docx") << true;
    QTest::newRow("astral") << QStringLiteral("smile \U0001F600.png") << false;
    QTest::newRow("lone surrogate") << QStringLiteral("broken ") + QChar(0xd800) + QStringLiteral(".bin") << true;
    QTest::newRow("slash and unicode separators") << QStringLiteral("a/b") + QChar(0x2028) + QChar(0xfeff) << true;
}

void TestPartTreeJson::sameBytesAsQt()
{
    QFETCH(QString, filename);
    QFETCH(bool, optionalMembers);
    MimePart root;
    root.type = "multipart";
    root.subtype = "mixed";
    MimePart text = leaf("text", "plain", QString());
    MimePart attachment = leaf("application", "pdf", filename);
    attachment.size = 123456;
    if (optionalMembers) {
        text.charset = "utf-8";
        text.encoding = "quoted-printable";
        attachment.disposition = "attachment";
        attachment.encoding = "base64";
        attachment.contentId = "part1@example.org";
    }
    MimePart nested;
    nested.type = "multipart";
    nested.subtype = "alternative";
    nested.children = {leaf("text", "html", QString()), text};
    root.children = {nested, attachment, leaf("message", "rfc822", QStringLiteral("forwarded.eml"))};
    root.assignPartNumbers();

    const QByteArray json = PartTree::leavesAsJson(root);
    QCOMPARE(json, PartTree::qtLeavesAsJson(root));
    QJsonParseError error;
    QVERIFY(QJsonDocument::fromJson(json, &error).isArray());
    QCOMPARE(error.error, QJsonParseError::NoError);

    // A single leaf at the top (a message that is not multipart) gives a list of one.
    const MimePart single = leaf("text", "plain", filename);
    QCOMPARE(PartTree::leavesAsJson(single), PartTree::qtLeavesAsJson(single));
}

QTEST_GUILESS_MAIN(TestPartTreeJson)
#include "tst_part_tree_json.moc"
