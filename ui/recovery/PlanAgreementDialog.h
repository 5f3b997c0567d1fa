#pragma once

#include "letters/EnvelopeWindow.h"
#include "letters/LetterContent.h"

#include <QDate>
#include <QDialog>

#include <memory>

class Database;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

// « Agreement letter… » of a payment plan: the letter PlanAgreementLetter
// composes for the account's plan as of a date (the schedule as a table,
// two signature blocks), previewed as it prints, then printed (the print
// queue, like every letter) or saved as a PDF. It records nothing: the
// signature is recorded once the signed copy comes back.
class PlanAgreementDialog : public QDialog
{
    Q_OBJECT

public:
    PlanAgreementDialog(const Database& db, const QString& ref, QDate date,
                        QWidget* parent = nullptr);
    ~PlanAgreementDialog() override;

    // Why the letter could not be composed (empty when it was).
    QString problem() const { return m_problem; }
    const LetterContent& letter() const { return m_letter; }
    QPrintPreviewWidget* previewWidget() const { return m_preview; }

    // The steps behind the buttons without their dialogs (tests call them):
    // false, after saying why, when nothing was written or printed.
    bool saveTo(const QString& pdfPath);
    bool printTo(const QString& printerName, int copies, bool duplex);

public slots:
    void saveAs();
    void print();
    // The agreement's text, for every account (CoverLetterEditor).
    void editLetter();

private:
    bool reload();
    void paint(QPrinter* printer);

    const Database& m_db;
    QString m_ref;
    QString m_problem;
    LetterContent m_letter;
    EnvelopeWindow m_window;
    QDate m_date;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_print = nullptr;
};
