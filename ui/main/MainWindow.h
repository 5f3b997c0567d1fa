#pragma once

#include <QMainWindow>

class Database;

// The window staff work in all day: one section per task.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);

private:
    Database& m_db;
};
