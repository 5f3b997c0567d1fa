#include "ProgramBar.h"

// Its texts keep the translation context of the page they were written for
// (LevelsPage) when it was split along its seams, so that their translations
// still apply (update-translations drops contexts that disappear).

#include "PanelButtons.h"
#include "common/MessageBox.h"
#include "reminders/DefaultProgram.h"
#include "reminders/ProgramEditor.h"
#include "storage/Database.h"
#include "storage/ProgramCopy.h"
#include "storage/ProgramRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>

ProgramBar::ProgramBar(QWidget* parent)
    : QWidget(parent)
{
    m_programs = new QComboBox(this);
    m_programs->setObjectName(QStringLiteral("programChoice"));
    m_programs->setAccessibleName(QCoreApplication::translate("LevelsPage", "Reminder program"));
    m_programs->setMinimumContentsLength(20);
    m_programs->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_programNote = new QLabel(this);
    m_programNote->setObjectName(QStringLiteral("programNote"));
    m_programNote->setForegroundRole(QPalette::PlaceholderText);
    // Wrapped, so the sentence never sets the window's minimum width.
    m_programNote->setWordWrap(true);
    m_newProgram = PanelButtons::button(
        this, QCoreApplication::translate("LevelsPage", "New program…"),
        QStringLiteral("newProgram"),
        QCoreApplication::translate("LevelsPage",
                                    "Create a custom program, starting as a copy of this one"));
    m_renameProgram = PanelButtons::button(
        this, QCoreApplication::translate("LevelsPage", "Rename…"), QStringLiteral("renameProgram"),
        QCoreApplication::translate("LevelsPage", "Rename this program"));
    m_removeProgram = PanelButtons::button(
        this, QCoreApplication::translate("LevelsPage", "Remove…"), QStringLiteral("removeProgram"),
        QCoreApplication::translate("LevelsPage", "Remove this custom program"));
    m_globalProgram = PanelButtons::button(
        this, QCoreApplication::translate("LevelsPage", "Make global"),
        QStringLiteral("makeGlobal"),
        QCoreApplication::translate("LevelsPage",
                                    "Make this the program every account follows by default"));
    auto* programLabel = new QLabel(QCoreApplication::translate("LevelsPage", "&Program:"), this);
    programLabel->setBuddy(m_programs);
    connect(m_programs, &QComboBox::currentIndexChanged, this, [this] {
        showNote();
        updateButtons();
        emit programChosen();
    });
    connect(m_newProgram, &QPushButton::clicked, this, &ProgramBar::newProgram);
    connect(m_renameProgram, &QPushButton::clicked, this, &ProgramBar::renameProgram);
    connect(m_removeProgram, &QPushButton::clicked, this, &ProgramBar::removeProgram);
    connect(m_globalProgram, &QPushButton::clicked, this, &ProgramBar::makeProgramGlobal);

    auto* programRow = new QHBoxLayout(this);
    programRow->setContentsMargins(0, 0, 0, 0);
    programRow->addWidget(programLabel);
    programRow->addWidget(m_programs);
    programRow->addWidget(m_programNote, 1);
    programRow->addWidget(m_newProgram);
    programRow->addWidget(m_renameProgram);
    programRow->addWidget(m_removeProgram);
    programRow->addWidget(m_globalProgram);
    updateButtons();
}

void ProgramBar::setPrograms(QList<Program> programs)
{
    const qint64 shown = currentProgramId();
    m_programList = std::move(programs);
    {
        const QSignalBlocker block(m_programs);
        m_programs->clear();
        for (const Program& p : std::as_const(m_programList))
            m_programs->addItem(p.isGlobal
                                    ? QCoreApplication::translate("LevelsPage", "%1 (global)")
                                          .arg(DefaultProgram::displayName(p.name))
                                    : p.name,
                                p.id);
        m_programs->setCurrentIndex(m_programs->count() > 0 ? 0 : -1);
        if (shown)
            selectProgram(shown);
    }
    showNote();
    updateButtons();
}

const Program* ProgramBar::currentProgram() const
{
    const qint64 id = currentProgramId();
    for (const Program& p : m_programList)
        if (p.id == id)
            return &p;
    return nullptr;
}

