#include "LetterFixture.h"

#include "letters/LetterComposer.h"
#include "letters/LetterProducer.h"
#include "letters/LetterRenderer.h"
#include "storage/AgencyRepository.h"
#include "storage/ReminderRepository.h"

#include <QBuffer>
#include <QImage>
#include <QSet>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

using namespace TestSupport;
using namespace LetterFixture;

namespace {

const QDate asOf(2026, 11, 23);

QByteArray png(const QSize& size, Qt::GlobalColor color)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.fillRect(QRect(QPoint(10, 10), size - QSize(20, 20)), color);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Issued level(int position, const Account& account, int months, Money rent)
{
    Issued i;
    i.account = account;
    i.level = position;
    i.oldestDue = QDate(2026, 10, 5).addMonths(1 - months);
    i.itemsJson = monthlyItems(months, i.oldestDue, rent, &i.overdue);
    return i;
}

} // namespace

TEST_CASE("A first reminder reads as the golden text: amounts, French dates, address block")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    QList<Issued> issued{level(1, dupont(), 1, Money::fromCents(101350))};
    const qint64 runId = recordRun(*db, asOf, issued);

    LetterOutputOptions options;
    options.outDir = dir.filePath(QStringLiteral("out"));
    options.mergedPath = dir.filePath(QStringLiteral("run.pdf"));
    auto produced = LetterProducer::produceRun(*db, runId, options);
    INFO(produced.error().toStdString());
    REQUIRE(produced.ok());
    REQUIRE(produced->letters == 1);
    REQUIRE(produced->files.size() == 1);
    const QString file = produced->files.first();
    CHECK(QFileInfo(file).fileName() == QStringLiteral("relance-LOC0042-n1-2026-11-23.pdf"));

    const QString text = normalizedText(file);
    CHECK(text.contains(QStringLiteral("Lyon, le 23 novembre 2026")));
    CHECK(text.contains(QStringLiteral("1 013,50 €")));
    CHECK(text.contains(QStringLiteral("M. Jean Dupont")));
    CHECK(text.contains(QStringLiteral("69003 LYON")));
    CHECK(text.contains(QStringLiteral("1er décembre 2026"))); // deadline = D + 8
    CHECK(text.contains(QStringLiteral("Loyer octobre 2026")));
    CHECK(text.contains(QStringLiteral("1/1")));
    CHECK_FALSE(text.contains(QStringLiteral("recommandée")));

    // The letter's file is recorded for the history and the e-mail.
    auto letters = ReminderRepository(*db).lettersOfRun(runId);
    REQUIRE(letters.ok());
    CHECK(letters->first().filePath == file);

    CHECK(pdfInfo(file, QStringLiteral("Pages")) == QStringLiteral("1"));
    CHECK(pdfInfo(file, QStringLiteral("Author")) == QStringLiteral("Agence du Parc"));
    CHECK(pdfInfo(file, QStringLiteral("Title")).contains(QStringLiteral("LOC0042")));
    CHECK_FALSE(pdfInfo(file, QStringLiteral("Subject")).isEmpty());
    CHECK(pdfInfo(options.mergedPath, QStringLiteral("Author")) ==
          QStringLiteral("Agence du Parc"));
}

TEST_CASE("A formal notice goes registered to the tenant and to the guarantor, who learns whose "
          "debt it is")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    QList<Issued> issued{level(4, dupont(), 2, Money::fromCents(50675))};
    const qint64 runId = recordRun(*db, asOf, issued);

    LetterOutputOptions options;
    options.outDir = dir.filePath(QStringLiteral("out"));
    options.mergedPath = dir.filePath(QStringLiteral("run.pdf"));
    auto produced = LetterProducer::produceRun(*db, runId, options);
    INFO(produced.error().toStdString());
    REQUIRE(produced.ok());
    REQUIRE(produced->files.size() == 2);
    CHECK(QFileInfo(produced->files.at(0)).fileName() ==
          QStringLiteral("relance-LOC0042-n4-2026-11-23.pdf"));
    CHECK(QFileInfo(produced->files.at(1)).fileName() ==
          QStringLiteral("relance-LOC0042-n4-caution1-2026-11-23.pdf"));

    const QString tenant = normalizedText(produced->files.at(0));
    const QString tenantFlat = QString(tenant).replace(u'\n', u' ');
    CHECK(tenant.contains(QStringLiteral("Lettre recommandée avec accusé de réception")));
    CHECK(tenant.contains(QStringLiteral("Objet : Mise en demeure")));
    CHECK(tenant.contains(QStringLiteral("1 013,50 €")));
    CHECK(tenantFlat.contains(QStringLiteral("mille treize euros et cinquante centimes")));
    CHECK(tenantFlat.contains(QStringLiteral("8 décembre 2026"))); // deadline = D + 15
    CHECK(tenantFlat.contains(QStringLiteral("clause résolutoire")));

    if (qEnvironmentVariableIsSet("RELANCE_KEEP_LETTERS"))
        QFile::copy(produced->files.at(1), qEnvironmentVariable("RELANCE_KEEP_LETTERS") +
                                               QStringLiteral("/guarantor.pdf"));
    const QString guarantor = normalizedText(produced->files.at(1));
    CHECK(guarantor.contains(QStringLiteral("Mme Marie Dupont")));
    CHECK(guarantor.contains(QStringLiteral("69002 LYON")));
    CHECK(guarantor.contains(QStringLiteral("caution de M. Jean Dupont")));
    CHECK(guarantor.contains(QStringLiteral("Lettre recommandée avec accusé de réception")));

    // The merged file holds both letters, in order.
    const QString merged = normalizedText(options.mergedPath);
    CHECK(
        merged.indexOf(QStringLiteral("Mme Marie Dupont")) >
        merged.indexOf(QStringLiteral("Par la présente, nous vous mettons en demeure de régler")));
    CHECK(pdfInfo(options.mergedPath, QStringLiteral("Pages")) == QString::number(produced->pages));
}

