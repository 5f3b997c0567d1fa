#include "LetterFixture.h"

#include "letters/LetterProducer.h"
#include "storage/AgencyRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/TemplateRepository.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>

using namespace TestSupport;
using namespace LetterFixture;

namespace {

const QDate asOf(2026, 11, 23);

QByteArray png(const QSize& size, Qt::GlobalColor color)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.fillRect(QRect(QPoint(10, 10), size - QSize(20, 20)), color);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Issued reminder(const Account& account, int level, int months)
{
    Issued i;
    i.account = account;
    i.level = level;
    i.oldestDue = QDate(2026, 10, 5).addMonths(1 - months);
    i.itemsJson = monthlyItems(months, i.oldestDue, Money::fromCents(101350), &i.overdue);
    return i;
}

// Text as read on paper: ligatures undone, every kind of space one space,
// lines joined (a paragraph wraps anywhere).
QString flat(const QString& text)
{
    QString t = text.normalized(QString::NormalizationForm_KC);
    t.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ').replace(u'\n', u' ');
    return t.simplified();
}

// The pages of a PDF as pdftotext reads them (form feeds between pages).
QStringList pages(const QString& pdf)
{
    QStringList list = pdfText(pdf).split(u'\f');
    while (!list.isEmpty() && list.last().trimmed().isEmpty())
        list.removeLast();
    return list;
}

// The last two paragraphs of a template's body as the letter prints them:
// the last paragraph (its first words) and the closing formula (whole).
struct Ending
{
    QString lastParagraph;
    QString closing;
};

Ending endingOf(const QString& body)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]+>"));
    static const QRegularExpression sections(
        QStringLiteral("\\{\\{([#/^][^}]*|reminder\\.items_table)\\}\\}"));
    QStringList paragraphs;
    for (QString p : body.split(QStringLiteral("</p>"))) {
        p.remove(tags).remove(sections).replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
        p = p.left(p.indexOf(QStringLiteral("{{")) >= 0 ? p.indexOf(QStringLiteral("{{"))
                                                        : p.size());
        if (!p.simplified().isEmpty())
            paragraphs << flat(p);
    }
    REQUIRE(paragraphs.size() >= 2);
    const QStringList words = paragraphs.at(paragraphs.size() - 2).split(u' ');
    return {words.mid(0, 5).join(u' '), paragraphs.last()};
}

} // namespace

TEST_CASE("Every default letter keeps its last paragraph, closing and signature on one page")
{
    struct Images
    {
        const char* name;
        bool logo;
        bool signature;
    };
    const Images variants[] = {{"no images", false, false},
                               {"signature", false, true},
                               {"logo", true, false},
                               {"logo and signature", true, true}};
    for (const Images& images : variants) {
        QTemporaryDir dir;
        auto db = createDatabase(dir);
        // Every level, both languages, 1 and 12 unpaid items; levels 3 and 4
        // also write to the guarantor.
        QList<Issued> issued;
        for (int level = 1; level <= 4; ++level)
            for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")})
                for (int months : {1, 12}) {
                    Account a = dupont();
                    a.ref = QStringLiteral("L%1%2%3").arg(level).arg(language).arg(months);
                    a.language = language;
                    issued << reminder(a, level, months);
                }
        const qint64 runId = recordRun(*db, asOf, issued);
        AgencyIdentity agency = LetterFixture::agency();
        if (images.logo)
            agency.logoPng = png(QSize(600, 240), Qt::darkBlue);
        if (images.signature)
            agency.signaturePng = png(QSize(480, 180), Qt::darkGray);
        REQUIRE(AgencyRepository(*db).save(agency).ok());

        LetterOutputOptions options;
        options.outDir = dir.filePath(QStringLiteral("out"));
        auto produced = LetterProducer::produceRun(*db, runId, options);
        INFO(produced.error().toStdString());
        REQUIRE(produced.ok());
        REQUIRE(produced->files.size() == 4 * 5);

        auto program = ProgramRepository(*db).global();
        REQUIRE(program.ok());
        TemplateRepository templates(*db);
        for (const QString& file : produced->files) {
            const QString name = QFileInfo(file).fileName();
            static const QRegularExpression parts(
                QStringLiteral("^relance-L(\\d)(fr|en)(\\d+)-n\\d"));
            const auto m = parts.match(name);
            REQUIRE(m.hasMatch());
            const int level = m.captured(1).toInt();
            auto t = templates.defaultFor(program->level(level)->id, m.captured(2));
            REQUIRE(t.ok());
            const Ending ending = endingOf(t->body);

            const QStringList sheet = pages(file);
            INFO(images.name << ", " << name.toStdString());
            CHECK(pdfInfo(file, QStringLiteral("Pages")) == QString::number(sheet.size()));
            int signaturePage = -1;
            for (int i = 0; i < sheet.size(); ++i)
                if (sheet.at(i).contains(QStringLiteral("Claire Martin, gestionnaire")))
                    signaturePage = i;
            REQUIRE(signaturePage >= 0);
            const QString page = flat(sheet.at(signaturePage));
            INFO("page " << signaturePage + 1 << ": " << page.toStdString());
            CHECK(page.contains(ending.closing));
            CHECK(page.contains(ending.lastParagraph));
        }
    }
}

