#include "PrintBatchBar.h"

#include "LetterOutputChooser.h"
#include "letters/LetterProducer.h"
#include "storage/Database.h"
#include "storage/ReminderRepository.h"
#include "storage/RunRepository.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

// The texts were the Debtors page's before the page was split: they keep its
// translation context, and with it their French.

namespace {
QLabel* notice(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid "
                                        "#e0c060; padding: 6px; color: #5a4500; }"));
    return label;
}
} // namespace

PrintBatchBar::PrintBatchBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("debtorNotices"));
    m_refusal = notice(this, QStringLiteral("refusedRunNotice"));
    m_refusal->hide();

    m_batch = new QWidget(this);
    m_batch->setObjectName(QStringLiteral("printBatchBar"));
    m_batchLabel = new QLabel(m_batch);
    m_batchLabel->setWordWrap(true);
    auto* print =
        new QPushButton(QCoreApplication::translate("DebtorsPage", "Print them…"), m_batch);
    print->setObjectName(QStringLiteral("printBatch"));
    auto* batchLayout = new QHBoxLayout(m_batch);
    batchLayout->setContentsMargins(0, 0, 0, 0);
    batchLayout->addWidget(m_batchLabel, 1);
    batchLayout->addWidget(print);
    m_batch->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_refusal);
    layout->addWidget(m_batch);
    connect(print, &QPushButton::clicked, this, &PrintBatchBar::choosePrinter);
}

bool PrintBatchBar::hasNotices() const
{
    return !m_batch->isHidden() || !m_refusal->isHidden();
}

void PrintBatchBar::refresh(const Database* db)
{
    int pending = 0;
    if (db)
        if (auto letters = ReminderRepository(*db).pendingLetters())
            pending = int(letters->size());
    m_batchLabel->setText(QCoreApplication::translate(
        "DebtorsPage",
        "%n letter(s) to print from earlier runs (automation, or e-mails that could not be "
        "delivered).",
        nullptr, pending));
    m_batch->setVisible(pending > 0);

    // An automated run refused since the last run that went through: the
    // reminders it should have issued are still to do (workflows.md).
    QString refusal;
    if (db) {
        auto runs = RunRepository(*db).all();
        if (runs) {
            // Ids grow with time: the newest refused automated run, and
            // whether any run went through after it.
            const RunRecord* lastRefused = nullptr;
            qint64 lastCompleted = 0;
            for (const RunRecord& r : std::as_const(*runs)) {
                if (r.status == RunStatus::Refused && r.mode == RunMode::Automated &&
                    (!lastRefused || r.id > lastRefused->id))
                    lastRefused = &r;
                if (r.status != RunStatus::Refused)
                    lastCompleted = std::max(lastCompleted, r.id);
            }
            if (lastRefused && lastCompleted < lastRefused->id)
                refusal = QCoreApplication::translate(
                              "DebtorsPage",
                              "The automatic run of %1 was refused: the ledger looked out of "
                              "date. Import the latest ledger, then check and print the "
                              "reminders here.")
                              .arg(QLocale().toString(lastRefused->createdAt.toLocalTime(),
                                                      QLocale::ShortFormat));
        }
    }
    m_refusal->setText(refusal);
    m_refusal->setVisible(!refusal.isEmpty());
}

void PrintBatchBar::choosePrinter()
{
    if (const auto output = LetterOutputChooser::printer(
            this, QCoreApplication::translate("DebtorsPage", "Print the print batch")))
        emit printRequested(*output);
}
