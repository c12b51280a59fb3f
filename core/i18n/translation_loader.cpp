#include "i18n/translation_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace heron::i18n {

namespace {

const QString kCatalogueDir = QStringLiteral(":/i18n");

// A translator owned by the application, installed when its catalogue loads.
bool installCatalogue(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), directory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

QString TranslationLoader::install(QCoreApplication &app, const QString &preferred)
{
    // The user's languages in order of preference (LANGUAGE, else LC_MESSAGES or
    // LANG on Unix); the first that is English or has a catalogue wins. English
    // is the source language: no catalogue, and no Qt catalogue either, so a
    // German system with Heron set to English does not get mixed dialogs.
    const QStringList languages = preferred.isEmpty() ? QLocale::system().uiLanguages() : QStringList {preferred};
    for (const QString &language : languages) {
        const QLocale locale(language);
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            return QStringLiteral("en");
        if (installCatalogue(app, locale, QStringLiteral("heron"), kCatalogueDir)) {
            installCatalogue(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
            return QLocale::languageToCode(locale.language());
        }
    }
    return QStringLiteral("en");
}

QStringList TranslationLoader::available()
{
    QStringList languages {QStringLiteral("en")};
    for (const QString &file : QDir(kCatalogueDir).entryList({QStringLiteral("heron_*.qm")}, QDir::Files, QDir::Name))
        languages << file.mid(6).chopped(3); // "heron_de.qm" -> "de"
    return languages;
}

} // namespace heron::i18n
