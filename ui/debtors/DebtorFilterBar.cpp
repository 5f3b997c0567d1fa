#include "DebtorFilterBar.h"

#include "AsOfDateEdit.h"
#include "DebtorFilterProxy.h"
#include "common/ListWidgets.h"
#include "money/Money.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

// The texts were the Debtors page's before the page was split: they keep its
// translation context, and with it their French.

DebtorFilterBar::DebtorFilterBar(DebtorFilterProxy* proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
{
    setObjectName(QStringLiteral("debtorFilterBar"));
    m_date = new AsOfDateEdit(this);
    auto* asOfLabel = new QLabel(QCoreApplication::translate("DebtorsPage", "As of:"), this);
    asOfLabel->setBuddy(m_date);
    auto* refresh = new QPushButton(QCoreApplication::translate("DebtorsPage", "&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshDebtors"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(QCoreApplication::translate("DebtorsPage", "Read the debtors again (F5)"));

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

    auto* row = new QHBoxLayout;
    row->addWidget(asOfLabel);
    row->addWidget(m_date);
    row->addWidget(refresh);
    row->addSpacing(12);
    row->addWidget(m_search, 1);
    row->addWidget(m_show);
    row->addWidget(m_level);
    row->addWidget(m_minimum);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_dateProblem);

    connect(refresh, &QPushButton::clicked, this, &DebtorFilterBar::refreshRequested);
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
