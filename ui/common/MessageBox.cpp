#include "MessageBox.h"

#include <QAbstractButton>
#include <QQueue>

namespace {
QQueue<QMessageBox::StandardButton> s_answers;
bool s_nonInteractive = false;
QStringList s_log;
QStringList s_lastButtons;
} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title,
                                                 const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton
MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                     QMessageBox::StandardButtons buttons,
                     QMessageBox::StandardButton defaultButton,
                     const QMap<QMessageBox::StandardButton, QString>& labels)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton, labels);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_answers.enqueue(answer);
}

void MessageBox::setNonInteractive(bool on)
{
    s_nonInteractive = on;
}

QString MessageBox::lastText()
{
    return s_log.isEmpty() ? QString() : s_log.constLast();
}

QStringList MessageBox::lastButtonTexts()
{
    return s_lastButtons;
}

QStringList MessageBox::shownTexts()
{
    return s_log;
}

void MessageBox::clearLog()
{
    s_log.clear();
    s_lastButtons.clear();
    s_answers.clear();
}

QMessageBox::StandardButton
MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                 QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                 const QMap<QMessageBox::StandardButton, QString>& labels)
{
    s_log.append(text);
    if (!labels.isEmpty())
        s_lastButtons = labels.values();
    const bool hasChoice = icon == QMessageBox::Question;
    if (hasChoice && !s_answers.isEmpty())
        return s_answers.dequeue();
    if (s_nonInteractive)
        return hasChoice ? defaultButton : QMessageBox::Ok;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        if (QAbstractButton* button = box.button(it.key()))
            button->setText(it.value());
    box.setTextFormat(Qt::PlainText); // names come from imported files
    return static_cast<QMessageBox::StandardButton>(box.exec());
}
