#pragma once

#include <QDialog>
#include <QString>

class Database;
class QLabel;
class QPlainTextEdit;

// A plain editor of the cover letter sent to the commissaire de justice
// (HTML with the letters' merge fields), in one language. Saving goes
// through CommissaireCoverLetter, which refuses what would not print;
// « Restore the default text » forgets the agency's text.
class CoverLetterEditor : public QDialog
{
    Q_OBJECT

public:
    CoverLetterEditor(const Database& db, const QString& language, QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return m_text; }
    QString problem() const;

    // The steps behind the buttons (tests call them).
    bool save();
    bool restoreDefault();

private:
    const Database& m_db;
    QString m_language;
    QPlainTextEdit* m_text = nullptr;
    QLabel* m_problem = nullptr;
};
