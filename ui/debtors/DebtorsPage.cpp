#include "DebtorsPage.h"

#include "AccountRemindersModel.h"
#include "AsOfDateEdit.h"
#include "DebtorFilterProxy.h"
#include "DebtorSelection.h"
#include "DebtorTableModel.h"
#include "LetterPreviewDialog.h"
#include "RunFlow.h"
#include "SimulationDialog.h"
#include "UnpaidItemsModel.h"
#include "common/AgencyMail.h"
#include "common/BackgroundTask.h"
#include "common/FileDialogs.h"
#include "common/ListWidgets.h"
#include "common/MessageBox.h"
#include "common/ViewState.h"
#include "mail/TestLetterMail.h"
#include "reminders/History.h"
#include "reminders/Planner.h"
#include "reminders/RunOptions.h"
#include "storage/Database.h"
#include "storage/ReminderRepository.h"
#include "storage/RunRepository.h"
#include "storage/TemplateRepository.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace {
const auto headerStateKey = QLatin1String("debtors/headerState");
const auto splitterKey = QLatin1String("debtors/splitter");
const auto detailsSplitterKey = QLatin1String("debtors/detailsSplitter");
const auto itemsHeaderKey = QLatin1String("debtors/unpaidItemsHeader");
const auto remindersHeaderKey = QLatin1String("debtors/remindersHeader");
const auto pdfFolderKey = QLatin1String("debtors/pdfFolder");
const auto printerKey = QLatin1String("printing/printer");

} // namespace

DebtorsPage::DebtorsPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("debtorsPage"));
    setAccessibleName(tr("Debtors"));
    m_model = new DebtorTableModel(this);
    m_proxy = new DebtorFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_debtorSelection = std::make_unique<DebtorSelection>(m_model, m_proxy);
    m_items = new UnpaidItemsModel(this);
    m_reminders = new AccountRemindersModel(this);
    buildLayout();
    setDatabase(nullptr);
}

DebtorsPage::~DebtorsPage()
{
    // Both wait for their work before the database goes.
    delete m_flow;
    delete m_agencyMail;
}

