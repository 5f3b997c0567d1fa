#include "LetterRenderer.h"

#include "AgencyValidator.h"
#include "LetterFormat.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace {

// DejaVu Sans is a TrueType font Debian always has: Qt embeds a subset of it,
// as PDF/A requires, and it has every French character.
const QString fontFamily = QStringLiteral("DejaVu Sans");

constexpr double pageWidthMm = 210.0;
constexpr double pageHeightMm = 297.0;
constexpr double leftMarginMm = 20.0;
constexpr double rightMarginMm = 20.0;
constexpr double contentWidthMm = pageWidthMm - leftMarginMm - rightMarginMm;
constexpr double topMarginMm = 20.0;   // pages after the first
constexpr double flowBottomMm = 268.0; // the footer lives below
constexpr double footerTopMm = 275.0;
constexpr double pageNumberTopMm = 287.0;
constexpr int maxAddressLines = 6;

// The fixed words of a letter follow the letter's language (the tenant's),
// not the language of whoever prints it: they are part of the letter like
// the template's text.
struct Words
{
    QString subject, registered, reference, dueDate, label, amount, remaining, total, siret, card;
    // The payment plan's schedule table.
    QString instalment, owedAfter, scheduleTotal;
};

const Words& words(const QString& language)
{
    static const Words fr{QStringLiteral("Objet\u00a0: "),
                          QStringLiteral("Lettre recommandée avec accusé de réception"),
                          QStringLiteral("Réf.\u00a0: "),
                          QStringLiteral("Échéance"),
                          QStringLiteral("Libellé"),
                          QStringLiteral("Montant"),
                          QStringLiteral("Reste dû"),
                          QStringLiteral("Total dû"),
                          QStringLiteral("SIRET"),
                          QStringLiteral("Carte professionnelle n°\u00a0"),
                          QStringLiteral("Mensualité"),
                          QStringLiteral("Reste dû après paiement"),
                          QStringLiteral("Total")};
    static const Words en{QStringLiteral("Subject: "),
                          QStringLiteral("Registered letter with acknowledgement of receipt"),
                          QStringLiteral("Ref.: "),
                          QStringLiteral("Due date"),
                          QStringLiteral("Item"),
                          QStringLiteral("Amount"),
                          QStringLiteral("Still owed"),
                          QStringLiteral("Total owed"),
                          QStringLiteral("SIRET"),
                          QStringLiteral("Professional card no. "),
                          QStringLiteral("Instalment"),
                          QStringLiteral("Still owed once paid"),
                          QStringLiteral("Total")};
    return language == QLatin1String("en") ? en : fr;
}

// A new QFont is resolved again through the font database, under a lock
// every drawing thread shares: each thread keeps the few fonts a letter uses
// (a QFont is not to be shared between threads) while a renderer lives.
QHash<int, QFont>& threadFonts()
{
    thread_local QHash<int, QFont> fonts;
    return fonts;
}

QFont font(double points, bool bold = false)
{
    QHash<int, QFont>& fonts = threadFonts();
    const int key = int(points * 100) * 2 + (bold ? 1 : 0);
    auto it = fonts.constFind(key);
    if (it != fonts.constEnd())
        return *it;
    QFont f(fontFamily);
    f.setPointSizeF(points);
    f.setBold(bold);
    // Kerning and hinting cost time on 10,000 letters and change nothing on
    // paper at these sizes.
    f.setHintingPreference(QFont::PreferNoHinting);
    if (fonts.size() < 64)
        fonts.insert(key, f);
    return f;
}

// Millimetres to device units; the painter works in device pixels so that
// fonts (in points) and the text layout agree with the device resolution.
class Units
{
public:
    explicit Units(const QPaintDevice& device)
        : m_perMm(device.logicalDpiY() / 25.4)
        , m_perMmX(device.logicalDpiX() / 25.4)
    {}
    double y(double mm) const { return mm * m_perMm; }
    double x(double mm) const { return mm * m_perMmX; }
    QRectF rect(double xMm, double yMm, double wMm, double hMm) const
    {
        return QRectF(x(xMm), y(yMm), x(wMm), y(hMm));
    }

private:
    double m_perMm;
    double m_perMmX;
};

using Op = std::function<void(QPainter&)>;

// Places content in a column page after page, so that page numbers
// (« 1/2 ») are known before anything is drawn.
class Flow
{
public:
    Flow(const Units& units, double startMm)
        : m_u(units)
        , m_y(units.y(startMm))
        , m_bottom(units.y(flowBottomMm))
    {
        m_pages.emplace_back();
    }

