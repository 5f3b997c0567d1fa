#include "AccountPlansTab.h"

#include "PaymentPlanListModel.h"

#include "common/FieldErrors.h"
#include "recovery/PaymentPlanDialog.h"
#include "recovery/PaymentPlans.h"
#include "recovery/PlanAgreementDialog.h"
#include "recovery/PlanSignatureDialog.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

template <typename D> D* visibleChild(const QObject* parent)
{
    const auto dialogs = parent->findChildren<D*>();
    for (D* dialog : dialogs)
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

} // namespace

AccountPlansTab::AccountPlansTab(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("plansTab"));

    m_asOf = new QLabel(this);
    m_asOf->setObjectName(QStringLiteral("plansAsOf"));
    m_asOf->setWordWrap(true);
    m_asOf->setTextFormat(Qt::PlainText);

    m_model = new PaymentPlanListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("planList"));
    m_table->setAccessibleName(tr("Payment plans"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_error = FormParts::errorLabel(this, QStringLiteral("plansError"));

    m_new = new QPushButton(tr("&New plan…"), this);
    m_new->setObjectName(QStringLiteral("newPlan"));
    m_new->setToolTip(tr("Spread the overdue amount over monthly instalments, on top of the "
                         "rent. Refused while another plan of the account holds."));
    m_letter = new QPushButton(tr("Agreement &letter…"), this);
    m_letter->setObjectName(QStringLiteral("planAgreementLetter"));
    m_letter->setToolTip(tr("The agreement with the schedule, to print in two copies for the "
                            "tenant to sign, or to save as PDF."));
    m_sign = new QPushButton(tr("Mark as &signed…"), this);
    m_sign->setObjectName(QStringLiteral("markPlanSigned"));
    m_sign->setToolTip(tr("The tenant signed the agreement: records it with the debt "
                          "acknowledgment in the case file."));
    connect(m_new, &QPushButton::clicked, this, &AccountPlansTab::newPlan);
    connect(m_letter, &QPushButton::clicked, this, &AccountPlansTab::agreementLetter);
    connect(m_sign, &QPushButton::clicked, this, &AccountPlansTab::markSigned);

    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_new);
    m_buttons->addWidget(m_letter);
    m_buttons->addWidget(m_sign);
    m_buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_asOf);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addLayout(m_buttons);
    updateButtons();
}

AccountPlansTab::~AccountPlansTab() = default;

void AccountPlansTab::setAccount(const Database* db, qint64 accountId, const QString& ref)
{
    m_db = db;
    m_accountId = accountId;
    m_ref = ref;
    reload();
}

void AccountPlansTab::setToday(QDate today)
{
    m_today = today;
    reload();
}

QString AccountPlansTab::errorText() const
{
    return m_error->text();
}

void AccountPlansTab::showError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void AccountPlansTab::reload()
{
    showError({});
    m_asOf->setText(tr("Where each plan stands as of %1.")
                        .arg(QLocale().toString(m_today, QLocale::ShortFormat)));
    if (!m_db || m_accountId == 0) {
        m_model->setPlans({}, m_today);
        updateButtons();
        return;
    }
    auto plans = PaymentPlans(*m_db).ofAccount(m_ref, m_today);
    if (!plans) {
        showError(tr("The payment plans could not be read: %1").arg(plans.error()));
        m_model->setPlans({}, m_today);
    } else {
        m_model->setPlans(std::move(*plans), m_today);
    }
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void AccountPlansTab::updateButtons()
{
    const bool stored = m_db && m_accountId != 0;
    const PaymentPlans::Followed* current = m_model->current();
    m_new->setEnabled(stored);
    m_letter->setEnabled(stored && current);
    // Only the plan in force can be signed, once.
    m_sign->setEnabled(stored && current && !current->plan.signedOn.isValid());
}

PaymentPlanDialog* AccountPlansTab::openPlanDialog() const
{
    return visibleChild<PaymentPlanDialog>(this);
}

PlanSignatureDialog* AccountPlansTab::openSignatureDialog() const
{
    return visibleChild<PlanSignatureDialog>(this);
}

PlanAgreementDialog* AccountPlansTab::openAgreementDialog() const
{
    return visibleChild<PlanAgreementDialog>(this);
}

void AccountPlansTab::newPlan()
{
    if (!m_db || m_accountId == 0)
        return;
    auto* dialog = new PaymentPlanDialog(*m_db, m_accountId, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentPlanDialog::planCreated, this, [this] {
        reload();
        emit plansChanged();
    });
    dialog->open();
}

void AccountPlansTab::agreementLetter()
{
    if (!m_db || !m_model->current())
        return;
    // The plan in force as of the form's date, dated that day.
    auto* dialog = new PlanAgreementDialog(*m_db, m_ref, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void AccountPlansTab::markSigned()
{
    const PaymentPlans::Followed* current = m_model->current();
    if (!m_db || !current)
        return;
    auto* dialog = new PlanSignatureDialog(m_ref, current->plan.created, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Database* db = m_db;
    const QString ref = m_ref;
    dialog->setSignHandler([db, ref](QDate date) -> Status {
        auto signedPlan = PaymentPlans(*db).sign(ref, date, Database::currentUserName());
        if (!signedPlan)
            return Status::failure(signedPlan.kind(), signedPlan.error());
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit plansChanged();
        emit debtAcknowledged();
    });
    dialog->open();
}
