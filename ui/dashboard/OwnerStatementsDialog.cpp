#include "OwnerStatementsDialog.h"

#include "common/BackgroundTask.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "debtors/LetterOutputChooser.h"
#include "letters/LetterFormat.h"
#include "letters/LetterProducer.h"
#include "print/PrintQueue.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace {
const auto folderKey = QLatin1String("dashboard/statementsFolder");
const auto emailKey = QLatin1String("dashboard/statementsByEmail");

QString stepText(OwnerStatementBatch::Step step)
{
    switch (step) {
    case OwnerStatementBatch::Step::Loading:
        return OwnerStatementsDialog::tr("Reading the landlords' tenants…");
    case OwnerStatementBatch::Step::Writing:
        return OwnerStatementsDialog::tr("Writing the statements…");
    case OwnerStatementBatch::Step::Queueing:
        return OwnerStatementsDialog::tr("Putting the e-mails in the outbox…");
    case OwnerStatementBatch::Step::Done:
        break;
    }
    return OwnerStatementsDialog::tr("Done.");
}
} // namespace

OwnerStatementsDialog::OwnerStatementsDialog(const Database& db, QDate asOf, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_asOf(asOf)
{
    setObjectName(QStringLiteral("ownerStatementsDialog"));
    setWindowTitle(tr("Landlords' statements"));
    auto* intro = new QLabel(tr("A statement as of %1 for each landlord with a tenant in "
                                "arrears: the arrears, the reminders sent and the next step. "
                                "One PDF per landlord, and one with all of them to print.")
                                 .arg(LetterFormat::longDate(asOf)),
                             this);
    intro->setWordWrap(true);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("statementsFolder"));
    m_folder->setAccessibleName(tr("Folder"));
    const QString remembered = QSettings().value(folderKey).toString();
    m_folder->setText(QDir::toNativeSeparators(
        remembered.isEmpty() ? QDir(FileDialogs::startFolder()).filePath(tr("statements"))
                             : remembered));
    m_browse = new QPushButton(tr("Choose…"), this);
    m_browse->setObjectName(QStringLiteral("chooseStatementsFolder"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);

    m_email = new QCheckBox(tr("Also e-mail them to the landlords who have an address"), this);
    m_email->setObjectName(QStringLiteral("statementsByEmail"));
    m_email->setToolTip(tr("Each e-mail goes to the outbox once per landlord and date; "
                           "running this again for the same date adds none."));
    m_email->setChecked(QSettings().value(emailKey, false).toBool());

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("statementsProgress"));
    m_progress->setAccessibleName(tr("Statements progress"));
    m_progress->setRange(0, 3);
    m_progress->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("statementsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openStatements"));
    m_open->setToolTip(tr("Open the PDF with every statement"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printStatements"));
    m_print->setToolTip(tr("Print every statement (the PDF with all of them)"));
    m_outbox = new QPushButton(tr("Open the &outbox"), this);
    m_outbox->setObjectName(QStringLiteral("statementsOutbox"));
    m_outbox->setToolTip(tr("Send the e-mails waiting there with « Send now »"));
    m_send = new QPushButton(tr("&Send the e-mails now"), this);
    m_send->setObjectName(QStringLiteral("sendStatements"));
    m_send->setToolTip(tr("Send the statements' e-mails waiting in the outbox, and only them"));
    auto* after = new QHBoxLayout;
    after->addWidget(m_open);
    after->addWidget(m_print);
    after->addWidget(m_send);
    after->addWidget(m_outbox);
    after->addStretch(1);
    for (QPushButton* b : {m_open, m_print, m_outbox, m_send})
        b->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(tr("&Write the statements"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("runStatements"));
    m_run->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelStatements"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeStatements"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_email);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addLayout(after);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(m_browse, &QPushButton::clicked, this, &OwnerStatementsDialog::chooseFolder);
    connect(m_run, &QPushButton::clicked, this, &OwnerStatementsDialog::run);
    connect(m_cancel, &QPushButton::clicked, this, &OwnerStatementsDialog::cancelRun);
    connect(m_close, &QPushButton::clicked, this, &OwnerStatementsDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &OwnerStatementsDialog::openMerged);
    connect(m_print, &QPushButton::clicked, this, &OwnerStatementsDialog::printMerged);
    connect(m_outbox, &QPushButton::clicked, this, [this] {
        emit outboxRequested();
        accept();
    });
    connect(m_send, &QPushButton::clicked, this, [this] {
        // An empty list would mean every message of the outbox.
        if (!m_outcome || m_outcome->messageIds.isEmpty())
            return;
        const QList<qint64> ids = m_outcome->messageIds;
        accept();
        emit sendRequested(ids);
    });
    setRunning(false);
}

OwnerStatementsDialog::~OwnerStatementsDialog()
{
    delete m_task; // waits for the batch: the database must outlive it
}

void OwnerStatementsDialog::setFolder(const QString& dir)
{
    m_folder->setText(QDir::toNativeSeparators(dir));
}

QString OwnerStatementsDialog::folder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void OwnerStatementsDialog::setSendByEmail(bool on)
{
    m_email->setChecked(on);
}

QString OwnerStatementsDialog::summaryText() const
{
    return m_summary->text();
}

void OwnerStatementsDialog::chooseFolder()
{
    const QString dir = FileDialogs::folder(this, tr("Folder for the statements"), folder());
    if (!dir.isEmpty())
        setFolder(dir);
}

void OwnerStatementsDialog::setRunning(bool running)
{
    m_folder->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_email->setEnabled(!running);
    m_run->setEnabled(!running);
    m_cancel->setVisible(running);
    m_cancel->setEnabled(running);
    m_close->setVisible(!running);
    m_progress->setVisible(running);
}

void OwnerStatementsDialog::run()
{
    if (m_task)
        return;
    const QString dir = folder();
    if (dir.isEmpty()) {
        MessageBox::warning(this, windowTitle(),
                            tr("Choose the folder the statements are written in."));
        return;
    }
    QSettings().setValue(folderKey, dir);
    QSettings().setValue(emailKey, m_email->isChecked());
    const QString language =
        QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    const bool email = m_email->isChecked();
    const QDate asOf = m_asOf;
    m_outcome.reset();
    m_result =
        std::make_shared<Result<OwnerStatementBatch::Outcome>>(OwnerStatementBatch::Outcome());
    auto result = m_result;
    const Database& db = m_db;
    m_task = new BackgroundTask(
        db,
        [&db, asOf, language, dir, email, result](BackgroundTask::Control& control) {
            *result = OwnerStatementBatch(db).run(
                asOf, language, dir, email, [&control](OwnerStatementBatch::Step step) {
                    control.progress(int(step), 3, stepText(step));
                    return !control.cancelled();
                });
        },
        this);
    connect(m_task, &BackgroundTask::progressChanged, this,
            [this](int done, int total, const QString& text) {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
                m_summary->setText(text);
            });
    connect(m_task, &BackgroundTask::finished, this, &OwnerStatementsDialog::finish);
    for (QPushButton* b : {m_open, m_print, m_outbox, m_send})
        b->hide();
    m_summary->setText(stepText(OwnerStatementBatch::Step::Loading));
    m_progress->setValue(0);
    setRunning(true);
    m_task->start();
}

void OwnerStatementsDialog::cancelRun()
{
    if (!m_task)
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
}

void OwnerStatementsDialog::reject()
{
    // Closing waits for the step under way to stop; what was written stays.
    if (m_task) {
        cancelRun();
        return;
    }
    QDialog::reject();
}

void OwnerStatementsDialog::finish()
{
    if (!m_task)
        return;
    m_task->deleteLater();
    m_task = nullptr;
    setRunning(false);
    if (!m_result->ok()) {
        m_summary->setText(m_result->kind() == ErrorKind::Cancelled
                               ? m_result->error()
                               : tr("The statements could not be written."));
        if (m_result->kind() != ErrorKind::Cancelled)
            MessageBox::warning(this, windowTitle(), m_result->error());
        return;
    }
    m_outcome = **m_result;
    showOutcome(*m_outcome);
}

void OwnerStatementsDialog::showOutcome(const OwnerStatementBatch::Outcome& outcome)
{
    if (outcome.statements == 0) {
        m_summary->setText(tr("No landlord has a tenant in arrears as of %1: nothing written.")
                               .arg(LetterFormat::longDate(m_asOf)));
        return;
    }
    QStringList lines;
    lines << tr("%n statement(s) written in %1.", nullptr, int(outcome.files.paths.size()))
                 .arg(QDir::toNativeSeparators(folder()));
    lines << tr("To print them all: %1").arg(QDir::toNativeSeparators(outcome.files.merged));
    if (outcome.queue) {
        const OwnerStatementMailer::Report& q = *outcome.queue;
        lines << tr("%n e-mail(s) put in the outbox: « Send the e-mails now » sends them.", nullptr,
                    q.queued);
        if (q.alreadyQueued > 0)
            lines << tr("%n landlord(s) already had this date's statement e-mailed or queued: "
                        "not again.",
                        nullptr, q.alreadyQueued);
        if (q.withoutAddress > 0)
            lines << tr("%n landlord(s) have no e-mail address: print their statements.", nullptr,
                        q.withoutAddress);
        for (const QString& r : q.refused)
            lines << tr("Not queued: %1").arg(r);
    }
    if (!outcome.mailError.isEmpty())
        lines << tr("The e-mails could not be put in the outbox: %1").arg(outcome.mailError);
    m_summary->setText(lines.join(u'\n'));
    m_open->show();
    m_print->show();
    m_outbox->setVisible(outcome.queue && outcome.queue->queued > 0);
    // Also those an earlier run queued and that are still due.
    m_send->setVisible(outcome.queue && !outcome.messageIds.isEmpty());
    if (outcome.queue && outcome.queue->queued > 0)
        emit outboxChanged();
}

void OwnerStatementsDialog::openMerged()
{
    if (m_outcome && !m_outcome->files.merged.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_outcome->files.merged));
}

