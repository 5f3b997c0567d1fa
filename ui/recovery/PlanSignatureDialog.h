#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QDateEdit;
class QLabel;

// « Mark as signed… »: asks the day the tenant signed the payment plan's
// agreement and hands it to the sign handler (PaymentPlans::sign, which
// also records the debt acknowledgment in the case file). A refusal is
// shown here and the dialog stays open.
class PlanSignatureDialog : public QDialog
{
    Q_OBJECT

public:
    using SignHandler = std::function<Status(QDate)>;

    PlanSignatureDialog(const QString& accountRef, QDate planCreated, QDate today,
                        QWidget* parent = nullptr);
    ~PlanSignatureDialog() override;

    void setSignHandler(SignHandler handler) { m_sign = std::move(handler); }
    QDateEdit* dateEdit() const { return m_date; }
    QDate date() const;
    // The refusal shown (empty when none).
    QString errorText() const;

public slots:
    void accept() override;

private:
    SignHandler m_sign;
    QDateEdit* m_date = nullptr;
    QLabel* m_error = nullptr;
};
