#include "AsOfDateEdit.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QWidgetAction>

AsOfDateEdit::AsOfDateEdit(QWidget* parent)
    : QWidget(parent)
    , m_date(QDate::currentDate())
{
    setObjectName(QStringLiteral("asOfDate"));
    setAccessibleName(tr("As of"));
    // As QDateEdit shows dates: the locale's short format with the century.
    m_format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!m_format.contains(QLatin1String("yyyy")))
        m_format.replace(QLatin1String("yy"), QLatin1String("yyyy"));

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("asOfDateText"));
    m_text->setAccessibleName(tr("As of"));
    m_text->setText(m_date.toString(m_format));
    // As wide as a date, whatever room the row has.
    m_text->setFixedWidth(
        m_text->fontMetrics().horizontalAdvance(QDate(2026, 12, 28).toString(m_format)) + 16);
    m_text->installEventFilter(this);
    setFocusProxy(m_text);

    m_calendar = new QCalendarWidget;
    m_calendar->setObjectName(QStringLiteral("asOfCalendar"));
    m_calendar->setGridVisible(true);
    m_popup = new QMenu(this);
    auto* holder = new QWidgetAction(m_popup);
    holder->setDefaultWidget(m_calendar); // the action owns the calendar
    m_popup->addAction(holder);

    m_button = new QToolButton(this);
    m_button->setObjectName(QStringLiteral("asOfCalendarButton"));
    m_button->setArrowType(Qt::DownArrow);
    m_button->setAccessibleName(tr("Choose the date in a calendar"));
    m_button->setToolTip(tr("Choose the date in a calendar (Alt+Down)"));
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(m_popup);
    m_button->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_text);
    layout->addWidget(m_button);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    connect(m_popup, &QMenu::aboutToShow, this, [this] {
        m_calendar->setSelectedDate(m_date);
        m_calendar->setFocus();
    });
    connect(m_calendar, &QCalendarWidget::clicked, this, &AsOfDateEdit::pick);
    connect(m_calendar, &QCalendarWidget::activated, this, &AsOfDateEdit::pick);
    // Enter, or the focus going elsewhere.
    connect(m_text, &QLineEdit::editingFinished, this, &AsOfDateEdit::readTyped);
}

void AsOfDateEdit::setDate(QDate date)
{
    if (!date.isValid())
        return;
    m_text->setText(date.toString(m_format));
    if (date == m_date)
        return;
    m_date = date;
    emit dateChanged(date);
}

void AsOfDateEdit::pick(QDate date)
{
    m_popup->hide();
    setProblem({});
    setDate(date);
}

QDate AsOfDateEdit::parse(const QString& text) const
{
    // The format shown, the same with one-digit day and month, or ISO.
    QString loose = m_format;
    loose.replace(QLatin1String("dd"), QLatin1String("d"))
        .replace(QLatin1String("MM"), QLatin1String("M"));
    for (const QString& format : {m_format, loose, QStringLiteral("yyyy-MM-dd")}) {
        const QDate date = QLocale().toDate(text, format);
        if (date.isValid())
            return date;
    }
    return {};
}

void AsOfDateEdit::readTyped()
{
    const QString typed = m_text->text().trimmed();
    if (typed == m_date.toString(m_format)) {
        setProblem({});
        return;
    }
    const QDate date = parse(typed);
    if (!date.isValid()) {
        // The list is not as of what the user believes: say so, and show
        // the date it is as of.
        setProblem(tr("What was typed in “As of” is not a date (type it like %1): the list stays "
                      "as of %2.")
                       .arg(QDate::currentDate().toString(m_format), m_date.toString(m_format)));
        m_text->setText(m_date.toString(m_format));
        return;
    }
    setProblem({});
    setDate(date);
}

void AsOfDateEdit::setProblem(const QString& problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged(problem);
}

bool AsOfDateEdit::eventFilter(QObject* watched, QEvent* event)
{
    // The keys of a date field: Up and Down step a day, Alt+Down (or F4)
    // opens the calendar.
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) ||
            key->key() == Qt::Key_F4) {
            m_button->showMenu();
            return true;
        }
        if (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) {
            readTyped();
            setDate(m_date.addDays(key->key() == Qt::Key_Up ? 1 : -1));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
