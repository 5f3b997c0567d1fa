#pragma once

#include "letters/EnvelopeWindow.h"
#include "util/Result.h"

#include <QWidget>

class QDoubleSpinBox;

// The « Letter layout » tab of the settings: where the envelope window is,
// and the calibration page that checks it.
class LayoutSettingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit LayoutSettingsTab(QWidget* parent = nullptr);

    void load(const EnvelopeWindow& window);
    // The offsets typed now, saved or not.
    EnvelopeWindow window() const;
    // Draws the calibration page with the offsets typed now into a PDF.
    Status saveCalibrationPdf(const QString& path) const;
    // Opens the print preview of the calibration page, on `printerName`
    // when one is chosen.
    void previewCalibration(const QString& printerName);

signals:
    void changed();
    void previewRequested();

private:
    QDoubleSpinBox* millimetres(const QString& objectName, const QString& accessibleName);

    QDoubleSpinBox* m_windowLeft = nullptr;
    QDoubleSpinBox* m_windowTop = nullptr;
    QDoubleSpinBox* m_windowWidth = nullptr;
    QDoubleSpinBox* m_windowHeight = nullptr;
};
