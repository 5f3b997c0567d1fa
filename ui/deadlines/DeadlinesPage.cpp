#include "DeadlinesPage.h"

#include "DeadlineFilterProxy.h"
#include "DeadlineTableModel.h"
#include "RecoveryNoticeModel.h"
#include "common/ListWidgets.h"
#include "common/ViewState.h"
#include "debtors/AsOfDateEdit.h"
#include "recovery/RecoveryLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const auto headerStateKey = QLatin1String("deadlines/headerState");
const auto noticeHeaderKey = QLatin1String("deadlines/noticeHeaderState");
const auto splitterKey = QLatin1String("deadlines/splitter");

const DeadlineKind allKinds[] = {
    DeadlineKind::CafReport,     DeadlineKind::CafPlan,          DeadlineKind::VisaleNotice,
    DeadlineKind::VisaleClaim,   DeadlineKind::GliNotice,        DeadlineKind::GliClaim,
    DeadlineKind::GuarantorInfo, DeadlineKind::GuarantorService,
};
} // namespace

DeadlinesPage::DeadlinesPage(DeadlineReports* reports, QWidget* parent)
    : QWidget(parent)
    , m_reports(reports)
{
    setObjectName(QStringLiteral("deadlinesPage"));
    setAccessibleName(tr("Deadlines"));
    m_model = new DeadlineTableModel(this);
    m_proxy = new DeadlineFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_notices = new RecoveryNoticeModel(this);
    m_noticeProxy = new DeadlineFilterProxy(this);
    m_noticeProxy->setSourceModel(m_notices);
    buildLayout();

    connect(m_reports, &DeadlineReports::ready, this, [this](const DeadlineReports::Report& r) {
        if (m_db && r->asOf == asOf() && r->withinDays == withinDays())
            show(r);
    });
    connect(m_reports, &DeadlineReports::failed, this,
            [this](QDate date, std::optional<int> within, const QString& error) {
                if (date != asOf() || within != withinDays())
                    return;
                m_problem = error;
                updateSummary();
            });
    setDatabase(nullptr);
}

DeadlinesPage::~DeadlinesPage() = default;

void DeadlinesPage::buildLayout()
{
    m_date = new AsOfDateEdit(this);
    auto* asOfLabel = new QLabel(tr("As of:"), this);
    asOfLabel->setBuddy(m_date);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshDeadlines"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Compute the deadlines again (F5)"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("deadlineKind"));
    m_kind->setAccessibleName(tr("Kind of deadline"));
    m_kind->addItem(tr("All deadlines"), -1);
    for (DeadlineKind kind : allKinds)
        m_kind->addItem(RecoveryLabels::deadline(kind), int(kind));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(16);

    m_within = new QCheckBox(tr("&Due within"), this);
    m_within->setObjectName(QStringLiteral("deadlineWithin"));
    m_within->setToolTip(tr("Only the late deadlines and those due within this many days"));
    m_withinDays = new QSpinBox(this);
    m_withinDays->setObjectName(QStringLiteral("deadlineWithinDays"));
    m_withinDays->setAccessibleName(tr("Number of days"));
    m_withinDays->setRange(0, 366);
    m_withinDays->setValue(7);
    m_withinDays->setSuffix(tr(" days"));
    m_withinDays->setEnabled(false);

    m_search = ListWidgets::searchBox(this, QStringLiteral("deadlineSearch"),
                                      tr("Search deadlines"), tr("Search ref or tenant… (Ctrl+F)"));

    m_dateProblem = new QLabel(this);
    m_dateProblem->setObjectName(QStringLiteral("deadlineDateProblem"));
    m_dateProblem->setWordWrap(true);
    m_dateProblem->setTextFormat(Qt::PlainText);
    m_dateProblem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_dateProblem->hide();

    m_table = ListWidgets::table(this, QStringLiteral("deadlineTable"), tr("Deadlines"));
    m_table->setModel(m_proxy);
    // By due date: the late ones come first, the most overdue on top.
    m_table->sortByColumn(DeadlineTableModel::DueColumn, Qt::AscendingOrder);

    m_noticeTable =
        ListWidgets::table(this, QStringLiteral("recoveryNotices"), tr("Flags and warnings"));
    m_noticeTable->setModel(m_noticeProxy);
    m_noticeTable->setSortingEnabled(false); // the report's order: by date

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deadlineSummary"));
    m_noticeTitle = new QLabel(this);
    m_noticeTitle->setObjectName(QStringLiteral("recoveryNoticesTitle"));

    // Two rows: the date and the search, then what narrows the list; one
    // row would not fit a 1024 px screen in French.
    auto* filters = new QHBoxLayout;
    filters->addWidget(asOfLabel);
    filters->addWidget(m_date);
    filters->addWidget(refresh);
    filters->addSpacing(12);
    filters->addWidget(m_search, 1);
    auto* narrow = new QHBoxLayout;
    narrow->addWidget(m_kind);
    narrow->addSpacing(12);
    narrow->addWidget(m_within);
    narrow->addWidget(m_withinDays);
    narrow->addStretch(1);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_summary);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_noticeTitle);
    bottomLayout->addWidget(m_noticeTable, 1);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("deadlineSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(narrow);
    layout->addWidget(m_dateProblem);
    layout->addWidget(m_splitter, 1);

    connect(refresh, &QPushButton::clicked, this, [this] {
        // The database may have been changed by another program.
        m_reports->invalidate();
        request();
    });
    connect(m_date, &AsOfDateEdit::dateChanged, this, &DeadlinesPage::request);
    connect(m_date, &AsOfDateEdit::problemChanged, this, [this](const QString& problem) {
        m_dateProblem->setText(problem);
        m_dateProblem->setVisible(!problem.isEmpty());
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_proxy->setKind(kind < 0 ? std::nullopt : std::optional(DeadlineKind(kind)));
    });
    connect(m_within, &QCheckBox::toggled, this, [this](bool on) {
        m_withinDays->setEnabled(on);
        request();
    });
    connect(m_withinDays, &QSpinBox::valueChanged, this, [this] {
        if (m_within->isChecked())
            request();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        m_noticeProxy->setSearchText(text);
    });
    for (DeadlineFilterProxy* proxy : {m_proxy, m_noticeProxy}) {
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &DeadlinesPage::updateSummary);
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, &DeadlinesPage::updateSummary);
        connect(proxy, &QAbstractItemModel::modelReset, this, &DeadlinesPage::updateSummary);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &DeadlinesPage::updateSummary);
    }
    // Double click or Enter: the account's form.
    for (QTableView* table : {m_table, m_noticeTable})
        connect(table, &QTableView::activated, this, [this](const QModelIndex& index) {
            if (const qint64 id = index.data(DeadlineTableModel::AccountIdRole).toLongLong())
                emit accountRequested(id);
        });
}