    double y() const { return m_y; }
    void skip(double mm) { m_y += m_u.y(mm); }
    bool fits(double height) const { return m_y + height <= m_bottom; }
    double room() const { return m_bottom - m_y; }
    void newPage()
    {
        m_pages.emplace_back();
        m_y = m_u.y(topMarginMm);
    }
    bool atPageTop() const { return m_y <= m_u.y(topMarginMm) + 1; }
    void ensure(double height)
    {
        if (!fits(height) && !atPageTop())
            newPage();
    }
    // Adds a drawing at the current position on the current page.
    void add(double height, std::function<void(QPainter&, double)> draw)
    {
        const double top = m_y;
        m_pages.back().push_back([draw = std::move(draw), top](QPainter& p) { draw(p, top); });
        m_y += height;
    }
    void addFixed(Op op, int page = 0) { m_pages[size_t(page)].push_back(std::move(op)); }
    std::vector<std::vector<Op>>& pages() { return m_pages; }

private:
    const Units& m_u;
    double m_y;
    double m_bottom;
    std::vector<std::vector<Op>> m_pages;
};

std::shared_ptr<QTextDocument> makeDocument(const QString& html, QPaintDevice& device,
                                            double widthPx)
{
    auto doc = std::make_shared<QTextDocument>();
    doc->documentLayout()->setPaintDevice(&device);
    doc->setDefaultFont(font(10));
    doc->setDocumentMargin(0);
    doc->setUndoRedoEnabled(false);
    // The layout scales CSS pixels (1/96 in) to the device: 8px = 6pt.
    doc->setDefaultStyleSheet(QStringLiteral("p { margin-top: 0px; margin-bottom: 8px; }"));
    // The width first: set after the text, it would lay the text out twice.
    doc->setTextWidth(widthPx);
    doc->setHtml(html);
    return doc;
}

// Lays a rich-text document into the flow, breaking between lines. Its last
// `keepBlocks` paragraphs stay on one page with the `keepWithNext` pixels
// drawn after it (the last paragraph, the closing formula and the
// signature), so that no page holds only the signature or the closing.
void flowDocument(Flow& flow, const std::shared_ptr<QTextDocument>& doc, double xPx,
                  int keepBlocks = 0, double keepWithNext = 0)
{
    // Where the document may be cut: the bottom of each line.
    std::vector<double> cuts;
    std::vector<double> paragraphTops;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        const QRectF br = doc->documentLayout()->blockBoundingRect(b);
        const QTextLayout* layout = b.layout();
        if (!b.text().trimmed().isEmpty())
            paragraphTops.push_back(br.top());
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            cuts.push_back(br.top() + line.y() + line.height());
        }
    }
    const double total = doc->size().height();
    if (cuts.empty() || cuts.back() < total)
        cuts.push_back(total);
    // Where the kept part starts (the document's end when nothing is kept).
    double keptTop = total;
    if (keepBlocks > 0 && !paragraphTops.empty())
        keptTop = paragraphTops[paragraphTops.size() -
                                std::min(paragraphTops.size(), size_t(keepBlocks))];
    double start = 0;
    size_t next = 0;
    while (start < total - 0.5) {
        // The longest slice of whole lines that fits in the room left.
        double end = start;
        size_t k = next;
        while (k < cuts.size() && cuts[k] - start <= flow.room()) {
            end = cuts[k];
            ++k;
        }
        // The slice reaches into the kept part but the kept part and what
        // follows it do not fit here: cut before the kept part instead.
        if (start < keptTop + 0.5 && end > keptTop + 0.5 &&
            total - start + keepWithNext > flow.room()) {
            double before = start;
            size_t kb = next;
            while (kb < cuts.size() && cuts[kb] <= keptTop + 0.5) {
                before = cuts[kb];
                ++kb;
            }
            if (before > start) {
                end = before;
                k = kb;
            } else if (!flow.atPageTop()) {
                end = start; // the kept part starts here: take it to the next page
            }
            // At the top of a page and still too long: cut between lines.
        }
        if (end <= start) {
            if (!flow.atPageTop()) {
                flow.newPage();
                continue;
            }
            // A line taller than a whole page: draw it cut rather than loop.
            end = cuts[k];
            ++k;
        }
        next = k;
        const double sliceTop = start;
        const double sliceHeight = end - start;
        flow.add(sliceHeight, [doc, xPx, sliceTop, sliceHeight](QPainter& p, double top) {
            p.save();
            p.translate(xPx, top - sliceTop);
            // The layout draws every line that touches the rectangle, even
            // one that ends exactly where the slice starts: clipped from the
            // page but still in the PDF's text, read twice by a screen reader
            // and by a search. A hair inside the cuts draws each line once.
            doc->drawContents(&p, QRectF(0, sliceTop + 1, doc->textWidth(), sliceHeight - 2));
            p.restore();
        });
        start = end;
        if (start < total - 0.5)
            flow.newPage();
    }
}

