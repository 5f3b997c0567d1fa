#pragma once

#include "reminders/Program.h"
#include "util/Result.h"

#include <QList>
#include <QWidget>

#include <functional>

class Database;
class QComboBox;
class QLabel;
class QPushButton;

// The top row of the Levels page: which reminder program is shown, and
// creating, renaming, removing a program or making it the global one.
class ProgramBar : public QWidget
{
    Q_OBJECT

public:
    explicit ProgramBar(QWidget* parent = nullptr);

    void setDatabase(const Database* db) { m_db = db; }
    // Lists `programs`, keeping the one shown when it is still there.
    void setPrograms(QList<Program> programs);
    const Program* currentProgram() const;
    qint64 currentProgramId() const;
    void selectProgram(qint64 id);
    QComboBox* programChoice() const { return m_programs; }
    void updateButtons();

public slots:
    void newProgram();
    void renameProgram();
    void removeProgram();
    void makeProgramGlobal();

signals:
    // Another program is shown.
    void programChosen();
    // A program was created, renamed, removed or made global; `selectId`
    // (when not 0) is the one to show after reading them again.
    void changed(qint64 selectId);

private:
    void askProgramName(const QString& title, const QString& label, const QString& initial,
                        const std::function<void(const QString&)>& done);
    void showNote();
    void warn(const QString& title, const Status& status);

    const Database* m_db = nullptr;
    QList<Program> m_programList;
    QComboBox* m_programs = nullptr;
    QLabel* m_programNote = nullptr;
    QPushButton* m_newProgram = nullptr;
    QPushButton* m_renameProgram = nullptr;
    QPushButton* m_removeProgram = nullptr;
    QPushButton* m_globalProgram = nullptr;
};