void DebtorsPage::buildLayout()
{
    // Top: as of, search and filters.
    m_date = new AsOfDateEdit(this);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshDebtors"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Read the debtors again (F5)"));

    m_search = ListWidgets::searchBox(this, QStringLiteral("debtorSearch"), tr("Search debtors"),
                                      tr("Search ref, name, property, e-mail… (Ctrl+F)"));

    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("debtorShow"));
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("All debtors"), int(DebtorFilterProxy::Show::All));
    m_show->addItem(tr("To remind"), int(DebtorFilterProxy::Show::ToRemind));
    m_show->addItem(tr("Skipped"), int(DebtorFilterProxy::Show::Skipped));

    m_level = new QComboBox(this);
    // Long level names would take the search box's room: the list shows them whole.
    m_level->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_level->setMinimumContentsLength(12);
    m_level->setObjectName(QStringLiteral("debtorLevel"));
    m_level->setAccessibleName(tr("Level"));

    m_minimum = new QLineEdit(this);
    m_minimum->setObjectName(QStringLiteral("debtorMinimum"));
    m_minimum->setAccessibleName(tr("Minimum overdue"));
    m_minimum->setPlaceholderText(tr("Minimum overdue"));
    m_minimum->setMaximumWidth(140);

    m_template = new QComboBox(this);
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_template->setObjectName(QStringLiteral("debtorTemplate"));
    m_template->setAccessibleName(tr("Letter template"));
    m_template->setToolTip(tr("The template of each level used for the letters"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("As of:"), this));
    filters->addWidget(m_date);
    filters->addWidget(refresh);
    filters->addSpacing(12);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_show);
    filters->addWidget(m_level);
    filters->addWidget(m_minimum);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("debtorWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid "
                                            "#e0c060; padding: 6px; color: #5a4500; }"));
    m_warning->hide();

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("refusedRunNotice"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextFormat(Qt::PlainText);
    m_refusal->setStyleSheet(m_warning->styleSheet());
    m_refusal->hide();

    m_batchBar = new QWidget(this);
    m_batchBar->setObjectName(QStringLiteral("printBatchBar"));
    m_batchLabel = new QLabel(m_batchBar);
    auto* batchPrint = new QPushButton(tr("Print them…"), m_batchBar);
    batchPrint->setObjectName(QStringLiteral("printBatch"));
    auto* batchLayout = new QHBoxLayout(m_batchBar);
    batchLayout->setContentsMargins(0, 0, 0, 0);
    batchLayout->addWidget(m_batchLabel, 1);
    batchLayout->addWidget(batchPrint);
    m_batchBar->hide();

    m_table = ListWidgets::table(this, QStringLiteral("debtorTable"), tr("Debtors"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(DebtorTableModel::RefColumn, Qt::AscendingOrder);

    auto* all = new QPushButton(tr("Select &all"), this);
    all->setObjectName(QStringLiteral("selectAll"));
    all->setToolTip(tr("Check every debtor shown that the plan reminds (a debtor the rules "
                       "skip is checked by hand)"));
    auto* none = new QPushButton(tr("Select &none"), this);
    none->setObjectName(QStringLiteral("selectNone"));
    m_selection = new QLabel(this);
    m_selection->setObjectName(QStringLiteral("selectionSummary"));
    auto* simulation = new QPushButton(tr("Si&mulation…"), this);
    simulation->setObjectName(QStringLiteral("simulation"));
    simulation->setToolTip(tr("What a run would issue, and why each other debtor is skipped"));
    auto* selectionRow = new QHBoxLayout;
    selectionRow->addWidget(all);
    selectionRow->addWidget(none);
    selectionRow->addWidget(m_selection, 1);
    selectionRow->addWidget(simulation);

    // Bottom: the current debtor's items and its reminders.
    m_itemsTable = ListWidgets::table(this, QStringLiteral("unpaidItems"), tr("Unpaid items"));
    m_itemsTable->setModel(m_items);
    m_itemsTable->setSortingEnabled(false); // in due-date order, as the letter lists them
    m_itemsTotal = new QLabel(this);
    m_itemsTotal->setObjectName(QStringLiteral("itemsTotal"));
    m_remindersTable =
        ListWidgets::table(this, QStringLiteral("accountReminders"), tr("Reminders sent"));
    m_remindersTable->setModel(m_reminders);
    m_remindersTable->setSortingEnabled(false); // newest first
    auto* itemsBox = new QWidget(this);
    auto* itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(new QLabel(tr("Unpaid items"), itemsBox));
    itemsLayout->addWidget(m_itemsTable, 1);
    itemsLayout->addWidget(m_itemsTotal);
    auto* remindersBox = new QWidget(this);
    auto* remindersLayout = new QVBoxLayout(remindersBox);
    remindersLayout->setContentsMargins(0, 0, 0, 0);
    remindersLayout->addWidget(new QLabel(tr("Reminders sent"), remindersBox));
    remindersLayout->addWidget(m_remindersTable, 1);
    auto* details = new QSplitter(Qt::Horizontal, this);
    details->setObjectName(QStringLiteral("debtorDetailsSplitter"));
    details->addWidget(itemsBox);
    details->addWidget(remindersBox);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addLayout(selectionRow);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("debtorSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    // Actions, and the progress of long work (never a blocking dialog).
    m_previewButton = new QPushButton(tr("Pre&view…"), this);
    m_previewButton->setObjectName(QStringLiteral("previewLetters"));
    m_previewButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printLetters"));
    m_printButton->setShortcut(QKeySequence::Print);
    m_printButton->setToolTip(tr("Issue the reminders of the checked debtors and print their "
                                 "letters (Ctrl+P)"));
    m_pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("saveLettersPdf"));
    m_pdfButton->setToolTip(tr("Issue the reminders of the checked debtors and save their "
                               "letters as one PDF file"));
    m_testButton = new QPushButton(tr("Send &test to agency"), this);
    m_testButton->setObjectName(QStringLiteral("sendTestLetter"));
    m_testButton->setToolTip(tr("E-mail the current debtor's letter to the agency's own "
                                "address instead of the tenant's"));

    m_progressBar = new QWidget(this);
    m_progress = new QProgressBar(m_progressBar);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progressLabel = new QLabel(m_progressBar);
    auto* cancel = new QPushButton(tr("Cancel"), m_progressBar);
    cancel->setObjectName(QStringLiteral("cancelRun"));
    auto* progressLayout = new QHBoxLayout(m_progressBar);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(cancel);
    m_progressBar->hide();

    m_dateProblem = new QLabel(this);
    m_dateProblem->setObjectName(QStringLiteral("asOfDateProblem"));
    m_dateProblem->setWordWrap(true);
    m_dateProblem->setTextFormat(Qt::PlainText);
    m_dateProblem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_dateProblem->hide();

    m_lastResult = new QLabel(this);
    m_lastResult->setObjectName(QStringLiteral("lastResult"));
    m_lastResult->setWordWrap(true);

    auto* actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Template:"), this));
    actions->addWidget(m_template);
    actions->addWidget(m_lastResult, 1);
    actions->addWidget(m_testButton);
    actions->addWidget(m_previewButton);
    actions->addWidget(m_pdfButton);
    actions->addWidget(m_printButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_dateProblem);
    layout->addWidget(m_warning);
    layout->addWidget(m_refusal);
    layout->addWidget(m_batchBar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_progressBar);
    layout->addLayout(actions);

    connect(refresh, &QPushButton::clicked, this, [this] {
        if (Status s = reload(); !s)
            MessageBox::warning(this, tr("Debtors"), s.error());
    });
    connect(m_date, &AsOfDateEdit::dateChanged, this, [this] {
        if (m_db && m_date->date() != m_model->plan().asOf)
            if (Status s = reload(); !s)
                MessageBox::warning(this, tr("Debtors"), s.error());
    });
    connect(m_date, &AsOfDateEdit::problemChanged, this, [this](const QString& problem) {
        m_dateProblem->setText(problem);
        m_dateProblem->setVisible(!problem.isEmpty());
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &DebtorFilterProxy::setSearchText);
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setShow(DebtorFilterProxy::Show(m_show->currentData().toInt())); });
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLevel(m_level->currentData().toInt()); });
    connect(m_minimum, &QLineEdit::textChanged, this, [this](const QString& text) {
        const auto amount = Money::parse(text);
        m_minimum->setStyleSheet(text.isEmpty() || amount ? QString()
                                                          : QStringLiteral("color: #b00020;"));
        m_proxy->setMinimumOverdueCents(amount ? amount->cents() : 0);
    });
    connect(m_model, &DebtorTableModel::checkedChanged, this, &DebtorsPage::updateSelectionSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DebtorsPage::updateSelectionSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DebtorsPage::updateSelectionSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DebtorsPage::updateSelectionSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            &DebtorsPage::updateSelectionSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DebtorsPage::showCurrent);
    connect(all, &QPushButton::clicked, this, &DebtorsPage::selectAll);
    connect(none, &QPushButton::clicked, this, &DebtorsPage::selectNone);
    connect(simulation, &QPushButton::clicked, this, &DebtorsPage::showSimulation);
    connect(m_previewButton, &QPushButton::clicked, this, &DebtorsPage::preview);
    connect(m_printButton, &QPushButton::clicked, this, &DebtorsPage::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &DebtorsPage::saveAsPdfAs);
    connect(m_testButton, &QPushButton::clicked, this, &DebtorsPage::sendTestLetter);
    connect(batchPrint, &QPushButton::clicked, this, [this] {
        if (!m_flow)
            return;
        QPrinter printer(QPrinter::HighResolution);
        const QString preferred = QSettings().value(printerKey).toString();
        if (!preferred.isEmpty())
            printer.setPrinterName(preferred);
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print the print batch"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        LetterOutputOptions output;
        if (printer.outputFormat() == QPrinter::PdfFormat)
            output.mergedPath = printer.outputFileName();
        else
            output.printerName = printer.printerName();
        output.copies = printer.copyCount();
        output.duplex = printer.duplex() != QPrinter::DuplexNone;
        m_flow->printBatch(output);
    });
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
}

