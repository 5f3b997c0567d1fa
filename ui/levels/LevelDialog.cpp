#include "LevelDialog.h"

#include "common/FieldErrors.h"
#include "common/ViewState.h"
#include "reminders/AutomationCalendar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
const auto geometryKey = QLatin1String("levelDialog/geometry");

std::optional<Money> parseMoney(const QLineEdit* edit, QString* error)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return Money();
    return Money::parse(text, error);
}

} // namespace

LevelDialog::LevelDialog(const Level& level, QStringList otherNames, bool isLastLevel,
                         QWidget* parent)
    : QDialog(parent)
    , m_original(level)
    , m_otherNames(std::move(otherNames))
    , m_isLastLevel(isLastLevel)
{
    setObjectName(QStringLiteral("LevelDialog"));
    setWindowTitle(level.id == 0 ? tr("New level")
                                 : tr("Level %1 — %2").arg(level.position).arg(level.name));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("levelTabs"));
    m_tabs->addTab(buildGeneralTab(), tr("&General"));
    m_tabs->addTab(buildFeeTab(), tr("&Fee invoice"));
    m_tabs->addTab(buildAutomationTab(), tr("&Automation"));
    m_tabs->addTab(buildDeliveryTab(), tr("&Delivery"));

    m_saveError = FormParts::errorLabel(this, QStringLiteral("saveError"));
    m_errors.setFormLabel(m_saveError);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("levelButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LevelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LevelDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);

    load(level);
    m_name->setFocus();
    ViewState::remember(this, geometryKey, QSize(600, 500));
}

LevelDialog::~LevelDialog() = default;

QLineEdit* LevelDialog::lineEdit(const QString& objectName, const QString& accessibleName)
{
    return FormParts::lineEdit(this, objectName, accessibleName);
}

QSpinBox* LevelDialog::spinBox(const QString& objectName, const QString& accessibleName, int min,
                               int max, const QString& suffix)
{
    auto* box = new QSpinBox(this);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(min, max);
    box->setSuffix(suffix);
    return box;
}

QCheckBox* LevelDialog::checkBox(const QString& objectName, const QString& text)
{
    auto* box = new QCheckBox(text, this);
    box->setObjectName(objectName);
    return box;
}

QWidget* LevelDialog::withError(QWidget* field, LevelValidator::Field which, int tab)
{
    return m_errors.wrap(this, field, which, tab);
}

QWidget* LevelDialog::buildGeneralTab()
{
    using F = LevelValidator::Field;
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);

    m_name = lineEdit(QStringLiteral("name"), tr("Level name"));
    m_name->setPlaceholderText(tr("e.g. Première relance"));
    m_delay = spinBox(QStringLiteral("delayDays"), tr("Delay in days"), 0, LevelValidator::maxDays,
                      tr(" days"));
    m_delay->setToolTip(tr("The account must have been in arrears for at least this many days."));
    m_customGap = checkBox(QStringLiteral("customGap"), tr("Minimum gap since the last reminder:"));
    m_gap = spinBox(QStringLiteral("minGapDays"), tr("Minimum gap in days"), 0,
                    LevelValidator::maxDays, tr(" days"));
    m_gap->setToolTip(tr("Unchecked: this level's delay minus the delay of the level before it."));
    auto* gapRow = new QWidget(this);
    auto* gapLayout = new QHBoxLayout(gapRow);
    gapLayout->setContentsMargins(0, 0, 0, 0);
    gapLayout->addWidget(m_customGap);
    gapLayout->addWidget(m_gap);
    gapLayout->addStretch();
    m_threshold = lineEdit(QStringLiteral("threshold"), tr("Threshold"));
    m_threshold->setPlaceholderText(tr("minimum overdue amount, e.g. 10,00"));
    m_textSummary =
        FormParts::note(tr("The letter and e-mail texts are edited in the templates of this "
                           "level, under the list of levels."),
                        this);
    m_textSummary->setObjectName(QStringLiteral("textSummary"));

    auto* exclusions = new QGroupBox(tr("Skip accounts that are"), this);
    exclusions->setObjectName(QStringLiteral("exclusions"));
    auto* exLayout = new QVBoxLayout(exclusions);
    m_excludeDirectDebit = checkBox(QStringLiteral("excludeDirectDebit"),
                                    tr("Paid by direct debit (unless a debit was rejected)"));
    m_excludePaymentPlan = checkBox(QStringLiteral("excludePaymentPlan"), tr("On a payment plan"));
    m_excludeLitigation = checkBox(QStringLiteral("excludeLitigation"), tr("In litigation"));
    m_excludeDeparted = checkBox(QStringLiteral("excludeDeparted"), tr("Departed tenants"));
    for (QCheckBox* box :
         {m_excludeDirectDebit, m_excludePaymentPlan, m_excludeLitigation, m_excludeDeparted})
        exLayout->addWidget(box);

    form->addRow(tr("&Name:"), withError(m_name, F::Name, GeneralTab));
    form->addRow(tr("&Delay:"), withError(m_delay, F::DelayDays, GeneralTab));
    form->addRow(QString(), withError(gapRow, F::MinGapDays, GeneralTab));
    form->addRow(tr("&Threshold:"), withError(m_threshold, F::Threshold, GeneralTab));
    form->addRow(tr("Text:"), m_textSummary);
    form->addRow(exclusions);
    connect(m_customGap, &QCheckBox::toggled, this, &LevelDialog::updateEnabled);
    return page;
}

