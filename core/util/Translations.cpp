#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

QString install(QCoreApplication& app, const QString& language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang =
            QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    QLocale::setDefault(
        QLocale(lang == QLatin1String("fr") ? QLocale::French : QLocale::English,
                lang == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom));

    auto* own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/relance_") + lang))
        app.installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return lang;
}

} // namespace Translations
