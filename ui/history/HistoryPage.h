#pragma once

#include "common/PlaceholderPage.h"

// Every reminder sent, with its letter and e-mail. For now a placeholder.
class HistoryPage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit HistoryPage(QWidget* parent = nullptr);
};