void DeadlinesPage::setDatabase(const Database* db)
{
    m_db = db;
    m_shown.reset();
    m_problem.clear();
    m_model->setDeadlines({}, asOf());
    m_notices->setNotices({}, {});
    setEnabled(db != nullptr);
    if (!db) {
        updateSummary();
        return;
    }
    m_columnsSized = ViewState::restore(m_table->horizontalHeader(), headerStateKey);
    ViewState::restore(m_noticeTable->horizontalHeader(), noticeHeaderKey);
    ViewState::restore(m_splitter, splitterKey);
    request();
}

void DeadlinesPage::saveViewState() const
{
    if (!m_db)
        return; // never shown with a database: the widths saved last time stay
    ViewState::save(m_table->horizontalHeader(), headerStateKey);
    ViewState::save(m_noticeTable->horizontalHeader(), noticeHeaderKey);
    ViewState::save(m_splitter, splitterKey);
}

void DeadlinesPage::refresh()
{
    request();
}

QDate DeadlinesPage::asOf() const
{
    return m_date->date();
}

void DeadlinesPage::setAsOf(QDate date)
{
    m_date->setDate(date);
}

std::optional<int> DeadlinesPage::withinDays() const
{
    return m_within->isChecked() ? std::optional(m_withinDays->value()) : std::nullopt;
}

void DeadlinesPage::setWithinDays(std::optional<int> days)
{
    if (days)
        m_withinDays->setValue(*days);
    m_within->setChecked(days.has_value());
}

bool DeadlinesPage::isUpToDate() const
{
    return m_shown && m_shown->asOf == asOf() && m_shown->withinDays == withinDays() &&
           m_shown == m_reports->cached(asOf(), withinDays());
}

void DeadlinesPage::request()
{
    if (!m_db)
        return;
    m_problem.clear();
    if (DeadlineReports::Report report = m_reports->request(asOf(), withinDays()))
        show(report);
    else
        updateSummary(); // « Computing… » until `ready`
}

void DeadlinesPage::show(const DeadlineReports::Report& report)
{
    const qint64 current = ListWidgets::currentId(m_table, DeadlineTableModel::AccountIdRole);
    m_shown = report;
    m_problem.clear();
    m_model->setDeadlines(report->deadlines, report->asOf);
    m_notices->setNotices(report->flags, report->warnings);
    if (!m_columnsSized && m_model->rowCount() > 0) {
        // First time on this machine: columns as wide as what they hold
        // (measured on the first rows only: fast on 20,000 accounts).
        m_table->horizontalHeader()->setResizeContentsPrecision(50);
        m_table->resizeColumnsToContents();
        m_columnsSized = true;
    }
    m_noticeTable->horizontalHeader()->setResizeContentsPrecision(50);
    m_noticeTable->resizeColumnsToContents();
    if (current)
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            if (m_proxy->index(row, 0).data(DeadlineTableModel::AccountIdRole).toLongLong() ==
                current) {
                m_table->setCurrentIndex(m_proxy->index(row, 0));
                break;
            }
    updateSummary();
}

QString DeadlinesPage::summaryText() const
{
    return m_summary->text();
}

void DeadlinesPage::updateSummary()
{
    m_noticeTitle->setText(tr("Flags and warnings (%1)").arg(m_noticeProxy->rowCount()));
    if (!m_db) {
        m_summary->clear();
        return;
    }
    if (!m_problem.isEmpty()) {
        m_summary->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        m_summary->setText(m_problem);
        return;
    }
    m_summary->setStyleSheet(QString());
    if (!isUpToDate()) {
        m_summary->setText(tr("Computing the deadlines…"));
        return;
    }
    int late = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (m_proxy->index(row, 0).data(DeadlineTableModel::LateRole).toBool())
            ++late;
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const QString lateText = tr("%n late", nullptr, late);
    m_summary->setText(
        shown == total ? tr("%n deadline(s), %1", nullptr, total).arg(lateText)
                       : tr("%1 of %n deadline(s), %2", nullptr, total).arg(shown).arg(lateText));
}
