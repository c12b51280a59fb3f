#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace heron::i18n {

// Puts Heron's translations (embedded as :/i18n/heron_<lang>.qm by the
// heron_translations library, which the programs link) and Qt's own, where
// the system has them, into effect for the application. Call once, before
// any translated text is created.
class TranslationLoader
{
public:
    // preferred: a language such as "de" or "fr-CA"; empty means the system's
    // UI languages in order. Returns the language whose catalogue was loaded,
    // or "en" when Heron's own English text stays.
    static QString install(QCoreApplication &app, const QString &preferred = QString());

    // Languages with an embedded catalogue, for the language setting.
    static QStringList available();
};

} // namespace heron::i18n
