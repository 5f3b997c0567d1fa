#include "PaymentPlanDialog.h"

#include "PlanScheduleModel.h"
#include "common/FieldErrors.h"
#include "letters/LetterFormat.h"
#include "recovery/PaymentPlans.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/PositionLoader.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// What most plans agreed over the counter look like; the user changes it.
constexpr int defaultInstalments = 12;

// `day` of the month of `date`, or its last day when the month is shorter.
QDate onDay(QDate date, int day)
{
    const QDate first(date.year(), date.month(), 1);
    return QDate(date.year(), date.month(), qMin(day, first.daysInMonth()));
}

} // namespace

PaymentPlanDialog::PaymentPlanDialog(const Database& db, qint64 accountId, QDate asOf,
                                     QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_asOf(asOf)
{
    setObjectName(QStringLiteral("paymentPlanDialog"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_debt = FormParts::lineEdit(this, QStringLiteral("planDebt"), tr("Debt"));
    m_debt->setToolTip(tr("What the plan spreads: the overdue amount as of the plan's date, "
                          "unless the agreement says otherwise."));
    m_debtError = FormParts::errorLabel(this, QStringLiteral("planDebtError"));

    m_instalments = new QSpinBox(this);
    m_instalments->setObjectName(QStringLiteral("planInstalments"));
    m_instalments->setAccessibleName(tr("Number of monthly instalments"));
    m_instalments->setRange(1, PaymentPlan::maxInstalments);
    m_instalments->setValue(defaultInstalments);
    m_cafPreset = new QPushButton(tr("CAF &default plan"), this);
    m_cafPreset->setObjectName(QStringLiteral("planCafPreset"));
    m_cafPreset->setToolTip(
        tr("%n monthly instalment(s): the plan the paying body (CAF or MSA) expects when the "
           "housing aid is paid to the agency (CCH R.824-12).",
           nullptr, PaymentPlan::cafPresetInstalments));
    connect(m_cafPreset, &QPushButton::clicked, this, &PaymentPlanDialog::applyCafPreset);
    auto* instalmentsRow = new QHBoxLayout;
    instalmentsRow->addWidget(m_instalments);
    instalmentsRow->addWidget(m_cafPreset);
    instalmentsRow->addStretch();

    const QDate firstDue = asOf.addMonths(1);
    m_firstDue = new QDateEdit(firstDue, this);
    m_firstDue->setObjectName(QStringLiteral("planFirstDue"));
    m_firstDue->setAccessibleName(tr("First instalment"));
    m_firstDue->setCalendarPopup(true);
    m_firstDue->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_day = new QSpinBox(this);
    m_day->setObjectName(QStringLiteral("planDayOfMonth"));
    m_day->setAccessibleName(tr("Day of the month"));
    m_day->setRange(1, 31);
    m_day->setValue(firstDue.day());
    m_day->setToolTip(tr("The day each instalment falls due; in a shorter month, its last day."));

    auto* form = new QFormLayout;
    form->addRow(tr("D&ebt:"), FormParts::underField(m_debt, m_debtError, this));
    // A row of two widgets has no buddy of its own: the spin box is it.
    auto* instalmentsLabel = new QLabel(tr("&Monthly instalments:"), this);
    instalmentsLabel->setBuddy(m_instalments);
    form->addRow(instalmentsLabel, instalmentsRow);
    form->addRow(tr("&First instalment:"), m_firstDue);
    form->addRow(tr("Day of the mo&nth:"), m_day);

    m_schedule = new PlanScheduleModel(this);
    m_scheduleView = new QTableView(this);
    m_scheduleView->setObjectName(QStringLiteral("planSchedule"));
    m_scheduleView->setAccessibleName(tr("Schedule"));
    m_scheduleView->setModel(m_schedule);
    m_scheduleView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scheduleView->setSelectionMode(QAbstractItemView::NoSelection);
    m_scheduleView->setAlternatingRowColors(true);
    m_scheduleView->setWordWrap(false);
    m_scheduleView->verticalHeader()->hide();
    m_scheduleView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto* scheduleNote = FormParts::note(
        tr("Each instalment is due on top of the current rent. The last one takes the rest of "
           "the division."),
        this);

    m_error = FormParts::errorLabel(this, QStringLiteral("planError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Create the plan"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentPlanDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(m_scheduleView, 1);
    layout->addWidget(scheduleNote);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 620);

    connect(m_debt, &QLineEdit::textChanged, this, &PaymentPlanDialog::updateSchedule);
    connect(m_instalments, &QSpinBox::valueChanged, this, &PaymentPlanDialog::updateSchedule);
    connect(m_firstDue, &QDateEdit::dateChanged, this, [this](QDate date) {
        const QSignalBlocker blocker(m_day);
        m_day->setValue(date.day());
        updateSchedule();
    });
    connect(m_day, &QSpinBox::valueChanged, this, &PaymentPlanDialog::moveToDay);

    // The account and its overdue amount as of the date: the default debt.
    auto account = AccountRepository(db).byId(accountId);
    auto position = account ? PositionLoader(db).position(accountId, asOf)
                            : Result<AccountPosition>::failure(account.kind(), account.error());
    if (!account || !position) {
        m_problem = account ? position.error() : account.error();
        setWindowTitle(tr("Payment plan"));
        m_summary->setText(tr("The payment plan cannot be prepared: %1").arg(m_problem));
        m_save->setEnabled(false);
        return;
    }
    m_account = *account;
    setWindowTitle(tr("Payment plan — %1").arg(m_account.ref));
    m_summary->setText(tr("%1 (%2) owes %3 overdue as of %4. The plan starts on that date.")
                           .arg(m_account.name, m_account.ref, position->overdue.toLocaleString(),
                                LetterFormat::longDate(asOf)));
    // Only where the housing aid is paid to the agency does the paying body
    // expect its plan.
    m_cafPreset->setVisible(m_account.housingAid.isPositive());
    m_debt->setText(position->overdue.toLocaleString());
    updateSchedule();
}

PaymentPlanDialog::~PaymentPlanDialog() = default;

QString PaymentPlanDialog::errorText() const
{
    return m_error->text();
}

void PaymentPlanDialog::showError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void PaymentPlanDialog::applyCafPreset()
{
    m_instalments->setValue(PaymentPlan::cafPresetInstalments);
}

void PaymentPlanDialog::moveToDay(int day)
{
    // The first instalment moves to that day, on or after the plan's date.
    QDate date = onDay(m_firstDue->date(), day);
    if (date < m_asOf)
        date = onDay(date.addMonths(1), day);
    {
        // The day stays what was typed even when the month is shorter.
        const QSignalBlocker blocker(m_firstDue);
        m_firstDue->setDate(date);
    }
    updateSchedule();
}

std::optional<PaymentPlan> PaymentPlanDialog::draft(QString* debtError) const
{
    QString error;
    const auto debt = Money::parse(m_debt->text().trimmed(), &error);
    if (!debt) {
        if (debtError)
            *debtError = error.isEmpty() ? tr("This amount is not valid.") : error;
        return std::nullopt;
    }
    PaymentPlan plan;
    plan.accountId = m_account.id;
    plan.created = m_asOf;
    plan.debt = *debt;
    plan.instalments = m_instalments->value();
    plan.firstDue = m_firstDue->date();
    return plan;
}

void PaymentPlanDialog::updateSchedule()
{
    QString debtError;
    const auto plan = draft(&debtError);
    m_debtError->setText(debtError);
    m_debtError->setVisible(!debtError.isEmpty());
    // Nothing to spread: PaymentPlans says why when the user saves.
    if (plan && plan->debt.isPositive())
        m_schedule->setPlan(*plan);
    else
        m_schedule->clear();
}

void PaymentPlanDialog::accept()
{
    if (!m_problem.isEmpty())
        return;
    showError({});
    QString debtError;
    const auto plan = draft(&debtError);
    if (!plan) {
        m_debt->setFocus();
        return; // the amount's problem is shown under it already
    }
    PaymentPlans::Request request;
    request.ref = m_account.ref;
    request.asOf = m_asOf;
    request.instalments = plan->instalments;
    request.firstDue = plan->firstDue;
    request.debt = plan->debt;
    auto created = PaymentPlans(m_db).create(request, Database::currentUserName());
    if (!created) {
        showError(created.error());
        return;
    }
    m_created = *created;
    emit planCreated(m_account.id);
    QDialog::accept();
}
