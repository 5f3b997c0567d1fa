#include "AutomationSettingsTab.h"

// Its texts keep the translation context of the page they were written for
// (SettingsPage) when it was split along its seams, so that their translations
// still apply (update-translations drops contexts that disappear).

#include "common/FieldErrors.h"
#include "common/ViewState.h"
#include "models/AutomationTableModel.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const auto automationHeaderKey = QLatin1String("settings/automationHeader");
} // namespace

AutomationSettingsTab::AutomationSettingsTab(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(FormParts::note(
        QCoreApplication::translate(
            "SettingsPage", "Levels ticked here are issued by themselves, once a month, on "
                            "their day (a day missed while the computer was off is caught up "
                            "the next day). This needs « relance-cli run-due » to run every "
                            "day (a systemd timer or a cron line); the order and the other "
                            "settings of each level are in Levels & templates."),
        this));
    m_automationSummary = new QLabel(this);
    m_automationSummary->setObjectName(QStringLiteral("automationSummary"));
    m_automationSummary->setWordWrap(false);
    m_automationSummary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_automationSummary);

    m_automation = new AutomationTableModel(this);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_automation);
    proxy->setSortRole(AutomationTableModel::RawSortRole);
    m_automationTable = new QTableView(this);
    m_automationTable->setObjectName(QStringLiteral("automationTable"));
    m_automationTable->setAccessibleName(
        QCoreApplication::translate("SettingsPage", "Automated levels"));
    m_automationTable->setModel(proxy);
    m_automationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_automationTable->setEditTriggers(QAbstractItemView::DoubleClicked |
                                       QAbstractItemView::EditKeyPressed |
                                       QAbstractItemView::SelectedClicked);
    m_automationTable->verticalHeader()->hide();
    m_automationTable->horizontalHeader()->setStretchLastSection(true);
    m_automationTable->setAlternatingRowColors(true);
    layout->addWidget(m_automationTable, 1);

    connect(m_automation, &AutomationTableModel::edited, this, [this] {
        updateSummary();
        emit changed();
    });
}

void AutomationSettingsTab::load(const QList<AutomationLevel>& levels, const QDate& today)
{
    m_automation->setLevels(levels, today);
    if (!ViewState::restore(m_automationTable->horizontalHeader(), automationHeaderKey))
        m_automationTable->resizeColumnsToContents();
    updateSummary();
}

QList<AutomationLevel> AutomationSettingsTab::changedLevels() const
{
    return m_automation->changedLevels();
}

void AutomationSettingsTab::saveViewState() const
{
    ViewState::save(m_automationTable->horizontalHeader(), automationHeaderKey);
}

void AutomationSettingsTab::updateSummary()
{
    QList<AutomationLevel> on;
    for (const AutomationLevel& l : m_automation->levels())
        if (l.enabled)
            on << l;
    if (on.isEmpty()) {
        m_automationSummary->setText(QCoreApplication::translate(
            "SettingsPage",
            "The automation is off: reminders are issued only when someone runs them."));
        return;
    }
    std::stable_sort(on.begin(), on.end(), [](const AutomationLevel& a, const AutomationLevel& b) {
        return a.nextRun < b.nextRun;
    });
    const QLocale locale;
    QStringList lines = {QCoreApplication::translate(
        "SettingsPage", "The automation is on for %n level(s). Next runs:", nullptr,
        int(on.size()))};
    for (const AutomationLevel& l : std::as_const(on))
        lines << QCoreApplication::translate("SettingsPage", "• %1: %2")
                     .arg(locale.toString(l.nextRun, QLocale::LongFormat), l.levelName);
    m_automationSummary->setText(lines.join(u'\n'));
}
