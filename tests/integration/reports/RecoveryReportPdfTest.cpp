// `report recovery --out FILE.pdf` (issue 15): the monthly recovery report as
// an agency manager reads it, through pdftotext and pdfinfo, on a small
// agency computed by hand (ReportAgency).
#include "ReportAgency.h"

#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace TestSupport;

namespace {

// pdftotext writes no-break and narrow spaces as they are, or as spaces,
// and lays columns out with runs of spaces: compare without any.
QString squeeze(QString s)
{
    static const QRegularExpression spaces(QStringLiteral("[\\s\\x{00a0}\\x{202f}]+"));
    return s.remove(spaces);
}

QString writeReport(const ReportAgency& a, const QString& lang, const QString& name)
{
    const QString pdf = a.dir.filePath(name);
    auto written = a.cli({QStringLiteral("--lang"), lang, QStringLiteral("report"),
                          QStringLiteral("recovery"), QStringLiteral("--as-of"),
                          QStringLiteral("2026-11-30"), QStringLiteral("--out"), pdf});
    INFO(written.err.toStdString());
    REQUIRE(written.exitCode == 0);
    CHECK(written.err.contains(pdf));
    return pdf;
}

QString meta(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of the debtors' list from the heading of `bucketHeading` to the
// next bucket's heading (or the end).
QString section(const QString& squeezed, const QString& bucketHeading)
{
    const qsizetype list = squeezed.indexOf(QStringLiteral("Listedesdébiteursparancienneté"));
    REQUIRE(list >= 0);
    const qsizetype start = squeezed.indexOf(bucketHeading, list);
    REQUIRE(start >= 0);
    static const QRegularExpression next(QStringLiteral("jours:\\d+débiteur\\(s\\)"));
    const auto m = next.match(squeezed, start + bucketHeading.size());
    return squeezed.mid(start, m.hasMatch() ? m.capturedStart() - start : -1);
}

} // namespace

TEST_CASE("report recovery --out writes the figures, the ageing and the debtors by age in French")
{
    ReportAgency a;
    const QString pdf = writeReport(a, QStringLiteral("fr"), QStringLiteral("rapport.pdf"));
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    const QString s = squeeze(text);

    CHECK(s.contains(QStringLiteral("Rapportderecouvrementau30novembre2026")));
    CHECK(s.contains(QStringLiteral("AgenceduParc")));
    CHECK(s.contains(QStringLiteral("12placeBellecour")));
    // Key figures: now, a month ago, the change.
    CHECK(s.contains(QStringLiteral("Totaldesimpayés7913,50€5600,00€+2313,50€")));
    CHECK(s.contains(QStringLiteral("Débiteurs32+1")));
    // The ageing table: each bucket's count and amount, and their total.
    CHECK(s.contains(QStringLiteral("0à30jours11013,50€")));
    CHECK(s.contains(QStringLiteral("31à60jours00,00€")));
    CHECK(s.contains(QStringLiteral("61à90jours12400,00€")));
    CHECK(s.contains(QStringLiteral("91à180jours00,00€")));
    CHECK(s.contains(QStringLiteral("plusde180jours14500,00€")));
    CHECK(s.contains(QStringLiteral("Total37913,50€")));
    // The month ends: 30 November 2026 is the last of 24, and October's
    // figure is the month-ago one.
    CHECK(s.contains(QStringLiteral("30/11/20267913,50€3")));
    CHECK(s.contains(QStringLiteral("31/10/2026")));
    CHECK(s.contains(QStringLiteral("31/12/2024")));
    CHECK_FALSE(s.contains(QStringLiteral("30/11/2024")));

    // Each debtor in the section of their bucket, with ref, name, amount.
    const QString young = section(s, QStringLiteral("0à30jours:1débiteur(s),1013,50€"));
    CHECK(young.contains(QStringLiteral("LOC0001MmeAliceArnaud1013,50€")));
    CHECK_FALSE(young.contains(QStringLiteral("LOC0002")));
    const QString middle = section(s, QStringLiteral("61à90jours:1débiteur(s),2400,00€"));
    CHECK(middle.contains(QStringLiteral("LOC0002M.BrunoBernard2400,00€")));
    CHECK_FALSE(middle.contains(QStringLiteral("LOC0003")));
    const QString old = section(s, QStringLiteral("Plusde180jours:1débiteur(s),4500,00€"));
    CHECK(old.contains(QStringLiteral("LOC0003MmeChloéColin4500,00€")));
    // A tenant who always paid is no debtor.
    CHECK_FALSE(s.contains(QStringLiteral("LOC0004")));
    // French figures keep their group separator as a space, never a comma.
    static const QRegularExpression total(QStringLiteral("7[\\x{00a0}\\x{202f} ]913,50 €"));
    CHECK(total.match(text).hasMatch());

    // A4 pages, numbered, PDF/A-1b with the letters' metadata.
    CHECK(pdfInfo(pdf, QStringLiteral("Page size")).contains(QStringLiteral("A4")));
    const int pages = pdfInfo(pdf, QStringLiteral("Pages")).toInt();
    CHECK(pages >= 2);
    CHECK(s.contains(QStringLiteral("1/%1").arg(pages)));
    CHECK(s.contains(QStringLiteral("%1/%1").arg(pages)));
    CHECK(pdfInfo(pdf, QStringLiteral("Title")) ==
          QStringLiteral("Rapport de recouvrement au 30 novembre 2026"));
    CHECK(pdfInfo(pdf, QStringLiteral("Author")) == QStringLiteral("Agence du Parc"));
    CHECK_FALSE(pdfInfo(pdf, QStringLiteral("Subject")).isEmpty());
    CHECK(meta(pdf).contains(QStringLiteral("pdfaid:part=\"1\"")));
}

TEST_CASE("report recovery --out follows --lang: an English report has English words and amounts")
{
    ReportAgency a;
    const QString pdf = writeReport(a, QStringLiteral("en"), QStringLiteral("report.pdf"));
    const QString s = squeeze(pdfText(pdf));
    INFO(s.toStdString());
    CHECK(s.contains(QStringLiteral("Recoveryreportasof30November2026")));
    CHECK(s.contains(QStringLiteral("Totaloverdue€7,913.50€5,600.00+€2,313.50")));
    CHECK(s.contains(QStringLiteral("0to30days:1debtor(s),€1,013.50")));
    CHECK(pdfInfo(pdf, QStringLiteral("Title")) ==
          QStringLiteral("Recovery report as of 30 November 2026"));
}

TEST_CASE("report recovery --out into a folder that cannot be written fails and says which file")
{
    ReportAgency a;
    const QString pdf = a.dir.filePath(QStringLiteral("missing/folder/rapport.pdf"));
    auto written = a.cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"),
                          QStringLiteral("recovery"), QStringLiteral("--as-of"),
                          QStringLiteral("2026-11-30"), QStringLiteral("--out"), pdf});
    CHECK(written.exitCode != 0);
    CHECK(written.err.contains(pdf));
    CHECK_FALSE(QFile::exists(pdf));
}
