#pragma once

#include "common/FieldErrors.h"
#include "ledger/Owner.h"
#include "ledger/OwnerValidator.h"

#include <QGroupBox>
#include <QHash>

#include <optional>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

// The « Propriétaire (mandant) » group of the account form: the landlord's
// ref, with a completer over the existing owners (by ref or name) that
// fills in their details, and the name, e-mail and postal address. Saving
// them (creating or updating the owner with the account) is AccountSave's
// job; the box only holds what was typed and shows problems beside fields.
class AccountOwnerBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit AccountOwnerBox(QWidget* parent = nullptr);

    // The owners the completer offers.
    void setOwners(const QList<Owner>& owners);
    // Shows the owner with this ref (its details when known).
    void load(const QString& ownerRef);

    // The owner as typed; nullopt when every field is empty (no owner).
    std::optional<Owner> owner() const;
    QString ref() const;

    void clearProblems();
    // Shows each problem under its field; false when there were none.
    bool showProblems(const QList<OwnerValidator::Problem>& problems);
    QStringList visibleProblems() const { return m_errors.visible(); }

    QLineEdit* refEdit() const { return m_ref; }
    QCompleter* completer() const { return m_completer; }

public slots:
    // Fills the details in from the known owner whose ref is typed.
    void applyKnownOwner();

private:
    QHash<QString, Owner> m_owners;
    QStandardItemModel* m_model = nullptr;
    QCompleter* m_completer = nullptr;
    QLineEdit* m_ref = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_address1 = nullptr;
    QLineEdit* m_address2 = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    QString m_country = QStringLiteral("FR");
    FieldErrors<OwnerValidator::Field> m_errors;
};
