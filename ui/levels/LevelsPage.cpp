#include "LevelsPage.h"

#include "LevelDialog.h"
#include "LevelTableModel.h"
#include "common/AgencyMail.h"
#include "common/ListWidgets.h"
#include "common/MessageBox.h"
#include "common/ViewState.h"
#include "letters/DefaultTemplates.h"
#include "letters/EnvelopeWindow.h"
#include "letters/TemplateEditor.h"
#include "mail/TestLetterMail.h"
#include "reminders/AutomationSchedule.h"
#include "reminders/DefaultProgram.h"
#include "reminders/ProgramEditor.h"
#include "storage/AccountRepository.h"
#include "storage/AgencyRepository.h"
#include "storage/Database.h"
#include "storage/ProgramCopy.h"
#include "storage/ProgramRepository.h"
#include "storage/TemplateRepository.h"
#include "templates/TemplateEditorDialog.h"
#include "templates/TemplateListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace {
const auto levelHeaderKey = QLatin1String("levels/levelHeaderState");
const auto templateHeaderKey = QLatin1String("levels/templateHeaderState");
const auto splitterKey = QLatin1String("levels/splitterState");

QPushButton* button(QWidget* parent, const QString& text, const QString& objectName,
                    const QString& tip)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setToolTip(tip);
    return b;
}

QSortFilterProxyModel* sortProxy(QObject* parent, int role)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSortRole(role);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    return proxy;
}
} // namespace

