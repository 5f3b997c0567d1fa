#pragma once

#include "common/PlaceholderPage.h"

// The reminder levels and their letter templates. For now a placeholder.
class LevelsPage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit LevelsPage(QWidget* parent = nullptr);
};
