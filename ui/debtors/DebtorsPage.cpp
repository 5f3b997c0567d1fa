#include "DebtorsPage.h"

#include "AccountRemindersModel.h"
#include "DebtorActionBar.h"
#include "DebtorDetailPane.h"
#include "DebtorFilterBar.h"
#include "DebtorFilterProxy.h"
#include "DebtorSelection.h"
#include "DebtorSelectionBar.h"
#include "DebtorTableModel.h"
#include "LetterOutputChooser.h"
#include "LetterPreviewDialog.h"
#include "PrintBatchBar.h"
#include "RunFlow.h"
#include "SimulationDialog.h"
#include "UnpaidItemsModel.h"
#include "common/AgencyMail.h"
#include "common/BackgroundTask.h"
#include "common/ListWidgets.h"
#include "common/MessageBox.h"
#include "common/ViewState.h"
#include "deadlines/DeadlineReports.h"
#include "mail/TestLetterMail.h"
#include "recovery/CommissaireDossierDialog.h"
#include "recovery/PaymentPlanDialog.h"
#include "reminders/Planner.h"
#include "reminders/RunOptions.h"
#include "storage/Database.h"

#include <QAction>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace {
// "2": the payment plan column came in the middle; widths saved for the
// columns before would land on the wrong ones.
const auto headerStateKey = QLatin1String("debtors/headerState2");
const auto splitterKey = QLatin1String("debtors/splitter");
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
    buildLayout();
    setDatabase(nullptr);
}

DebtorsPage::~DebtorsPage()
{
    // All three wait for their work before the database goes.
    stopLoading();
    delete m_flow;
    delete m_agencyMail;
}

void DebtorsPage::buildLayout()
{
    m_filters = new DebtorFilterBar(m_proxy, this);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("debtorWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid "
                                            "#e0c060; padding: 6px; color: #5a4500; }"));
    m_warning->hide();
    m_loading = new QLabel(tr("Loading the debtors…"), this);
    m_loading->setObjectName(QStringLiteral("debtorsLoading"));
    m_loading->hide();
    m_notices = new PrintBatchBar(this);

    m_table = ListWidgets::table(this, QStringLiteral("debtorTable"), tr("Debtors"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(DebtorTableModel::RefColumn, Qt::AscendingOrder);
    auto* dossier = new QAction(tr("Prepare the file for the commissaire de justice…"), m_table);
    dossier->setObjectName(QStringLiteral("prepareDossier"));
    m_table->addAction(dossier);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(dossier, &QAction::triggered, this, &DebtorsPage::prepareDossier);
    auto* plan = new QAction(tr("Payment plan…"), m_table);
    plan->setObjectName(QStringLiteral("createPaymentPlan"));
    m_table->addAction(plan);
    connect(plan, &QAction::triggered, this, &DebtorsPage::createPaymentPlan);

    m_selection = new DebtorSelectionBar(this);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_selection);
    m_details = new DebtorDetailPane(this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("debtorSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    m_actions = new DebtorActionBar(this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    layout->addWidget(m_warning);
    layout->addWidget(m_loading);
    layout->addWidget(m_notices);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_actions);

    connect(m_filters, &DebtorFilterBar::refreshRequested, this, &DebtorsPage::reloadOrWarn);
    connect(m_filters, &DebtorFilterBar::asOfChanged, this, [this](QDate date) {
        if (m_db && date != m_model->plan().asOf)
            reloadOrWarn();
    });
    connect(m_model, &DebtorTableModel::checkedChanged, this, &DebtorsPage::updateSelectionSummary);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DebtorsPage::updateSelectionSummary);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DebtorsPage::updateSelectionSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DebtorsPage::updateSelectionSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
            &DebtorsPage::updateSelectionSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DebtorsPage::showCurrent);
    connect(m_selection, &DebtorSelectionBar::selectAllClicked, this, &DebtorsPage::selectAll);
    connect(m_selection, &DebtorSelectionBar::selectNoneClicked, this, &DebtorsPage::selectNone);
    connect(m_selection, &DebtorSelectionBar::simulationClicked, this,
            &DebtorsPage::showSimulation);
    connect(m_actions, &DebtorActionBar::previewClicked, this, &DebtorsPage::preview);
    connect(m_actions, &DebtorActionBar::printClicked, this, &DebtorsPage::print);
    connect(m_actions, &DebtorActionBar::saveAsPdfClicked, this, &DebtorsPage::saveAsPdfAs);
    connect(m_actions, &DebtorActionBar::sendTestClicked, this, &DebtorsPage::sendTestLetter);
    connect(m_actions, &DebtorActionBar::cancelClicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
    connect(m_notices, &PrintBatchBar::printRequested, this,
            [this](const LetterOutputOptions& output) {
                if (m_flow)
                    m_flow->printBatch(output);
            });
}