TEST_CASE("Merged and split PDFs are valid PDF/A-1b files with every font embedded")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    Account second = dupont();
    second.ref = QStringLiteral("LOC0043");
    second.name = QStringLiteral("Mme Élodie Martin");
    second.guarantors.clear();
    QList<Issued> issued{level(3, dupont(), 2, Money::fromCents(72000)),
                         level(2, second, 3, Money::fromCents(64000))};
    const qint64 runId = recordRun(*db, asOf, issued);
    // A logo and a signature with transparency (PDF/A-1 has none: flattened).
    AgencyIdentity withImages = agency();
    withImages.logoPng = png(QSize(300, 120), Qt::darkBlue);
    withImages.signaturePng = png(QSize(240, 90), Qt::darkGray);
    REQUIRE(AgencyRepository(*db).save(withImages).ok());
    LetterOutputOptions options;
    options.outDir = dir.filePath(QStringLiteral("out"));
    options.mergedPath = dir.filePath(QStringLiteral("run.pdf"));
    auto produced = LetterProducer::produceRun(*db, runId, options);
    INFO(produced.error().toStdString());
    REQUIRE(produced.ok());
    REQUIRE(produced->files.size() == 2);
    // Two letters, but the logo and the signature are stored once each.
    const QStringList images =
        run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), options.mergedPath})
            .split(u'\n', Qt::SkipEmptyParts)
            .mid(2);
    QSet<QString> objects;
    for (const QString& row : images)
        objects.insert(row.split(u' ', Qt::SkipEmptyParts).value(10));
    CHECK(images.size() == 4);
    CHECK(objects.size() == 2);
    QStringList all = produced->files;
    all << options.mergedPath;
    for (const QString& file : all) {
        INFO(file.toStdString());
        int code = -1;
        const QString check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), file}, &code);
        CHECK(code == 0);
        CHECK(check.contains(QStringLiteral("No syntax or stream encoding errors")));
        const QString fonts = run(QStringLiteral("pdffonts"), {file});
        const QStringList rows = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        CHECK_FALSE(rows.isEmpty());
        for (const QString& row : rows)
            CHECK(row.split(u' ', Qt::SkipEmptyParts)
                      .value(row.split(u' ', Qt::SkipEmptyParts).size() - 5) ==
                  QStringLiteral("yes"));
        // PDF/A identification and the Info/XMP pair.
        const QString meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), file});
        CHECK(meta.contains(QStringLiteral("pdfaid:part=\"1\"")));
        CHECK(meta.contains(QStringLiteral("Agence du Parc")));
        CHECK(pdfInfo(file, QStringLiteral("Author")) == QStringLiteral("Agence du Parc"));
        CHECK(pdfInfo(file, QStringLiteral("PDF version")) == QStringLiteral("1.4"));
    }
    // The guarantor-information letter went to the guarantor only.
    const QString info = normalizedText(produced->files.at(0));
    CHECK(info.contains(QStringLiteral("article 2303 du Code civil")));
    CHECK(info.contains(QStringLiteral("Mme Marie Dupont")));
    CHECK(info.contains(QStringLiteral("1 440,00 €")));
    CHECK(normalizedText(produced->files.at(1)).contains(QStringLiteral("Mme Élodie Martin")));
}

