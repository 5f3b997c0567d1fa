#include "AccountDialog.h"

#include "AccountCaseFileTab.h"
#include "AccountOwnerBox.h"
#include "AccountPlansTab.h"
#include "AccountRecoveryTab.h"

#include "util/FieldLimits.h"

#include "common/FieldErrors.h"
#include "common/ViewState.h"
#include "history/HistoryView.h"
#include "models/LedgerTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
const auto guarantorsHeaderKey = QLatin1String("accountDialog/guarantorsHeader");
const auto ledgerHeaderKey = QLatin1String("accountDialog/ledgerHeader");

enum GuarantorColumn
{
    GName,
    GEmail,
    GAddress1,
    GAddress2,
    GPostalCode,
    GCity,
    GCountry,
    GColumnCount
};

template <typename E> void addChoices(QComboBox* box, std::initializer_list<E> values)
{
    for (E v : values)
        box->addItem(AccountKeys::label(v), QVariant::fromValue(int(v)));
}

template <typename E> void select(QComboBox* box, E value)
{
    box->setCurrentIndex(qMax(0, box->findData(QVariant::fromValue(int(value)))));
}

template <typename E> E selected(const QComboBox* box)
{
    return static_cast<E>(box->currentData().toInt());
}

QString cell(const QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}
} // namespace

AccountDialog::AccountDialog(const Account& account, QSet<QString> otherRefs, QWidget* parent)
    : QDialog(parent)
    , m_original(account)
    , m_validator(std::move(otherRefs))
{
    setWindowTitle(account.id == 0 ? tr("New account") : tr("Account %1").arg(account.ref));
    setObjectName(QStringLiteral("AccountDialog"));

    m_tabs = new QTabWidget(this);
    m_buildingTab = TenantTab;
    m_tabs->addTab(buildTenantTab(), tr("&Tenant"));
    m_buildingTab = LeaseTab;
    m_tabs->addTab(buildLeaseTab(), tr("&Lease"));
    m_buildingTab = OwnerTab;
    m_tabs->addTab(buildOwnerTab(), tr("O&wner"));
    m_buildingTab = GuarantorsTab;
    m_tabs->addTab(buildGuarantorsTab(), tr("&Guarantors"));
    m_buildingTab = RecoveryTab;
    m_recovery = new AccountRecoveryTab(
        [this](QWidget* field, AccountValidator::Field which) { return withError(field, which); },
        this);
    m_tabs->addTab(m_recovery, tr("Reco&very"));
    m_buildingTab = StatementTab;
    m_tabs->addTab(buildStatementTab(), tr("&Statement"));
    m_buildingTab = HistoryTab;
    // A clock, as on the history tab of the screens staff already know.
    const QIcon clock = QIcon::fromTheme(
        QStringLiteral("appointment-soon"),
        QIcon::fromTheme(QStringLiteral("history"),
                         style()->standardIcon(QStyle::SP_FileDialogDetailedView)));
    m_tabs->addTab(buildHistoryTab(), clock, tr("&History"));
    m_buildingTab = CaseFileTab;
    m_caseFile = new AccountCaseFileTab(this);
    m_tabs->addTab(m_caseFile, tr("Case &file"));
    // The event was stored with the flag: the box shows it, and saving the
    // form writes it again instead of the value it was opened with.
    connect(m_caseFile, &AccountCaseFileTab::litigationSet, this, [this] {
        m_litigation->setChecked(true);
        m_original.litigation = true;
    });
    connect(m_caseFile, &AccountCaseFileTab::caseFileChanged, this,
            &AccountDialog::caseFileChanged);
    m_buildingTab = PlansTab;
    m_plans = new AccountPlansTab(this);
    m_tabs->addTab(m_plans, tr("Payment plans"));
    // Signing the agreement acknowledges the debt in the case file.
    connect(m_plans, &AccountPlansTab::debtAcknowledged, m_caseFile,
            [this] { m_caseFile->eventRecordedElsewhere(false); });
    // A new account has no ledger and no reminders yet.
    m_tabs->setTabEnabled(StatementTab, account.id != 0);
    m_tabs->setTabEnabled(HistoryTab, account.id != 0);
    m_tabs->setTabEnabled(PlansTab, account.id != 0);

    m_saveError = FormParts::errorLabel(this, QStringLiteral("saveError"));
    m_errors.setFormLabel(m_saveError);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_saveError);
    layout->addWidget(buttons);

    load(account);
    m_ref->setFocus();
    ViewState::remember(this, QStringLiteral("accountDialog/geometry"), QSize(760, 560));
    ViewState::restore(m_guarantors->horizontalHeader(), guarantorsHeaderKey);
    ViewState::restore(m_ledger->horizontalHeader(), ledgerHeaderKey);
    connect(this, &QDialog::finished, this, [this] {
        ViewState::save(m_guarantors->horizontalHeader(), guarantorsHeaderKey);
        ViewState::save(m_ledger->horizontalHeader(), ledgerHeaderKey);
        m_history->saveViewState();
    });
}

