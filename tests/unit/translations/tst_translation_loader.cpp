// TranslationLoader with the embedded catalogues: German and French load and
// translate, English and unknown languages keep the source text.
#include "i18n/translation_loader.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using heron::i18n::TranslationLoader;

namespace {

// A string every catalogue must carry (core/accounts/profile.cpp).
const char kContext[] = "Profile";
const char kSource[] = "The profile directory %1 is not writable by you.";

QString translated()
{
    return QCoreApplication::translate(kContext, kSource);
}

} // namespace

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private slots:
    void availableLanguages()
    {
        const QStringList languages = TranslationLoader::available();
        QVERIFY(languages.contains(QStringLiteral("en")));
        QVERIFY(languages.contains(QStringLiteral("de")));
        QVERIFY(languages.contains(QStringLiteral("fr")));
    }

    // Each run of the process may install one set; the rows check each language.
    void install_data()
    {
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("word"); // a word the translation must contain
        QTest::newRow("english") << QStringLiteral("en") << QStringLiteral("en") << QStringLiteral("writable");
        QTest::newRow("unknown falls back to english")
            << QStringLiteral("tlh") << QStringLiteral("en") << QStringLiteral("writable");
        QTest::newRow("german") << QStringLiteral("de-AT") << QStringLiteral("de") << QStringLiteral("Profil");
        QTest::newRow("french") << QStringLiteral("fr") << QStringLiteral("fr") << QStringLiteral("profil");
    }

    void install()
    {
        QFETCH(QString, preferred);
        QFETCH(QString, expected);
        QFETCH(QString, word);
        for (QTranslator *old : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
        QCOMPARE(TranslationLoader::install(*qApp, preferred), expected);
        QVERIFY2(translated().contains(word), qPrintable(translated()));
        // A catalogue that loaded but lacks the entry would leave the English text.
        QCOMPARE(translated() == QLatin1String(kSource), expected == QLatin1String("en"));
        QVERIFY(translated().contains(QStringLiteral("%1")));
    }
};

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translation_loader.moc"