QImage pngImage(const QByteArray& bytes)
{
    QImage img;
    if (!bytes.isEmpty())
        img.loadFromData(bytes, "PNG");
    // PDF/A-1 forbids transparency: flatten the image on white paper.
    if (!img.isNull() && img.hasAlphaChannel()) {
        QImage flat(img.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter p(&flat);
        p.drawImage(0, 0, img);
        p.end();
        img = flat;
    }
    return img;
}

QRectF fitted(const QSizeF& image, const QRectF& box)
{
    if (image.isEmpty())
        return {};
    const QSizeF size = image.scaled(box.size(), Qt::KeepAspectRatio);
    return QRectF(box.topLeft(), size);
}

} // namespace

LetterRenderer::LetterRenderer(const EnvelopeWindow& window)
    : m_window(window)
{}

LetterRenderer::~LetterRenderer()
{
    // Fonts are not kept past the renderers: a QFont released once the
    // application is gone (at the main thread's exit) is not safe.
    threadFonts().clear();
}

std::shared_ptr<QTextDocument> LetterRenderer::document(const QString& html, QPaintDevice& device,
                                                        double widthPx) const
{
    // Most letters of a run share whole pieces of their body (the closing
    // paragraphs name the same deadline): such a piece is laid out once and
    // drawn again. A document is laid out for one device at one width.
    const QString key = QString::number(quintptr(&device)) + u'/' +
                        QString::number(device.logicalDpiX()) + u'/' +
                        QString::number(widthPx, 'g', 17) + u'/' + html;
    auto it = m_documents.constFind(key);
    if (it != m_documents.constEnd())
        return *it;
    if (m_documents.size() > 32)
        m_documents.clear();
    auto doc = makeDocument(html, device, widthPx);
    m_documents.insert(key, doc);
    return doc;
}

QImage LetterRenderer::image(const QByteArray& png) const
{
    if (png.isEmpty())
        return {};
    auto it = m_images.constFind(png);
    if (it != m_images.constEnd())
        return *it;
    if (m_images.size() > 16)
        m_images.clear();
    const QImage decoded = pngImage(png);
    m_images.insert(png, decoded);
    return decoded;
}