void DebtorsPage::setDatabase(const Database* db)
{
    delete m_flow;
    m_flow = nullptr;
    delete m_agencyMail;
    m_agencyMail = nullptr;
    m_db = db;
    m_model->clear();
    m_items->setItems({});
    m_reminders->setEntries({});
    setEnabled(db != nullptr);
    if (!db)
        return;
    m_agencyMail = new AgencyMail(*db, m_keychain, this, this);
    connect(m_agencyMail, &AgencyMail::finished, this,
            [this](bool, const QString& text) { m_lastResult->setText(text); });
    m_flow = new RunFlow(*db, this, this);
    m_flow->setKeychain(m_keychain);
    connect(m_flow, &RunFlow::busyChanged, this, &DebtorsPage::setBusy);
    connect(m_flow, &RunFlow::progressChanged, this,
            [this](int done, int total, const QString& text) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                m_progressLabel->setText(text);
            });
    connect(m_flow, &RunFlow::done, this, [this](const QString& summary) {
        m_lastResult->setText(summary);
        // The e-mails went (or failed) after the list was read: the
        // current debtor's reminders show their e-mail state now.
        showCurrent();
        emit dataChanged();
    });
    connect(m_flow, &RunFlow::runRecorded, this, [this](qint64 runId) {
        if (Status s = reload(); !s)
            MessageBox::warning(this, tr("Debtors"), s.error());
        if (runId > 0)
            emit runRecorded(runId);
        emit dataChanged();
    });

    loadTemplates();
    m_columnsSized = ViewState::restore(m_table->horizontalHeader(), headerStateKey);
    ViewState::restore(m_itemsTable->horizontalHeader(), itemsHeaderKey);
    ViewState::restore(m_remindersTable->horizontalHeader(), remindersHeaderKey);
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("debtorSplitter")))
        ViewState::restore(splitter, splitterKey);
    if (auto* details = findChild<QSplitter*>(QStringLiteral("debtorDetailsSplitter")))
        ViewState::restore(details, detailsSplitterKey);
    if (Status s = reload(); !s)
        MessageBox::warning(this, tr("Debtors"), s.error());
}