LevelsPage::LevelsPage(QWidget* parent)
    : QWidget(parent)
    , m_levelModel(new LevelTableModel(this))
    , m_templateModel(new TemplateListModel(this))
{
    // Programs
    m_programs = new QComboBox(this);
    m_programs->setObjectName(QStringLiteral("programChoice"));
    m_programs->setAccessibleName(tr("Reminder program"));
    m_programs->setMinimumContentsLength(20);
    m_programs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_programNote = new QLabel(this);
    m_programNote->setObjectName(QStringLiteral("programNote"));
    m_programNote->setForegroundRole(QPalette::PlaceholderText);
    // Wrapped, so the sentence never sets the window's minimum width.
    m_programNote->setWordWrap(true);
    m_newProgram = button(this, tr("New program…"), QStringLiteral("newProgram"),
                          tr("Create a custom program, starting as a copy of this one"));
    m_renameProgram =
        button(this, tr("Rename…"), QStringLiteral("renameProgram"), tr("Rename this program"));
    m_removeProgram = button(this, tr("Remove…"), QStringLiteral("removeProgram"),
                             tr("Remove this custom program"));
    m_globalProgram = button(this, tr("Make global"), QStringLiteral("makeGlobal"),
                             tr("Make this the program every account follows by default"));
    auto* programLabel = new QLabel(tr("&Program:"), this);
    programLabel->setBuddy(m_programs);
    connect(m_programs, &QComboBox::currentIndexChanged, this, &LevelsPage::showProgram);
    connect(m_newProgram, &QPushButton::clicked, this, &LevelsPage::newProgram);
    connect(m_renameProgram, &QPushButton::clicked, this, &LevelsPage::renameProgram);
    connect(m_removeProgram, &QPushButton::clicked, this, &LevelsPage::removeProgram);
    connect(m_globalProgram, &QPushButton::clicked, this, &LevelsPage::makeProgramGlobal);

    auto* programRow = new QHBoxLayout;
    programRow->addWidget(programLabel);
    programRow->addWidget(m_programs);
    programRow->addWidget(m_programNote, 1);
    programRow->addWidget(m_newProgram);
    programRow->addWidget(m_renameProgram);
    programRow->addWidget(m_removeProgram);
    programRow->addWidget(m_globalProgram);

    // Levels
    m_levelProxy = sortProxy(this, LevelTableModel::RawSortRole);
    m_levelProxy->setSourceModel(m_levelModel);
    m_levelTable = ListWidgets::table(this, QStringLiteral("levelTable"), tr("Levels"));
    m_levelTable->setModel(m_levelProxy);
    m_levelTable->sortByColumn(LevelTableModel::PositionColumn, Qt::AscendingOrder);
    connect(m_levelTable, &QTableView::doubleClicked, this, &LevelsPage::editCurrentLevel);
    connect(m_levelTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LevelsPage::showTemplates);
    auto* editKey = new QShortcut(QKeySequence(Qt::Key_Return), m_levelTable);
    editKey->setContext(Qt::WidgetShortcut);
    connect(editKey, &QShortcut::activated, this, &LevelsPage::editCurrentLevel);
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_levelTable);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &LevelsPage::removeCurrentLevel);

    m_newLevel = button(this, tr("&New level…"), QStringLiteral("newLevel"),
                        tr("Add a level at the end of the program"));
    m_editLevel = button(this, tr("&Edit…"), QStringLiteral("editLevel"),
                         tr("Edit the selected level (Enter or double-click)"));
    m_removeLevel = button(this, tr("&Remove…"), QStringLiteral("removeLevel"),
                           tr("Remove the selected level and its templates (Delete)"));
    m_levelUp = button(this, tr("Move &up"), QStringLiteral("levelUp"),
                       tr("Issue this level earlier (Alt+Up)"));
    m_levelUp->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_levelDown = button(this, tr("Move do&wn"), QStringLiteral("levelDown"),
                         tr("Issue this level later (Alt+Down)"));
    m_levelDown->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_newLevel, &QPushButton::clicked, this, &LevelsPage::newLevel);
    connect(m_editLevel, &QPushButton::clicked, this, &LevelsPage::editCurrentLevel);
    connect(m_removeLevel, &QPushButton::clicked, this, &LevelsPage::removeCurrentLevel);
    connect(m_levelUp, &QPushButton::clicked, this, [this] { moveCurrentLevel(-1); });
    connect(m_levelDown, &QPushButton::clicked, this, [this] { moveCurrentLevel(1); });

    auto* levelButtons = new QVBoxLayout;
    for (QPushButton* b : {m_newLevel, m_editLevel, m_removeLevel, m_levelUp, m_levelDown})
        levelButtons->addWidget(b);
    levelButtons->addStretch();
    auto* levelPane = new QWidget(this);
    auto* levelLayout = new QHBoxLayout(levelPane);
    levelLayout->setContentsMargins(0, 0, 0, 0);
    levelLayout->addWidget(m_levelTable, 1);
    levelLayout->addLayout(levelButtons);

    // Templates
    m_templateTitle = new QLabel(this);
    m_templateTitle->setObjectName(QStringLiteral("templateTitle"));
    QFont titleFont = m_templateTitle->font();
    titleFont.setBold(true);
    m_templateTitle->setFont(titleFont);
    m_templateProxy = sortProxy(this, TemplateListModel::RawSortRole);
    m_templateProxy->setSourceModel(m_templateModel);
    m_templateTable =
        ListWidgets::table(this, QStringLiteral("templateTable"), tr("Letter templates"));
    m_templateTable->setModel(m_templateProxy);
    m_templateTable->sortByColumn(TemplateListModel::LanguageColumn, Qt::DescendingOrder);
    connect(m_templateTable, &QTableView::doubleClicked, this, &LevelsPage::editCurrentTemplate);
    connect(m_templateTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LevelsPage::updateButtons);
    auto* editTemplateKey = new QShortcut(QKeySequence(Qt::Key_Return), m_templateTable);
    editTemplateKey->setContext(Qt::WidgetShortcut);
    connect(editTemplateKey, &QShortcut::activated, this, &LevelsPage::editCurrentTemplate);
    auto* removeTemplateKey = new QShortcut(QKeySequence::Delete, m_templateTable);
    removeTemplateKey->setContext(Qt::WidgetShortcut);
    connect(removeTemplateKey, &QShortcut::activated, this, &LevelsPage::removeCurrentTemplate);

    m_newTemplate = button(this, tr("New &template…"), QStringLiteral("newTemplate"),
                           tr("Write a new letter for the selected level"));
    m_editTemplate = button(this, tr("Edit te&mplate…"), QStringLiteral("editTemplate"),
                            tr("Edit the selected template (Enter or double-click)"));
    m_duplicateTemplate = button(this, tr("D&uplicate"), QStringLiteral("duplicateTemplate"),
                                 tr("Copy the selected template under a new name"));
    m_removeTemplate = button(this, tr("Remove template…"), QStringLiteral("removeTemplate"),
                              tr("Remove the selected template (Delete)"));
    m_defaultTemplate = button(this, tr("Set as &default"), QStringLiteral("defaultTemplate"),
                               tr("Runs use this template for its language"));
    connect(m_newTemplate, &QPushButton::clicked, this, &LevelsPage::newTemplate);
    connect(m_editTemplate, &QPushButton::clicked, this, &LevelsPage::editCurrentTemplate);
    connect(m_duplicateTemplate, &QPushButton::clicked, this,
            &LevelsPage::duplicateCurrentTemplate);
    connect(m_removeTemplate, &QPushButton::clicked, this, &LevelsPage::removeCurrentTemplate);
    connect(m_defaultTemplate, &QPushButton::clicked, this, &LevelsPage::setCurrentTemplateDefault);

    auto* templateButtons = new QVBoxLayout;
    for (QPushButton* b :
         {m_newTemplate, m_editTemplate, m_duplicateTemplate, m_removeTemplate, m_defaultTemplate})
        templateButtons->addWidget(b);
    templateButtons->addStretch();
    auto* templatePane = new QWidget(this);
    auto* templateGrid = new QVBoxLayout(templatePane);
    templateGrid->setContentsMargins(0, 0, 0, 0);
    templateGrid->addWidget(m_templateTitle);
    auto* templateRow = new QHBoxLayout;
    templateRow->addWidget(m_templateTable, 1);
    templateRow->addLayout(templateButtons);
    templateGrid->addLayout(templateRow, 1);

    // One width for both button columns, so the two tables line up.
    int buttonWidth = 0;
    const QList<QPushButton*> sideButtons = {
        m_newLevel,    m_editLevel,    m_removeLevel,       m_levelUp,        m_levelDown,
        m_newTemplate, m_editTemplate, m_duplicateTemplate, m_removeTemplate, m_defaultTemplate};
    for (QPushButton* b : sideButtons)
        buttonWidth = qMax(buttonWidth, b->sizeHint().width());
    for (QPushButton* b : sideButtons)
        b->setMinimumWidth(buttonWidth);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("levelsSplitter"));
    m_splitter->addWidget(levelPane);
    m_splitter->addWidget(templatePane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(programRow);
    layout->addWidget(m_splitter, 1);

    updateButtons();
    restoreViewState();
}

