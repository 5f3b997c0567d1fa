#pragma once

#include <QSize>
#include <QString>

class QDialog;
class QSettings;
class QHeaderView;
class QSplitter;
class QWidget;

// What the user arranged is there again next time: column widths, order and
// sort of a table, splitter positions, the size of a window or dialog. Each
// is kept in QSettings under its own key (one key per table, so two tables
// never fight over one layout). A layout that no longer fits (a column was
// added since) is ignored and the caller keeps its defaults.
class ViewState
{
public:
    static void save(const QHeaderView* header, const QString& key);
    // False when nothing usable is stored: the caller sizes the columns.
    static bool restore(QHeaderView* header, const QString& key);
    static void save(const QSplitter* splitter, const QString& key);
    static bool restore(QSplitter* splitter, const QString& key);
    static void saveGeometry(const QWidget* window, const QString& key);
    static bool restoreGeometry(QWidget* window, const QString& key);

    // A dialog: its last size back now (or `defaultSize` the first time),
    // saved again each time it closes, whichever button closed it. Either
    // is cut down to the screen the dialog opens on.
    static void remember(QDialog* dialog, const QString& key, QSize defaultSize);
    // `window` resized to `wanted`, or less where the screen is smaller (a
    // 1024×768 laptop), and moved back inside the screen.
    static void fitToScreen(QWidget* window, QSize wanted);
    // The first start of the main window: most of the screen, centred.
    static void useMostOfScreen(QWidget* window);

    // While one exists, every save above goes through one QSettings that
    // writes the file once, when the batch ends. Each QSettings writes and
    // syncs the whole file to disk (fdatasync) when it goes: twenty layouts
    // saved one by one made quitting take up to 0.7 s.
    class Batch
    {
    public:
        Batch();
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;
        // The batch's settings, for the caller's own values.
        QSettings& settings();

    private:
        bool m_owner = false;
    };
};
