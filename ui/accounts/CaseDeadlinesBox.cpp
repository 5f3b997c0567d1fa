#include "CaseDeadlinesBox.h"

#include "common/FieldErrors.h"
#include "recovery/RecoveryLabels.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPalette>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QLabel* line(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

} // namespace

CaseDeadlinesBox::CaseDeadlinesBox(QWidget* parent)
    : QGroupBox(tr("Deadlines"), parent)
{
    setObjectName(QStringLiteral("caseDeadlinesBox"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("caseDeadlines"));
    m_table->setAccessibleName(tr("Deadlines of the account"));
    m_table->setHorizontalHeaderLabels({tr("To do"), tr("Since"), tr("Due"), tr("Status now")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    m_table->hide();

    m_empty = line(this, QStringLiteral("caseNoDeadline"));
    m_ccapex = line(this, QStringLiteral("caseCcapex"));
    m_ccapex->setToolTip(RecoveryLabels::ccapexHelp());
    m_clause = line(this, QStringLiteral("caseClauseEffective"));
    m_clause->setToolTip(
        tr("After the commandement de payer, the lease ends on this day if the debt is still "
           "unpaid: 6 weeks for leases from 29/07/2023 (loi 2023-668), 2 months for older ones, "
           "1 month for commercial and professional leases (C. com. L.145-41)."));
    m_prescriptions = line(this, QStringLiteral("casePrescriptions"));
    m_prescriptions->setToolTip(
        tr("An unpaid item can no longer be claimed from this day on: 3 years for homes (loi "
           "89-462 art. 7-1), 5 years for other leases (C. civ. 2224); a debt acknowledgment "
           "restarts the count (C. civ. 2240)."));
    m_error = FormParts::errorLabel(this, QStringLiteral("caseDeadlinesError"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_empty);
    layout->addWidget(m_ccapex);
    layout->addWidget(m_clause);
    layout->addWidget(m_prescriptions);
    layout->addWidget(m_error);
}

void CaseDeadlinesBox::setView(const RecoveryView& view, QDate asOf)
{
    m_error->hide();
    m_table->setRowCount(0);
    for (const Deadline& d : view.deadlines) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QString tip =
            tr("%1\nSource: %2").arg(RecoveryLabels::deadlineHelp(d.kind), d.source);
        const QString texts[ColumnCount] = {RecoveryLabels::deadline(d.kind), shortDate(d.since),
                                            shortDate(d.due), RecoveryLabels::status(d.status)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(texts[column]);
            item->setToolTip(tip);
            item->setData(Qt::UserRole, DeadlineKeys::toKey(d.status));
            if (d.status == DeadlineStatus::Late) {
                // Late is what must catch the eye.
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setForeground(QColor(Qt::red).darker(130));
            } else if (d.status == DeadlineStatus::Done) {
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            }
            m_table->setItem(row, column, item);
        }
    }
    m_table->setCurrentItem(nullptr); // nothing looks chosen: it is a list to read
    m_table->setVisible(!view.deadlines.isEmpty());
    m_table->resizeColumnsToContents();
    // Every row in sight up to a few; the timeline below takes the rest.
    const int rows = qMin(m_table->rowCount(), 5);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                            rows * m_table->verticalHeader()->defaultSectionSize() +
                            2 * m_table->frameWidth());
    m_table->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::Stretch);
    m_empty->setText(tr("No deadline to keep as of %1.").arg(shortDate(asOf)));
    m_empty->setVisible(view.deadlines.isEmpty());

    if (view.ccapex) {
        QString text = tr("%1: to be reported by the commissaire de justice (since %2)")
                           .arg(RecoveryLabels::ccapex(), shortDate(view.ccapex->since));
        if (view.ccapex->approximate)
            text += u' ' + tr("(rent without charges unknown: rent with charges used)");
        m_ccapex->setText(text);
    }
    m_ccapex->setVisible(view.ccapex.has_value());

    m_clause->setText(tr("Resolutory clause effective on %1").arg(shortDate(view.clauseEffective)));
    m_clause->setVisible(view.clauseEffective.isValid());

    QStringList near;
    for (const ItemPrescription& p : view.prescriptions)
        if (p.near)
            near << tr("%1 prescribed on %2").arg(p.entryRef, shortDate(p.prescribedOn));
    m_prescriptions->setText(
        tr("%1: %2").arg(RecoveryLabels::prescriptionNear(), near.join(QStringLiteral("; "))));
    m_prescriptions->setVisible(!near.isEmpty());
}

void CaseDeadlinesBox::setError(const QString& error)
{
    m_table->setRowCount(0);
    m_table->hide();
    m_empty->hide();
    m_ccapex->hide();
    m_clause->hide();
    m_prescriptions->hide();
    m_error->setText(error);
    m_error->show();
}