LevelsPage::~LevelsPage()
{
    delete m_agencyMail; // waits for a test being sent
}

void LevelsPage::setDatabase(const Database* db)
{
    delete m_agencyMail; // waits for a test being sent
    m_agencyMail = nullptr;
    m_db = db;
    if (db) {
        m_agencyMail = new AgencyMail(*db, m_keychain, this, this);
        connect(m_agencyMail, &AgencyMail::finished, this, [this](bool ok, const QString& text) {
            if (ok)
                MessageBox::information(this, tr("Test letter"), text);
        });
    }
    if (Status s = reload(); !s)
        MessageBox::warning(this, tr("Levels & templates"), s.error());
}

Status LevelsPage::reload()
{
    const qint64 program = currentProgramId();
    const qint64 level = currentLevelId();
    const qint64 letter = currentTemplateId();
    m_programList.clear();
    Status status;
    if (m_db) {
        auto programs = ProgramRepository(*m_db).all();
        if (programs)
            m_programList = std::move(programs.value());
        else
            status = Status::failure(programs.error());
    }
    {
        const QSignalBlocker block(m_programs);
        m_programs->clear();
        for (const Program& p : std::as_const(m_programList))
            m_programs->addItem(
                p.isGlobal ? tr("%1 (global)").arg(DefaultProgram::displayName(p.name)) : p.name,
                p.id);
    }
    m_programs->setCurrentIndex(m_programs->count() > 0 ? 0 : -1);
    if (program)
        selectProgram(program);
    showProgram();
    if (level)
        selectLevel(level);
    if (letter)
        selectTemplate(letter);
    return status;
}

