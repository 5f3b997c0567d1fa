#include "LevelPanel.h"

// Its texts keep the translation context of the page they were written for
// (LevelsPage) when it was split along its seams, so that their translations
// still apply (update-translations drops contexts that disappear).

#include "LevelDialog.h"
#include "LevelTableModel.h"
#include "PanelButtons.h"
#include "common/ListWidgets.h"
#include "common/MessageBox.h"
#include "reminders/AutomationSchedule.h"
#include "reminders/ProgramEditor.h"
#include "storage/Database.h"
#include "storage/TemplateRepository.h"
#include "templates/TemplateListModel.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

LevelPanel::LevelPanel(QWidget* parent)
    : QWidget(parent)
    , m_levelModel(new LevelTableModel(this))
{
    m_levelProxy = PanelButtons::sortProxy(this, LevelTableModel::RawSortRole);
    m_levelProxy->setSourceModel(m_levelModel);
    m_levelTable = ListWidgets::table(this, QStringLiteral("levelTable"),
                                      QCoreApplication::translate("LevelsPage", "Levels"));
    m_levelTable->setModel(m_levelProxy);
    m_levelTable->sortByColumn(LevelTableModel::PositionColumn, Qt::AscendingOrder);
    connect(m_levelTable, &QTableView::doubleClicked, this, &LevelPanel::editCurrentLevel);
    connect(m_levelTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit levelChosen();
    });
    auto* editKey = new QShortcut(QKeySequence(Qt::Key_Return), m_levelTable);
    editKey->setContext(Qt::WidgetShortcut);
    connect(editKey, &QShortcut::activated, this, &LevelPanel::editCurrentLevel);
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_levelTable);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &LevelPanel::removeCurrentLevel);

    m_newLevel = PanelButtons::button(
        this, QCoreApplication::translate("LevelsPage", "&New level…"), QStringLiteral("newLevel"),
        QCoreApplication::translate("LevelsPage", "Add a level at the end of the program"));
    m_editLevel = PanelButtons::button(
        this, QCoreApplication::translate("LevelsPage", "&Edit…"), QStringLiteral("editLevel"),
        QCoreApplication::translate("LevelsPage",
                                    "Edit the selected level (Enter or double-click)"));
    m_removeLevel = PanelButtons::button(
        this, QCoreApplication::translate("LevelsPage", "&Remove…"), QStringLiteral("removeLevel"),
        QCoreApplication::translate("LevelsPage",
                                    "Remove the selected level and its templates (Delete)"));
    m_levelUp = PanelButtons::button(
        this, QCoreApplication::translate("LevelsPage", "Move &up"), QStringLiteral("levelUp"),
        QCoreApplication::translate("LevelsPage", "Issue this level earlier (Alt+Up)"));
    m_levelUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_levelDown = PanelButtons::button(
        this, QCoreApplication::translate("LevelsPage", "Move do&wn"), QStringLiteral("levelDown"),
        QCoreApplication::translate("LevelsPage", "Issue this level later (Alt+Down)"));
    m_levelDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_newLevel, &QPushButton::clicked, this, &LevelPanel::newLevel);
    connect(m_editLevel, &QPushButton::clicked, this, &LevelPanel::editCurrentLevel);
    connect(m_removeLevel, &QPushButton::clicked, this, &LevelPanel::removeCurrentLevel);
    connect(m_levelUp, &QPushButton::clicked, this, [this] { moveCurrentLevel(-1); });
    connect(m_levelDown, &QPushButton::clicked, this, [this] { moveCurrentLevel(1); });

    auto* levelButtons = new QVBoxLayout;
    for (QPushButton* b : {m_newLevel, m_editLevel, m_removeLevel, m_levelUp, m_levelDown})
        levelButtons->addWidget(b);
    levelButtons->addStretch();
    auto* levelLayout = new QHBoxLayout(this);
    levelLayout->setContentsMargins(0, 0, 0, 0);
    levelLayout->addWidget(m_levelTable, 1);
    levelLayout->addLayout(levelButtons);
    updateButtons();
}

QList<QPushButton*> LevelPanel::sideButtons() const
{
    return {m_newLevel, m_editLevel, m_removeLevel, m_levelUp, m_levelDown};
}

void LevelPanel::setProgram(const Program* program)
{
    m_program = program ? std::optional<Program>(*program) : std::nullopt;
    m_levelModel->setLevels(program ? program->levels : QList<Level>());
    m_levelTable->resizeColumnsToContents();
    // The list of exclusions must not push automation and repeat out of sight.
    const int widest = m_levelTable->fontMetrics().averageCharWidth() * 32;
    for (int column = 0; column < LevelTableModel::ColumnCount; ++column)
        m_levelTable->setColumnWidth(column, qMin(m_levelTable->columnWidth(column), widest));
    if (m_levelModel->rowCount() > 0)
        selectLevel(m_levelModel->levelAt(0).id);
    updateButtons();
}

qint64 LevelPanel::currentLevelId() const
{
    const QModelIndex index = m_levelTable->currentIndex();
    return index.isValid() ? index.data(LevelTableModel::LevelIdRole).toLongLong() : 0;
}

std::optional<Level> LevelPanel::currentLevel() const
{
    const int row = m_levelModel->rowOfId(currentLevelId());
    if (row < 0)
        return std::nullopt;
    return m_levelModel->levelAt(row);
}