void DebtorsPage::setKeychain(Keychain* keychain)
{
    m_keychain = keychain;
    // The helpers made for the open database take the new keychain.
    setDatabase(m_db);
}

void DebtorsPage::saveViewState() const
{
    ViewState::save(m_table->horizontalHeader(), headerStateKey);
    ViewState::save(m_itemsTable->horizontalHeader(), itemsHeaderKey);
    ViewState::save(m_remindersTable->horizontalHeader(), remindersHeaderKey);
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("debtorSplitter")))
        ViewState::save(splitter, splitterKey);
    if (auto* details = findChild<QSplitter*>(QStringLiteral("debtorDetailsSplitter")))
        ViewState::save(details, detailsSplitterKey);
}

void DebtorsPage::loadTemplates()
{
    // The templates a user may pick instead of each level's default (the
    // one chosen stays chosen when it still exists).
    const QString chosen = templateName();
    m_template->clear();
    m_template->addItem(tr("Each level's default"), QString());
    if (auto templates = TemplateRepository(*m_db).all()) {
        QStringList names;
        for (const LetterTemplate& t : std::as_const(*templates))
            if (!t.isDefault && !names.contains(t.name))
                names << t.name;
        names.sort(Qt::CaseInsensitive);
        for (const QString& name : std::as_const(names))
            m_template->addItem(name, name);
    }
    m_template->setCurrentIndex(std::max(0, m_template->findData(chosen)));
}

void DebtorsPage::refresh()
{
    if (!m_db || (m_flow && m_flow->isBusy()))
        return;      // the run reads the list again when it is over
    loadTemplates(); // made or renamed in Levels & templates
    if (Status s = reload(); !s)
        MessageBox::warning(this, tr("Debtors"), s.error());
}