void OwnerStatementsDialog::printMerged()
{
    if (!m_outcome || m_outcome->files.merged.isEmpty())
        return;
    const QString merged = m_outcome->files.merged;
    const auto output = LetterOutputChooser::printer(this, tr("Print the statements"));
    if (!output)
        return;
    Status s;
    if (!output->mergedPath.isEmpty()) {
        // « Print to file » in the print dialog: the same PDF, copied there.
        if (QFileInfo(output->mergedPath) != QFileInfo(merged)) {
            QFile::remove(output->mergedPath);
            if (!QFile::copy(merged, output->mergedPath))
                s = Status::failure(ErrorKind::Storage,
                                    tr("The statements could not be copied to %1: check the "
                                       "folder exists and you may write in it.")
                                        .arg(QDir::toNativeSeparators(output->mergedPath)));
        }
    } else {
        // Paper is the PDF handed to the print queue, as for the letters.
        PrintJob job;
        job.printer = output->printerName;
        job.title = tr("Landlords' statements as of %1").arg(LetterFormat::longDate(m_asOf));
        job.copies = qMax(1, output->copies);
        job.duplex = output->duplex;
        s = PrintQueue::print(merged, job);
    }
    if (!s)
        MessageBox::warning(this, tr("Statements not printed"), s.error());
}

bool OwnerStatementsDialog::waitUntilIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (isRunning() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return !isRunning();
}
