#include "RecoveryReportOutput.h"

#include "CliContext.h"
#include "reports/RecoveryReportPdf.h"

#include <QLocale>

int writeRecoveryReportPdf(CliContext& ctx, const Database& db, const RecoveryFigures& figures,
                           const QString& path)
{
    // Translations::install made the chosen language the default locale.
    const QString language =
        QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    auto content = RecoveryReportLoader::load(db, figures, language);
    if (!content)
        return ctx.fail(ExitBadInput, content.error());
    auto pages = RecoveryReportPdf::write(*content, path);
    if (!pages)
        return ctx.fail(ExitBadInput, pages.error());
    ctx.err() << CliContext::tr("%1 written: %n page(s).", nullptr, *pages).arg(path) << u'\n';
    ctx.err().flush();
    return ExitSuccess;
}
