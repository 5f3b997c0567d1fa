#include "DebtorFilterBar.h"

#include "AsOfDateEdit.h"
#include "DebtorFilterProxy.h"
#include "common/FilterChip.h"
#include "common/ListWidgets.h"
#include "money/Money.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

// The texts were the Debtors page's before the page was split: they keep its
// translation context, and with it their French.

DebtorFilterBar::DebtorFilterBar(DebtorFilterProxy* proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
{
    setObjectName(QStringLiteral("debtorFilterBar"));
    m_date = new AsOfDateEdit(this);
    m_asOfLabel = new QLabel(QCoreApplication::translate("DebtorsPage", "As of:"), this);
    m_asOfLabel->setBuddy(m_date);
    m_refresh = new QPushButton(QCoreApplication::translate("DebtorsPage", "&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshDebtors"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(
        QCoreApplication::translate("DebtorsPage", "Read the debtors again (F5)"));

    // Ctrl+F reaches the search box from anywhere in the page.
    m_search = ListWidgets::searchBox(
        parent ? parent : this, QStringLiteral("debtorSearch"),
        QCoreApplication::translate("DebtorsPage", "Search debtors"),
        QCoreApplication::translate("DebtorsPage", "Search ref, name, property, e-mail… (Ctrl+F)"));

    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("debtorShow"));
    m_show->setAccessibleName(QCoreApplication::translate("DebtorsPage", "Show"));
    m_show->addItem(QCoreApplication::translate("DebtorsPage", "All debtors"),
                    int(DebtorFilterProxy::Show::All));
    m_show->addItem(QCoreApplication::translate("DebtorsPage", "To remind"),
                    int(DebtorFilterProxy::Show::ToRemind));
    m_show->addItem(QCoreApplication::translate("DebtorsPage", "Skipped"),
                    int(DebtorFilterProxy::Show::Skipped));
    m_show->addItem(QCoreApplication::translate("DebtorsPage", "Payment plans"),
                    int(DebtorFilterProxy::Show::WithPaymentPlan));
    m_show->addItem(QCoreApplication::translate("DebtorsPage", "Plans late or broken"),
                    int(DebtorFilterProxy::Show::PaymentPlanTrouble));
    m_show->setToolTip(QCoreApplication::translate(
        "DebtorsPage", "Payment plans: the debtors with a payment plan; late or broken: those "
                       "whose plan is no longer kept"));

    m_level = new QComboBox(this);
    // Long level names would take the search box's room: the list shows them whole.
    m_level->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_level->setMinimumContentsLength(12);
    m_level->setObjectName(QStringLiteral("debtorLevel"));
    m_level->setAccessibleName(QCoreApplication::translate("DebtorsPage", "Level"));

    m_minimum = new QLineEdit(this);
    m_minimum->setObjectName(QStringLiteral("debtorMinimum"));
    m_minimum->setAccessibleName(QCoreApplication::translate("DebtorsPage", "Minimum overdue"));
    m_minimum->setPlaceholderText(QCoreApplication::translate("DebtorsPage", "Minimum overdue"));
    m_minimum->setMaximumWidth(140);

    m_dateProblem = new QLabel(this);
    m_dateProblem->setObjectName(QStringLiteral("asOfDateProblem"));
    m_dateProblem->setWordWrap(true);
    m_dateProblem->setTextFormat(Qt::PlainText);
    m_dateProblem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_dateProblem->hide();

    m_ageChip = new FilterChip(QStringLiteral("debtorAgeFilter"), this);
    m_lastLevelChip = new FilterChip(QStringLiteral("debtorLastLevelFilter"), this);
    auto* chips = new QHBoxLayout;
    chips->addWidget(m_ageChip);
    chips->addWidget(m_lastLevelChip);
    chips->addStretch(1);

    m_first = new QHBoxLayout;
    m_second = new QHBoxLayout;
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_first);
    layout->addLayout(m_second);
    layout->addLayout(chips);
    layout->addWidget(m_dateProblem);
    arrange(false);

    connect(m_refresh, &QPushButton::clicked, this, &DebtorFilterBar::refreshRequested);
    connect(m_date, &AsOfDateEdit::dateChanged, this, &DebtorFilterBar::asOfChanged);
    connect(m_date, &AsOfDateEdit::problemChanged, this, [this](const QString& problem) {
        m_dateProblem->setText(problem);
        m_dateProblem->setVisible(!problem.isEmpty());
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &DebtorFilterProxy::setSearchText);
    connect(m_show, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setShow(DebtorFilterProxy::Show(m_show->currentData().toInt())); });
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLevel(m_level->currentData().toInt()); });
    connect(m_minimum, &QLineEdit::textChanged, this, [this](const QString& text) {
        const auto amount = Money::parse(text);
        m_minimum->setStyleSheet(text.isEmpty() || amount ? QString()
                                                          : QStringLiteral("color: #b00020;"));
        m_proxy->setMinimumOverdueCents(amount ? amount->cents() : 0);
    });
    connect(m_ageChip, &FilterChip::removed, this, [this] { m_proxy->setAgeBucket(std::nullopt); });
    connect(m_lastLevelChip, &FilterChip::removed, this, [this] { m_proxy->setLastLevel(0); });
}

