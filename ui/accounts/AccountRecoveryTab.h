#pragma once

#include "ledger/Account.h"
#include "ledger/AccountValidator.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLineEdit;

// The account form's « Recovery » tab: the data the recovery path's
// deadlines read (recovery-path.md « New account data »): lease start, rent
// without charges, housing aid paid to the agency and its payer, guarantee
// and its reference.
class AccountRecoveryTab : public QWidget
{
    Q_OBJECT

public:
    // `withError` puts a field's message under it (the dialog's FieldErrors).
    using WithError = std::function<QWidget*(QWidget*, AccountValidator::Field)>;
    AccountRecoveryTab(const WithError& withError, QWidget* parent = nullptr);

    void load(const Account& account);
    // Writes the fields that can be read into `account`.
    void apply(Account& account) const;
    // What cannot be read (a date or an amount), each under its field.
    QList<AccountValidator::Problem> unreadable() const;

private:
    std::optional<QDate> leaseStart(QString* error) const;
    static std::optional<std::optional<Money>> amount(const QLineEdit* edit, QString* error);

    QLineEdit* m_leaseStart = nullptr;
    QLineEdit* m_rentExclCharges = nullptr;
    QLineEdit* m_housingAid = nullptr;
    QComboBox* m_payer = nullptr;
    QComboBox* m_guarantee = nullptr;
    QLineEdit* m_guaranteeRef = nullptr;
};