void DebtorsPage::setDatabase(const Database* db)
{
    stopLoading();
    delete m_flow;
    m_flow = nullptr;
    delete m_agencyMail;
    m_agencyMail = nullptr;
    m_db = db;
    m_deadlines.reset();
    m_model->clear();
    m_details->showDebtor(nullptr, nullptr);
    setEnabled(db != nullptr);
    if (!db)
        return;
    m_agencyMail = new AgencyMail(*db, m_keychain, this, this);
    connect(m_agencyMail, &AgencyMail::finished, m_actions,
            [this](bool, const QString& text) { m_actions->setResult(text); });
    m_flow = new RunFlow(*db, this, this);
    m_flow->setKeychain(m_keychain);
    connectFlow();

    m_actions->loadTemplates(*db);
    m_columnsSized = ViewState::restore(m_table->horizontalHeader(), headerStateKey);
    ViewState::restore(m_splitter, splitterKey);
    m_details->restoreViewState();
    // What earlier runs left decides the first section shown: known now.
    m_notices->refresh(db);
    loadInBackground();
}

void DebtorsPage::loadInBackground()
{
    struct Loaded
    {
        Result<Plan> plan = Result<Plan>::failure(QString());
        QList<Debtor> debtors;
    };
    auto result = std::make_shared<Loaded>();
    const QDate date = asOf();
    m_loadTask = new BackgroundTask(
        *m_db,
        [db = m_db, date, result](BackgroundTask::Control&) {
            result->plan = Planner::build(*db, date, &result->debtors);
        },
        this);
    BackgroundTask* task = m_loadTask;
    connect(task, &BackgroundTask::finished, this, [this, task, result] {
        task->deleteLater();
        m_loadTask = nullptr;
        m_loading->hide();
        if (result->plan)
            showPlan(std::move(*result->plan), std::move(result->debtors));
        else
            MessageBox::warning(this, tr("Debtors"), result->plan.error());
        emit loaded();
    });
    m_loading->show();
    task->start();
}

void DebtorsPage::stopLoading()
{
    // Waits for the plan being built (it cannot be cut short): it is
    // dropped, never shown.
    delete m_loadTask;
    m_loadTask = nullptr;
    m_loading->hide();
}

void DebtorsPage::connectFlow()
{
    connect(m_flow, &RunFlow::busyChanged, this, &DebtorsPage::setBusy);
    connect(m_flow, &RunFlow::progressChanged, m_actions, &DebtorActionBar::setProgress);
    connect(m_flow, &RunFlow::done, this, [this](const QString& summary) {
        m_actions->setResult(summary);
        // The e-mails went (or failed) after the list was read: the
        // current debtor's reminders show their e-mail state now.
        showCurrent();
        emit dataChanged();
    });
    connect(m_flow, &RunFlow::runRecorded, this, [this](qint64 runId) {
        reloadOrWarn();
        if (runId > 0)
            emit runRecorded(runId);
        emit dataChanged();
    });
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
    ViewState::save(m_splitter, splitterKey);
    m_details->saveViewState();
}

void DebtorsPage::refresh()
{
    if (!m_db || (m_flow && m_flow->isBusy()))
        return;                      // the run reads the list again when it is over
    m_actions->loadTemplates(*m_db); // made or renamed in Levels & templates
    reloadOrWarn();
}

void DebtorsPage::reloadOrWarn()
{
    if (Status s = reload(); !s)
        MessageBox::warning(this, tr("Debtors"), s.error());
}

QLineEdit* DebtorsPage::searchBox() const
{
    return m_filters->searchBox();
}

UnpaidItemsModel* DebtorsPage::itemsModel() const
{
    return m_details->itemsModel();
}

AccountRemindersModel* DebtorsPage::remindersModel() const
{
    return m_details->remindersModel();
}

QString DebtorsPage::dateProblem() const
{
    return m_filters->dateProblem();
}

QDate DebtorsPage::asOf() const
{
    return m_filters->asOf();
}

void DebtorsPage::setAsOf(QDate date)
{
    m_filters->setAsOf(date);
}

void DebtorsPage::showAsOf(QDate date)
{
    m_filters->clearFilters();
    if (m_flow && m_flow->isBusy() && date != asOf()) {
        // The run works on the list as of its date: it cannot change under it.
        MessageBox::information(this, tr("Debtors"),
                                tr("Letters are being issued as of %1: the list stays as of that "
                                   "date until they are done. Choose %2 again afterwards.")
                                    .arg(QLocale().toString(asOf(), QLocale::ShortFormat),
                                         QLocale().toString(date, QLocale::ShortFormat)));
        return;
    }
    setAsOf(date); // read again when the date changes
}

void DebtorsPage::showAgeBucket(QDate date, AgeBucket bucket)
{
    showAsOf(date);
    m_filters->setAgeBucket(bucket);
}

void DebtorsPage::showLastLevel(QDate date, int level, const QString& name)
{
    showAsOf(date);
    m_filters->setLastLevel(level, name);
}

void DebtorsPage::showTroubledPlans(QDate date)
{
    showAsOf(date);
    m_filters->setShow(DebtorFilterProxy::Show::PaymentPlanTrouble);
}

Status DebtorsPage::reload()
{
    stopLoading();
    if (!m_db)
        return {};
    QList<Debtor> debtors;
    auto plan = Planner::build(*m_db, asOf(), &debtors);
    if (!plan)
        return Status::failure(plan.error());
    showPlan(std::move(*plan), std::move(debtors));
    return {};
}