void LevelPanel::selectLevel(qint64 id)
{
    const int row = m_levelModel->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_levelProxy->mapFromSource(m_levelModel->index(row, 0));
    m_levelTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    m_levelTable->scrollTo(index);
}

void LevelPanel::updateButtons()
{
    const qint64 level = currentLevelId();
    const int row = level ? m_levelModel->rowOfId(level) : -1;
    m_newLevel->setEnabled(m_program.has_value());
    m_editLevel->setEnabled(row >= 0);
    m_removeLevel->setEnabled(row >= 0);
    m_levelUp->setEnabled(row > 0);
    m_levelDown->setEnabled(row >= 0 && row + 1 < m_levelModel->rowCount());
}

void LevelPanel::warn(const QString& title, const Status& status)
{
    MessageBox::warning(this, title, status.error());
}

LevelDialog* LevelPanel::openLevelDialog() const
{
    const auto dialogs = findChildren<LevelDialog*>();
    for (LevelDialog* dialog : dialogs)
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

void LevelPanel::newLevel()
{
    const Program* p = m_program ? &*m_program : nullptr;
    if (!m_db || !p)
        return;
    Level l;
    l.programId = p->id;
    l.position = int(p->levels.size()) + 1;
    if (!p->levels.isEmpty()) {
        // A new last level starts where the previous last one stands.
        const Level& last = p->levels.last();
        l.delayDays = last.delayDays + 15;
        l.threshold = last.threshold;
        l.exclusions = last.exclusions;
    }
    openLevelDialogFor(l);
}

void LevelPanel::editLevel(qint64 id)
{
    const int row = m_levelModel->rowOfId(id);
    if (row >= 0)
        openLevelDialogFor(m_levelModel->levelAt(row));
}

void LevelPanel::editCurrentLevel()
{
    if (const qint64 id = currentLevelId())
        editLevel(id);
}

QString LevelPanel::textSummary(qint64 levelId) const
{
    if (!m_db || !levelId)
        return QCoreApplication::translate(
            "LevelsPage",
            "The new level has no letter yet: once it is saved, write its templates in the "
            "list under the levels.");
    auto templates = TemplateRepository(*m_db).ofLevel(levelId);
    if (!templates || templates->isEmpty())
        return QCoreApplication::translate(
            "LevelsPage", "No letter yet: write one in the templates list under the levels.");
    QStringList defaults;
    for (const LetterTemplate& t : std::as_const(*templates))
        if (t.isDefault)
            defaults << QCoreApplication::translate("LevelsPage", "« %1 » (%2)")
                            .arg(t.name, TemplateListModel::languageName(t.language));
    return QCoreApplication::translate(
               "LevelsPage",
               "%n template(s); default: %1. The texts are edited in the templates list under the "
               "levels.",
               nullptr, int(templates->size()))
        .arg(defaults.join(QStringLiteral(", ")));
}

void LevelPanel::openLevelDialogFor(const Level& level)
{
    const Program* p = m_program ? &*m_program : nullptr;
    if (!p)
        return;
    QStringList otherNames;
    for (const Level& l : p->levels)
        if (l.id != level.id)
            otherNames << l.name;
    const bool isLast = level.id == 0 || (!p->levels.isEmpty() && p->levels.last().id == level.id);
    auto* dialog = new LevelDialog(level, otherNames, isLast, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTextSummary(textSummary(level.id));
    // When the first automated run would be (AutomationCalendar's rule).
    bool ranThisMonth = false;
    if (auto schedule = AutomationSchedule::levels(*m_db, m_today))
        for (const AutomationLevel& a : std::as_const(*schedule))
            if (a.levelId == level.id)
                ranThisMonth = a.ranThisMonth;
    dialog->setAutomationContext(m_today, ranThisMonth);
    const Database* db = m_db;
    dialog->setSaveHandler([db](Level& l) -> Status {
        auto id = ProgramEditor(*db).saveLevel(l);
        if (!id)
            return Status::failure(id.error());
        l.id = *id;
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { emit changed(dialog->level().id); });
    dialog->open();
}

void LevelPanel::removeCurrentLevel()
{
    const qint64 id = currentLevelId();
    if (!m_db || !id)
        return;
    const Level& l = m_levelModel->levelAt(m_levelModel->rowOfId(id));
    if (MessageBox::question(
            this, QCoreApplication::translate("LevelsPage", "Remove level"),
            QCoreApplication::translate(
                "LevelsPage", "Remove the level %1 — %2 and its letter templates?\n\nThe levels "
                              "after it move up one place. Reminders already issued at this "
                              "level stay in the history.")
                .arg(l.position)
                .arg(l.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status s = ProgramEditor(*m_db).removeLevel(id); !s) {
        warn(QCoreApplication::translate("LevelsPage", "Remove level"), s);
        return;
    }
    emit changed(0);
}

void LevelPanel::moveCurrentLevel(int delta)
{
    const qint64 id = currentLevelId();
    if (!m_db || !id)
        return;
    if (Status s = ProgramEditor(*m_db).moveLevel(id, delta); !s) {
        warn(QCoreApplication::translate("LevelsPage", "Move level"), s);
        return;
    }
    emit changed(id);
}
