#pragma once

#include "common/PlaceholderPage.h"

// The agency's identity, letter layout and e-mail server. For now a placeholder.
class SettingsPage : public PlaceholderPage
{
    Q_OBJECT

public:
    explicit SettingsPage(QWidget* parent = nullptr);
};