QWidget* LevelDialog::buildFeeTab()
{
    using F = LevelValidator::Field;
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);

    // The law is stated where the fee is set, not discovered at run time.
    m_residentialWarning = new QLabel(
        tr("Fees are never charged on residential or furnished leases (loi n° 89-462 du 6 juillet "
           "1989, art. 4 p, and art. 25-3 for furnished main residences): the run leaves the fee "
           "out for those accounts. It applies to commercial, professional, parking and other "
           "leases."),
        page);
    m_residentialWarning->setObjectName(QStringLiteral("residentialWarning"));
    m_residentialWarning->setAccessibleName(tr("Residential leases"));
    m_residentialWarning->setWordWrap(true);
    m_residentialWarning->setTextFormat(Qt::PlainText);
    m_residentialWarning->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; border: 1px solid #e0b84d; border-radius: 4px; "
        "padding: 8px; color: #5a4300; }"));

    auto* form = new QFormLayout;
    m_fee = lineEdit(QStringLiteral("feeAmount"), tr("Fee amount"));
    m_fee->setPlaceholderText(tr("0,00: no fee"));
    m_supplierAccount = lineEdit(QStringLiteral("feeSupplierAccount"), tr("Supplier account"));
    m_supplierAccount->setPlaceholderText(tr("e.g. 401FRAIS"));
    m_expenseAccount = lineEdit(QStringLiteral("feeExpenseAccount"), tr("Expense account"));
    m_expenseAccount->setPlaceholderText(tr("e.g. 6226"));
    auto* accounts = new QWidget(this);
    accounts->setObjectName(QStringLiteral("feeAccounts"));
    auto* accountsLayout = new QFormLayout(accounts);
    accountsLayout->setContentsMargins(0, 0, 0, 0);
    accountsLayout->addRow(tr("&Supplier account:"), m_supplierAccount);
    accountsLayout->addRow(tr("&Expense account:"), m_expenseAccount);
    m_feeAutoValidate = checkBox(QStringLiteral("feeAutoValidate"),
                                 tr("&Validate the fee invoice automatically (otherwise it stays "
                                    "a draft)"));
    form->addRow(tr("Fee &amount:"), withError(m_fee, F::FeeAmount, FeeTab));
    form->addRow(withError(accounts, F::FeeAccounts, FeeTab));
    form->addRow(m_feeAutoValidate);

    layout->addWidget(m_residentialWarning);
    layout->addLayout(form);
    layout->addStretch();
    connect(m_fee, &QLineEdit::textChanged, this, &LevelDialog::updateEnabled);
    return page;
}

