#include "HistoryPage.h"

HistoryPage::HistoryPage(QWidget* parent)
    : PlaceholderPage(
          tr("History"),
          tr("This section will show every reminder issued, with the state of its letter and "
             "e-mail. It is not available yet: until then, use relance-cli history."),
          parent)
{}
