#include "AccountsPage.h"

#include "AccountCaseFileTab.h"
#include "recovery/CommissaireDossierDialog.h"

#include "AccountDialog.h"
#include "AccountPlansTab.h"
#include "common/ListWidgets.h"
#include "common/MessageBox.h"
#include "common/ViewState.h"
#include "ledger/AccountSave.h"
#include "models/AccountFilterProxy.h"
#include "models/AccountTableModel.h"
#include "reminders/HistoryDetails.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"
#include "storage/OwnerRepository.h"
#include "storage/ProgramRepository.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const auto headerStateKey = QLatin1String("accounts/headerState");
} // namespace

AccountsPage::AccountsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new AccountTableModel(this))
    , m_proxy(new AccountFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_search = ListWidgets::searchBox(this, QStringLiteral("accountSearch"), tr("Search accounts"),
                                      tr("Search by ref, name, property, city or e-mail (Ctrl+F)"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &AccountFilterProxy::setSearchText);
    connect(m_search, &QLineEdit::textChanged, this, &AccountsPage::updateCount);

    // Hundreds of owners: the list is searchable by typing a ref or a name.
    m_ownerFilter = new QComboBox(this);
    m_ownerFilter->setObjectName(QStringLiteral("ownerFilter"));
    m_ownerFilter->setAccessibleName(tr("Owner"));
    m_ownerFilter->setToolTip(tr("Show only the accounts of one owner (type a reference or a "
                                 "name to find it)"));
    m_ownerFilter->setEditable(true);
    m_ownerFilter->setInsertPolicy(QComboBox::NoInsert);
    m_ownerFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ownerFilter->setMinimumContentsLength(24);
    m_ownerFilter->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ownerFilter->completer()->setFilterMode(Qt::MatchContains);
    m_ownerFilter->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    fillOwnerFilter({});
    connect(m_ownerFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOwnerFilter(m_ownerFilter->currentData().toString());
        updateCount();
    });

    m_table = ListWidgets::table(this, QStringLiteral("accountTable"), tr("Accounts"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(AccountTableModel::RefColumn, Qt::AscendingOrder);
    connect(m_table, &QTableView::doubleClicked, this, &AccountsPage::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsPage::updateButtons);

    auto* edit = new QShortcut(QKeySequence(Qt::Key_Return), m_table);
    edit->setContext(Qt::WidgetShortcut);
    connect(edit, &QShortcut::activated, this, &AccountsPage::editCurrent);
    auto* remove = new QShortcut(QKeySequence::Delete, m_table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &AccountsPage::removeCurrent);

    m_new = new QPushButton(tr("&New account…"), this);
    m_new->setObjectName(QStringLiteral("newAccount"));
    m_new->setToolTip(tr("Create a tenant account (Ctrl+N)"));
    m_new->setShortcut(QKeySequence::New);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editAccount"));
    m_edit->setToolTip(tr("Edit the selected account (Enter or double-click)"));
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeAccount"));
    m_remove->setToolTip(tr("Remove the selected account (Delete)"));
    connect(m_new, &QPushButton::clicked, this, &AccountsPage::newAccount);
    connect(m_edit, &QPushButton::clicked, this, &AccountsPage::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &AccountsPage::removeCurrent);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("accountCount"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_ownerFilter);
    top->addWidget(m_new);
    top->addWidget(m_edit);
    top->addWidget(m_remove);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AccountsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AccountsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AccountsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AccountsPage::updateCount);
    updateCount();
    updateButtons();
    restoreViewState();
}

AccountsPage::~AccountsPage() = default;

void AccountsPage::setDatabase(const Database* db)
{
    m_db = db;
    if (Status s = reload(); !s)
        MessageBox::warning(this, tr("Accounts"), s.error());
}

Status AccountsPage::reload()
{
    const qint64 current = currentId();
    if (!m_db) {
        m_model->setAccounts({});
        fillOwnerFilter({});
        updateButtons();
        return {};
    }
    auto accounts = AccountRepository(*m_db).all();
    auto owners = OwnerRepository(*m_db).all();
    if (!accounts || !owners) {
        m_model->setAccounts({});
        fillOwnerFilter({});
        updateButtons();
        return Status::failure(accounts ? owners.error() : accounts.error());
    }
    QHash<QString, QString> ownerNames;
    for (const Owner& o : std::as_const(*owners))
        ownerNames.insert(o.ref, o.name);
    m_model->setOwnerNames(std::move(ownerNames));
    m_model->setAccounts(std::move(accounts.value()));
    fillOwnerFilter(*owners);
    m_table->resizeColumnsToContents();
    // A long property line must not push the other columns out of sight.
    const int widest = m_table->fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < AccountTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), widest));
    restoreViewState();
    if (current)
        selectId(current);
    updateButtons();
    return {};
}

void AccountsPage::fillOwnerFilter(const QList<Owner>& owners)
{
    const QString current = m_ownerFilter->currentData().toString();
    const QSignalBlocker blocker(m_ownerFilter);
    m_ownerFilter->clear();
    m_ownerFilter->addItem(tr("All owners"), QString());
    for (const Owner& o : owners)
        m_ownerFilter->addItem(o.ref + QStringLiteral(" — ") + o.name, o.ref);
    // The owner shown before stays chosen (an owner removed meanwhile: all).
    const int index = m_ownerFilter->findData(current);
    m_ownerFilter->setCurrentIndex(qMax(0, index));
    m_proxy->setOwnerFilter(m_ownerFilter->currentData().toString());
}

