#include "PlanSignatureDialog.h"

#include "common/FieldErrors.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

PlanSignatureDialog::PlanSignatureDialog(const QString& accountRef, QDate planCreated, QDate today,
                                         QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("planSignatureDialog"));
    setWindowTitle(tr("Payment plan signed — %1").arg(accountRef));

    auto* text =
        new QLabel(tr("The day the tenant signed the agreement of the payment plan of %1. The debt "
                      "acknowledgment is recorded in the case file as of that day: it restarts the "
                      "prescription of the debt (Code civil, art. 2240).")
                       .arg(QLocale().toString(planCreated, QLocale::ShortFormat)),
                   this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);

    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("signedOn"));
    m_date->setAccessibleName(tr("Signed on"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    auto* form = new QFormLayout;
    form->addRow(tr("&Signed on:"), m_date);

    m_error = FormParts::errorLabel(this, QStringLiteral("signatureError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record the signature"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanSignatureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanSignatureDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(440, 200);
}

PlanSignatureDialog::~PlanSignatureDialog() = default;

QDate PlanSignatureDialog::date() const
{
    return m_date->date();
}

QString PlanSignatureDialog::errorText() const
{
    return m_error->text();
}

void PlanSignatureDialog::accept()
{
    m_error->clear();
    m_error->hide();
    if (m_sign) {
        if (const Status s = m_sign(date()); !s) {
            m_error->setText(s.error());
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}
