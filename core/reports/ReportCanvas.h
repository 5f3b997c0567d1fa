#pragma once

#include "letters/AgencyIdentity.h"

#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>
#include <vector>

class QPainter;
class QPagedPaintDevice;

// The pages of a report (the monthly recovery report, a landlord's
// statement), laid out with the letters' conventions (LetterRenderer): A4
// with no device margins, 20 mm margins, DejaVu Sans (embedded, every French
// character), the agency's letterhead on the first page, its legal identity
// and « page/pages » at the foot of every page.
//
// Content is placed in one column page after page, as drawings kept until
// `paint`, so that the page count is known before the first page is drawn.
class ReportCanvas
{
public:
    // Draws at the current position; `top` is in device pixels.
    using Draw = std::function<void(QPainter& painter, double top)>;

    ReportCanvas(QPagedPaintDevice& device, const AgencyIdentity& agency, const QString& language);

    // The letters' font at `points`.
    static QFont font(double points, bool bold = false);

    QPagedPaintDevice& device() const { return m_device; }
    const QString& language() const { return m_language; }

    // Millimetres to device pixels.
    double x(double mm) const { return mm * m_perMmX; }
    double y(double mm) const { return mm * m_perMmY; }
    // The column the content is laid in, in device pixels.
    double left() const;
    double width() const;

    // Room left on the current page, in pixels.
    double room() const { return m_bottom - m_y; }
    bool fits(double height) const { return m_y + height <= m_bottom; }
    bool atPageTop() const;
    void newPage();
    // Starts a new page unless `height` fits on this one (or this page is
    // still empty): a chart or a heading with its first rows stays whole.
    void ensure(double height);
    void skip(double mm) { m_y += y(mm); }
    void add(double height, Draw draw);

    // The height of `text` at `font` wrapped in `width` pixels.
    double textHeight(const QString& text, const QFont& font, double width) const;
    // A paragraph of the column's width (wrapped), then `spaceAfterMm`.
    void addText(const QString& text, const QFont& font, double spaceAfterMm = 2);
    // A section's heading, kept on the page of the `keepWithNext` pixels
    // that follow it.
    void addHeading(const QString& text, double keepWithNext);

    // Written small at the top of every page after the first (the
    // report's title), so that a loose page says what it belongs to.
    void setRunningTitle(const QString& title) { m_runningTitle = title; }

    // Paints every page; the first on the device's current page unless
    // `startOnNewPage`. Returns the number of pages.
    int paint(QPainter& painter, bool startOnNewPage = false) const;

private:
    void addLetterhead();

    QPagedPaintDevice& m_device;
    AgencyIdentity m_agency;
    QString m_language;
    QString m_runningTitle;
    double m_perMmX;
    double m_perMmY;
    double m_y;
    double m_bottom;
    std::vector<std::vector<std::function<void(QPainter&)>>> m_pages;
};
