#pragma once

#include "DatabaseView.h"

#include <QWidget>

// A section that is not built yet says so plainly, with what it will do,
// instead of showing empty controls that do nothing.
class PlaceholderPage : public QWidget, public DatabaseView
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
    void setDatabase(const Database*) override {}
};
