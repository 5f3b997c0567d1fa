#pragma once

#include <QMessageBox>
#include <QString>

// Every question or message the application shows goes through here, so that
// tests can answer a question in advance (setNextAnswer) instead of a human,
// and check what the user would have read (lastText).
class MessageBox
{
public:
    static QMessageBox::StandardButton
    question(QWidget* parent, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);

    // Tests: the next message box is not shown and returns `answer`
    // (messages without a choice are simply not shown).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last message box asked or shown (for tests).
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent,
                                            const QString& title, const QString& text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};
