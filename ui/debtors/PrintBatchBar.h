#pragma once

#include <QWidget>

class Database;
class QLabel;
struct LetterOutputOptions;

// What earlier runs left for the user on the Debtors screen: letters still
// to print (automation, or e-mails that could not be delivered) with the
// button that prints them, and an automated run refused for a stale ledger
// whose reminders are still to do (workflows.md).
class PrintBatchBar : public QWidget
{
    Q_OBJECT

public:
    explicit PrintBatchBar(QWidget* parent);

    // Reads the letters waiting and the runs again.
    void refresh(const Database* db);
    // Something here waits for the user.
    bool hasNotices() const;

signals:
    // The user chose a printer (or a PDF file) for the letters waiting.
    void printRequested(const LetterOutputOptions& output);

private:
    void choosePrinter();

    QLabel* m_refusal = nullptr;
    QWidget* m_batch = nullptr;
    QLabel* m_batchLabel = nullptr;
};
