// SearchQuery::plainTerms: which cache searches (FTS5 syntax) can be asked of an
// IMAP server as "every one of these substrings", and which cannot.
#include "store/search_query.h"

#include <QTest>

using heron::store::SearchQuery;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void plainTerms_data();
    void plainTerms();
};

void TestSearchQuery::plainTerms_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("plain");
    QTest::addColumn<QStringList>("terms");

    const auto plain = [](const char *name, const QString &query, const QStringList &terms) {
        QTest::newRow(name) << query << true << terms;
    };
    const auto notPlain
        = [](const char *name, const QString &query) { QTest::newRow(name) << query << false << QStringList(); };
    plain("one word", QStringLiteral("invoice"), {QStringLiteral("invoice")});
    plain("words", QStringLiteral("  quarterly   invoice "), {QStringLiteral("quarterly"), QStringLiteral("invoice")});
    plain("explicit AND", QStringLiteral("a AND b"), {QStringLiteral("a"), QStringLiteral("b")});
    plain("lower-case and is a word", QStringLiteral("salt and pepper"),
          {QStringLiteral("salt"), QStringLiteral("and"), QStringLiteral("pepper")});
    plain("prefix", QStringLiteral("invo*"), {QStringLiteral("invo")});
    plain("phrase", QStringLiteral("\"see  you\" soon"), {QStringLiteral("see you"), QStringLiteral("soon")});
    plain("quote in a phrase", QStringLiteral("\"say \"\"hi\"\"\""), {QStringLiteral("say \"hi\"")});
    plain("the list's filter", QStringLiteral("\"Grüße\"* \"x_1\"*"), {QStringLiteral("Grüße"), QStringLiteral("x_1")});
    plain("non-ASCII bareword", QStringLiteral("Zürich"), {QStringLiteral("Zürich")});

    notPlain("empty", QString());
    notPlain("blank", QStringLiteral("   "));
    notPlain("only AND", QStringLiteral("AND"));
    notPlain("OR", QStringLiteral("a OR b"));
    notPlain("NOT", QStringLiteral("a NOT b"));
    notPlain("NEAR", QStringLiteral("NEAR(a b)"));
    notPlain("group", QStringLiteral("(a b)"));
    notPlain("column filter", QStringLiteral("subject:invoice"));
    notPlain("column list", QStringLiteral("{subject body}: invoice"));
    notPlain("initial token", QStringLiteral("^invoice"));
    notPlain("concatenation", QStringLiteral("a + b"));
    notPlain("unclosed quote", QStringLiteral("\"open"));
    notPlain("punctuation", QStringLiteral("e-mail"));
}

void TestSearchQuery::plainTerms()
{
    QFETCH(QString, query);
    QFETCH(bool, plain);
    QFETCH(QStringList, terms);
    const std::optional<QStringList> found = SearchQuery::plainTerms(query);
    QCOMPARE(found.has_value(), plain);
    if (plain)
        QCOMPARE(*found, terms);
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_search_query.moc"