const Program* LevelsPage::currentProgram() const
{
    const qint64 id = currentProgramId();
    for (const Program& p : m_programList)
        if (p.id == id)
            return &p;
    return nullptr;
}

qint64 LevelsPage::currentProgramId() const
{
    return m_programs->currentData().toLongLong();
}

qint64 LevelsPage::currentLevelId() const
{
    const QModelIndex index = m_levelTable->currentIndex();
    return index.isValid() ? index.data(LevelTableModel::LevelIdRole).toLongLong() : 0;
}

qint64 LevelsPage::currentTemplateId() const
{
    const QModelIndex index = m_templateTable->currentIndex();
    return index.isValid() ? index.data(TemplateListModel::TemplateIdRole).toLongLong() : 0;
}

void LevelsPage::selectProgram(qint64 id)
{
    const int index = m_programs->findData(id);
    if (index >= 0)
        m_programs->setCurrentIndex(index);
}

void LevelsPage::selectLevel(qint64 id)
{
    const int row = m_levelModel->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_levelProxy->mapFromSource(m_levelModel->index(row, 0));
    m_levelTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
    m_levelTable->scrollTo(index);
}

void LevelsPage::selectTemplate(qint64 id)
{
    const int row = m_templateModel->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_templateProxy->mapFromSource(m_templateModel->index(row, 0));
    m_templateTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
}

void LevelsPage::showProgram()
{
    const Program* p = currentProgram();
    m_levelModel->setLevels(p ? p->levels : QList<Level>());
    m_levelTable->resizeColumnsToContents();
    // The list of exclusions must not push automation and repeat out of sight.
    const int widest = m_levelTable->fontMetrics().averageCharWidth() * 32;
    for (int column = 0; column < LevelTableModel::ColumnCount; ++column)
        m_levelTable->setColumnWidth(column, qMin(m_levelTable->columnWidth(column), widest));
    restoreViewState();
    if (p)
        m_programNote->setText(p->isGlobal ? tr("Accounts follow this program unless their form "
                                                "names a custom one.")
                                           : tr("A custom program: accounts whose form names it "
                                                "follow it."));
    else
        m_programNote->setText(m_db ? tr("No program yet.") : QString());
    if (m_levelModel->rowCount() > 0)
        selectLevel(m_levelModel->levelAt(0).id);
    showTemplates();
}

void LevelsPage::showTemplates()
{
    const qint64 levelId = currentLevelId();
    QList<LetterTemplate> templates;
    if (m_db && levelId) {
        auto list = TemplateRepository(*m_db).ofLevel(levelId);
        if (list)
            templates = std::move(list.value());
        else
            MessageBox::warning(this, tr("Letter templates"), list.error());
    }
    m_templateModel->setTemplates(std::move(templates));
    m_templateTable->resizeColumnsToContents();
    if (levelId) {
        const Level& l = m_levelModel->levelAt(m_levelModel->rowOfId(levelId));
        m_templateTitle->setText(
            tr("Letter templates of level %1 — %2").arg(l.position).arg(l.name));
    } else {
        m_templateTitle->setText(tr("Letter templates"));
    }
    if (m_templateModel->rowCount() > 0) {
        const QModelIndex first = m_templateProxy->index(0, 0);
        m_templateTable->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateButtons();
}

void LevelsPage::updateButtons()
{
    const Program* p = currentProgram();
    const bool hasDb = m_db != nullptr;
    m_newProgram->setEnabled(hasDb && p);
    m_renameProgram->setEnabled(p);
    m_removeProgram->setEnabled(p && !p->isGlobal);
    m_globalProgram->setEnabled(p && !p->isGlobal);
    const qint64 level = currentLevelId();
    const int row = level ? m_levelModel->rowOfId(level) : -1;
    m_newLevel->setEnabled(p);
    m_editLevel->setEnabled(row >= 0);
    m_removeLevel->setEnabled(row >= 0);
    m_levelUp->setEnabled(row > 0);
    m_levelDown->setEnabled(row >= 0 && row + 1 < m_levelModel->rowCount());
    const bool hasTemplate = currentTemplateId() != 0;
    m_newTemplate->setEnabled(row >= 0);
    m_editTemplate->setEnabled(hasTemplate);
    m_duplicateTemplate->setEnabled(hasTemplate);
    m_removeTemplate->setEnabled(hasTemplate);
    const int templateRow = m_templateModel->rowOfId(currentTemplateId());
    m_defaultTemplate->setEnabled(hasTemplate && templateRow >= 0 &&
                                  !m_templateModel->templateAt(templateRow).isDefault);
}

void LevelsPage::warn(const QString& title, const Status& status)
{
    MessageBox::warning(this, title, status.error());
}

// ---- programs

void LevelsPage::askProgramName(const QString& title, const QString& label, const QString& initial,
                                const std::function<void(const QString&)>& done)
{
    // open(), not exec(): the page stays responsive and tests can answer.
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("programNameDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    connect(dialog, &QInputDialog::textValueSelected, this, [done](const QString& text) {
        if (!text.trimmed().isEmpty())
            done(text.trimmed());
    });
    dialog->open();
}

