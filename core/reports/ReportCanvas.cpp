#include "ReportCanvas.h"

#include "letters/AgencyValidator.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QStringList>

namespace {

// The letters' page (LetterRenderer): 20 mm margins, the footer below.
constexpr double leftMarginMm = 20.0;
constexpr double contentWidthMm = 170.0;
constexpr double topMarginMm = 20.0; // pages after the first
constexpr double firstTopMm = 15.0;
constexpr double flowBottomMm = 268.0;
constexpr double footerTopMm = 275.0;
constexpr double pageNumberTopMm = 287.0;

constexpr int wrapFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

} // namespace

ReportCanvas::ReportCanvas(QPagedPaintDevice& device, const AgencyIdentity& agency,
                           const QString& language)
    : m_device(device)
    , m_agency(agency)
    , m_language(language)
    , m_perMmX(device.logicalDpiX() / 25.4)
    , m_perMmY(device.logicalDpiY() / 25.4)
    , m_y(y(firstTopMm))
    , m_bottom(y(flowBottomMm))
{
    m_pages.emplace_back();
    addLetterhead();
}

QFont ReportCanvas::font(double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

double ReportCanvas::left() const
{
    return x(leftMarginMm);
}

double ReportCanvas::width() const
{
    return x(contentWidthMm);
}

bool ReportCanvas::atPageTop() const
{
    return m_y <= y(topMarginMm) + 1;
}

void ReportCanvas::newPage()
{
    m_pages.emplace_back();
    m_y = y(topMarginMm);
}

void ReportCanvas::ensure(double height)
{
    if (!fits(height) && !atPageTop())
        newPage();
}

void ReportCanvas::add(double height, Draw draw)
{
    const double top = m_y;
    m_pages.back().push_back([draw = std::move(draw), top](QPainter& p) { draw(p, top); });
    m_y += height;
}

double ReportCanvas::textHeight(const QString& text, const QFont& f, double w) const
{
    return QFontMetricsF(f, &m_device).boundingRect(QRectF(0, 0, w, 1e6), wrapFlags, text).height();
}

void ReportCanvas::addText(const QString& text, const QFont& f, double spaceAfterMm)
{
    const double l = left(), w = width();
    const double h = textHeight(text, f, w);
    ensure(h);
    add(h + y(spaceAfterMm), [text, f, l, w, h](QPainter& p, double top) {
        p.setFont(f);
        p.drawText(QRectF(l, top, w, h), wrapFlags, text);
    });
}

void ReportCanvas::addHeading(const QString& text, double keepWithNext)
{
    const QFont f = font(12, true);
    const double l = left(), w = width();
    const double h = textHeight(text, f, w);
    ensure(y(4) + h + y(2) + keepWithNext);
    if (!atPageTop())
        skip(4);
    const double rule = y(0.3);
    add(h + y(2), [text, f, l, w, h, rule](QPainter& p, double top) {
        p.setFont(f);
        p.drawText(QRectF(l, top, w, h), wrapFlags, text);
        p.fillRect(QRectF(l, top + h + rule, w, rule), QColor(90, 90, 90));
    });
}

void ReportCanvas::addLetterhead()
{
    // The letters' letterhead without the envelope window: a report is
    // handed or e-mailed, not posted in a window envelope.
    const AgencyIdentity& a = m_agency;
    QStringList identity{a.address1, a.address2, QString(a.postalCode + u' ' + a.city).trimmed(),
                         QStringList{a.phone, a.email}
                             .filter(QRegularExpression(QStringLiteral("\\S")))
                             .join(QStringLiteral(" – ")),
                         a.website};
    identity.removeAll(QString());
    const double l = left(), w = width() * 0.6;
    QImage logo;
    if (!a.logoPng.isEmpty())
        logo.loadFromData(a.logoPng, "PNG");
    if (!logo.isNull()) {
        // PDF/A-1 forbids transparency: flattened on white, like the letters.
        QImage flat(logo.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter painter(&flat);
        painter.drawImage(0, 0, logo);
        painter.end();
        const QSizeF size = flat.size().toSizeF().scaled(QSizeF(x(45), y(18)), Qt::KeepAspectRatio);
        const QRectF box(l, m_y, size.width(), size.height());
        add(size.height() + y(3), [flat, box](QPainter& p, double) { p.drawImage(box, flat); });
    }
    const QFont nameFont = font(11, true);
    const QFont idFont = font(8.5);
    const QString name = a.name;
    const QString idText = identity.join(u'\n');
    const double nameH = name.isEmpty() ? 0 : textHeight(name, nameFont, w);
    const double idH = idText.isEmpty() ? 0 : textHeight(idText, idFont, w);
    add(nameH + idH + y(8), [=](QPainter& p, double top) {
        p.setFont(nameFont);
        p.drawText(QRectF(l, top, w, nameH), wrapFlags, name);
        p.setFont(idFont);
        p.drawText(QRectF(l, top + nameH, w, idH), wrapFlags | Qt::TextDontClip, idText);
    });
}

int ReportCanvas::paint(QPainter& painter, bool startOnNewPage) const
{
    const bool en = m_language == QLatin1String("en");
    QStringList legal;
    if (!m_agency.name.isEmpty())
        legal << m_agency.name;
    if (!m_agency.siret.isEmpty())
        legal << QStringLiteral("SIRET ") + AgencyValidator::formattedSiret(m_agency.siret);
    if (!m_agency.professionalCard.isEmpty())
        legal << (en ? QStringLiteral("Professional card no. ")
                     : QStringLiteral("Carte professionnelle n°\u00a0")) +
                     m_agency.professionalCard;
    QString footer = legal.join(QStringLiteral(" – "));
    if (!m_agency.legalFooter.isEmpty())
        footer += u'\n' + m_agency.legalFooter;
    const QRectF footerRect(x(leftMarginMm), y(footerTopMm), x(contentWidthMm), y(12));
    const QRectF numberRect(x(leftMarginMm), y(pageNumberTopMm), x(contentWidthMm), y(5));
    const QRectF runningRect(x(leftMarginMm), y(10), x(contentWidthMm), y(5));

    const int count = int(m_pages.size());
    for (int i = 0; i < count; ++i) {
        if (i > 0 || startOnNewPage)
            m_device.newPage();
        painter.setPen(Qt::black);
        for (const auto& op : m_pages[size_t(i)])
            op(painter);
        painter.setPen(QColor(80, 80, 80));
        if (i > 0 && !m_runningTitle.isEmpty()) {
            painter.setFont(font(7.5));
            painter.drawText(runningRect, Qt::AlignLeft | Qt::AlignTop, m_runningTitle);
        }
        painter.setFont(font(7));
        painter.drawText(footerRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, footer);
        painter.setFont(font(8));
        painter.drawText(numberRect, Qt::AlignRight | Qt::AlignTop,
                         QStringLiteral("%1/%2").arg(i + 1).arg(count));
    }
    painter.setPen(Qt::black);
    return count;
}