AccountDialog::~AccountDialog() = default;

QLineEdit* AccountDialog::lineEdit(const QString& objectName, const QString& accessibleName)
{
    return FormParts::lineEdit(this, objectName, accessibleName);
}

QWidget* AccountDialog::withError(QWidget* field, AccountValidator::Field which)
{
    return m_errors.wrap(this, field, which, m_buildingTab);
}

QWidget* AccountDialog::buildTenantTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    using F = AccountValidator::Field;

    m_ref = lineEdit(QStringLiteral("ref"), tr("Reference"));
    m_ref->setPlaceholderText(tr("e.g. LOC0042"));
    m_name = lineEdit(QStringLiteral("name"), tr("Name"));
    m_name->setPlaceholderText(tr("as on letters, e.g. M. et Mme Jean Dupont"));
    m_email = lineEdit(QStringLiteral("email"), tr("E-mail"));
    m_email->setPlaceholderText(tr("several addresses separated by commas"));
    m_phone = lineEdit(QStringLiteral("phone"), tr("Phone"));
    m_address1 = lineEdit(QStringLiteral("address1"), tr("Address"));
    m_address2 = lineEdit(QStringLiteral("address2"), tr("Address (line 2)"));
    m_postalCode = lineEdit(QStringLiteral("postalCode"), tr("Postal code"));
    m_postalCode->setMaxLength(10);
    m_city = lineEdit(QStringLiteral("city"), tr("City"));
    m_country = lineEdit(QStringLiteral("country"), tr("Country"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(QStringLiteral("FR"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language of letters"));
    m_language->addItem(tr("French"), QStringLiteral("fr"));
    m_language->addItem(tr("English"), QStringLiteral("en"));

    form->addRow(tr("&Reference:"), withError(m_ref, F::Ref));
    form->addRow(tr("&Name:"), withError(m_name, F::Name));
    form->addRow(tr("&E-mail:"), withError(m_email, F::Email));
    // Past the limits of FieldLimits the validator refuses the account: say
    // so under the field (typing is stopped at the limit already).
    m_phone->setMaxLength(int(FieldLimits::phone));
    m_address1->setMaxLength(int(FieldLimits::addressLine));
    m_address2->setMaxLength(int(FieldLimits::addressLine));
    form->addRow(tr("&Phone:"), withError(m_phone, F::Phone));
    form->addRow(tr("&Address:"), m_address1);
    form->addRow(QString(), withError(m_address2, F::Address));
    form->addRow(tr("Postal &code:"), withError(m_postalCode, F::PostalCode));
    form->addRow(tr("Cit&y:"), withError(m_city, F::City));
    form->addRow(tr("C&ountry:"), withError(m_country, F::Country));
    form->addRow(tr("Lan&guage of letters:"), m_language);
    return page;
}

QWidget* AccountDialog::buildLeaseTab()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    using F = AccountValidator::Field;

    m_property = lineEdit(QStringLiteral("property"), tr("Property"));
    m_property->setPlaceholderText(tr("e.g. Appt 3B, 12 rue des Lilas, 69003 Lyon"));
    m_leaseType = new QComboBox(this);
    m_leaseType->setObjectName(QStringLiteral("leaseType"));
    m_leaseType->setAccessibleName(tr("Lease type"));
    addChoices(m_leaseType, {LeaseType::Residential, LeaseType::Furnished, LeaseType::Commercial,
                             LeaseType::Professional, LeaseType::Parking, LeaseType::Other});
    m_rent = lineEdit(QStringLiteral("monthlyRent"), tr("Monthly rent"));
    m_rent->setPlaceholderText(tr("rent and charges, e.g. 1 013,50"));
    m_paymentMethod = new QComboBox(this);
    m_paymentMethod->setObjectName(QStringLiteral("paymentMethod"));
    m_paymentMethod->setAccessibleName(tr("Payment method"));
    addChoices(m_paymentMethod,
               {PaymentMethod::Transfer, PaymentMethod::Cheque, PaymentMethod::DirectDebit,
                PaymentMethod::Cash, PaymentMethod::Other});
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    addChoices(m_status, {AccountStatus::Active, AccountStatus::Departed});
    m_paymentPlan = new QCheckBox(tr("On a payment &plan"), this);
    m_paymentPlan->setObjectName(QStringLiteral("paymentPlan"));
    m_litigation = new QCheckBox(tr("In l&itigation"), this);
    m_litigation->setObjectName(QStringLiteral("litigation"));
    m_programMode = new QComboBox(this);
    m_programMode->setObjectName(QStringLiteral("programMode"));
    m_programMode->setAccessibleName(tr("Reminder program"));
    addChoices(m_programMode, {ProgramMode::Global, ProgramMode::None, ProgramMode::Custom});
    m_programName = new QComboBox(this);
    m_programName->setObjectName(QStringLiteral("programName"));
    m_programName->setAccessibleName(tr("Custom program"));
    m_programName->setToolTip(tr("Custom programs are made in Levels & templates."));
    connect(m_programMode, &QComboBox::currentIndexChanged, this, [this] {
        m_programName->setEnabled(selected<ProgramMode>(m_programMode) == ProgramMode::Custom);
    });
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);

    m_property->setMaxLength(int(FieldLimits::property));
    form->addRow(tr("&Property:"), withError(m_property, F::Property));
    form->addRow(tr("Lease &type:"), m_leaseType);
    form->addRow(tr("Monthly &rent:"), withError(m_rent, F::MonthlyRent));
    form->addRow(tr("Payment &method:"), m_paymentMethod);
    form->addRow(tr("&Status:"), m_status);
    form->addRow(QString(), m_paymentPlan);
    form->addRow(QString(), m_litigation);
    form->addRow(tr("Reminder pro&gram:"), m_programMode);
    form->addRow(QString(), withError(m_programName, F::ProgramName));
    form->addRow(tr("N&otes:"), withError(m_notes, F::Notes));
    return page;
}

QWidget* AccountDialog::buildOwnerTab()
{
    // A tab of its own: on the lease tab it made the form taller than a
    // 1024×768 screen in French.
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    m_owner = new AccountOwnerBox(page);
    layout->addWidget(m_owner);
    layout->addStretch();
    return page;
}

QWidget* AccountDialog::buildGuarantorsTab()
{
    auto* page = new QWidget(this);
    m_guarantors = new QTableWidget(0, GColumnCount, page);
    m_guarantors->setObjectName(QStringLiteral("guarantors"));
    m_guarantors->setAccessibleName(tr("Guarantors"));
    m_guarantors->setHorizontalHeaderLabels({tr("Name"), tr("E-mail"), tr("Address"),
                                             tr("Address (line 2)"), tr("Postal code"), tr("City"),
                                             tr("Country")});
    m_guarantors->horizontalHeader()->setStretchLastSection(true);
    m_guarantors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_guarantors->verticalHeader()->hide();

    auto* add = new QPushButton(tr("&Add guarantor"), page);
    add->setObjectName(QStringLiteral("addGuarantor"));
    auto* remove = new QPushButton(tr("Re&move guarantor"), page);
    remove->setObjectName(QStringLiteral("removeGuarantor"));
    connect(add, &QPushButton::clicked, this, [this] {
        addGuarantorRow({});
        m_guarantors->setCurrentCell(m_guarantors->rowCount() - 1, GName);
        m_guarantors->editItem(m_guarantors->item(m_guarantors->rowCount() - 1, GName));
    });
    connect(remove, &QPushButton::clicked, this, &AccountDialog::removeSelectedGuarantors);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(withError(m_guarantors, AccountValidator::Field::Guarantors));
    layout->addLayout(buttons);
    return page;
}

QWidget* AccountDialog::buildStatementTab()
{
    auto* page = new QWidget(this);
    m_ledgerModel = new LedgerTableModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_ledgerModel);
    proxy->setSortRole(LedgerTableModel::RawSortRole);
    m_ledger = new QTableView(page);
    m_ledger->setObjectName(QStringLiteral("ledgerTable"));
    m_ledger->setAccessibleName(tr("Statement of account"));
    m_ledger->setModel(proxy);
    m_ledger->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ledger->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ledger->setAlternatingRowColors(true);
    m_ledger->setWordWrap(false);
    m_ledger->verticalHeader()->hide();
    m_ledger->verticalHeader()->setDefaultSectionSize(m_ledger->fontMetrics().height() + 8);
    m_ledger->horizontalHeader()->setSectionResizeMode(LedgerTableModel::LabelColumn,
                                                       QHeaderView::Stretch);
    m_ledgerTotals = new QLabel(page);
    m_ledgerTotals->setObjectName(QStringLiteral("ledgerTotals"));
    m_ledgerTotals->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_ledger, 1);
    layout->addWidget(m_ledgerTotals);
    return page;
}

