#include "HistoryPage.h"

#include "HistoryView.h"
#include "common/MessageBox.h"
#include "outbox/OutboxTableModel.h"
#include "outbox/OutboxView.h"
#include "reminders/HistoryDetails.h"

#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

HistoryPage::HistoryPage(QWidget* parent)
    : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("historyTabs"));
    m_tabs->setDocumentMode(true);
    m_history = new HistoryView(QStringLiteral("history/headerState"), m_tabs);
    m_outbox = new OutboxView(m_tabs);
    m_tabs->addTab(m_history, tr("&Reminders"));
    m_tabs->addTab(m_outbox, tr("E-&mail outbox"));

    // What the outbox does changes the e-mail states the history shows.
    connect(m_outbox, &OutboxView::outboxChanged, this, [this] {
        if (Status s = reloadHistory(); !s)
            MessageBox::warning(this, tr("History"), s.error());
    });
    connect(m_outbox->model(), &QAbstractItemModel::modelReset, this,
            &HistoryPage::updateOutboxTabTitle);

    auto* refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, [this] {
        if (Status s = reload(); !s)
            MessageBox::warning(this, tr("History"), s.error());
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

HistoryPage::~HistoryPage() = default;

void HistoryPage::setDatabase(const Database* db)
{
    m_db = db;
    m_outbox->setDatabase(db);
    if (Status s = reloadHistory(); !s)
        MessageBox::warning(this, tr("History"), s.error());
}

Status HistoryPage::reload()
{
    if (Status s = m_outbox->reload(); !s)
        return s;
    return reloadHistory();
}

Status HistoryPage::reloadHistory()
{
    if (!m_db) {
        m_history->setDetails({});
        return {};
    }
    auto details = HistoryDetails::load(*m_db);
    if (!details) {
        m_history->setDetails({});
        return Status::failure(details.error());
    }
    m_history->setDetails(std::move(*details));
    return {};
}

void HistoryPage::updateOutboxTabTitle()
{
    // The tab says when something waits for a decision, even while hidden.
    int attention = 0;
    const OutboxTableModel* model = m_outbox->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const OutboxState s = model->messageAt(row).state;
        if (s == OutboxState::Failed || s == OutboxState::Uncertain)
            ++attention;
    }
    m_tabs->setTabText(OutboxTab, attention > 0 ? tr("E-&mail outbox (%1)").arg(attention)
                                                : tr("E-&mail outbox"));
}

void HistoryPage::showEvent(QShowEvent* event)
{
    // Runs, prints and sends happen elsewhere: show what is true now.
    QWidget::showEvent(event);
    if (m_db && !m_outbox->isSending())
        if (Status s = reload(); !s)
            MessageBox::warning(this, tr("History"), s.error());
}

void HistoryPage::saveViewState() const
{
    m_history->saveViewState();
    m_outbox->saveViewState();
}