TEST_CASE("The agency's e-mail is printed whole in the letterhead of a run's letter")
{
    // The demo agency's e-mail (phone and e-mail did not fit on one line),
    // then a longer one.
    for (const QString& email :
         {QStringLiteral("gestion@cabinet-delorme.example.com"),
          QStringLiteral("recouvrement.loyers@cabinet-delorme-immobilier.fr")}) {
        QTemporaryDir dir;
        auto db = createDatabase(dir);
        QList<Issued> issued{reminder(dupont(), 1, 1)};
        const qint64 runId = recordRun(*db, asOf, issued);
        AgencyIdentity agency = LetterFixture::agency();
        agency.name = QStringLiteral("Cabinet Delorme Immobilier");
        agency.address1 = QStringLiteral("18 rue de la République");
        agency.postalCode = QStringLiteral("69002");
        agency.phone = QStringLiteral("04 65 71 20 30");
        agency.email = email;
        agency.website = QStringLiteral("www.cabinet-delorme.example.com");
        REQUIRE(AgencyRepository(*db).save(agency).ok());
        LetterOutputOptions options;
        options.outDir = dir.filePath(QStringLiteral("out"));
        auto produced = LetterProducer::produceRun(*db, runId, options);
        INFO(produced.error().toStdString());
        REQUIRE(produced.ok());
        const QString text = normalizedText(produced->files.first());
        INFO(text.toStdString());
        CHECK(text.contains(email + u'\n'));
        CHECK(text.contains(QStringLiteral("04 65 71 20 30")));
        CHECK(text.contains(QStringLiteral("www.cabinet-delorme.example.com")));
    }
}

TEST_CASE("A SIRET stored without its spaces prints in groups: 123 456 789 00012")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    QList<Issued> issued{reminder(dupont(), 1, 1)};
    const qint64 runId = recordRun(*db, asOf, issued);
    AgencyIdentity agency = LetterFixture::agency();
    agency.siret = QStringLiteral("12345678900012"); // as earlier versions saved it
    REQUIRE(AgencyRepository(*db).save(agency).ok());
    LetterOutputOptions options;
    options.outDir = dir.filePath(QStringLiteral("out"));
    auto produced = LetterProducer::produceRun(*db, runId, options);
    REQUIRE(produced.ok());
    CHECK(normalizedText(produced->files.first())
              .contains(QStringLiteral("SIRET 123 456 789 00012")));
}

TEST_CASE("The address block reads back from the PDF in NF Z 10-011 order, whole")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    Account a = dupont();
    // 36 capitals: wider than the envelope window at 10 pt.
    a.name = QStringLiteral("M. JEAN-CHRISTOPHE MONTMORENCY-LAVAL");
    a.address1 = QStringLiteral("12, rue des Lilas");
    a.address2 = QStringLiteral("Appt 3C");
    a.city = QStringLiteral("Lyon");
    QList<Issued> issued{reminder(a, 1, 1)};
    const qint64 runId = recordRun(*db, asOf, issued);
    LetterOutputOptions options;
    options.outDir = dir.filePath(QStringLiteral("out"));
    auto produced = LetterProducer::produceRun(*db, runId, options);
    INFO(produced.error().toStdString());
    REQUIRE(produced.ok());
    const QString text = normalizedText(produced->files.first());
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("M. JEAN-CHRISTOPHE MONTMORENCY-LAVAL\n"
                                       "Appt 3C\n"
                                       "12 rue des Lilas\n"
                                       "69003 LYON\n")));
}