QWidget* AccountDialog::buildHistoryTab()
{
    m_history = new HistoryView(QStringLiteral("accountDialog/historyHeaderState"), this);
    m_history->setObjectName(QStringLiteral("accountHistory"));
    m_history->setAccountFilterVisible(false);
    return m_history;
}

void AccountDialog::setLedger(QList<LedgerEntry> entries)
{
    m_ledgerModel->setEntries(std::move(entries));
    m_ledger->resizeColumnsToContents();
    m_ledger->horizontalHeader()->setSectionResizeMode(LedgerTableModel::LabelColumn,
                                                       QHeaderView::Stretch);
    // The latest entries are what a caller asks about.
    m_ledger->scrollToBottom();
    const Money balance = m_ledgerModel->balance();
    m_ledgerTotals->setText(
        tr("%n entry(ies) — total debits %1 — total credits %2 — balance %3", nullptr,
           m_ledgerModel->rowCount())
            .arg(m_ledgerModel->totalDebits().toLocaleString(),
                 m_ledgerModel->totalCredits().toLocaleString(),
                 balance.isNegative()
                     ? tr("%1 in the tenant's favour").arg((-balance).toLocaleString())
                     : balance.toLocaleString()));
}

void AccountDialog::setHistory(QList<HistoryDetail> history)
{
    QList<HistoryEntry> reminders;
    reminders.reserve(history.size());
    for (const HistoryDetail& d : std::as_const(history))
        reminders.append(d.entry);
    m_caseFile->setReminders(std::move(reminders));
    m_history->setDetails(std::move(history));
    m_history->setAccountFilterVisible(false);
}

