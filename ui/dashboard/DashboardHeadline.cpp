#include "DashboardHeadline.h"

#include "reports/RecoveryFigures.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace {

// More arrears are bad news: red; fewer, good news: green.
const auto worse = QStringLiteral("QLabel { color: #b00020; }");
const auto better = QStringLiteral("QLabel { color: #1b7a3a; }");

QLabel* figure(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    label->setFont(big);
    return label;
}

QLabel* change(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPushButton* watchButton(QWidget* parent, const char* name, const QString& tip)
{
    auto* button = new QPushButton(parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setToolTip(tip);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

// The arrow and the sign say the direction without the colour.
void showChange(QLabel* label, qint64 delta, const QString& amount, const QString& since)
{
    if (delta == 0) {
        label->setText(DashboardHeadline::tr("No change since %1").arg(since));
        label->setStyleSheet(QString());
        return;
    }
    label->setText(delta > 0 ? DashboardHeadline::tr("▲ +%1 since %2").arg(amount, since)
                             : DashboardHeadline::tr("▼ −%1 since %2").arg(amount, since));
    label->setStyleSheet(delta > 0 ? worse : better);
}

} // namespace

DashboardHeadline::DashboardHeadline(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardHeadline"));
    m_totalCaption = new QLabel(tr("Total overdue"), this);
    m_total = figure(this, "dashboardTotal");
    m_total->setAccessibleName(tr("Total overdue"));
    m_totalChange = change(this, "dashboardTotalChange");
    m_totalChange->setAccessibleName(tr("Change of the total overdue from a month ago"));
    auto* debtorsCaption = new QLabel(tr("Debtors"), this);
    m_debtors = figure(this, "dashboardDebtors");
    m_debtors->setAccessibleName(tr("Debtors"));
    m_debtorsChange = change(this, "dashboardDebtorsChange");
    m_debtorsChange->setAccessibleName(tr("Change of the number of debtors from a month ago"));

    m_deadlines = watchButton(this, "dashboardLateDeadlines",
                              tr("Show the deadlines on the Deadlines screen"));
    m_latePlans = watchButton(this, "dashboardLatePlans",
                              tr("Show the debtors whose payment plan is late or broken"));
    m_brokenPlans = watchButton(this, "dashboardBrokenPlans",
                                tr("Show the debtors whose payment plan is late or broken"));

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->addWidget(m_totalCaption, 0, 0);
    grid->addWidget(m_total, 1, 0);
    grid->addWidget(m_totalChange, 2, 0);
    grid->addWidget(debtorsCaption, 0, 1);
    grid->addWidget(m_debtors, 1, 1);
    grid->addWidget(m_debtorsChange, 2, 1);
    auto* watch = new QVBoxLayout;
    watch->addWidget(m_deadlines);
    watch->addWidget(m_latePlans);
    watch->addWidget(m_brokenPlans);
    watch->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addLayout(watch);

    connect(m_deadlines, &QPushButton::clicked, this, &DashboardHeadline::deadlinesRequested);
    connect(m_latePlans, &QPushButton::clicked, this, &DashboardHeadline::plansRequested);
    connect(m_brokenPlans, &QPushButton::clicked, this, &DashboardHeadline::plansRequested);
    clear();
}

void DashboardHeadline::clear()
{
    m_totalCaption->setText(tr("Total overdue"));
    m_total->setText(QStringLiteral("—"));
    m_debtors->setText(QStringLiteral("—"));
    m_totalChange->clear();
    m_debtorsChange->clear();
    m_deadlines->setText(tr("Late deadlines"));
    m_latePlans->setText(tr("Late payment plans"));
    m_brokenPlans->setText(tr("Broken payment plans"));
    for (QPushButton* b : {m_deadlines, m_latePlans, m_brokenPlans})
        b->setEnabled(false);
}

void DashboardHeadline::setFigures(const RecoveryFigures& f)
{
    const QLocale locale;
    const QString since = locale.toString(f.monthAgo, QLocale::ShortFormat);
    m_totalCaption->setText(
        tr("Total overdue on %1").arg(locale.toString(f.asOf, QLocale::ShortFormat)));
    m_total->setText(f.totalOverdue.toLocaleString(locale));
    m_debtors->setText(locale.toString(f.debtors));
    const Money delta = f.totalOverdue - f.totalOverdueMonthAgo;
    showChange(m_totalChange, delta.cents(),
               (delta.isNegative() ? -delta : delta).toLocaleString(locale), since);
    const int count = f.debtors - f.debtorsMonthAgo;
    showChange(m_debtorsChange, count, locale.toString(std::abs(count)), since);
    m_totalChange->setToolTip(
        tr("%1 overdue on %2").arg(f.totalOverdueMonthAgo.toLocaleString(locale), since));
    m_debtorsChange->setToolTip(tr("%n debtor(s) on %1", nullptr, f.debtorsMonthAgo).arg(since));

    m_deadlines->setText(tr("%n late deadline(s)", nullptr, f.lateDeadlines));
    m_latePlans->setText(tr("%n late payment plan(s)", nullptr, f.latePlans));
    m_brokenPlans->setText(tr("%n broken payment plan(s)", nullptr, f.brokenPlans));
    m_deadlines->setEnabled(true);
    m_latePlans->setEnabled(true);
    m_brokenPlans->setEnabled(true);
}

QString DashboardHeadline::totalText() const
{
    return m_total->text();
}

QString DashboardHeadline::debtorsText() const
{
    return m_debtors->text();
}

QString DashboardHeadline::totalChangeText() const
{
    return m_totalChange->text();
}

QString DashboardHeadline::debtorsChangeText() const
{
    return m_debtorsChange->text();
}