QString DebtorsPage::dateProblem() const
{
    return m_date->problem();
}

QDate DebtorsPage::asOf() const
{
    return m_date->date();
}

void DebtorsPage::setAsOf(QDate date)
{
    m_date->setDate(date);
}

Status DebtorsPage::reload()
{
    if (!m_db)
        return {};
    const qint64 current = currentAccountId();
    QList<Debtor> debtors;
    auto plan = Planner::build(*m_db, asOf(), &debtors);
    if (!plan)
        return Status::failure(plan.error());

    // The levels met in this plan, for the level filter.
    QMap<int, QString> levels;
    for (const PlannedReminder& r : std::as_const(plan->reminders))
        levels.insert(r.level, r.levelName);
    const int chosenLevel = m_level->currentData().toInt();
    {
        const QSignalBlocker block(m_level);
        m_level->clear();
        m_level->addItem(tr("Any level"), 0);
        for (auto it = levels.cbegin(); it != levels.cend(); ++it)
            m_level->addItem(tr("Level %1: %2").arg(it.key()).arg(it.value()), it.key());
        m_level->setCurrentIndex(std::max(0, m_level->findData(chosenLevel)));
    }
    m_proxy->setLevel(m_level->currentData().toInt());

    QStringList warnings;
    if (plan->warnings.contains(QStringLiteral("stale_ledger")))
        warnings << tr("The ledger looks out of date: no payment was recorded recently. Import "
                       "the latest ledger before issuing reminders, or tenants who paid may be "
                       "reminded.");
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());

    m_model->setPlan(std::move(*plan), std::move(debtors));
    const int row = m_model->rowOf(current);
    if (row >= 0)
        m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    else if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    else
        showCurrent();
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // First time on this machine: columns as wide as what they hold
        // (measured on the first rows only: fast on 20,000 debtors).
        m_table->horizontalHeader()->setResizeContentsPrecision(50);
        m_table->resizeColumnsToContents();
        for (int c = 0; c < DebtorTableModel::ColumnCount; ++c)
            if (m_table->columnWidth(c) > 220) // long addresses: the tooltip has them
                m_table->setColumnWidth(c, 220);
        m_itemsTable->resizeColumnsToContents();
        m_columnsSized = true;
    }
    updatePrintBatch();
    updateSelectionSummary();
    return {};
}

bool DebtorsPage::hasNotices() const
{
    return !m_batchBar->isHidden() || !m_refusal->isHidden();
}

QString DebtorsPage::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void DebtorsPage::updatePrintBatch()
{
    int pending = 0;
    if (m_db)
        if (auto letters = ReminderRepository(*m_db).pendingLetters())
            pending = int(letters->size());
    m_batchLabel->setText(tr("%n letter(s) to print from earlier runs (automation, or e-mails "
                             "that could not be delivered).",
                             nullptr, pending));
    m_batchBar->setVisible(pending > 0);

    // An automated run refused since the last run that went through: the
    // reminders it should have issued are still to do (workflows.md).
    QString refusal;
    if (m_db) {
        auto runs = RunRepository(*m_db).all();
        if (runs) {
            // Ids grow with time: the newest refused automated run, and
            // whether any run went through after it.
            const RunRecord* lastRefused = nullptr;
            qint64 lastCompleted = 0;
            for (const RunRecord& r : std::as_const(*runs)) {
                if (r.status == RunStatus::Refused && r.mode == RunMode::Automated &&
                    (!lastRefused || r.id > lastRefused->id))
                    lastRefused = &r;
                if (r.status != RunStatus::Refused)
                    lastCompleted = std::max(lastCompleted, r.id);
            }
            if (lastRefused && lastCompleted < lastRefused->id)
                refusal = tr("The automatic run of %1 was refused: the ledger looked out of date. "
                             "Import the latest ledger, then check and print the reminders here.")
                              .arg(QLocale().toString(lastRefused->createdAt.toLocalTime(),
                                                      QLocale::ShortFormat));
        }
    }
    m_refusal->setText(refusal);
    m_refusal->setVisible(!refusal.isEmpty());
}

