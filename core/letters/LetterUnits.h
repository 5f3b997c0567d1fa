#pragma once

#include <QPaintDevice>
#include <QRectF>

// Millimetres to device units; the painter works in device pixels so that
// fonts (in points) and the text layout agree with the device resolution.
class LetterUnits
{
public:
    explicit LetterUnits(const QPaintDevice& device)
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
