#include "AsOfDateEdit.h"

#include <QLineEdit>

AsOfDateEdit::AsOfDateEdit(QWidget* parent)
    : QDateEdit(QDate::currentDate(), parent)
{
    setObjectName(QStringLiteral("asOfDate"));
    setAccessibleName(tr("As of"));
    setCalendarPopup(true);
    setKeyboardTracking(false);
    connect(lineEdit(), &QLineEdit::textEdited, this, [this](const QString& typed) {
        m_typed = typed;
        m_edited = true;
    });
    connect(this, &QDateEdit::editingFinished, this, &AsOfDateEdit::checkTyped);
}

void AsOfDateEdit::checkTyped()
{
    // QDateEdit puts the last valid date back without a word when the text
    // typed is not a date: the user would believe the list is as of it.
    QString problem;
    QString typed = m_typed;
    int position = 0;
    if (m_edited && typed != text() && validate(typed, position) != QValidator::Acceptable)
        problem = tr("What was typed in “As of” is not a date (type it like %1): the list stays "
                     "as of %2.")
                      .arg(QDate::currentDate().toString(displayFormat()), text());
    m_edited = false;
    m_typed.clear();
    if (problem != m_problem) {
        m_problem = problem;
        emit problemChanged(problem);
    }
}
