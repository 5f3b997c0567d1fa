#pragma once

#include "recovery/CaseEvent.h"
#include "util/Result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// « Record an event… » of the case file: kind, date, note and an optional
// PDF (the CAF's receipt, the commandement). It asks, and hands the event to
// the record handler (CaseFile decides what may be recorded); a refusal is
// shown here and the dialog stays open with everything typed. Before an
// event that puts the account in litigation it says so and asks.
class CaseEventDialog : public QDialog
{
    Q_OBJECT

public:
    // Records the event; returns its number or the sentence to show.
    using RecordHandler = std::function<Result<qint64>(const CaseEvent&)>;

    CaseEventDialog(const QString& accountRef, QDate today, QWidget* parent = nullptr);
    ~CaseEventDialog() override;

    void setRecordHandler(RecordHandler handler) { m_record = std::move(handler); }

    // The event as the form holds it now.
    CaseEvent event() const;
    // The number of the event recorded, once accepted.
    qint64 recordedId() const { return m_recordedId; }

    void setKind(CaseEventKind kind);
    // Attaches the file at `path` (what the file chooser does); an
    // unreadable file is refused with a sentence shown in the dialog.
    Status chooseFile(const QString& path);
    // The sentence shown under the fields (empty when none).
    QString errorText() const;

public slots:
    void accept() override;

private:
    void chooseWithDialog();
    void clearDocument();
    void showError(const QString& error);

    QString m_ref;
    RecordHandler m_record;
    qint64 m_recordedId = 0;
    QByteArray m_document;
    QString m_documentName;

    QComboBox* m_kind = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_documentLabel = nullptr;
    QPushButton* m_removeDocument = nullptr;
    QLabel* m_error = nullptr;
};
