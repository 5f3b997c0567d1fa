#include "DebtorsPage.h"

DebtorsPage::DebtorsPage(QWidget* parent)
    : PlaceholderPage(tr("Debtors"),
                      tr("This section will list the tenants who owe money as of a date, with what "
                         "each would receive. It is not available yet: until then, use relance-cli "
                         "plan and relance-cli run."),
                      parent)
{}
