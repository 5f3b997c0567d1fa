#include "HistoryView.h"

#include "HistoryFilterProxy.h"
#include "HistoryTableModel.h"
#include "common/ListWidgets.h"
#include "common/MessageBox.h"
#include "common/ViewState.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The date edits' minimum stands for "no limit" (shown as "any").
const QDate openEnd(2000, 1, 1);

HistoryView::UrlOpener& urlOpener()
{
    static HistoryView::UrlOpener opener = [](const QUrl& url) {
        return QDesktopServices::openUrl(url);
    };
    return opener;
}
} // namespace

HistoryView::HistoryView(const QString& settingsKey, QWidget* parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_model(new HistoryTableModel(this))
    , m_proxy(new HistoryFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_search = ListWidgets::searchBox(this, QStringLiteral("historySearch"), tr("Search reminders"),
                                      tr("Search by ref, name, level, address, tracking number…"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &HistoryFilterProxy::setSearchText);

    m_account = new QComboBox(this);
    m_account->setObjectName(QStringLiteral("historyAccount"));
    m_account->setAccessibleName(tr("Account"));
    // Long names must not make the window wider than the user left it.
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_account->setMinimumContentsLength(18);
    connect(m_account, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAccountId(m_account->currentData().toLongLong()); });

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("historyLevel"));
    m_level->setAccessibleName(tr("Level"));
    m_level->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_level->setMinimumContentsLength(14);
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLevel(m_level->currentData().toInt()); });

    auto dateEdit = [this](const QString& name, const QString& accessible) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(openEnd);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(openEnd);
        connect(edit, &QDateEdit::dateChanged, this, &HistoryView::applyDateRange);
        return edit;
    };
    m_from = dateEdit(QStringLiteral("historyFrom"), tr("From date"));
    m_to = dateEdit(QStringLiteral("historyTo"), tr("To date"));

    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("historyState"));
    m_state->setAccessibleName(tr("State"));
    m_state->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_state->setMinimumContentsLength(20);
    m_state->addItem(tr("Any state"), QString());
    for (LetterState s : LetterStates::all())
        m_state->addItem(tr("Letter: %1").arg(LetterStates::label(s)),
                         QString(QStringLiteral("letter:") + LetterStates::toKey(s)));
    for (OutboxState s : OutboxStates::all())
        m_state->addItem(tr("E-mail: %1").arg(OutboxStates::label(s)),
                         QString(QStringLiteral("email:") + OutboxStates::toKey(s)));
    connect(m_state, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setState(m_state->currentData().toString()); });

    m_table = ListWidgets::table(this, QStringLiteral("historyTable"), tr("Reminders issued"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(HistoryTableModel::DateColumn, Qt::DescendingOrder);
    connect(m_table, &QTableView::doubleClicked, this, &HistoryView::openLetter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryView::updateButtons);

    m_open = new QPushButton(tr("&Open letter PDF"), this);
    m_open->setObjectName(QStringLiteral("openLetter"));
    m_open->setToolTip(tr("Open the PDF of the selected reminder's letter (double-click)"));
    connect(m_open, &QPushButton::clicked, this, &HistoryView::openLetter);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCount"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_account);
    filters->addWidget(m_level);
    auto* dates = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    dates->addWidget(fromLabel);
    dates->addWidget(m_from);
    dates->addWidget(toLabel);
    dates->addWidget(m_to);
    dates->addWidget(m_state);
    dates->addStretch();

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_open);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(dates);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &HistoryView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &HistoryView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &HistoryView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &HistoryView::updateCount);
    fillFilterChoices();
    updateCount();
}

HistoryView::~HistoryView() = default;

void HistoryView::setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

void HistoryView::setDetails(QList<HistoryDetail> details)
{
    const qint64 current = currentReminderId();
    m_model->setDetails(std::move(details));
    fillFilterChoices();
    m_table->resizeColumnsToContents();
    // Long state lists must not push the other columns out of sight.
    const int widest = m_table->fontMetrics().averageCharWidth() * 40;
    for (int column = 0; column < HistoryTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), widest));
    restoreViewState();
    if (current)
        selectReminder(current);
    updateButtons();
}

void HistoryView::setAccountFilterVisible(bool visible)
{
    m_account->setVisible(visible);
    m_table->setColumnHidden(HistoryTableModel::RefColumn, !visible);
    m_table->setColumnHidden(HistoryTableModel::NameColumn, !visible);
}

