#pragma once

#include "EnvelopeWindow.h"
#include "LetterContent.h"
#include "LetterPages.h"
#include "LetterPieceCache.h"

#include <QCoreApplication>
#include <QString>

class QPainter;
class QPagedPaintDevice;

// Draws letters on any paged device: the preview (QPrinter in a preview
// widget), PDF files (QPdfWriter) and paper (QPrinter) all come through here,
// so what staff preview is what the tenant receives.
//
// Everything is placed at absolute millimetres on an A4 page with no device
// margins: the letterhead top left, the recipient's address in the envelope
// window (built by PostalAddress), then subject, body, the tables the body
// places (unpaid items, a payment plan's schedule; each header repeated on
// every page it spans), the signature (or the two blocks of an agreement),
// and on every page the agency's legal identity and « page/pages ».
// LetterLayout places a letter (LetterPages), this class draws it; the
// pieces it decodes or lays out are kept for its next letters.
class LetterRenderer
{
    Q_DECLARE_TR_FUNCTIONS(LetterRenderer)

public:
    explicit LetterRenderer(const EnvelopeWindow& window = {});
    ~LetterRenderer();
    LetterRenderer(const LetterRenderer&) = delete;
    LetterRenderer& operator=(const LetterRenderer&) = delete;

    // A4 portrait with no margins: call before painting starts.
    static void preparePage(QPagedPaintDevice& device);

    // Draws one letter with `painter` (active on `device`), starting with a
    // new page when `startOnNewPage` (every letter after the first in one
    // file). Returns the number of pages it took.
    int render(QPainter& painter, QPagedPaintDevice& device, const LetterContent& letter,
               bool startOnNewPage = false) const;
    // The two halves of render(): place the letter for `device` (its
    // resolution), then draw it on `painter` (active on that device).
    LetterPages layout(QPagedPaintDevice& device, const LetterContent& letter) const;
    int paint(QPainter& painter, QPagedPaintDevice& device, const LetterPages& letter,
              bool startOnNewPage = false) const;

    // A word drawn large and light across every page, under the letter
    // (« PROJET » on the preview of letters not yet recorded). Empty, the
    // default for paper and PDF: nothing is drawn.
    void setDraftMark(const QString& text) { m_draftMark = text; }

    // A sheet that shows where the window is expected: print it, fold it,
    // slide it into an envelope and adjust the settings until the frame
    // shows in the window.
    void renderCalibration(QPainter& painter, QPagedPaintDevice& device,
                           bool startOnNewPage = false) const;

private:
    void drawDraftMark(QPainter& painter, QPagedPaintDevice& device) const;

    EnvelopeWindow m_window;
    QString m_draftMark;
    // Filled while laying out, which is const: a cache, not the renderer's
    // state.
    mutable LetterPieceCache m_cache;
};