QWidget* LevelDialog::buildAutomationTab()
{
    using F = LevelValidator::Field;
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    m_automationEnabled =
        checkBox(QStringLiteral("automationEnabled"), tr("&Issue this level automatically"));
    m_automationOrder = spinBox(QStringLiteral("automationOrder"), tr("Order of automated runs"), 0,
                                LevelValidator::maxAutomationOrder);
    m_automationOrder->setToolTip(tr("Levels run in ascending order: 1 runs first."));
    m_automationDay = spinBox(QStringLiteral("automationDay"), tr("Day of month"),
                              LevelValidator::minAutomationDay, LevelValidator::maxAutomationDay);
    form->addRow(m_automationEnabled);
    form->addRow(tr("&Order:"), withError(m_automationOrder, F::AutomationOrder, AutomationTab));
    form->addRow(tr("&Day of month:"), withError(m_automationDay, F::AutomationDay, AutomationTab));
    form->addRow(
        FormParts::note(tr("The level runs once a month, on the first day on or after this day "
                           "(a day beyond the month's length means its last day); a missed day is "
                           "caught up the next day. A manual run does not count as the month's "
                           "automated run."),
                        this));
    // Said before saving: ticking the box after this month's day means the
    // level goes out today, which staff do not expect of « once a month ».
    m_firstRunNote = new QLabel(page);
    m_firstRunNote->setObjectName(QStringLiteral("automationFirstRun"));
    m_firstRunNote->setWordWrap(true);
    m_firstRunNote->setTextFormat(Qt::PlainText);
    m_firstRunNote->hide();
    form->addRow(m_firstRunNote);
    connect(m_automationEnabled, &QCheckBox::toggled, this, &LevelDialog::updateEnabled);
    connect(m_automationEnabled, &QCheckBox::toggled, this, &LevelDialog::updateFirstRunNote);
    connect(m_automationDay, &QSpinBox::valueChanged, this, &LevelDialog::updateFirstRunNote);
    return page;
}

QWidget* LevelDialog::buildDeliveryTab()
{
    using F = LevelValidator::Field;
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);

    m_toTenant = checkBox(QStringLiteral("toTenant"), tr("The &tenant"));
    m_toGuarantor = checkBox(QStringLiteral("toGuarantor"), tr("The &guarantors"));
    auto* recipients = new QWidget(this);
    recipients->setObjectName(QStringLiteral("recipients"));
    auto* rLayout = new QHBoxLayout(recipients);
    rLayout->setContentsMargins(0, 0, 0, 0);
    rLayout->addWidget(m_toTenant);
    rLayout->addWidget(m_toGuarantor);
    rLayout->addStretch();

    m_byLetter = checkBox(QStringLiteral("byLetter"), tr("&Letter"));
    m_byEmail = checkBox(QStringLiteral("byEmail"), tr("&E-mail"));
    auto* channels = new QWidget(this);
    channels->setObjectName(QStringLiteral("channels"));
    auto* cLayout = new QHBoxLayout(channels);
    cLayout->setContentsMargins(0, 0, 0, 0);
    cLayout->addWidget(m_byLetter);
    cLayout->addWidget(m_byEmail);
    cLayout->addStretch();

    m_registered = checkBox(QStringLiteral("registered"),
                            tr("&Registered letter with acknowledgement of receipt"));
    m_deadline = spinBox(QStringLiteral("paymentDeadlineDays"), tr("Payment deadline in days"), 0,
                         LevelValidator::maxPaymentDeadlineDays, tr(" days"));

    m_repeat = checkBox(QStringLiteral("repeat"), tr("Re&peat this level"));
    m_repeatEvery = spinBox(QStringLiteral("repeatEveryDays"), tr("Repeat interval"), 1,
                            LevelValidator::maxDays, tr(" days"));
    m_repeatMax = spinBox(QStringLiteral("repeatMax"), tr("Maximum repeats"), 1,
                          LevelValidator::maxRepeats, tr(" times"));
    auto* repeat = new QWidget(this);
    repeat->setObjectName(QStringLiteral("repeatRow"));
    auto* repLayout = new QHBoxLayout(repeat);
    repLayout->setContentsMargins(0, 0, 0, 0);
    repLayout->addWidget(m_repeat);
    repLayout->addWidget(new QLabel(tr("every"), this));
    repLayout->addWidget(m_repeatEvery);
    repLayout->addWidget(new QLabel(tr("at most"), this));
    repLayout->addWidget(m_repeatMax);
    repLayout->addStretch();

    form->addRow(tr("Send to:"), withError(recipients, F::Recipients, DeliveryTab));
    form->addRow(tr("Send by:"), withError(channels, F::Channels, DeliveryTab));
    form->addRow(QString(), m_registered);
    form->addRow(tr("Payment &deadline:"), withError(m_deadline, F::PaymentDeadline, DeliveryTab));
    form->addRow(tr("Repeat:"), withError(repeat, F::Repeat, DeliveryTab));
    if (!m_isLastLevel)
        form->addRow(QString(), FormParts::note(
                                    tr("Only the last level of a program can be repeated."), this));
    connect(m_byLetter, &QCheckBox::toggled, this, &LevelDialog::updateEnabled);
    connect(m_repeat, &QCheckBox::toggled, this, &LevelDialog::updateEnabled);
    return page;
}