AccountDialog* AccountsPage::openDialog() const
{
    const auto dialogs = findChildren<AccountDialog*>();
    for (AccountDialog* dialog : dialogs)
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

void AccountsPage::newAccount()
{
    if (m_db)
        openDialogFor(Account{});
}

void AccountsPage::editAccount(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0)
        openDialogFor(m_model->accountAt(row));
}

void AccountsPage::editCurrent()
{
    if (const qint64 id = currentId())
        editAccount(id);
}

void AccountsPage::openDialogFor(const Account& account)
{
    QSet<QString> otherRefs;
    for (const QString& ref : m_model->refs())
        if (ref != account.ref)
            otherRefs.insert(ref);

    auto* dialog = new AccountDialog(account, std::move(otherRefs), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Database* db = m_db;
    // The form only shows what the page reads for it: it holds no SQL.
    QStringList problems;
    if (auto owners = OwnerRepository(*db).all())
        dialog->setOwners(*owners);
    else
        problems.append(owners.error());
    if (auto programs = ProgramRepository(*db).all()) {
        QStringList names;
        for (const Program& p : std::as_const(*programs))
            if (!p.isGlobal)
                names.append(p.name);
        dialog->setCustomPrograms(names);
    } else {
        problems.append(programs.error());
    }
    if (account.id != 0) {
        if (auto ledger = LedgerRepository(*db).forAccount(account.id))
            dialog->setLedger(std::move(*ledger));
        else
            problems.append(ledger.error());
        if (auto history = HistoryDetails::load(*db, account.id))
            dialog->setHistory(std::move(*history));
        else
            problems.append(history.error());
    }
    dialog->setCaseFileDatabase(db);
    if (account.id != 0) {
        // The hand-off starts from the case file it ends up in.
        auto* handOff = new QPushButton(tr("Prepare the file for the commissaire de justice…"));
        handOff->setObjectName(QStringLiteral("prepareDossier"));
        dialog->caseFileTab()->addActionButton(handOff);
        connect(handOff, &QPushButton::clicked, dialog, [dialog, db, id = account.id] {
            auto* handOffDialog =
                new CommissaireDossierDialog(*db, id, QDate::currentDate(), dialog);
            handOffDialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(handOffDialog, &CommissaireDossierDialog::handedOver, dialog, [dialog] {
                // handed_to_commissaire puts the account in litigation.
                dialog->caseFileTab()->eventRecordedElsewhere(true);
            });
            handOffDialog->open();
        });
    }
    // A plan is stored when created or signed, even if the form is then
    // cancelled: the Debtors screen follows it.
    connect(dialog->plansTab(), &AccountPlansTab::plansChanged, this,
            &AccountsPage::accountsChanged);
    // An event is stored when recorded, even if the form is then cancelled:
    // the table shows the account as it is now (litigation).
    connect(dialog, &AccountDialog::caseFileChanged, this, [this, id = account.id] {
        if (auto stored = AccountRepository(*m_db).byId(id))
            m_model->upsert(*stored);
        emit accountsChanged();
    });
    dialog->setSaveHandler([db](Account& a, const std::optional<Owner>& owner) -> Status {
        auto id = AccountSave::save(*db, a, owner);
        if (!id)
            return Status::failure(id.error());
        a.id = *id;
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Read back what the database holds (guarantor ids, program name).
        const qint64 id = dialog->account().id;
        auto saved = AccountRepository(*m_db).byId(id);
        // The owner may be new or renamed: the column and the filter show it.
        if (auto owners = OwnerRepository(*m_db).all()) {
            QHash<QString, QString> names;
            for (const Owner& o : std::as_const(*owners))
                names.insert(o.ref, o.name);
            m_model->setOwnerNames(std::move(names));
            fillOwnerFilter(*owners);
        }
        m_model->upsert(saved ? *saved : dialog->account());
        selectId(id);
        emit accountsChanged();
    });
    dialog->open();
    if (!problems.isEmpty())
        MessageBox::warning(dialog, tr("Account %1").arg(account.ref), problems.join(u'\n'));
}

void AccountsPage::removeCurrent()
{
    const qint64 id = currentId();
    if (!id || !m_db)
        return;
    const Account& account = m_model->accountAt(m_model->rowOfId(id));
    const QString question =
        tr("Remove the account %1 — %2?\n\nIts ledger, its reminders and its e-mails are removed "
           "with it. This cannot be undone.")
            .arg(account.ref, account.name);
    if (MessageBox::question(this, tr("Remove account"), question,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status s = AccountRepository(*m_db).remove(id); !s) {
        MessageBox::warning(this, tr("Remove account"), s.error());
        return;
    }
    m_model->removeById(id);
    emit accountsChanged();
}

qint64 AccountsPage::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return 0;
    return index.data(AccountTableModel::AccountIdRole).toLongLong();
}

void AccountsPage::selectId(qint64 id)
{
    ListWidgets::selectSourceRow(m_table, m_proxy, m_model->rowOfId(id));
}

void AccountsPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n account(s)", nullptr, total)
                                    : tr("%1 of %n account(s)", nullptr, total).arg(shown));
    updateButtons();
}

void AccountsPage::updateButtons()
{
    const bool has = currentId() != 0;
    m_new->setEnabled(m_db != nullptr);
    m_edit->setEnabled(has);
    m_remove->setEnabled(has);
}

void AccountsPage::saveViewState() const
{
    ViewState::save(m_table->horizontalHeader(), headerStateKey);
}

void AccountsPage::restoreViewState()
{
    ViewState::restore(m_table->horizontalHeader(), headerStateKey);
}
