#include "LevelsPage.h"

#include "LevelPanel.h"
#include "ProgramBar.h"
#include "TemplatePanel.h"
#include "common/AgencyMail.h"
#include "common/MessageBox.h"
#include "common/ViewState.h"
#include "storage/Database.h"
#include "storage/ProgramRepository.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const auto levelHeaderKey = QLatin1String("levels/levelHeaderState");
const auto templateHeaderKey = QLatin1String("levels/templateHeaderState");
const auto splitterKey = QLatin1String("levels/splitterState");
} // namespace

LevelsPage::LevelsPage(QWidget* parent)
    : QWidget(parent)
    , m_programBar(new ProgramBar(this))
    , m_levelPanel(new LevelPanel(this))
    , m_templatePanel(new TemplatePanel(this))
{
    connect(m_programBar, &ProgramBar::programChosen, this, &LevelsPage::showProgram);
    connect(m_programBar, &ProgramBar::changed, this, [this](qint64 id) {
        changedBy([this, id] {
            if (id)
                selectProgram(id);
        });
    });
    connect(m_levelPanel, &LevelPanel::levelChosen, this, &LevelsPage::showTemplates);
    connect(m_levelPanel, &LevelPanel::changed, this, [this](qint64 id) {
        changedBy([this, id] {
            if (id)
                selectLevel(id);
        });
    });
    connect(m_templatePanel, &TemplatePanel::changed, this, &LevelsPage::configurationChanged);

    // One width for both button columns, so the two tables line up.
    int buttonWidth = 0;
    const QList<QPushButton*> sideButtons =
        m_levelPanel->sideButtons() + m_templatePanel->sideButtons();
    for (QPushButton* b : sideButtons)
        buttonWidth = qMax(buttonWidth, b->sizeHint().width());
    for (QPushButton* b : sideButtons)
        b->setMinimumWidth(buttonWidth);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("levelsSplitter"));
    m_splitter->addWidget(m_levelPanel);
    m_splitter->addWidget(m_templatePanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_programBar);
    layout->addWidget(m_splitter, 1);

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
    m_programBar->setDatabase(db);
    m_levelPanel->setDatabase(db);
    m_templatePanel->setDatabase(db, m_agencyMail);
    reloadOrWarn();
}

void LevelsPage::reloadOrWarn()
{
    if (Status s = reload(); !s)
        MessageBox::warning(this, tr("Levels & templates"), s.error());
}

Status LevelsPage::reload()
{
    const qint64 level = currentLevelId();
    const qint64 letter = currentTemplateId();
    QList<Program> programs;
    Status status;
    if (m_db) {
        if (auto all = ProgramRepository(*m_db).all())
            programs = std::move(all.value());
        else
            status = Status::failure(all.error());
    }
    m_programBar->setPrograms(std::move(programs));
    showProgram();
    if (level)
        selectLevel(level);
    if (letter)
        selectTemplate(letter);
    return status;
}

void LevelsPage::changedBy(const std::function<void()>& select)
{
    reloadOrWarn();
    select();
    emit configurationChanged();
}

void LevelsPage::showProgram()
{
    m_levelPanel->setProgram(m_programBar->currentProgram());
    restoreViewState();
    showTemplates();
}

void LevelsPage::showTemplates()
{
    m_templatePanel->setLevel(m_levelPanel->currentLevel());
    m_levelPanel->updateButtons();
}

QComboBox* LevelsPage::programChoice() const
{
    return m_programBar->programChoice();
}

QTableView* LevelsPage::levelTable() const
{
    return m_levelPanel->table();
}

QTableView* LevelsPage::templateTable() const
{
    return m_templatePanel->table();
}

LevelTableModel* LevelsPage::levelModel() const
{
    return m_levelPanel->model();
}

TemplateListModel* LevelsPage::templateModel() const
{
    return m_templatePanel->model();
}

QSortFilterProxyModel* LevelsPage::levelProxy() const
{
    return m_levelPanel->proxy();
}

LevelDialog* LevelsPage::openLevelDialog() const
{
    return m_levelPanel->openLevelDialog();
}

TemplateEditorDialog* LevelsPage::openTemplateEditor() const
{
    return m_templatePanel->openTemplateEditor();
}

void LevelsPage::setToday(QDate today)
{
    m_levelPanel->setToday(today);
}

qint64 LevelsPage::currentProgramId() const
{
    return m_programBar->currentProgramId();
}

qint64 LevelsPage::currentLevelId() const
{
    return m_levelPanel->currentLevelId();
}

qint64 LevelsPage::currentTemplateId() const
{
    return m_templatePanel->currentTemplateId();
}

void LevelsPage::selectProgram(qint64 id)
{
    m_programBar->selectProgram(id);
}

void LevelsPage::selectLevel(qint64 id)
{
    m_levelPanel->selectLevel(id);
}

void LevelsPage::selectTemplate(qint64 id)
{
    m_templatePanel->selectTemplate(id);
}

bool LevelsPage::sendTemplateTest(TemplateEditorDialog* editor, qint64 accountId)
{
    return m_templatePanel->sendTemplateTest(editor, accountId);
}

void LevelsPage::newProgram()
{
    m_programBar->newProgram();
}

void LevelsPage::renameProgram()
{
    m_programBar->renameProgram();
}

void LevelsPage::removeProgram()
{
    m_programBar->removeProgram();
}

void LevelsPage::makeProgramGlobal()
{
    m_programBar->makeProgramGlobal();
}

void LevelsPage::newLevel()
{
    m_levelPanel->newLevel();
}

void LevelsPage::editCurrentLevel()
{
    m_levelPanel->editCurrentLevel();
}

void LevelsPage::removeCurrentLevel()
{
    m_levelPanel->removeCurrentLevel();
}

void LevelsPage::editLevel(qint64 id)
{
    m_levelPanel->editLevel(id);
}

void LevelsPage::moveCurrentLevel(int delta)
{
    m_levelPanel->moveCurrentLevel(delta);
}

void LevelsPage::newTemplate()
{
    m_templatePanel->newTemplate();
}

void LevelsPage::editCurrentTemplate()
{
    m_templatePanel->editCurrentTemplate();
}

void LevelsPage::duplicateCurrentTemplate()
{
    m_templatePanel->duplicateCurrentTemplate();
}

void LevelsPage::removeCurrentTemplate()
{
    m_templatePanel->removeCurrentTemplate();
}

void LevelsPage::setCurrentTemplateDefault()
{
    m_templatePanel->setCurrentTemplateDefault();
}

void LevelsPage::saveViewState() const
{
    ViewState::save(levelTable()->horizontalHeader(), levelHeaderKey);
    ViewState::save(templateTable()->horizontalHeader(), templateHeaderKey);
    ViewState::save(m_splitter, splitterKey);
}

void LevelsPage::restoreViewState()
{
    ViewState::restore(levelTable()->horizontalHeader(), levelHeaderKey);
    ViewState::restore(templateTable()->horizontalHeader(), templateHeaderKey);
    ViewState::restore(m_splitter, splitterKey);
}
