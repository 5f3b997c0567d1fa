#include "RecoveryReportSaver.h"

#include "common/BackgroundTask.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "reports/RecoveryReportPdf.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QUrl>
#include <QWidget>

#include <memory>

namespace {
const auto folderKey = QLatin1String("dashboard/reportFolder");
} // namespace

RecoveryReportSaver::RecoveryReportSaver(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{}

RecoveryReportSaver::~RecoveryReportSaver()
{
    stop();
}

void RecoveryReportSaver::setDatabase(const Database* db)
{
    stop();
    m_db = db;
}

void RecoveryReportSaver::stop()
{
    const bool wasBusy = m_task != nullptr;
    delete m_task; // waits; its `finished` does not come
    m_task = nullptr;
    if (wasBusy)
        emit busyChanged(false);
}

QString RecoveryReportSaver::suggestedFileName(QDate asOf)
{
    return tr("recovery-report-%1.pdf").arg(asOf.toString(Qt::ISODate));
}

void RecoveryReportSaver::save(const RecoveryFigures& figures)
{
    if (!m_db || m_task)
        return;
    const QString remembered = QSettings().value(folderKey).toString();
    const QString suggested = remembered.isEmpty()
                                  ? suggestedFileName(figures.asOf)
                                  : QDir(remembered).filePath(suggestedFileName(figures.asOf));
    QString path = FileDialogs::saveFile(m_parent, tr("Save the recovery report as PDF"), suggested,
                                         tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".pdf");
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    write(figures, path);
}

void RecoveryReportSaver::write(const RecoveryFigures& figures, const QString& path)
{
    // The report speaks the window's language, as the command line speaks
    // its own (Translations::install made it the default locale).
    const QString language =
        QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    auto result = std::make_shared<Result<int>>(0);
    const Database& db = *m_db;
    m_task = new BackgroundTask(
        db,
        [&db, figures, language, path, result](BackgroundTask::Control&) {
            auto content = RecoveryReportLoader::load(db, figures, language);
            if (!content)
                *result = Result<int>::failure(content.kind(), content.error());
            else
                *result = RecoveryReportPdf::write(*content, path);
        },
        this);
    BackgroundTask* task = m_task;
    connect(task, &BackgroundTask::finished, this, [this, task, result, path] {
        m_task = nullptr;
        task->deleteLater();
        emit busyChanged(false);
        if (!result->ok()) {
            MessageBox::warning(m_parent, tr("Recovery report not saved"),
                                tr("The recovery report could not be written to %1.\n\n%2")
                                    .arg(QDir::toNativeSeparators(path), result->error()));
            return;
        }
        emit saved(path, **result);
        const auto open = MessageBox::question(
            m_parent, tr("Recovery report saved"),
            tr("The recovery report (%n page(s)) is saved in %1.\n\nOpen it now?", nullptr,
               **result)
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Open | QMessageBox::Close, QMessageBox::Open);
        if (open == QMessageBox::Open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    emit busyChanged(true);
    task->start();
}

bool RecoveryReportSaver::waitUntilIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (isBusy() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !isBusy();
}
