#include "OwnerStatementPdf.h"

#include "ReportCanvas.h"
#include "ReportPdfFile.h"
#include "ReportTablePainter.h"
#include "ReportWords.h"
#include "letters/LetterFormat.h"
#include "letters/PdfFinisher.h"
#include "letters/PdfScratch.h"

#include <QDir>
#include <QFile>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>

namespace {

QString asciiRef(const QString& ref)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    // « PROPRIÉTÉ 7 » → « PROPRIETE_7 »: accents dropped, not replaced.
    QString s;
    for (const QChar c : ref.normalized(QString::NormalizationForm_KD))
        if (c.category() != QChar::Mark_NonSpacing)
            s += c;
    s.replace(unsafe, QStringLiteral("_"));
    return s.left(60);
}

void addOwnerBlock(ReportCanvas& c, const Owner& owner, const OwnerStatementWords& w)
{
    QStringList lines{owner.name, owner.address1, owner.address2,
                      QString(owner.postalCode + u' ' + owner.city).trimmed()};
    lines.removeAll(QString());
    const QString head = w.owner + QStringLiteral(" – ") + owner.ref;
    const QString text = lines.join(u'\n');
    const QFont small = ReportCanvas::font(8);
    const QFont body = ReportCanvas::font(10);
    const double x = c.x(110), width = c.x(80);
    const double headH = c.textHeight(head, small, width);
    const double textH = c.textHeight(text, body, width);
    c.add(headH + textH + c.y(8), [=](QPainter& p, double top) {
        p.setFont(small);
        p.setPen(QColor(80, 80, 80));
        p.drawText(QRectF(x, top, width, headH), Qt::AlignLeft | Qt::AlignTop, head);
        p.setPen(Qt::black);
        p.setFont(body);
        p.drawText(QRectF(x, top + headH, width, textH),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    });
}

} // namespace

QString OwnerStatementPdf::title(const OwnerStatements& all)
{
    return ReportWords::owners(all.language)
        .title.arg(LetterFormat::longDate(all.asOf, all.language));
}

int OwnerStatementPdf::paint(QPainter& painter, QPagedPaintDevice& device,
                             const OwnerStatements& all, const OwnerStatement& s,
                             bool startOnNewPage)
{
    const QString& lang = all.language;
    const OwnerStatementWords& w = ReportWords::owners(lang);
    ReportCanvas c(device, all.agency, lang);
    const QString heading = title(all);
    c.setRunningTitle(heading + QStringLiteral(" – ") + s.owner.name);
    addOwnerBlock(c, s.owner, w);
    c.addText(heading, ReportCanvas::font(15, true), 2);
    c.addText(w.intro.arg(LetterFormat::longDate(all.asOf, lang)), ReportCanvas::font(9.5), 3);

    c.addHeading(w.tenants, ReportTablePainter::rowHeight(c) * 3);
    QList<QStringList> rows;
    for (const StatementTenant& t : s.tenants)
        rows << QStringList{t.ref, t.name, t.property, LetterFormat::money(t.overdue, lang),
                            QString::number(t.daysInArrears)};
    ReportTablePainter::add(
        c,
        {{w.ref, 1.3},
         {w.tenant, 3.0},
         {w.property, 3.4},
         {w.overdue, 1.8, true},
         {w.days, 0.8, true}},
        rows, {w.total, QString(), QString(), LetterFormat::money(s.total, lang), QString()});

    c.addHeading(w.remindersOf, c.y(18));
    const QFont name = ReportCanvas::font(9.5, true);
    const QFont body = ReportCanvas::font(9);
    for (const StatementTenant& t : s.tenants) {
        QStringList sent;
        for (const StatementReminder& r : t.reminders)
            sent << LetterFormat::shortDate(r.date, lang) + QStringLiteral(" – ") +
                        (r.levelName.isEmpty() ? QString::number(r.level) : r.levelName);
        const QString who = t.ref + QStringLiteral(" – ") + t.name;
        const QString reminders =
            sent.isEmpty() ? w.noReminder : w.reminders.arg(sent.join(QStringLiteral(" ; ")));
        const QString next = t.nextStep.isEmpty() ? QString() : w.nextStep.arg(t.nextStep);
        // The tenant's name stays with its lines.
        c.ensure(c.textHeight(who, name, c.width()) + c.textHeight(reminders, body, c.width()) +
                 c.textHeight(next, body, c.width()) + c.y(4));
        c.addText(who, name, 0.8);
        c.addText(reminders, body, 0.5);
        if (!next.isEmpty())
            c.addText(next, body, 3);
    }
    return c.paint(painter, startOnNewPage);
}

QString OwnerStatementPdf::fileName(const OwnerStatement& s)
{
    return QStringLiteral("releve-") + asciiRef(s.owner.ref) + u'-' + s.asOf.toString(Qt::ISODate) +
           QStringLiteral(".pdf");
}

QString OwnerStatementPdf::mergedFileName(QDate asOf)
{
    return QStringLiteral("releves-") + asOf.toString(Qt::ISODate) + QStringLiteral(".pdf");
}

Result<OwnerStatementFiles> OwnerStatementPdf::writeAll(const OwnerStatements& all,
                                                        const QString& dirPath)
{
    using R = Result<OwnerStatementFiles>;
    OwnerStatementFiles files;
    if (all.statements.isEmpty())
        return files;
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral(".")))
        return R::failure(ErrorKind::Storage,
                          tr("The folder %1 cannot be created: check the path and your rights "
                             "on it.")
                              .arg(dirPath));
    PdfScratch::removeStale(dir.absolutePath());
    files.merged = dir.absoluteFilePath(mergedFileName(all.asOf));
    const QString drawn = PdfScratch::tempPathFor(files.merged);
    QList<PdfPart> parts;
    auto pages = ReportPdfFile::draw(
        drawn, files.merged, title(all), [&](QPainter& painter, QPagedPaintDevice& device) {
            int total = 0;
            for (const OwnerStatement& s : all.statements) {
                PdfPart part;
                part.firstPage = total;
                part.pageCount = paint(painter, device, all, s, total > 0);
                part.path = dir.absoluteFilePath(fileName(s));
                part.title = title(all) + QStringLiteral(" – ") + s.owner.name;
                parts << part;
                total += part.pageCount;
            }
            return total;
        });
    if (!pages)
        return R::failure(pages.kind(), pages.error());
    PdfMetadata meta;
    meta.title = title(all);
    meta.author = all.agency.name;
    meta.subject = ReportWords::owners(all.language).subject;
    const Status finished = PdfFinisher::finish(drawn, files.merged, meta, parts);
    QFile::remove(drawn);
    if (!finished)
        return R::failure(finished.kind(), finished.error());
    for (const PdfPart& part : std::as_const(parts))
        files.paths << part.path;
    files.pages = *pages;
    return files;
}
