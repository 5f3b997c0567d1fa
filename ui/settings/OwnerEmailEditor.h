#pragma once

#include <QDialog>
#include <QString>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;

// Edits the covering e-mail of the landlords' statements (`report owners
// --send`), one text per language: a subject and a plain-text body with the
// statement's merge fields. Saving goes through OwnerStatementEmail, which
// refuses any other field; « Restore the default text » forgets the
// agency's text. Opened from the Settings page's E-mail tab.
class OwnerEmailEditor : public QDialog
{
    Q_OBJECT

public:
    OwnerEmailEditor(const Database& db, const QString& language, QWidget* parent = nullptr);

    QLineEdit* subject() const { return m_subject; }
    QPlainTextEdit* body() const { return m_body; }
    QComboBox* languageBox() const { return m_languageBox; }
    QMenu* insertFieldMenu() const { return m_fieldMenu; }
    QString language() const { return m_language; }
    QString problem() const;

    // The steps behind the buttons (tests call them).
    bool save();
    bool restoreDefault();
    // Shows the other language's text; asks first when the text shown was
    // changed and not saved. False when the user keeps it.
    bool showLanguage(const QString& language);

private:
    void load();
    bool changed() const;

    const Database& m_db;
    QString m_language;
    QString m_shownSubject;
    QString m_shownBody;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QComboBox* m_languageBox = nullptr;
    QMenu* m_fieldMenu = nullptr;
    QLabel* m_problem = nullptr;
};
