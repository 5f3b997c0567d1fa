#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDialog>
#include <QList>

#include <memory>

class Database;
class QAction;
class QLabel;
class QPrintPreviewWidget;
class QPrinter;
struct PlannedReminder;

// The letters as they will print, before anything is recorded
// (workflows.md, step 2). Unlike QPrintPreviewDialog it has no printer
// button of its own: printing from a preview that bypassed the run printed
// final letters that no run recorded. Its « Print… » closes the preview and
// asks for printRequested(), which goes through the run (recorded once,
// then « Envoyer aussi par e-mail ? »).
class LetterPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterPreviewDialog(QWidget* parent = nullptr);
    ~LetterPreviewDialog() override;

    QPrintPreviewWidget* previewWidget() const { return m_preview; }
    QAction* printAction() const { return m_print; }

    // Draws the letters of `reminders` on `printer` as the run would print
    // them (LetterPreview, LetterRenderer), each page marked « PROJET »:
    // nothing is recorded yet.
    static Status paint(QPrinter& printer, const Database& db,
                        const QList<const PlannedReminder*>& reminders, QDate asOf,
                        const QString& templateName);

signals:
    // Draw the letters on `printer` (the preview's pages).
    void paintRequested(QPrinter* printer);
    // The user wants these letters printed: run them.
    void printRequested();

private:
    void updatePageLabel();

    std::unique_ptr<QPrinter> m_printer;
    QPrintPreviewWidget* m_preview = nullptr;
    QAction* m_print = nullptr;
    QLabel* m_page = nullptr;
};
