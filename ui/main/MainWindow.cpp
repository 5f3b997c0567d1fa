#include "MainWindow.h"

#include "storage/Database.h"

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
{
    setWindowTitle(tr("Relance"));
}