TEST_CASE("A long table of unpaid items breaks across pages with its header repeated")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    QList<Issued> issued{level(2, dupont(), 40, Money::fromCents(45000))};
    const qint64 runId = recordRun(*db, asOf, issued);
    LetterOutputOptions options;
    options.outDir = dir.filePath(QStringLiteral("out"));
    auto produced = LetterProducer::produceRun(*db, runId, options);
    INFO(produced.error().toStdString());
    REQUIRE(produced.ok());
    const QString file = produced->files.first();
    CHECK(pdfInfo(file, QStringLiteral("Pages")) == QStringLiteral("2"));
    if (qEnvironmentVariableIsSet("RELANCE_KEEP_LETTERS"))
        QFile::copy(file,
                    qEnvironmentVariable("RELANCE_KEEP_LETTERS") + QStringLiteral("/long.pdf"));
    const QString text = normalizedText(file);
    CHECK(text.contains(QStringLiteral("1/2")));
    CHECK(text.contains(QStringLiteral("2/2")));
    CHECK(text.count(QStringLiteral("Échéance Libellé Montant Reste dû")) == 2);
    CHECK(text.contains(QStringLiteral("Total dû 18 000,00 €")));
    // Every item is listed once.
    CHECK(text.count(QStringLiteral("Loyer ")) == 40);
}

TEST_CASE("A tenant name with markup shows as text, never as formatting")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    Account a = dupont();
    a.name = QStringLiteral("<b>Jean</b> & <i>Cie</i>");
    a.property = QStringLiteral("<img src=x>Local commercial");
    QList<Issued> issued{level(4, a, 1, Money::fromCents(12000))};
    const qint64 runId = recordRun(*db, asOf, issued);
    LetterOutputOptions options;
    options.outDir = dir.filePath(QStringLiteral("out"));
    auto produced = LetterProducer::produceRun(*db, runId, options);
    INFO(produced.error().toStdString());
    REQUIRE(produced.ok());
    // The guarantor letter names the tenant in its body.
    const QString text = normalizedText(produced->files.at(1));
    CHECK(text.contains(QStringLiteral("<b>Jean</b> & <i>Cie</i>")));
    CHECK(text.contains(QStringLiteral("<img src=x>Local commercial")));
}

TEST_CASE("The calibration page frames the envelope window at the configured offsets")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calibration.pdf"));
    {
        QPdfWriter writer(path);
        LetterRenderer::preparePage(writer);
        QPainter painter(&writer);
        EnvelopeWindow w;
        w.leftMm = 100;
        LetterRenderer(w).renderCalibration(painter, writer);
    }
    const QString text = normalizedText(path);
    CHECK(text.contains(QStringLiteral("100 mm from the left, 55 mm from the top")));
}

TEST_CASE("A large run is drawn in parallel yet keeps every letter in order, in its own file")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    QList<Issued> issued;
    for (int i = 1; i <= 66; ++i) {
        Account a = dupont();
        a.ref = QStringLiteral("LOC%1").arg(i, 4, 10, QChar(u'0'));
        a.name = QStringLiteral("Locataire numéro %1").arg(i);
        a.guarantors.clear();
        issued << level(1, a, 1 + i % 3, Money::fromCents(30000 + i));
    }
    const qint64 runId = recordRun(*db, asOf, issued);
    LetterOutputOptions options;
    options.outDir = dir.filePath(QStringLiteral("out"));
    options.mergedPath = dir.filePath(QStringLiteral("run.pdf"));
    int lastDone = 0;
    options.progress = [&](int done, int) {
        lastDone = done;
    };
    auto produced = LetterProducer::produceRun(*db, runId, options);
    INFO(produced.error().toStdString());
    REQUIRE(produced.ok());
    CHECK(lastDone == 66);
    REQUIRE(produced->files.size() == 66);
    CHECK(pdfInfo(options.mergedPath, QStringLiteral("Pages")) == QString::number(produced->pages));
    const QString merged = normalizedText(options.mergedPath);
    qsizetype previous = -1;
    for (int i = 1; i <= 66; ++i) {
        const QString ref = QStringLiteral("LOC%1").arg(i, 4, 10, QChar(u'0'));
        const QString file = produced->files.at(i - 1);
        CHECK(QFileInfo(file).fileName() ==
              QStringLiteral("relance-%1-n1-2026-11-23.pdf").arg(ref));
        const QString text = normalizedText(file);
        CHECK(text.contains(QStringLiteral("Locataire numéro %1\n").arg(i)));
        CHECK(text.count(QStringLiteral("Réf. : LOC")) == 1);
        const qsizetype at = merged.indexOf(QStringLiteral("Réf. : ") + ref);
        CHECK(at > previous);
        previous = at;
    }
}
