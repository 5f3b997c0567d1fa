#pragma once

#include "EnvelopeWindow.h"
#include "LetterContent.h"
#include "LetterPages.h"
#include "LetterUnits.h"

#include <vector>

class LetterFlow;
class LetterPieceCache;
struct LetterWords;
class QPagedPaintDevice;

// Places one letter on its A4 pages for one device (its resolution), at
// absolute millimetres with no device margins: the letterhead top left, the
// recipient's address in the envelope window, then subject, body, the
// tables the body places (unpaid items, a payment plan's schedule; each
// header repeated on every page it spans), the signature (or the two blocks
// of an agreement), and on every page the agency's legal identity and
// « page/pages ». Used once per letter by LetterRenderer::layout; what it
// decodes or lays out goes through the renderer's cache, which outlives it.
class LetterLayout
{
public:
    LetterLayout(QPagedPaintDevice& device, const EnvelopeWindow& window, LetterPieceCache& cache,
                 const LetterContent& letter);

    LetterPages place();

private:
    using Drawing = LetterPages::Drawing;

    // The letterhead (logo, agency name and identity) on the first page;
    // returns where it ends, in millimetres from the top.
    double placeLetterhead(std::vector<Drawing>& firstPage);
    // The recipient's address in the envelope window, place and date below.
    void placeAddressAndDate(std::vector<Drawing>& firstPage);
    // Reference, registered mention, subject, on whose behalf.
    void placeHeading(LetterFlow& flow);
    // The body around its tables, then the signature.
    void placeBodyAndSignature(LetterFlow& flow);
    void placeTable(LetterFlow& flow, LetterTable kind);
    // The legal identity under every page, and where « 1/2 » goes.
    void placeFooter(LetterPages& laidOut) const;

    QPagedPaintDevice& m_device;
    const EnvelopeWindow& m_window;
    LetterPieceCache& m_cache;
    const LetterContent& m_letter;
    const LetterUnits m_units;
    const LetterWords& m_words;
};