void AccountDialog::setCaseFileDatabase(const Database* db)
{
    m_caseFile->setAccount(db, m_original.id, m_original.ref);
    m_plans->setAccount(db, m_original.id, m_original.ref);
}

void AccountDialog::showCaseFile()
{
    m_tabs->setCurrentIndex(CaseFileTab);
}

void AccountDialog::setCustomPrograms(const QStringList& names)
{
    const QString current = m_programName->count() > 0 ? m_programName->currentData().toString()
                                                       : m_original.programName;
    m_programName->clear();
    for (const QString& name : names)
        m_programName->addItem(name, name);
    // A program removed or renamed since stays visible: the choice is the user's.
    if (!current.isEmpty() && m_programName->findData(current) < 0)
        m_programName->addItem(current, current);
    m_programName->setCurrentIndex(qMax(0, m_programName->findData(current)));
}

void AccountDialog::setOwners(const QList<Owner>& owners)
{
    m_owner->setOwners(owners);
    m_owner->load(m_original.ownerRef);
}

std::optional<Owner> AccountDialog::owner() const
{
    return m_owner->owner();
}

void AccountDialog::load(const Account& a)
{
    m_ref->setText(a.ref);
    m_name->setText(a.name);
    m_email->setText(a.email);
    m_phone->setText(a.phone);
    m_address1->setText(a.address1);
    m_address2->setText(a.address2);
    m_postalCode->setText(a.postalCode);
    m_city->setText(a.city);
    m_country->setText(a.country);
    m_language->setCurrentIndex(qMax(0, m_language->findData(a.language)));
    m_property->setText(a.property);
    select(m_leaseType, a.leaseType);
    // A new account starts empty rather than with a misleading "0,00 €".
    m_rent->setText(a.id == 0 && a.monthlyRent.isZero() ? QString()
                                                        : a.monthlyRent.toLocaleString());
    select(m_paymentMethod, a.paymentMethod);
    select(m_status, a.status);
    m_recovery->load(a);
    m_paymentPlan->setChecked(a.paymentPlan);
    m_litigation->setChecked(a.litigation);
    select(m_programMode, a.programMode);
    setCustomPrograms({});
    m_programName->setEnabled(a.programMode == ProgramMode::Custom);
    m_notes->setPlainText(a.notes);
    m_owner->load(a.ownerRef);
    m_guarantors->setRowCount(0);
    for (const Guarantor& g : a.guarantors)
        addGuarantorRow(g);
    m_guarantors->resizeColumnsToContents();
}

void AccountDialog::addGuarantorRow(const Guarantor& g)
{
    const int row = m_guarantors->rowCount();
    m_guarantors->insertRow(row);
    const QString values[GColumnCount] = {g.name,       g.email, g.address1, g.address2,
                                          g.postalCode, g.city,  g.country};
    for (int column = 0; column < GColumnCount; ++column)
        m_guarantors->setItem(row, column, new QTableWidgetItem(values[column]));
    m_guarantors->item(row, GName)->setData(Qt::UserRole, g.id);
}

