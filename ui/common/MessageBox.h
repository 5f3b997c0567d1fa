#pragma once

#include <QMap>
#include <QMessageBox>
#include <QString>
#include <QStringList>

// Every question or message the application shows goes through here, so that
// tests can answer questions in advance (setNextAnswer) instead of a human,
// and check what the user would have read (lastText, shownTexts).
class MessageBox
{
public:
    static QMessageBox::StandardButton
    question(QWidget* parent, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    // The same with buttons named for what they do (« Les inclure »,
    // « Ignorer ceux-là et continuer ») instead of Yes/No: `labels` gives
    // the text of some of `buttons`. Tests answer with the standard button.
    static QMessageBox::StandardButton
    question(QWidget* parent, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
             const QMap<QMessageBox::StandardButton, QString>& labels);
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);

    // Tests: queues the answer of the next question (answers are used in
    // the order they were queued). Messages without a choice take none.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: nothing is ever shown. Messages without a choice return at
    // once; a question with no queued answer gets its default button.
    static void setNonInteractive(bool on);
    // The text of the last message box asked or shown (for tests).
    static QString lastText();
    // Every text asked or shown since the last clearLog() (for tests).
    static QStringList shownTexts();
    // The button texts of the last question that named its buttons.
    static QStringList lastButtonTexts();
    static void clearLog();

private:
    static QMessageBox::StandardButton
    show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
         QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
         const QMap<QMessageBox::StandardButton, QString>& labels = {});
};
