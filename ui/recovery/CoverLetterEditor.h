#pragma once

#include <QDialog>
#include <QString>

class Database;
class QComboBox;
class QLabel;
class QMenu;
class QPlainTextEdit;

// A plain editor of the letters that belong to no reminder level (HTML with
// the letters' merge fields): the cover letter sent to the commissaire de
// justice, and the agreement letter of a payment plan. Saving goes through
// the letter's class (CommissaireCoverLetter, PlanAgreementLetter), which
// refuses what would not print; « Restore the default text » forgets the
// agency's text.
class CoverLetterEditor : public QDialog
{
    Q_OBJECT

public:
    enum class Letter
    {
        CommissaireCover,
        PlanAgreement
    };

    // The commissaire's cover letter in one language.
    CoverLetterEditor(const Database& db, const QString& language, QWidget* parent = nullptr);
    // `letter` in `language`, the other language a choice away.
    CoverLetterEditor(const Database& db, Letter letter, const QString& language,
                      QWidget* parent = nullptr);

    QPlainTextEdit* editor() const { return m_text; }
    QComboBox* languageBox() const { return m_languageBox; }
    QMenu* insertFieldMenu() const { return m_fieldMenu; }
    QString language() const { return m_language; }
    QString problem() const;

    // The steps behind the buttons (tests call them).
    bool save();
    bool restoreDefault();
    // Shows the text of the other language; asks first when the text shown
    // was changed and not saved. False when the user keeps it.
    bool showLanguage(const QString& language);

private:
    void load();
    void buildFieldMenu();

    const Database& m_db;
    Letter m_letter;
    QString m_language;
    QString m_shown; // the text as loaded or last saved
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_languageBox = nullptr;
    QMenu* m_fieldMenu = nullptr;
    QLabel* m_problem = nullptr;
};