qint64 DebtorsPage::currentAccountId() const
{
    return ListWidgets::currentId(m_table, DebtorTableModel::AccountIdRole);
}

void DebtorsPage::showCurrent()
{
    const int row = m_model->rowOf(currentAccountId());
    if (row < 0 || !m_db) {
        m_items->setItems({});
        m_reminders->setEntries({});
        m_itemsTotal->clear();
        m_testButton->setEnabled(false);
        return;
    }
    const Debtor& d = m_model->debtorAt(row);
    m_items->setItems(d.position.items);
    m_itemsTotal->setText(tr("%1: overdue %2, balance %3")
                              .arg(d.account.ref, d.position.overdue.toLocaleString(),
                                   d.position.balance.toLocaleString()));
    auto history = History::load(*m_db, d.account.ref);
    m_reminders->setEntries(history ? *history : QList<HistoryEntry>());
    m_remindersTable->resizeColumnsToContents(); // a few rows: headers and states whole
    m_testButton->setEnabled(m_model->reminderAt(row) != nullptr);
}

void DebtorsPage::updateSelectionSummary()
{
    Money total;
    const QList<int> rows = m_model->checkedRows();
    for (int row : rows)
        total = total + m_model->debtorAt(row).position.overdue;
    m_selection->setText(
        tr("%1 of %n debtor(s) checked, %2 overdue · %3 shown", nullptr, m_model->rowCount())
            .arg(rows.size())
            .arg(total.toLocaleString())
            .arg(m_proxy->rowCount()));
    const bool any = !rows.isEmpty() && !(m_flow && m_flow->isBusy());
    m_previewButton->setEnabled(any);
    m_printButton->setEnabled(any);
    m_pdfButton->setEnabled(any);
}

void DebtorsPage::setBusy(bool busy)
{
    m_progressBar->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_lastResult->clear();
    }
    m_table->setEnabled(!busy);
    m_date->setEnabled(!busy);
    updateSelectionSummary();
}

void DebtorsPage::selectAll()
{
    m_debtorSelection->selectAll();
}

void DebtorsPage::selectNone()
{
    m_debtorSelection->selectNone();
}

QString DebtorsPage::templateName() const
{
    return m_template->currentData().toString();
}

QList<const PlannedReminder*> DebtorsPage::checkedReminders(QStringList* overridden) const
{
    return m_debtorSelection->checked(overridden);
}

void DebtorsPage::paintPreview(QPrinter* printer)
{
    if (!m_db)
        return;
    if (Status s =
            LetterPreviewDialog::paint(*printer, *m_db, checkedReminders(), asOf(), templateName());
        !s)
        MessageBox::warning(this, tr("Preview"), s.error());
}

void DebtorsPage::preview()
{
    if (checkedReminders().isEmpty())
        return;
    auto* dialog = new LetterPreviewDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    ViewState::remember(dialog, QStringLiteral("debtors/previewDialog"), QSize(900, 1000));
    connect(dialog, &LetterPreviewDialog::paintRequested, this, &DebtorsPage::paintPreview);
    // Printing from the preview is printing: through the run, recorded once.
    connect(dialog, &LetterPreviewDialog::printRequested, this, &DebtorsPage::print,
            Qt::QueuedConnection);
    dialog->open();
}

bool DebtorsPage::confirmRun(RunOptions& options)
{
    if (checkedReminders().isEmpty())
        return false;
    // reminder-rules.md: a skipped debtor is reminded only on purpose.
    const DebtorSelection::Choice choice = m_debtorSelection->confirm(this);
    if (choice.reminders.isEmpty())
        return false;
    options.asOf = asOf();
    for (const PlannedReminder* r : choice.reminders)
        options.accountRefs << r->ref;
    options.templateName = templateName();
    options.userName = Database::currentUserName();
    options.mode = RunMode::Manual;
    options.letterState = LetterState::Pending;
    options.queueEmails = true;
    options.manual = choice.manual;
    if (m_model->plan().warnings.contains(QStringLiteral("stale_ledger"))) {
        if (MessageBox::question(this, tr("Ledger out of date"),
                                 tr("No payment was recorded recently: the ledger may be out of "
                                    "date, and tenants who paid would be reminded.\n\nIssue the "
                                    "reminders anyway?")) != QMessageBox::Yes)
            return false;
        options.force = true;
    }
    return true;
}

