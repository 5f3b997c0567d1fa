#include "LetterLayout.h"

#include "AgencyValidator.h"
#include "LetterFlow.h"
#include "LetterFonts.h"
#include "LetterFormat.h"
#include "LetterPageGeometry.h"
#include "LetterPieceCache.h"
#include "LetterWords.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

using namespace LetterPageGeometry;
using LetterFonts::font;

namespace {

QRectF fitted(const QSizeF& image, const QRectF& box)
{
    if (image.isEmpty())
        return {};
    const QSizeF size = image.scaled(box.size(), Qt::KeepAspectRatio);
    return QRectF(box.topLeft(), size);
}

} // namespace

LetterLayout::LetterLayout(QPagedPaintDevice& device, const EnvelopeWindow& window,
                           LetterPieceCache& cache, const LetterContent& letter)
    : m_device(device)
    , m_window(window)
    , m_cache(cache)
    , m_letter(letter)
    , m_units(device)
    , m_words(LetterWords::forLanguage(letter.language))
{}

LetterPages LetterLayout::place()
{
    // First page, fixed places: letterhead, window, place and date.
    std::vector<Drawing> firstPage;
    const double headBottomMm = placeLetterhead(firstPage);
    placeAddressAndDate(firstPage);
    const double flowStartMm = std::max(headBottomMm + 4, m_window.topMm + m_window.heightMm + 22);
    LetterFlow flow(m_units, flowStartMm);
    for (Drawing& op : firstPage)
        flow.addFixed(std::move(op));

    placeHeading(flow);
    placeBodyAndSignature(flow);

    LetterPages laidOut;
    placeFooter(laidOut);
    laidOut.pages = std::move(flow.pages());
    return laidOut;
}

// The drawings below capture copies (the units, fonts, rectangles, texts):
// they run when the letter is painted, after this object is gone.

double LetterLayout::placeLetterhead(std::vector<Drawing>& firstPage)
{
    const LetterUnits u = m_units;
    QPagedPaintDevice& device = m_device;
    const AgencyIdentity& agency = m_letter.agency;
    const double left = u.x(leftMarginMm);

    const QImage logo = m_cache.image(agency.logoPng);
    double headBottomMm = 15.0;
    if (!logo.isNull()) {
        const QRectF box = fitted(logo.size(), u.rect(leftMarginMm, 12, 55, 22));
        firstPage.push_back([logo, box](QPainter& p) { p.drawImage(box, logo); });
        headBottomMm = 12 + box.height() / u.y(1) + 3;
    }
    {
        QStringList identity;
        identity << agency.address1 << agency.address2
                 << QString(agency.postalCode + u' ' + agency.city).trimmed();
        // The letterhead may use the width up to the envelope window. Each
        // line is measured on this device (the PDF writer's resolution, not
        // the screen's) and nothing is clipped: phone and e-mail share a line
        // only when both fit, and a line longer than the room is set smaller,
        // then wrapped, rather than cut.
        const double widthMm = std::max(85.0, m_window.leftMm - leftMarginMm - 3);
        const double width = u.x(widthMm);
        QFont idFont = font(8.5);
        const QString contact = QStringList{agency.phone, agency.email}
                                    .filter(QRegularExpression(QStringLiteral("\\S")))
                                    .join(QStringLiteral(" – "));
        if (QFontMetricsF(idFont, &device).horizontalAdvance(contact) <= width)
            identity << contact;
        else
            identity << agency.phone << agency.email;
        identity << agency.website;
        identity.removeAll(QString());
        for (const QString& line : std::as_const(identity))
            while (idFont.pointSizeF() > 7 &&
                   QFontMetricsF(idFont, &device).horizontalAdvance(line) > width)
                idFont.setPointSizeF(idFont.pointSizeF() - 0.25);
        const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere | Qt::TextDontClip;
        const QString idText = identity.join(u'\n');
        const double idHeight = QFontMetricsF(idFont, &device)
                                    .boundingRect(QRectF(0, 0, width, 1e6), flags, idText)
                                    .height();
        const QFont nameFont = font(11, true);
        const int nameFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap | Qt::TextDontClip;
        const QString name = agency.name;
        const double nameHeight = QFontMetricsF(nameFont, &device)
                                      .boundingRect(QRectF(0, 0, width, 1e6), nameFlags, name)
                                      .height();
        const double top = u.y(headBottomMm);
        const QRectF nameRect(left, top, width, nameHeight);
        const QRectF idRect(left, top + std::max(nameHeight, u.y(6)), width, idHeight);
        firstPage.push_back(
            [name, idText, nameRect, idRect, nameFont, idFont, flags, nameFlags](QPainter& p) {
                p.setFont(nameFont);
                p.drawText(nameRect, nameFlags, name);
                p.setFont(idFont);
                p.drawText(idRect, flags, idText);
            });
        headBottomMm = (idRect.bottom()) / u.y(1);
    }
    return headBottomMm;
}

