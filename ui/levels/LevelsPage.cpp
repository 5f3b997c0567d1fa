#include "LevelsPage.h"

LevelsPage::LevelsPage(QWidget* parent)
    : PlaceholderPage(
          tr("Levels & templates"),
          tr("This section will let you configure the reminder levels (delays, thresholds, fees, "
             "automation) and edit their letter and e-mail templates. It is not available yet: a "
             "new database already has the default program and its letters."),
          parent)
{}