void LetterRenderer::preparePage(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

int LetterRenderer::render(QPainter& painter, QPagedPaintDevice& device,
                           const LetterContent& letter, bool startOnNewPage) const
{
    return paint(painter, device, layout(device, letter), startOnNewPage);
}

LetterPages LetterRenderer::layout(QPagedPaintDevice& device, const LetterContent& letter) const
{
    const Units u(device);
    const Words& w = words(letter.language);
    const AgencyIdentity& agency = letter.agency;
    const double contentWidth = u.x(contentWidthMm);
    const double left = u.x(leftMarginMm);

    // First page, fixed places: letterhead, window, place and date.
    const QImage logo = image(agency.logoPng);
    double headBottomMm = 15.0;
    std::vector<Op> firstPage;
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
    {
        const QRectF windowRect = u.rect(m_window.leftMm + 4, m_window.topMm + 3,
                                         m_window.widthMm - 6, m_window.heightMm - 4);
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
            p.drawText(windowRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextDontClip,
                       lines.join(u'\n'));
        });
        const QRectF dateRect =
            u.rect(m_window.leftMm + 4, m_window.topMm + m_window.heightMm + 8, 80, 6);
        const QString placeAndDate = letter.placeAndDate;
        firstPage.push_back([placeAndDate, dateRect](QPainter& p) {
            p.setFont(font(10));
            p.drawText(dateRect, Qt::AlignLeft | Qt::AlignTop, placeAndDate);
        });
    }
    const double flowStartMm = std::max(headBottomMm + 4, m_window.topMm + m_window.heightMm + 22);
    Flow flow(u, flowStartMm);
    for (Op& op : firstPage)
        flow.addFixed(std::move(op));

    // Reference, registered mention, subject, on whose behalf.
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

    // Signature: kept in one piece, on the page of the closing formula and
    // the last paragraph.
    const QImage signature = image(agency.signaturePng);
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
    const auto drawTable = [&](LetterTable kind) {
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
            const QStringList cells{LetterFormat::shortDate(item.dueDate, letter.language),
                                    item.label, LetterFormat::money(item.amount, letter.language),
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
        flow.add(rowH, [drawRow, totals](QPainter& p, double top) {
            drawRow(p, top, totals, false, true);
        });
        flow.skip(6);
    };
    for (size_t i = 0; i < pieces.size(); ++i) {
        const Piece& piece = pieces[i];
        if (!piece.html.trimmed().isEmpty())
            flowDocument(flow, document(piece.html, device, contentWidth), left,
                         i == kept ? keptParagraphs : 0, i == kept ? signatureHeight : 0);
        if (piece.tableAfter)
            drawTable(*piece.tableAfter);
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

    // Footer with the legal identity and page numbers, then paint.
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
    LetterPages laidOut;
    laidOut.footer = footer;
    laidOut.footerRect = u.rect(leftMarginMm, footerTopMm, contentWidthMm, 12);
    laidOut.numberRect = u.rect(leftMarginMm, pageNumberTopMm, contentWidthMm, 5);
    laidOut.pages = std::move(flow.pages());
    return laidOut;
}

int LetterRenderer::paint(QPainter& painter, QPagedPaintDevice& device, const LetterPages& letter,
                          bool startOnNewPage) const
{
    const int count = int(letter.pages.size());
    painter.setPen(Qt::black);
    for (int i = 0; i < count; ++i) {
        if (i > 0 || startOnNewPage)
            device.newPage();
        if (!m_draftMark.isEmpty())
            drawDraftMark(painter, device);
        for (const Op& op : letter.pages[size_t(i)])
            op(painter);
        painter.setFont(font(7));
        painter.setPen(QColor(80, 80, 80));
        painter.drawText(letter.footerRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         letter.footer);
        painter.setFont(font(8));
        painter.drawText(letter.numberRect, Qt::AlignRight | Qt::AlignTop,
                         QStringLiteral("%1/%2").arg(i + 1).arg(count));
        painter.setPen(Qt::black);
    }
    return count;
}

void LetterRenderer::drawDraftMark(QPainter& painter, QPagedPaintDevice& device) const
{
    // Under the letter, in a solid light grey (no transparency: the same
    // painter may write PDF/A), across the page's diagonal.
    const Units u(device);
    painter.save();
    painter.translate(u.x(pageWidthMm / 2), u.y(pageHeightMm / 2));
    painter.rotate(-50);
    QFont mark = font(96, true);
    painter.setFont(mark);
    painter.setPen(QColor(222, 222, 222));
    const QRectF box(-u.x(pageWidthMm), -u.y(30), 2 * u.x(pageWidthMm), u.y(60));
    painter.drawText(box, Qt::AlignCenter, m_draftMark);
    painter.restore();
}

void LetterRenderer::renderCalibration(QPainter& painter, QPagedPaintDevice& device,
                                       bool startOnNewPage) const
{
    if (startOnNewPage)
        device.newPage();
    const Units u(device);
    const QRectF window =
        u.rect(m_window.leftMm, m_window.topMm, m_window.widthMm, m_window.heightMm);
    painter.setPen(QPen(Qt::black, u.y(0.3)));
    painter.drawRect(window);
    // Cross marks at the corners show by how much to move the frame.
    painter.setPen(QPen(Qt::black, u.y(0.2)));
    for (double mm = 10; mm < pageWidthMm; mm += 10)
        painter.drawLine(QPointF(u.x(mm), 0), QPointF(u.x(mm), u.y(mm / 10 == 5 ? 6 : 3)));
    for (double mm = 10; mm < pageHeightMm; mm += 10)
        painter.drawLine(QPointF(0, u.y(mm)), QPointF(u.x(mm / 10 == 5 ? 6 : 3), u.y(mm)));
    painter.setFont(font(9));
    const QString inside = tr("Address window\n%1 mm from the left, %2 mm from the top\n%3 × %4 mm")
                               .arg(m_window.leftMm)
                               .arg(m_window.topMm)
                               .arg(m_window.widthMm)
                               .arg(m_window.heightMm);
    painter.drawText(window.adjusted(u.x(3), u.y(3), -u.x(3), -u.y(3)),
                     Qt::AlignLeft | Qt::AlignTop, inside);
    painter.setFont(font(10));
    painter.drawText(u.rect(leftMarginMm, 120, contentWidthMm, 60), Qt::TextWordWrap,
                     tr("Calibration sheet. Print this page, fold it as you fold your letters "
                        "and slide it into a window envelope. The frame must show entirely "
                        "in the window. If it does not, change the window offsets in the "
                        "settings by the distance you see, using the millimetre marks along "
                        "the top and left edges, and print this sheet again."));
}
