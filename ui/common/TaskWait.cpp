#include "TaskWait.h"

#include "BackgroundTask.h"

#include <QEventLoop>
#include <QProgressDialog>

void TaskWait::run(QWidget* parent, BackgroundTask& task, const QString& text)
{
    QProgressDialog busy(text, QString(), 0, 0, parent);
    busy.setWindowModality(Qt::WindowModal);
    busy.setCancelButton(nullptr);
    busy.setMinimumDuration(500);
    QEventLoop loop;
    // `finished` is emitted on this thread once the work has returned.
    QObject::connect(&task, &BackgroundTask::finished, &loop, &QEventLoop::quit);
    task.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}