void LevelsPage::newProgram()
{
    const Program* p = currentProgram();
    if (!m_db || !p)
        return;
    const qint64 sourceId = p->id;
    askProgramName(
        tr("New program"),
        tr("Name of the new program (it starts as a copy of “%1”, with its letters):").arg(p->name),
        QString(), [this, sourceId](const QString& name) {
            auto id = ProgramCopy::copy(*m_db, sourceId, name);
            if (!id) {
                warn(tr("New program"), Status::failure(id.error()));
                return;
            }
            reload();
            selectProgram(*id);
            emit configurationChanged();
        });
}

void LevelsPage::renameProgram()
{
    const Program* p = currentProgram();
    if (!m_db || !p)
        return;
    const qint64 id = p->id;
    askProgramName(tr("Rename program"), tr("New name of “%1”:").arg(p->name), p->name,
                   [this, id](const QString& name) {
                       if (Status s = ProgramEditor(*m_db).renameProgram(id, name); !s) {
                           warn(tr("Rename program"), s);
                           return;
                       }
                       reload();
                       emit configurationChanged();
                   });
}

void LevelsPage::removeProgram()
{
    const Program* p = currentProgram();
    if (!m_db || !p || p->isGlobal)
        return;
    const qint64 id = p->id;
    if (MessageBox::question(
            this, tr("Remove program"),
            tr("Remove the program “%1”, its levels and their letter templates?\n\n"
               "Accounts that follow it go back to the global program. Reminders "
               "already issued stay in the history.")
                .arg(p->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status s = ProgramRepository(*m_db).remove(id); !s) {
        warn(tr("Remove program"), s);
        return;
    }
    reload();
    emit configurationChanged();
}

void LevelsPage::makeProgramGlobal()
{
    const Program* p = currentProgram();
    if (!m_db || !p || p->isGlobal)
        return;
    const qint64 id = p->id;
    if (MessageBox::question(this, tr("Make global"),
                             tr("Make “%1” the global program?\n\nEvery account that does not name "
                                "a custom program will follow it from the next run.")
                                 .arg(p->name),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status s = ProgramRepository(*m_db).setGlobal(id); !s) {
        warn(tr("Make global"), s);
        return;
    }
    reload();
    selectProgram(id);
    emit configurationChanged();
}

// ---- levels

LevelDialog* LevelsPage::openLevelDialog() const
{
    const auto dialogs = findChildren<LevelDialog*>();
    for (LevelDialog* dialog : dialogs)
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

void LevelsPage::newLevel()
{
    const Program* p = currentProgram();
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

void LevelsPage::editLevel(qint64 id)
{
    const int row = m_levelModel->rowOfId(id);
    if (row >= 0)
        openLevelDialogFor(m_levelModel->levelAt(row));
}

void LevelsPage::editCurrentLevel()
{
    if (const qint64 id = currentLevelId())
        editLevel(id);
}

QString LevelsPage::textSummary(qint64 levelId) const
{
    if (!m_db || !levelId)
        return tr("The new level has no letter yet: once it is saved, write its templates in the "
                  "list under the levels.");
    auto templates = TemplateRepository(*m_db).ofLevel(levelId);
    if (!templates || templates->isEmpty())
        return tr("No letter yet: write one in the templates list under the levels.");
    QStringList defaults;
    for (const LetterTemplate& t : std::as_const(*templates))
        if (t.isDefault)
            defaults << tr("« %1 » (%2)").arg(t.name, TemplateListModel::languageName(t.language));
    return tr("%n template(s); default: %1. The texts are edited in the templates list under the "
              "levels.",
              nullptr, int(templates->size()))
        .arg(defaults.join(QStringLiteral(", ")));
}

void LevelsPage::openLevelDialogFor(const Level& level)
{
    const Program* p = currentProgram();
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
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->level().id;
        reload();
        selectLevel(id);
        emit configurationChanged();
    });
    dialog->open();
}

void LevelsPage::removeCurrentLevel()
{
    const qint64 id = currentLevelId();
    if (!m_db || !id)
        return;
    const Level& l = m_levelModel->levelAt(m_levelModel->rowOfId(id));
    if (MessageBox::question(this, tr("Remove level"),
                             tr("Remove the level %1 — %2 and its letter templates?\n\nThe levels "
                                "after it move up one place. Reminders already issued at this "
                                "level stay in the history.")
                                 .arg(l.position)
                                 .arg(l.name),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status s = ProgramEditor(*m_db).removeLevel(id); !s) {
        warn(tr("Remove level"), s);
        return;
    }
    reload();
    emit configurationChanged();
}

void LevelsPage::moveCurrentLevel(int delta)
{
    const qint64 id = currentLevelId();
    const Program* p = currentProgram();
    if (!m_db || !id || !p)
        return;
    if (Status s = ProgramEditor(*m_db).moveLevel(id, delta); !s) {
        warn(tr("Move level"), s);
        return;
    }
    reload();
    selectLevel(id);
    emit configurationChanged();
}

// ---- templates

TemplateEditorDialog* LevelsPage::openTemplateEditor() const
{
    const auto dialogs = findChildren<TemplateEditorDialog*>();
    for (TemplateEditorDialog* dialog : dialogs)
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

QString LevelsPage::uniqueTemplateName(const QString& wanted, const QString& language) const
{
    auto taken = [&](const QString& name) {
        for (const LetterTemplate& t : m_templateModel->templates())
            if (t.language == language && t.name.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    if (!taken(wanted))
        return wanted;
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(wanted).arg(n);
        if (!taken(name))
            return name;
    }
}

void LevelsPage::newTemplate()
{
    const qint64 levelId = currentLevelId();
    if (!m_db || !levelId)
        return;
    const Level& l = m_levelModel->levelAt(m_levelModel->rowOfId(levelId));
    // Start from the standard text of this step when there is one: editing
    // a sound letter is easier than writing one from nothing.
    LetterTemplate t;
    if (auto text = DefaultTemplates::text(l.position, QStringLiteral("fr")))
        t = *text;
    else
        t.body = QStringLiteral("<p>Madame, Monsieur,</p>\n<p></p>");
    t.id = 0;
    t.levelId = levelId;
    t.language = QStringLiteral("fr");
    t.isDefault = false;
    t.name = uniqueTemplateName(tr("New template"), t.language);
    openTemplateEditorFor(t);
}

void LevelsPage::editCurrentTemplate()
{
    const int row = m_templateModel->rowOfId(currentTemplateId());
    if (row >= 0)
        openTemplateEditorFor(m_templateModel->templateAt(row));
}

void LevelsPage::openTemplateEditorFor(const LetterTemplate& t)
{
    const int levelRow = m_levelModel->rowOfId(t.levelId);
    if (!m_db || levelRow < 0)
        return;
    auto agency = AgencyRepository(*m_db).load();
    auto* dialog = new TemplateEditorDialog(t, m_levelModel->levelAt(levelRow),
                                            agency ? *agency : AgencyIdentity(),
                                            EnvelopeWindow::fromSettings(*m_db), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TemplateEditorDialog::testRequested, this,
            [this, dialog] { chooseTestAccount(dialog); });
    const Database* db = m_db;
    dialog->setSaveHandler([db](LetterTemplate& saved) -> Status {
        auto id = TemplateEditor(*db).save(saved);
        if (!id)
            return Status::failure(id.error());
        saved.id = *id;
        return {};
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->letterTemplate().id;
        showTemplates();
        selectTemplate(id);
        emit configurationChanged();
    });
    dialog->open();
}

void LevelsPage::duplicateCurrentTemplate()
{
    const int row = m_templateModel->rowOfId(currentTemplateId());
    if (!m_db || row < 0)
        return;
    LetterTemplate copy = m_templateModel->templateAt(row);
    copy.id = 0;
    copy.isDefault = false;
    copy.name = uniqueTemplateName(tr("%1 (copy)").arg(copy.name), copy.language);
    auto id = TemplateEditor(*m_db).save(copy);
    if (!id) {
        warn(tr("Duplicate template"), Status::failure(id.error()));
        return;
    }
    showTemplates();
    selectTemplate(*id);
    emit configurationChanged();
}

void LevelsPage::removeCurrentTemplate()
{
    const int row = m_templateModel->rowOfId(currentTemplateId());
    if (!m_db || row < 0)
        return;
    const LetterTemplate& t = m_templateModel->templateAt(row);
    QString text = tr("Remove the template “%1” (%2)?")
                       .arg(t.name, TemplateListModel::languageName(t.language));
    if (m_templateModel->rowCount() == 1)
        text += u'\n' + tr("It is the only letter of this level: the level cannot print until "
                           "it has another one.");
    else if (t.isDefault)
        text += u'\n' + tr("It is the default one: another template of the level takes its place.");
    if (MessageBox::question(this, tr("Remove template"), text,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status s = TemplateRepository(*m_db).remove(t.id); !s) {
        warn(tr("Remove template"), s);
        return;
    }
    showTemplates();
    emit configurationChanged();
}

void LevelsPage::setCurrentTemplateDefault()
{
    const qint64 id = currentTemplateId();
    if (!m_db || !id)
        return;
    if (Status s = TemplateRepository(*m_db).setDefault(id); !s) {
        warn(tr("Set as default"), s);
        return;
    }
    showTemplates();
    selectTemplate(id);
    emit configurationChanged();
}

// ---- view state

void LevelsPage::saveViewState() const
{
    ViewState::save(m_levelTable->horizontalHeader(), levelHeaderKey);
    ViewState::save(m_templateTable->horizontalHeader(), templateHeaderKey);
    ViewState::save(m_splitter, splitterKey);
}

void LevelsPage::restoreViewState()
{
    ViewState::restore(m_levelTable->horizontalHeader(), levelHeaderKey);
    ViewState::restore(m_templateTable->horizontalHeader(), templateHeaderKey);
    ViewState::restore(m_splitter, splitterKey);
}

void LevelsPage::chooseTestAccount(TemplateEditorDialog* editor)
{
    if (!m_db)
        return;
    auto accounts = AccountRepository(*m_db).all();
    if (!accounts) {
        warn(tr("Test letter"), Status::failure(accounts.error()));
        return;
    }
    QStringList items;
    items.reserve(accounts->size());
    for (const Account& a : std::as_const(*accounts))
        items << tr("%1 — %2").arg(a.ref, a.name);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(editor, tr("Test letter"),
                              tr("The letter of which account? It goes to the agency's address, "
                                 "not to the tenant."),
                              items, 0, true, &ok);
    const qsizetype index = items.indexOf(chosen);
    if (ok && index >= 0)
        sendTemplateTest(editor, accounts->at(index).id);
}

bool LevelsPage::sendTemplateTest(TemplateEditorDialog* editor, qint64 accountId)
{
    if (!m_db || !m_agencyMail || !editor || !editor->canSave())
        return false;
    const LetterTemplate letter = editor->letterTemplate();
    const int levelRow = m_levelModel->rowOfId(letter.levelId);
    if (levelRow < 0)
        return false;
    auto folder = std::make_shared<QTemporaryDir>();
    auto message = TestLetterMail::buildFor(*m_db, accountId, m_levelModel->levelAt(levelRow),
                                            letter, QDate::currentDate(), folder->path());
    if (!message) {
        warn(tr("Test letter"), Status::failure(message.error()));
        return false;
    }
    return m_agencyMail->send(*message, folder);
}