void DebtorsPage::showPlan(Plan plan, QList<Debtor> debtors)
{
    const qint64 current = currentAccountId();

    // The levels met in this plan, for the level filter.
    QMap<int, QString> levels;
    for (const PlannedReminder& r : std::as_const(plan.reminders))
        levels.insert(r.level, r.levelName);
    m_filters->setLevels(levels);

    QStringList warnings;
    if (plan.warnings.contains(QStringLiteral("stale_ledger")))
        warnings << tr("The ledger looks out of date: no payment was recorded recently. Import "
                       "the latest ledger before issuing reminders, or tenants who paid may be "
                       "reminded.");
    m_warning->setText(warnings.join(u'\n'));
    m_warning->setVisible(!warnings.isEmpty());

    m_model->setPlan(std::move(plan), std::move(debtors));
    // The next deadlines as of the same date, computed once for every
    // debtor (off the GUI thread): showCurrent reads them.
    m_deadlines = m_deadlineReports ? m_deadlineReports->request(asOf()) : nullptr;
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
        m_details->fitItemColumns();
        m_columnsSized = true;
    }
    m_notices->refresh(m_db);
    updateSelectionSummary();
}

void DebtorsPage::setDeadlineReports(DeadlineReports* reports)
{
    m_deadlineReports = reports;
    // A run recorded here changes the deadlines too (a registered letter
    // may be the formal notice): the report is asked for again.
    connect(reports, &DeadlineReports::invalidated, this, [this] {
        if (m_db) {
            m_deadlines = m_deadlineReports->request(asOf());
            showNextDeadline();
        }
    });
    connect(reports, &DeadlineReports::ready, this, [this](const DeadlineReports::Report& r) {
        if (m_db && r->asOf == asOf() && !r->withinDays) {
            m_deadlines = r;
            showNextDeadline();
        }
    });
}

void DebtorsPage::showNextDeadline()
{
    const qint64 id = currentAccountId();
    const bool known = id != 0 && m_deadlines && m_deadlines->asOf == asOf();
    m_details->showNextDeadline(known, known ? m_deadlines->nextFor(id) : std::nullopt, asOf());
}

QString DebtorsPage::nextDeadlineText() const
{
    return m_details->nextDeadlineText();
}

bool DebtorsPage::hasNotices() const
{
    return m_notices->hasNotices();
}

QString DebtorsPage::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

qint64 DebtorsPage::currentAccountId() const
{
    return ListWidgets::currentId(m_table, DebtorTableModel::AccountIdRole);
}

void DebtorsPage::showCurrent()
{
    const int row = m_model->rowOf(currentAccountId());
    m_details->showDebtor(row >= 0 ? &m_model->debtorAt(row) : nullptr, m_db);
    showNextDeadline();
    m_actions->setTestEnabled(row >= 0 && m_db && m_model->reminderAt(row) != nullptr);
}

void DebtorsPage::updateSelectionSummary()
{
    Money total;
    const QList<int> rows = m_model->checkedRows();
    for (int row : rows)
        total = total + m_model->debtorAt(row).position.overdue;
    m_selection->setSummary(int(rows.size()), m_model->rowCount(), total, m_proxy->rowCount());
    m_actions->setLetterActionsEnabled(!rows.isEmpty() && !(m_flow && m_flow->isBusy()));
}

void DebtorsPage::setBusy(bool busy)
{
    m_actions->setBusy(busy);
    m_table->setEnabled(!busy);
    m_filters->setDateEnabled(!busy);
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
    return m_actions->templateName();
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
    // Cancelled before the run: nothing is recorded.
    if (const auto output = LetterOutputChooser::printer(this, tr("Print the letters"))) {
        if (!output->mergedPath.isEmpty())
            saveAsPdf(output->mergedPath);
        else
            printTo(output->printerName, output->copies, output->duplex);
    }
}

void DebtorsPage::saveAsPdfAs()
{
    if (checkedReminders().isEmpty())
        return;
    if (const QString path = LetterOutputChooser::pdfFile(this, asOf()); !path.isEmpty())
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
    m_actions->setResult(tr("Sending the test letter to %1…").arg(message->toAddress));
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

void DebtorsPage::prepareDossier()
{
    if (!m_db || currentAccountId() == 0)
        return;
    auto* dialog = new CommissaireDossierDialog(*m_db, currentAccountId(), asOf(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CommissaireDossierDialog::handedOver, this, [this] {
        reloadOrWarn();
        emit dataChanged();
    });
    dialog->open();
}

void DebtorsPage::createPaymentPlan()
{
    if (!m_db || currentAccountId() == 0)
        return;
    auto* dialog = new PaymentPlanDialog(*m_db, currentAccountId(), asOf(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The plan holds from its date: the debtor's reminder waits.
    connect(dialog, &PaymentPlanDialog::planCreated, this, [this] {
        reloadOrWarn();
        emit dataChanged();
    });
    dialog->open();
}