void LetterLayout::placeAddressAndDate(std::vector<Drawing>& firstPage)
{
    const LetterUnits u = m_units;
    QPagedPaintDevice& device = m_device;
    const LetterContent& letter = m_letter;

    const QRectF windowRect = u.rect(m_window.leftMm + 4, m_window.topMm + 3, m_window.widthMm - 6,
                                     m_window.heightMm - 4);
    const QStringList lines = letter.addressLines.mid(0, maxAddressLines);
    // 38 characters in capitals are wider than the window at 10 pt: the
    // block is set smaller until its widest line fits (never clipped).
    QFont addressFont = font(10);
    for (const QString& line : lines)
        while (addressFont.pointSizeF() > 7 &&
               QFontMetricsF(addressFont, &device).horizontalAdvance(line) > windowRect.width())
            addressFont.setPointSizeF(addressFont.pointSizeF() - 0.25);
    firstPage.push_back([lines, windowRect, addressFont](QPainter& p) {
        p.setFont(addressFont);
        p.drawText(windowRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextDontClip, lines.join(u'\n'));
    });
    const QRectF dateRect =
        u.rect(m_window.leftMm + 4, m_window.topMm + m_window.heightMm + 8, 80, 6);
    const QString placeAndDate = letter.placeAndDate;
    firstPage.push_back([placeAndDate, dateRect](QPainter& p) {
        p.setFont(font(10));
        p.drawText(dateRect, Qt::AlignLeft | Qt::AlignTop, placeAndDate);
    });
}

void LetterLayout::placeHeading(LetterFlow& flow)
{
    const LetterUnits u = m_units;
    QPagedPaintDevice& device = m_device;
    const LetterContent& letter = m_letter;
    const LetterWords& w = m_words;
    const double contentWidth = u.x(contentWidthMm);
    const double left = u.x(leftMarginMm);

    const auto addLine = [&](const QString& text, const QFont& f, double spaceAfterMm) {
        const QFontMetricsF fm(f, &device);
        const QRectF bounds = fm.boundingRect(QRectF(0, 0, contentWidth, 1e6),
                                              Qt::TextWordWrap | Qt::AlignLeft, text);
        const double h = bounds.height();
        flow.ensure(h);
        flow.add(h + u.y(spaceAfterMm), [text, f, left, contentWidth, h](QPainter& p, double top) {
            p.setFont(f);
            p.drawText(QRectF(left, top, contentWidth, h), Qt::TextWordWrap | Qt::AlignLeft, text);
        });
    };
    if (!letter.reference.isEmpty())
        addLine(w.reference + letter.reference, font(9), 1.5);
    if (letter.registered)
        addLine(w.registered, font(10, true), 1.5);
    addLine(w.subject + letter.subject, font(10, true), letter.onBehalfOf.isEmpty() ? 6 : 1.5);
    if (!letter.onBehalfOf.isEmpty())
        addLine(letter.onBehalfOf, font(9.5), 6);
}