void AccountDialog::removeSelectedGuarantors()
{
    QList<int> rows;
    for (const QModelIndex& index : m_guarantors->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_guarantors->currentRow() >= 0)
        rows.append(m_guarantors->currentRow());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_guarantors->removeRow(row);
}

std::optional<Money> AccountDialog::parseRent(QString* error) const
{
    const QString text = m_rent->text().trimmed();
    if (text.isEmpty())
        return Money();
    return Money::parse(text, error);
}

Account AccountDialog::account() const
{
    Account a = m_original;
    a.ref = m_ref->text().trimmed();
    a.name = m_name->text().trimmed();
    a.email = m_email->text().trimmed();
    a.phone = m_phone->text().trimmed();
    a.address1 = m_address1->text().trimmed();
    a.address2 = m_address2->text().trimmed();
    a.postalCode = m_postalCode->text().trimmed();
    a.city = m_city->text().trimmed();
    a.country = m_country->text().trimmed().toUpper();
    if (a.country.isEmpty())
        a.country = QStringLiteral("FR");
    a.language = m_language->currentData().toString();
    a.property = m_property->text().trimmed();
    a.leaseType = selected<LeaseType>(m_leaseType);
    if (auto rent = parseRent(nullptr))
        a.monthlyRent = *rent;
    a.paymentMethod = selected<PaymentMethod>(m_paymentMethod);
    a.status = selected<AccountStatus>(m_status);
    a.paymentPlan = m_paymentPlan->isChecked();
    a.litigation = m_litigation->isChecked();
    a.programMode = selected<ProgramMode>(m_programMode);
    a.programName =
        a.programMode == ProgramMode::Custom ? m_programName->currentData().toString() : QString();
    if (a.programMode != ProgramMode::Custom)
        a.programId = 0;
    else if (a.programName != m_original.programName)
        a.programId = 0; // looked up again by name when saved
    a.notes = m_notes->toPlainText();
    a.ownerRef = m_owner->ref();
    m_recovery->apply(a);
    a.guarantors.clear();
    for (int row = 0; row < m_guarantors->rowCount(); ++row) {
        Guarantor g;
        g.id = m_guarantors->item(row, GName)
                   ? m_guarantors->item(row, GName)->data(Qt::UserRole).toLongLong()
                   : 0;
        g.name = cell(m_guarantors, row, GName);
        g.email = cell(m_guarantors, row, GEmail);
        g.address1 = cell(m_guarantors, row, GAddress1);
        g.address2 = cell(m_guarantors, row, GAddress2);
        g.postalCode = cell(m_guarantors, row, GPostalCode);
        g.city = cell(m_guarantors, row, GCity);
        g.country = cell(m_guarantors, row, GCountry).toUpper();
        if (g.country.isEmpty())
            g.country = QStringLiteral("FR");
        // A row left entirely blank is a click on "Add" that was not used.
        if (g.name.isEmpty() && g.email.isEmpty() && g.address1.isEmpty() && g.address2.isEmpty() &&
            g.postalCode.isEmpty() && g.city.isEmpty())
            continue;
        a.guarantors.append(g);
    }
    return a;
}

QStringList AccountDialog::visibleProblems() const
{
    return m_errors.visible() + m_owner->visibleProblems();
}

void AccountDialog::clearProblems()
{
    m_errors.clear();
    m_owner->clearProblems();
}

void AccountDialog::showProblems(const QList<AccountValidator::Problem>& problems)
{
    // A message on a hidden tab is no message: show the first one's tab.
    if (const int tab = m_errors.show(problems); tab >= 0)
        m_tabs->setCurrentIndex(tab);
}

void AccountDialog::accept()
{
    clearProblems();
    QList<AccountValidator::Problem> problems = m_validator.check(account());
    QString rentError;
    if (!parseRent(&rentError))
        problems.prepend({AccountValidator::Field::MonthlyRent,
                          rentError.isEmpty() ? tr("This amount is not valid.") : rentError});
    problems = m_recovery->unreadable() + problems;
    const std::optional<Owner> typedOwner = owner();
    const bool ownerWrong = typedOwner && m_owner->showProblems(OwnerValidator::check(*typedOwner));
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    if (ownerWrong) {
        m_tabs->setCurrentIndex(OwnerTab);
        return;
    }
    if (m_save) {
        Account a = account();
        if (Status s = m_save(a, typedOwner); !s) {
            m_saveError->setText(s.error());
            m_saveError->show();
            return;
        }
        m_original = a;
    }
    QDialog::accept();
}
