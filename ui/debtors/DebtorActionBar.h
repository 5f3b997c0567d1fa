#pragma once

#include <QWidget>

class Database;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

// The bottom of the Debtors screen: the letter template, what the last
// action did, the buttons that act on the checked debtors, and the progress
// of a run with its Cancel button (never a blocking dialog).
class DebtorActionBar : public QWidget
{
    Q_OBJECT

public:
    explicit DebtorActionBar(QWidget* parent);

    // The templates a user may pick instead of each level's default (the
    // one chosen stays chosen when it still exists).
    void loadTemplates(const Database& db);
    // Empty: each level's default.
    QString templateName() const;

    // Preview, print and PDF need a checked debtor; the test letter needs
    // a current debtor who would get one.
    void setLetterActionsEnabled(bool enabled);
    void setTestEnabled(bool enabled);
    void setBusy(bool busy);
    void setProgress(int done, int total, const QString& text);
    void setResult(const QString& text);

signals:
    void previewClicked();
    void printClicked();
    void saveAsPdfClicked();
    void sendTestClicked();
    void cancelClicked();

private:
    QComboBox* m_template = nullptr;
    QLabel* m_lastResult = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
    QPushButton* m_testButton = nullptr;
    QWidget* m_progressRow = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressLabel = nullptr;
};
