#pragma once

#include "common/FieldErrors.h"
#include "letters/AgencyIdentity.h"
#include "letters/AgencyValidator.h"

#include <QWidget>

class ImageField;
class QLineEdit;
class QPlainTextEdit;

// The « Agency » tab of the settings: letterhead, footer, logo, signature.
// It shows and reads back the form; the page checks and saves.
class AgencySettingsTab : public QWidget
{
    Q_OBJECT

public:
    // `errors` (the page's) gets this tab's fields, on tab `tabIndex`.
    AgencySettingsTab(FieldErrors<QString>& errors, int tabIndex, QWidget* parent = nullptr);

    void load(const AgencyIdentity& agency);
    // What is typed, over what was loaded.
    AgencyIdentity agency() const;
    // The problems AgencyValidator finds, each under its field.
    void showProblems(const QList<AgencyValidator::Problem>& problems);
    static QString errorKey(AgencyValidator::Field field);

    QString typedName() const;
    QString typedEmail() const;

signals:
    void changed();

private:
    QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName);
    QWidget* withError(QWidget* field, const QString& key);

    FieldErrors<QString>& m_errors;
    int m_tabIndex;
    AgencyIdentity m_loaded;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_address1 = nullptr;
    QLineEdit* m_address2 = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_country = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_website = nullptr;
    QLineEdit* m_siret = nullptr;
    QLineEdit* m_professionalCard = nullptr;
    QPlainTextEdit* m_legalFooter = nullptr;
    QLineEdit* m_signatory = nullptr;
    ImageField* m_logo = nullptr;
    ImageField* m_signature = nullptr;
};
