#include "SettingsPage.h"

SettingsPage::SettingsPage(QWidget* parent)
    : PlaceholderPage(tr("Settings"),
                      tr("This section will hold the agency's identity, the letter layout and the "
                         "e-mail server. It is not available yet: until then, use relance-cli "
                         "config and relance-cli smtp."),
                      parent)
{}