void LetterLayout::placeBodyAndSignature(LetterFlow& flow)
{
    const LetterUnits u = m_units;
    QPagedPaintDevice& device = m_device;
    const LetterContent& letter = m_letter;
    const AgencyIdentity& agency = letter.agency;
    const double contentWidth = u.x(contentWidthMm);
    const double left = u.x(leftMarginMm);

    // Signature: kept in one piece, on the page of the closing formula and
    // the last paragraph.
    const QImage signature = m_cache.image(agency.signaturePng);
    const double sigX = u.x(m_window.leftMm);
    const double sigW = u.x(pageWidthMm - rightMarginMm - m_window.leftMm);
    const double imageH = signature.isNull() ? u.y(14) : u.y(22);
    const double lineH = QFontMetricsF(font(10), &device).height();
    // An agreement signed by both sides: the other party's block on the
    // left (its label, then room to sign by hand), the agency's on the right
    // under its own label; both on the page of the closing paragraphs.
    const bool twoBlocks = !letter.counterSignature.isEmpty();
    const double counterW = sigX - left - u.x(8);
    const int labelFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const auto labelHeight = [&](const QString& text, double width) {
        return text.isEmpty() ? 0.0
                              : QFontMetricsF(font(9.5), &device)
                                    .boundingRect(QRectF(0, 0, width, 1e6), labelFlags, text)
                                    .height();
    };
    const double counterLabelH = twoBlocks ? labelHeight(letter.counterSignature, counterW) : 0;
    const double agencyLabelH = twoBlocks ? labelHeight(letter.signatureLabel, sigW) : 0;
    const double signatureHeight =
        twoBlocks
            ? u.y(4) + std::max(counterLabelH + u.y(30), agencyLabelH + u.y(2) + imageH + 2 * lineH)
            : u.y(4) + imageH + 2 * lineH;

    // The body in pieces around its tables (at most two, each once). The
    // last piece with text after the last table is kept with the signature:
    // its last paragraph and the closing formula (the body's last two).
    constexpr int keptParagraphs = 2;
    struct Piece
    {
        QString html;
        std::optional<LetterTable> tableAfter;
    };
    std::vector<Piece> pieces;
    if (!letter.showTable) {
        pieces.push_back({letter.bodyBeforeTable, std::nullopt});
        pieces.push_back({letter.bodyAfterTable, std::nullopt});
    } else {
        const LetterTable second = letter.firstTable == LetterTable::UnpaidItems
                                       ? LetterTable::PlanSchedule
                                       : LetterTable::UnpaidItems;
        pieces.push_back({letter.bodyBeforeTable, letter.firstTable});
        pieces.push_back({letter.bodyAfterTable, letter.showSecondTable
                                                     ? std::optional<LetterTable>(second)
                                                     : std::nullopt});
        if (letter.showSecondTable)
            pieces.push_back({letter.bodyAfterSecondTable, std::nullopt});
    }
    // The piece kept with the signature: the last with text, when no table
    // comes after it.
    size_t kept = pieces.size();
    for (size_t i = pieces.size(); i-- > 0;) {
        if (pieces[i].tableAfter)
            break;
        if (!pieces[i].html.trimmed().isEmpty()) {
            kept = i;
            break;
        }
    }
    for (size_t i = 0; i < pieces.size(); ++i) {
        const Piece& piece = pieces[i];
        if (!piece.html.trimmed().isEmpty())
            flow.addDocument(m_cache.document(piece.html, device, contentWidth), left,
                             i == kept ? keptParagraphs : 0, i == kept ? signatureHeight : 0);
        if (piece.tableAfter)
            placeTable(flow, *piece.tableAfter);
    }
    {
        flow.ensure(signatureHeight);
        const QString signatory = agency.signatory;
        const QString name = agency.name;
        const QString counterLabel = letter.counterSignature;
        const QString agencyLabel = letter.signatureLabel;
        flow.add(signatureHeight, [=](QPainter& p, double top) {
            double y = top + u.y(4);
            if (twoBlocks) {
                p.setFont(font(9.5));
                p.drawText(QRectF(left, y, counterW, counterLabelH), labelFlags, counterLabel);
                p.drawText(QRectF(sigX, y, sigW, agencyLabelH), labelFlags, agencyLabel);
                y += agencyLabelH + u.y(2);
            }
            if (!signature.isNull())
                p.drawImage(fitted(signature.size(), QRectF(sigX, y, sigW, imageH)), signature);
            y += imageH;
            p.setFont(font(10));
            p.drawText(QRectF(sigX, y, sigW, lineH), Qt::AlignLeft, signatory);
            p.drawText(QRectF(sigX, y + lineH, sigW, lineH), Qt::AlignLeft, name);
        });
    }
}