void LevelDialog::setTextSummary(const QString& summary)
{
    m_textSummary->setText(summary);
}

void LevelDialog::setAutomationContext(QDate today, bool ranThisMonth)
{
    m_today = today;
    m_ranThisMonth = ranThisMonth;
    updateFirstRunNote();
}

QString LevelDialog::firstRunNote() const
{
    return m_firstRunNote->isHidden() ? QString() : m_firstRunNote->text();
}

void LevelDialog::updateFirstRunNote()
{
    const bool on = m_automationEnabled->isChecked();
    const int day = m_automationDay->value();
    // Only a schedule the user is changing: the stored one is known.
    const bool changed = on && (!m_original.automationEnabled || m_original.automationDay != day);
    const QDate first = AutomationCalendar::nextRun(day, m_today, m_ranThisMonth);
    QString note;
    if (changed && first == m_today)
        note = tr("This month's day (%1) is already past: once saved, the first automated run of "
                  "this level happens today, %2.")
                   .arg(QLocale().toString(
                            AutomationCalendar::dueDate(day, m_today.year(), m_today.month()),
                            QLocale::LongFormat),
                        QLocale().toString(m_today, QLocale::LongFormat));
    else if (changed)
        note = tr("Once saved, the first automated run of this level happens on %1.")
                   .arg(QLocale().toString(first, QLocale::LongFormat));
    m_firstRunNote->setText(note);
    m_firstRunNote->setStyleSheet(changed && first == m_today
                                      ? QStringLiteral("QLabel { background: #fff4ce; border: 1px "
                                                       "solid #e0c060; padding: 6px; color: "
                                                       "#5a4500; }")
                                      : QString());
    m_firstRunNote->setVisible(!note.isEmpty());
}

void LevelDialog::load(const Level& l)
{
    m_name->setText(l.name);
    m_delay->setValue(l.delayDays);
    m_customGap->setChecked(l.minGapDays.has_value());
    m_gap->setValue(l.minGapDays.value_or(0));
    m_threshold->setText(l.threshold.toLocaleString());
    m_excludeDirectDebit->setChecked(l.excludes(Exclusion::DirectDebit));
    m_excludePaymentPlan->setChecked(l.excludes(Exclusion::PaymentPlan));
    m_excludeLitigation->setChecked(l.excludes(Exclusion::Litigation));
    m_excludeDeparted->setChecked(l.excludes(Exclusion::Departed));
    m_fee->setText(l.feeAmount.isZero() ? QString() : l.feeAmount.toLocaleString());
    m_supplierAccount->setText(l.feeSupplierAccount);
    m_expenseAccount->setText(l.feeExpenseAccount);
    m_feeAutoValidate->setChecked(l.feeAutoValidate);
    m_automationEnabled->setChecked(l.automationEnabled);
    m_automationOrder->setValue(l.automationOrder);
    m_automationDay->setValue(l.automationDay);
    m_toTenant->setChecked(l.toTenant);
    m_toGuarantor->setChecked(l.toGuarantor);
    m_byLetter->setChecked(l.byLetter);
    m_byEmail->setChecked(l.byEmail);
    m_registered->setChecked(l.registered);
    m_deadline->setValue(l.paymentDeadlineDays);
    m_repeat->setChecked(l.hasRepeats());
    m_repeatEvery->setValue(l.repeatEveryDays.value_or(30));
    m_repeatMax->setValue(l.repeatMax.value_or(1));
    updateEnabled();
}

