#pragma once

#include "common/FieldErrors.h"
#include "recovery/RecoverySettings.h"
#include "recovery/RecoverySettingsValidator.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QSpinBox;

// The « Recovery » tab of the settings: the GLI contract's name and delays,
// which deadlines the agency follows, the CCAPEX flag, the prescription
// warnings and the payment plans' grace days. It shows and reads back; the
// rules are RecoverySettingsValidator's, the page checks and saves.
class RecoverySettingsTab : public QWidget
{
    Q_OBJECT

public:
    // `errors` (the page's) gets this tab's fields, on tab `tabIndex`.
    RecoverySettingsTab(FieldErrors<QString>& errors, int tabIndex, QWidget* parent = nullptr);

    void load(const RecoverySettings& settings);
    // What is set now, saved or not.
    RecoverySettings settings() const;
    void showProblems(const QList<RecoverySettingsValidator::Problem>& problems);

signals:
    void changed();
    // « Payment plan agreement letter… »: the page opens the editor.
    void planAgreementRequested();

private:
    QSpinBox* days(const QString& objectName, const QString& accessibleName, int min, int max);
    QWidget* withError(QWidget* field, const QString& key);
    // The tooltips name each deadline's source, which for the GLI is the
    // contract's name as typed.
    void updateSources();

    FieldErrors<QString>& m_errors;
    int m_tabIndex;

    QLineEdit* m_gliName = nullptr;
    QSpinBox* m_gliNoticeDays = nullptr;
    QSpinBox* m_gliClaimDays = nullptr;
    QHash<DeadlineKind, QCheckBox*> m_deadlines;
    QCheckBox* m_ccapex = nullptr;
    QCheckBox* m_prescription = nullptr;
    QSpinBox* m_graceDays = nullptr;
};