void HistoryView::fillFilterChoices()
{
    // The choices are what the history holds: no empty account or level.
    const qint64 account = m_account->currentData().toLongLong();
    const int level = m_level->currentData().toInt();
    QMap<QString, std::pair<qint64, QString>> accounts; // ref → id, name
    QMap<int, QString> levels;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const HistoryEntry& e = m_model->detailAt(row).entry;
        accounts.insert(e.ref, {e.accountId, e.accountName});
        levels.insert(e.level, e.levelName);
    }
    {
        const QSignalBlocker block(m_account);
        m_account->clear();
        m_account->addItem(tr("All accounts"), qint64(0));
        for (auto it = accounts.cbegin(); it != accounts.cend(); ++it)
            m_account->addItem(tr("%1 — %2").arg(it.key(), it->second), it->first);
        m_account->setCurrentIndex(qMax(0, m_account->findData(account)));
    }
    {
        const QSignalBlocker block(m_level);
        m_level->clear();
        m_level->addItem(tr("All levels"), 0);
        for (auto it = levels.cbegin(); it != levels.cend(); ++it)
            m_level->addItem(tr("%1. %2").arg(it.key()).arg(it.value()), it.key());
        m_level->setCurrentIndex(qMax(0, m_level->findData(level)));
    }
    m_proxy->setAccountId(m_account->currentData().toLongLong());
    m_proxy->setLevel(m_level->currentData().toInt());
}

void HistoryView::applyDateRange()
{
    const QDate from = m_from->date() == openEnd ? QDate() : m_from->date();
    const QDate to = m_to->date() == openEnd ? QDate() : m_to->date();
    m_proxy->setDateRange(from, to);
}

qint64 HistoryView::currentReminderId() const
{
    return ListWidgets::currentId(m_table, HistoryTableModel::ReminderIdRole);
}

void HistoryView::selectReminder(qint64 reminderId)
{
    ListWidgets::selectSourceRow(m_table, m_proxy, m_model->rowOfReminder(reminderId));
}

void HistoryView::openLetter()
{
    const int row = m_model->rowOfReminder(currentReminderId());
    if (row < 0)
        return;
    const HistoryDetail& d = m_model->detailAt(row);
    QList<ReminderLetter> withFile;
    for (const ReminderLetter& l : d.letters)
        if (!l.filePath.isEmpty())
            withFile.append(l);
    if (withFile.isEmpty()) {
        MessageBox::information(
            this, tr("Open letter"),
            d.letters.isEmpty()
                ? tr("This reminder of %1 has no letter: it went by e-mail only.").arg(d.entry.ref)
                : tr("The letter of this reminder of %1 has not been rendered to PDF yet: print "
                     "it or save it as PDF from the print batch first.")
                      .arg(d.entry.ref));
        return;
    }
    if (withFile.size() == 1) {
        openLetterFile(withFile.first().filePath);
        return;
    }
    // One letter per addressee: let the user pick which one.
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("letterMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const ReminderLetter& l : withFile) {
        const QString path = l.filePath;
        menu->addAction(
            tr("%1 — %2").arg(HistoryTableModel::recipientLabel(l.recipient), l.addressee), this,
            [this, path] { openLetterFile(path); });
    }
    menu->popup(m_open->mapToGlobal(QPoint(0, m_open->height())));
}

void HistoryView::openLetterFile(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("Open letter"),
                            tr("The letter's PDF is no longer at %1: it was moved or deleted. "
                               "Look for it where the letters were saved, or print the letter "
                               "again.")
                                .arg(path));
        return;
    }
    if (!urlOpener()(QUrl::fromLocalFile(path)))
        MessageBox::warning(this, tr("Open letter"),
                            tr("No application could open %1. Install a PDF viewer, or open the "
                               "file from its folder.")
                                .arg(path));
}

void HistoryView::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(shown == total ? tr("%n reminder(s)", nullptr, total)
                                    : tr("%1 of %n reminder(s)", nullptr, total).arg(shown));
    updateButtons();
}

void HistoryView::updateButtons()
{
    m_open->setEnabled(currentReminderId() != 0);
}

void HistoryView::saveViewState() const
{
    ViewState::save(m_table->horizontalHeader(), m_settingsKey);
}

void HistoryView::restoreViewState()
{
    ViewState::restore(m_table->horizontalHeader(), m_settingsKey);
}