bool DebtorsPage::printTo(const QString& printerName, int copies, bool duplex)
{
    RunOptions options;
    if (!m_flow || m_flow->isBusy() || !confirmRun(options))
        return false;
    LetterOutputOptions output;
    output.printerName = printerName;
    output.copies = copies;
    output.duplex = duplex;
    options.letterState = LetterState::Pending;
    options.extraOptions[QStringLiteral("printer")] = printerName;
    return m_flow->start(options, output);
}

bool DebtorsPage::saveAsPdf(const QString& path)
{
    RunOptions options;
    if (!m_flow || m_flow->isBusy() || !confirmRun(options))
        return false;
    LetterOutputOptions output;
    output.mergedPath = QFileInfo(path).absoluteFilePath();
    options.extraOptions[QStringLiteral("merged")] = output.mergedPath;
    return m_flow->start(options, output);
}

void DebtorsPage::print()
{
    const QList<const PlannedReminder*> reminders = checkedReminders();
    if (reminders.isEmpty() || !m_flow)
        return;
    const bool anyPaper = std::any_of(reminders.begin(), reminders.end(), [](auto* r) {
        return r->channels.contains(QStringLiteral("letter"));
    });
    if (!anyPaper) {
        // Levels that only e-mail skip printing (workflows.md, step 4).
        RunOptions options;
        if (confirmRun(options))
            m_flow->start(options, {});
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    const QString preferred = QSettings().value(printerKey).toString();
    if (!preferred.isEmpty() && QPrinterInfo::availablePrinterNames().contains(preferred))
        printer.setPrinterName(preferred);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the letters"));
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    if (dialog.exec() != QDialog::Accepted)
        return; // cancelled before the run: nothing is recorded
    if (printer.outputFormat() == QPrinter::PdfFormat)
        saveAsPdf(printer.outputFileName());
    else
        printTo(printer.printerName(), printer.copyCount(),
                printer.duplex() != QPrinter::DuplexNone);
}

void DebtorsPage::saveAsPdfAs()
{
    if (checkedReminders().isEmpty())
        return;
    QSettings settings;
    const QString folder =
        settings
            .value(pdfFolderKey,
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString suggested =
        QDir(folder).filePath(tr("reminders-%1.pdf").arg(asOf().toString(Qt::ISODate)));
    QString path = FileDialogs::saveFile(this, tr("Save the letters as PDF"), suggested,
                                         tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".pdf");
    settings.setValue(pdfFolderKey, QFileInfo(path).absolutePath());
    saveAsPdf(path);
}

bool DebtorsPage::sendTestLetter()
{
    const int row = m_model->rowOf(currentAccountId());
    if (row < 0 || !m_db || !m_flow || m_flow->isBusy())
        return false;
    const PlannedReminder* r = m_model->reminderAt(row);
    if (!r) {
        MessageBox::information(this, tr("Test letter"),
                                tr("This debtor would receive no letter as of this date."));
        return false;
    }
    auto folder = std::make_shared<QTemporaryDir>();
    auto message = TestLetterMail::build(*m_db, *r, asOf(), templateName(), folder->path());
    if (!message) {
        MessageBox::warning(this, tr("Test letter"), message.error());
        return false;
    }
    m_lastResult->setText(tr("Sending the test letter to %1…").arg(message->toAddress));
    return m_agencyMail->send(*message, folder);
}

void DebtorsPage::showSimulation()
{
    if (!m_db)
        return;
    auto* dialog = new SimulationDialog(*m_db, m_model->plan(), m_model, m_keychain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
