#pragma once

#include "import/ImportReport.h"

#include <QDialog>

#include <memory>
#include <optional>

class BackgroundTask;
class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

// File › Import CSV…: pick a file (accounts or ledger CSV, or the FEC the
// accounting program exports, recognised by its header), see what importing
// it would do (a dry run through the same importers as relance-cli), then
// confirm. Both passes run
// in a BackgroundTask (its own database connection), with progress and
// Cancel; a file with errors cannot be imported (all or nothing).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(const Database& db, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Chooses the file (as the Browse button does) and starts checking it.
    void setFile(const QString& path);
    // FEC, accounts or ledger, from the file's header; nullopt when it cannot tell.
    static std::optional<ImportReport::Kind> guessKind(const QString& path);

    bool isBusy() const { return m_task != nullptr; }
    // The last report, once a pass has finished.
    const ImportReport& report() const { return m_report; }
    QString reportText() const;
    // A FEC's preview: tenant lines, entries new / unchanged / changed,
    // accounts created, other lines skipped by account class (empty for a CSV).
    QString fecPreviewText() const;
    QPushButton* importButton() const { return m_import; }

public slots:
    void reject() override;

signals:
    void checkFinished();
    void importFinished();
    // Something was written: the caller refreshes what it shows.
    void imported();

private:
    void browse();
    void check();
    void runImport();
    void start(bool dryRun);
    void workerFinished();
    void showReport(const ImportReport& report);
    void showFecPreview(const ImportReport& report);
    void setBusy(bool busy);
    ImportReport::Kind kind() const;

    const Database& m_db;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_update = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_fecPreview = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_close = nullptr;

    BackgroundTask* m_task = nullptr;
    bool m_dryRun = true;
    // Written by the worker, read only once its task has finished.
    std::shared_ptr<ImportReport> m_workerReport;
    ImportReport m_report;
    bool m_checkedOk = false; // the last check found no error
};