void LevelDialog::updateEnabled()
{
    m_gap->setEnabled(m_customGap->isChecked());
    QString ignored;
    const auto fee = parseMoney(m_fee, &ignored);
    const bool hasFee = !fee || fee->isPositive();
    m_supplierAccount->setEnabled(hasFee);
    m_expenseAccount->setEnabled(hasFee);
    m_feeAutoValidate->setEnabled(hasFee);
    m_automationOrder->setEnabled(m_automationEnabled->isChecked());
    m_automationDay->setEnabled(m_automationEnabled->isChecked());
    m_registered->setEnabled(m_byLetter->isChecked());
    // A level that is not last keeps the box so that a stored repeat can
    // still be switched off.
    m_repeat->setEnabled(m_isLastLevel || m_repeat->isChecked());
    m_repeatEvery->setEnabled(m_repeat->isChecked());
    m_repeatMax->setEnabled(m_repeat->isChecked());
}

Level LevelDialog::level() const
{
    Level l = m_original;
    l.name = m_name->text().trimmed();
    l.delayDays = m_delay->value();
    l.minGapDays = m_customGap->isChecked() ? std::optional<int>(m_gap->value()) : std::nullopt;
    if (auto threshold = parseMoney(m_threshold, nullptr))
        l.threshold = *threshold;
    l.exclusions.clear();
    if (m_excludeDirectDebit->isChecked())
        l.exclusions << Exclusion::DirectDebit;
    if (m_excludePaymentPlan->isChecked())
        l.exclusions << Exclusion::PaymentPlan;
    if (m_excludeLitigation->isChecked())
        l.exclusions << Exclusion::Litigation;
    if (m_excludeDeparted->isChecked())
        l.exclusions << Exclusion::Departed;
    if (auto fee = parseMoney(m_fee, nullptr))
        l.feeAmount = *fee;
    l.feeSupplierAccount = m_supplierAccount->text().trimmed();
    l.feeExpenseAccount = m_expenseAccount->text().trimmed();
    l.feeAutoValidate = m_feeAutoValidate->isChecked();
    l.automationEnabled = m_automationEnabled->isChecked();
    l.automationOrder = m_automationOrder->value();
    l.automationDay = m_automationDay->value();
    l.toTenant = m_toTenant->isChecked();
    l.toGuarantor = m_toGuarantor->isChecked();
    l.byLetter = m_byLetter->isChecked();
    l.byEmail = m_byEmail->isChecked();
    l.registered = l.byLetter && m_registered->isChecked();
    l.paymentDeadlineDays = m_deadline->value();
    if (m_repeat->isChecked()) {
        l.repeatEveryDays = m_repeatEvery->value();
        l.repeatMax = m_repeatMax->value();
    } else {
        l.repeatEveryDays.reset();
        l.repeatMax.reset();
    }
    return l;
}

QStringList LevelDialog::visibleProblems() const
{
    return m_errors.visible();
}

void LevelDialog::clearProblems()
{
    m_errors.clear();
}

void LevelDialog::showProblems(const QList<LevelValidator::Problem>& problems)
{
    // A message on a hidden tab is no message: show the first one's tab.
    if (const int tab = m_errors.show(problems); tab >= 0)
        m_tabs->setCurrentIndex(tab);
}

void LevelDialog::accept()
{
    clearProblems();
    using F = LevelValidator::Field;
    QList<LevelValidator::Problem> problems;
    QString error;
    if (!parseMoney(m_threshold, &error))
        problems.append({F::Threshold, error.isEmpty() ? tr("This amount is not valid.") : error});
    error.clear();
    if (!parseMoney(m_fee, &error))
        problems.append({F::FeeAmount, error.isEmpty() ? tr("This amount is not valid.") : error});
    problems.append(LevelValidator(m_otherNames, m_isLastLevel).check(level()));
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    if (m_save) {
        Level l = level();
        if (Status s = m_save(l); !s) {
            m_saveError->setText(s.error());
            m_saveError->show();
            return;
        }
        m_original = l;
    }
    QDialog::accept();
}
