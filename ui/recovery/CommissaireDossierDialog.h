#pragma once

#include "recovery/DossierContent.h"

#include <QDate>
#include <QDialog>

#include <memory>

class Database;
class QCheckBox;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;

// « Prepare the file for the commissaire de justice… »: previews the
// dossier of one account as of a date (its own pages, drawn by the same
// DossierRenderer as the PDF), saves the PDF and, if wanted, the CSV
// statement where the user chooses, then asks whether the file was sent and
// only then records `handed_to_commissaire` (CaseFile::record, which puts
// the account in litigation). Opened from the Debtors screen and from the
// account form.
class CommissaireDossierDialog : public QDialog
{
    Q_OBJECT

public:
    CommissaireDossierDialog(const Database& db, qint64 accountId, QDate asOf,
                             QWidget* parent = nullptr);
    ~CommissaireDossierDialog() override;

    // Why the dossier could not be read (empty when it was).
    QString problem() const { return m_problem; }
    const DossierContent& content() const { return m_content; }
    QPrintPreviewWidget* previewWidget() const { return m_preview; }
    QCheckBox* csvCheck() const { return m_csv; }
    QString summary() const;

    // The step behind « Save… » without its file dialog (tests call it):
    // writes the PDF (and the CSV when `csvPath` is not empty), then asks
    // whether the file was sent and records the hand-off on Yes. False when
    // nothing could be written.
    bool saveTo(const QString& pdfPath, const QString& csvPath = {});
    // Whether the hand-off was recorded from this dialog.
    bool recorded() const { return m_recorded; }

public slots:
    void saveAs();
    void editCoverLetter();

signals:
    // `handed_to_commissaire` was recorded: the account is in litigation.
    void handedOver(qint64 accountId);

private:
    bool reload();
    void paint(QPrinter* printer);
    void askWhetherSent();

    const Database& m_db;
    qint64 m_accountId = 0;
    QDate m_asOf;
    DossierContent m_content;
    QString m_problem;
    bool m_recorded = false;
    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_csv = nullptr;
};
