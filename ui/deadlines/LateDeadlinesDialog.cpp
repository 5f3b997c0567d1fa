#include "LateDeadlinesDialog.h"

#include "DeadlineTableModel.h"
#include "common/ListWidgets.h"
#include "common/ViewState.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

LateDeadlinesDialog::LateDeadlinesDialog(const DeadlineReport& report, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("lateDeadlinesDialog"));
    setWindowTitle(tr("Late deadlines"));
    QList<AccountDeadline> late;
    for (const AccountDeadline& d : report.deadlines)
        if (d.deadline.status == DeadlineStatus::Late)
            late.append(d);

    auto* intro = new QLabel(
        tr("%n deadline(s) passed on %1 without the step being recorded. Act on them, or record "
           "what was done in the account's case file.",
           nullptr, int(late.size()))
            .arg(QLocale().toString(report.asOf, QLocale::LongFormat)),
        this);
    intro->setObjectName(QStringLiteral("lateDeadlinesIntro"));
    intro->setWordWrap(true);

    m_model = new DeadlineTableModel(this);
    m_model->setDeadlines(std::move(late), report.asOf);
    m_table = ListWidgets::table(this, QStringLiteral("lateDeadlines"), tr("Late deadlines"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false); // by due date: the oldest first
    m_table->setColumnHidden(DeadlineTableModel::StatusColumn, true); // all late
    m_table->horizontalHeader()->setResizeContentsPrecision(50);
    m_table->resizeColumnsToContents();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* show =
        buttons->addButton(tr("Show the &Deadlines screen"), QDialogButtonBox::AcceptRole);
    show->setObjectName(QStringLiteral("showDeadlines"));
    show->setDefault(true);
    connect(show, &QPushButton::clicked, this, [this] {
        emit showDeadlinesRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    ViewState::remember(this, QStringLiteral("deadlines/lateDialog"), QSize(820, 420));
}
