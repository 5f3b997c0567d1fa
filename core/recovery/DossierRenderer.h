#pragma once

#include "DossierContent.h"

class QPainter;
class QPagedPaintDevice;

// Draws the dossier's own pages (the cover letter through LetterRenderer,
// then the annex) on any paged device: the preview of the GUI and the PDF
// of CommissaireDossier draw the same pages. The copies of the letters are
// appended to the PDF afterwards (they are files, not drawings).
namespace DossierRenderer {
// Paints every page, the first one on the device's current page; returns
// how many pages were drawn.
int paint(QPainter& painter, QPagedPaintDevice& device, const DossierContent& dossier);
} // namespace DossierRenderer
