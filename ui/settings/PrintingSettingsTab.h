#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;

// The « Printing » tab of the settings: the printer the Debtors screen
// prints to. It belongs to this computer (QSettings), not to the database.
class PrintingSettingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit PrintingSettingsTab(QWidget* parent = nullptr);

    // Shows the saved choice; asks the print system for its printers once,
    // and only when `listPrinters` (never for a page letting go of its
    // database).
    void load(bool listPrinters);
    // Stores the choice on this computer.
    void apply() const;
    // The printer chosen now; empty for « ask each time ».
    QString printerName() const;

signals:
    void changed();

private:
    QComboBox* m_printer = nullptr;
    QStringList m_printerNames; // the print system's, asked once
    bool m_printersListed = false;
};