void DebtorFilterBar::clearFilters()
{
    m_search->clear();
    m_show->setCurrentIndex(0);
    m_level->setCurrentIndex(0);
    m_minimum->clear();
    setAgeBucket(std::nullopt);
    setLastLevel(0);
}

void DebtorFilterBar::setShow(DebtorFilterProxy::Show show)
{
    m_show->setCurrentIndex(std::max(0, m_show->findData(int(show))));
}

QString DebtorFilterBar::ageBucketText(AgeBucket bucket)
{
    const std::optional<int> max = AgeBuckets::maxDays(bucket);
    if (!max)
        return QCoreApplication::translate("DebtorsPage", "Over %1 days in arrears")
            .arg(AgeBuckets::minDays(bucket) - 1);
    return QCoreApplication::translate("DebtorsPage", "%1–%2 days in arrears")
        .arg(AgeBuckets::minDays(bucket))
        .arg(*max);
}

void DebtorFilterBar::setAgeBucket(std::optional<AgeBucket> bucket)
{
    m_proxy->setAgeBucket(bucket);
    m_ageChip->setText(bucket ? ageBucketText(*bucket) : QString());
}

void DebtorFilterBar::setLastLevel(int level, const QString& name)
{
    m_proxy->setLastLevel(level);
    m_lastLevelChip->setText(
        level <= 0
            ? QString()
            : QCoreApplication::translate("DebtorsPage", "Last reminder: %1")
                  .arg(name.isEmpty()
                           ? QCoreApplication::translate("DebtorsPage", "level %1").arg(level)
                           : name));
}

QStringList DebtorFilterBar::chipTexts() const
{
    QStringList out;
    for (const FilterChip* chip : {m_ageChip, m_lastLevelChip})
        if (!chip->isHidden())
            out << chip->text();
    return out;
}

QDate DebtorFilterBar::asOf() const
{
    return m_date->date();
}

void DebtorFilterBar::setAsOf(QDate date)
{
    m_date->setDate(date);
}

QString DebtorFilterBar::dateProblem() const
{
    return m_date->problem();
}

void DebtorFilterBar::setDateEnabled(bool enabled)
{
    m_date->setEnabled(enabled);
}

void DebtorFilterBar::setLevels(const QMap<int, QString>& levels)
{
    const int chosen = m_level->currentData().toInt();
    {
        const QSignalBlocker block(m_level);
        m_level->clear();
        m_level->addItem(QCoreApplication::translate("DebtorsPage", "Any level"), 0);
        for (auto it = levels.cbegin(); it != levels.cend(); ++it)
            m_level->addItem(QCoreApplication::translate("DebtorsPage", "Level %1: %2")
                                 .arg(it.key())
                                 .arg(it.value()),
                             it.key());
        m_level->setCurrentIndex(std::max(0, m_level->findData(chosen)));
    }
    m_proxy->setLevel(m_level->currentData().toInt());
}

int DebtorFilterBar::oneRowWidth() const
{
    // Everything at its natural width, and the search box room for a name
    // and a town.
    int width = 12 + m_search->fontMetrics().averageCharWidth() * 36;
    for (const QWidget* w :
         {static_cast<const QWidget*>(m_asOfLabel), static_cast<const QWidget*>(m_date),
          static_cast<const QWidget*>(m_refresh), static_cast<const QWidget*>(m_show),
          static_cast<const QWidget*>(m_level), static_cast<const QWidget*>(m_minimum)})
        width += w->sizeHint().width() + std::max(0, m_first->spacing());
    return width;
}

void DebtorFilterBar::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    arrange(width() < oneRowWidth());
}

void DebtorFilterBar::arrange(bool twoRows)
{
    if (twoRows == m_twoRows)
        return;
    m_twoRows = twoRows;
    for (QHBoxLayout* row : {m_first, m_second})
        while (QLayoutItem* item = row->takeAt(0))
            delete item; // a spacing, or the item of a widget (the widget stays)
    m_first->addWidget(m_asOfLabel);
    m_first->addWidget(m_date);
    m_first->addWidget(m_refresh);
    QHBoxLayout* filters = m_first;
    if (twoRows) {
        m_first->addStretch(1);
        filters = m_second;
    } else {
        m_first->addSpacing(12);
    }
    filters->addWidget(m_search, 1);
    filters->addWidget(m_show);
    filters->addWidget(m_level);
    filters->addWidget(m_minimum);
}