qint64 ProgramBar::currentProgramId() const
{
    return m_programs->currentData().toLongLong();
}

void ProgramBar::selectProgram(qint64 id)
{
    const int index = m_programs->findData(id);
    if (index >= 0)
        m_programs->setCurrentIndex(index);
}

void ProgramBar::showNote()
{
    const Program* p = currentProgram();
    if (p)
        m_programNote->setText(
            p->isGlobal
                ? QCoreApplication::translate("LevelsPage",
                                              "Accounts follow this program unless their form "
                                              "names a custom one.")
                : QCoreApplication::translate("LevelsPage",
                                              "A custom program: accounts whose form names it "
                                              "follow it."));
    else
        m_programNote->setText(m_db ? QCoreApplication::translate("LevelsPage", "No program yet.")
                                    : QString());
}

void ProgramBar::updateButtons()
{
    const Program* p = currentProgram();
    m_newProgram->setEnabled(m_db && p);
    m_renameProgram->setEnabled(p);
    m_removeProgram->setEnabled(p && !p->isGlobal);
    m_globalProgram->setEnabled(p && !p->isGlobal);
}

void ProgramBar::warn(const QString& title, const Status& status)
{
    MessageBox::warning(this, title, status.error());
}

void ProgramBar::askProgramName(const QString& title, const QString& label, const QString& initial,
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

void ProgramBar::newProgram()
{
    const Program* p = currentProgram();
    if (!m_db || !p)
        return;
    const qint64 sourceId = p->id;
    askProgramName(QCoreApplication::translate("LevelsPage", "New program"),
                   QCoreApplication::translate(
                       "LevelsPage",
                       "Name of the new program (it starts as a copy of “%1”, with its letters):")
                       .arg(p->name),
                   QString(), [this, sourceId](const QString& name) {
                       auto id = ProgramCopy::copy(*m_db, sourceId, name);
                       if (!id) {
                           warn(QCoreApplication::translate("LevelsPage", "New program"),
                                Status::failure(id.error()));
                           return;
                       }
                       emit changed(*id);
                   });
}

void ProgramBar::renameProgram()
{
    const Program* p = currentProgram();
    if (!m_db || !p)
        return;
    const qint64 id = p->id;
    askProgramName(QCoreApplication::translate("LevelsPage", "Rename program"),
                   QCoreApplication::translate("LevelsPage", "New name of “%1”:").arg(p->name),
                   p->name, [this, id](const QString& name) {
                       if (Status s = ProgramEditor(*m_db).renameProgram(id, name); !s) {
                           warn(QCoreApplication::translate("LevelsPage", "Rename program"), s);
                           return;
                       }
                       emit changed(id);
                   });
}

void ProgramBar::removeProgram()
{
    const Program* p = currentProgram();
    if (!m_db || !p || p->isGlobal)
        return;
    const qint64 id = p->id;
    if (MessageBox::question(
            this, QCoreApplication::translate("LevelsPage", "Remove program"),
            QCoreApplication::translate(
                "LevelsPage", "Remove the program “%1”, its levels and their letter templates?\n\n"
                              "Accounts that follow it go back to the global program. Reminders "
                              "already issued stay in the history.")
                .arg(p->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status s = ProgramRepository(*m_db).remove(id); !s) {
        warn(QCoreApplication::translate("LevelsPage", "Remove program"), s);
        return;
    }
    emit changed(0);
}

void ProgramBar::makeProgramGlobal()
{
    const Program* p = currentProgram();
    if (!m_db || !p || p->isGlobal)
        return;
    const qint64 id = p->id;
    if (MessageBox::question(
            this, QCoreApplication::translate("LevelsPage", "Make global"),
            QCoreApplication::translate(
                "LevelsPage", "Make “%1” the global program?\n\nEvery account that does not name "
                              "a custom program will follow it from the next run.")
                .arg(p->name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status s = ProgramRepository(*m_db).setGlobal(id); !s) {
        warn(QCoreApplication::translate("LevelsPage", "Make global"), s);
        return;
    }
    emit changed(id);
}
