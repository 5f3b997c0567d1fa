#pragma once

#include <QDate>
#include <QString>

#include <optional>

class QWidget;
struct LetterOutputOptions;

// The dialogs that ask where letters go: a printer (or the print dialog's
// PDF file) and a PDF file to save. They ask and return the answer; the
// caller starts the run (nothing is recorded when the user cancels).
namespace LetterOutputChooser {

// The print dialog on the printer last used, offering `copies` copies (two
// for an agreement both sides sign); nullopt when cancelled. A PDF chosen in
// it comes back as `mergedPath`.
std::optional<LetterOutputOptions> printer(QWidget* parent, const QString& title, int copies = 1);

// A PDF file for the letters as of `asOf`, in the folder used last time (the
// user's documents at first, never the database's folder); empty when
// cancelled.
QString pdfFile(QWidget* parent, QDate asOf);

} // namespace LetterOutputChooser