void LetterLayout::placeTable(LetterFlow& flow, LetterTable kind)
{
    const LetterUnits u = m_units;
    QPagedPaintDevice& device = m_device;
    const LetterContent& letter = m_letter;
    const LetterWords& w = m_words;
    const double contentWidth = u.x(contentWidthMm);
    const double left = u.x(leftMarginMm);

    const bool schedule = kind == LetterTable::PlanSchedule;
    const QList<UnpaidItem>& rows = schedule ? letter.schedule : letter.items;
    // A schedule marker in a letter of an account without a plan.
    if (schedule && rows.isEmpty())
        return;
    const QFont cell = font(9);
    const QFont head = font(9, true);
    const QFontMetricsF fm(cell, &device);
    const double rowH = fm.height() * 1.55;
    const double pad = u.x(1.5);
    // Columns: due date, label, amount, still owed.
    const double cDate = u.x(26), cAmount = u.x(30), cRemaining = u.x(schedule ? 50 : 30);
    const double cLabel = contentWidth - cDate - cAmount - cRemaining;
    const double xs[] = {left, left + cDate, left + cDate + cLabel,
                         left + cDate + cLabel + cAmount};
    const double ws[] = {cDate, cLabel, cAmount, cRemaining};
    const Qt::Alignment al[] = {Qt::AlignLeft, Qt::AlignLeft, Qt::AlignRight, Qt::AlignRight};
    const auto drawRow = [=](QPainter& p, double top, const QStringList& cells, bool header,
                             bool bold) {
        if (header) {
            p.fillRect(QRectF(left, top, contentWidth, rowH), QColor(230, 230, 230));
        }
        p.setFont(bold || header ? head : cell);
        for (int i = 0; i < 4; ++i) {
            const QRectF r(xs[i] + pad, top, ws[i] - 2 * pad, rowH);
            const QString text = QFontMetricsF(p.font(), p.device())
                                     .elidedText(cells.value(i), Qt::ElideRight, r.width());
            p.drawText(r, al[i] | Qt::AlignVCenter, text);
        }
        p.setPen(QPen(QColor(150, 150, 150), u.y(0.2)));
        p.drawLine(QPointF(left, top + rowH), QPointF(left + contentWidth, top + rowH));
        p.setPen(Qt::black);
    };
    const QStringList header = schedule
                                   ? QStringList{w.dueDate, w.instalment, w.amount, w.owedAfter}
                                   : QStringList{w.dueDate, w.label, w.amount, w.remaining};
    const auto addHeader = [&]() {
        flow.add(rowH, [drawRow, header](QPainter& p, double top) {
            drawRow(p, top, header, true, false);
        });
    };
    // The header never stays alone at the bottom of a page.
    flow.ensure(rowH * 2);
    addHeader();
    for (const UnpaidItem& item : rows) {
        if (!flow.fits(rowH)) {
            flow.newPage();
            addHeader();
        }
        const QStringList cells{LetterFormat::shortDate(item.dueDate, letter.language), item.label,
                                LetterFormat::money(item.amount, letter.language),
                                LetterFormat::money(item.remaining, letter.language)};
        flow.add(rowH, [drawRow, cells](QPainter& p, double top) {
            drawRow(p, top, cells, false, false);
        });
    }
    if (!flow.fits(rowH)) {
        flow.newPage();
        addHeader();
    }
    // The unpaid items total what is still owed; a schedule adds up
    // its instalments to the debt, under the amounts.
    const QStringList totals =
        schedule
            ? QStringList{QString(), w.scheduleTotal,
                          LetterFormat::money(letter.scheduleTotal, letter.language), QString()}
            : QStringList{QString(), w.total, QString(),
                          LetterFormat::money(letter.total, letter.language)};
    flow.add(rowH,
             [drawRow, totals](QPainter& p, double top) { drawRow(p, top, totals, false, true); });
    flow.skip(6);
}

void LetterLayout::placeFooter(LetterPages& laidOut) const
{
    const LetterUnits& u = m_units;
    const AgencyIdentity& agency = m_letter.agency;
    const LetterWords& w = m_words;

    QStringList legal;
    if (!agency.name.isEmpty())
        legal << agency.name;
    if (!agency.siret.isEmpty())
        legal << w.siret + u' ' + AgencyValidator::formattedSiret(agency.siret);
    if (!agency.professionalCard.isEmpty())
        legal << w.card + agency.professionalCard;
    QString footer = legal.join(QStringLiteral(" – "));
    if (!agency.legalFooter.isEmpty())
        footer += u'\n' + agency.legalFooter;
    laidOut.footer = footer;
    laidOut.footerRect = u.rect(leftMarginMm, footerTopMm, contentWidthMm, 12);
    laidOut.numberRect = u.rect(leftMarginMm, pageNumberTopMm, contentWidthMm, 5);
}
