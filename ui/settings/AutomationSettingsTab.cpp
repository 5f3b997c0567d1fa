#include "AutomationSettingsTab.h"

// Its texts keep the translation context of the page they were written for
// (SettingsPage) when it was split along its seams, so that their translations
// still apply (update-translations drops contexts that disappear).

#include "common/FieldErrors.h"
#include "common/ViewState.h"
#include "models/AutomationTableModel.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QGroupBox>
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
    // This computer: the systemd user timer, applied at once (it is not
    // one of the agency's settings, which Save writes to the database).
    auto* computer =
        new QGroupBox(QCoreApplication::translate("SettingsPage", "On this computer"), this);
    auto* computerLayout = new QVBoxLayout(computer);
    m_daily = new QCheckBox(QCoreApplication::translate(
                                "SettingsPage", "Run the automation every day on this computer"),
                            computer);
    m_daily->setObjectName(QStringLiteral("dailyTimer"));
    m_daily->setToolTip(QCoreApplication::translate(
        "SettingsPage", "Switches a systemd timer on or off for your user account, at once: "
                        "« relance-cli run-due » then runs once a day, and a day missed while "
                        "the computer was off is caught up at the next start."));
    computerLayout->addWidget(m_daily);
    m_timerStatus = new QLabel(computer);
    m_timerStatus->setObjectName(QStringLiteral("dailyTimerStatus"));
    m_timerStatus->setWordWrap(true);
    m_timerStatus->setTextFormat(Qt::PlainText);
    computerLayout->addWidget(m_timerStatus);
    m_lastRun = new QLabel(computer);
    m_lastRun->setObjectName(QStringLiteral("lastAutomaticRun"));
    m_lastRun->setWordWrap(true);
    m_lastRun->setTextFormat(Qt::PlainText);
    computerLayout->addWidget(m_lastRun);
    layout->addWidget(computer);

    m_timer = new AutomationTimer(this);
    connect(m_timer, &AutomationTimer::stateKnown, this, &AutomationSettingsTab::showTimerState);
    connect(m_timer, &AutomationTimer::switchFailed, this,
            [this](const QString& why) { m_failure = why; });
    connect(m_daily, &QCheckBox::clicked, this, &AutomationSettingsTab::switchTimer);
    m_daily->setEnabled(false);

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

void AutomationSettingsTab::setDatabase(const QString& database,
                                        const std::optional<RunRecord>& lastRun,
                                        const QString& error)
{
    m_database = database;
    if (!error.isEmpty()) {
        m_lastRun->setText(QCoreApplication::translate(
                               "SettingsPage", "The last automatic run could not be read: %1")
                               .arg(error));
        return;
    }
    if (!lastRun) {
        m_lastRun->setText(
            QCoreApplication::translate("SettingsPage", "No automatic run yet on this database."));
        return;
    }
    const QString when = QLocale().toString(lastRun->createdAt.toLocalTime(), QLocale::ShortFormat);
    if (lastRun->status == RunStatus::Refused)
        m_lastRun->setText(QCoreApplication::translate(
                               "SettingsPage", "Last automatic run: %1 (run %2), refused: %3")
                               .arg(when)
                               .arg(lastRun->id)
                               .arg(lastRun->refusalReason));
    else
        m_lastRun->setText(QCoreApplication::translate(
                               "SettingsPage", "Last automatic run: %1 (run %2), completed.")
                               .arg(when)
                               .arg(lastRun->id));
}

void AutomationSettingsTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_timer->isBusy()) {
        m_daily->setEnabled(false);
        m_timer->query();
    }
}

void AutomationSettingsTab::switchTimer(bool on)
{
    m_daily->setEnabled(false);
    m_timerStatus->setText(
        on ? QCoreApplication::translate("SettingsPage", "Switching the daily automation on…")
           : QCoreApplication::translate("SettingsPage", "Switching the daily automation off…"));
    m_timer->setEnabled(on, m_database);
}

void AutomationSettingsTab::showTimerState(AutomationTimer::State state, const QString& why)
{
    m_daily->setChecked(state == AutomationTimer::State::Enabled);
    m_daily->setEnabled(!m_database.isEmpty() && (state == AutomationTimer::State::Enabled ||
                                                  state == AutomationTimer::State::Disabled));
    QString text;
    switch (state) {
    case AutomationTimer::State::Enabled: {
        const QString timerDatabase = AutomationTimer::timerDatabase();
        text = QCoreApplication::translate("SettingsPage",
                                           "Every day, the automation runs on %1 (a day missed "
                                           "while the computer was off is caught up at the next "
                                           "start). Its messages: journalctl --user -u "
                                           "relance-run-due.service")
                   .arg(QDir::toNativeSeparators(timerDatabase));
        if (!m_database.isEmpty() && timerDatabase != m_database)
            text += u'\n' + QCoreApplication::translate(
                                "SettingsPage",
                                "That is not the database open in this window: switch the "
                                "daily automation off and on again to run it on this one.");
        if (!why.isEmpty())
            text += u'\n' + why;
        break;
    }
    case AutomationTimer::State::Disabled:
        text = QCoreApplication::translate(
            "SettingsPage", "Off on this computer: the levels ticked below are issued only when "
                            "« relance-cli run-due » is run (cron, or another computer).");
        break;
    case AutomationTimer::State::NotInstalled:
    case AutomationTimer::State::Unavailable:
        text = why;
        break;
    }
    // A refusal stays on screen above what systemd holds now.
    if (!m_failure.isEmpty())
        text = m_failure + u'\n' + text;
    m_failure.clear();
    m_timerStatus->setText(text);
}
