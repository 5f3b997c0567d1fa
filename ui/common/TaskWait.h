#pragma once

#include <QString>

class BackgroundTask;
class QWidget;

// Starts `task` and waits for it with the window still drawn and answering
// (a local event loop), behind a window-modal busy indicator saying `text`
// when the work lasts more than half a second. For work that cannot be
// stopped half-way (a restore, a copy in one transaction), whose result the
// caller needs before going on; the work itself runs off the GUI thread.
namespace TaskWait {
void run(QWidget* parent, BackgroundTask& task, const QString& text);
}
