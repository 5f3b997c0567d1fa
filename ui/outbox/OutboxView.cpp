#include "OutboxView.h"

#include "OutboxFilterProxy.h"
#include "OutboxTableModel.h"
#include "common/BackgroundTask.h"
#include "common/ListWidgets.h"
#include "common/MessageBox.h"
#include "common/ViewState.h"
#include "mail/Keychain.h"
#include "mail/OutboxDecision.h"
#include "mail/SmtpAbort.h"
#include "mail/SmtpPassword.h"
#include "storage/Database.h"
#include "storage/OutboxRepository.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const auto headerStateKey = QLatin1String("outbox/headerState");

OutboxView::PasswordPrompt& passwordPrompt()
{
    static OutboxView::PasswordPrompt prompt = [](QWidget* parent,
                                                  const QString& why) -> std::optional<QString> {
        bool ok = false;
        const QString password = QInputDialog::getText(
            parent, OutboxView::tr("Mail server password"),
            OutboxView::tr("%1\n\nPassword for this sending only (it is not saved):").arg(why),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        return password;
    };
    return prompt;
}
} // namespace

OutboxView::OutboxView(QWidget* parent)
    : QWidget(parent)
    , m_model(new OutboxTableModel(this))
    , m_proxy(new OutboxFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);

    m_showSent = new QCheckBox(tr("Show &sent e-mails too"), this);
    m_showSent->setObjectName(QStringLiteral("showSent"));
    m_showSent->setToolTip(tr("By default the outbox lists only what is still to send or needs "
                              "a decision."));
    connect(m_showSent, &QCheckBox::toggled, m_proxy, &OutboxFilterProxy::setShowSent);

    m_table = ListWidgets::table(this, QStringLiteral("outboxTable"), tr("E-mail outbox"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(OutboxTableModel::StateColumn, Qt::AscendingOrder);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OutboxView::updateButtons);

    m_retry = new QPushButton(tr("&Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryEmail"));
    m_retry->setToolTip(tr("Put the selected failed or uncertain e-mail back in the queue"));
    m_markSent = new QPushButton(tr("&Mark as sent"), this);
    m_markSent->setObjectName(QStringLiteral("markSent"));
    m_markSent->setToolTip(
        tr("Record that the selected uncertain e-mail did arrive: it is not sent again"));
    m_send = new QPushButton(tr("Send &now"), this);
    m_send->setObjectName(QStringLiteral("sendNow"));
    m_send->setToolTip(tr("Send every e-mail that is due now (Ctrl+Shift+S)"));
    m_send->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelSend"));
    m_cancel->setToolTip(tr("Stop after the e-mail being sent; the rest stays queued"));
    m_cancel->hide();
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retryCurrent);
    connect(m_markSent, &QPushButton::clicked, this, &OutboxView::markCurrentSent);
    connect(m_send, &QPushButton::clicked, this, &OutboxView::sendNow);
    connect(m_cancel, &QPushButton::clicked, this, &OutboxView::cancelSending);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setAccessibleName(tr("Sending progress"));
    m_progress->hide();

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("outboxCount"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_showSent);
    top->addStretch();
    top->addWidget(m_retry);
    top->addWidget(m_markSent);
    top->addWidget(m_send);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_cancel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &OutboxView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &OutboxView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &OutboxView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &OutboxView::updateCount);
    updateCount();
    restoreViewState();
}

OutboxView::~OutboxView()
{
    // The worker uses the database: stop it (at once) before it goes.
    delete m_task;
}

void OutboxView::setPasswordPrompt(PasswordPrompt prompt)
{
    passwordPrompt() = std::move(prompt);
}

void OutboxView::setDatabase(const Database* db)
{
    if (m_task) {
        // The database is about to close: the message being sent is stopped
        // at once (a stalled server would hold it for its whole time-out).
        m_task->stop();
        finishSending(db != nullptr);
    }
    m_db = db;
    reloadOrWarn();
}

void OutboxView::reloadOrWarn()
{
    if (Status s = reload(); !s)
        MessageBox::warning(this, tr("E-mail outbox"), s.error());
}

Status OutboxView::reload()
{
    const qint64 current = currentMessageId();
    if (!m_db) {
        m_model->setMessages({});
        updateButtons();
        return {};
    }
    auto messages = OutboxRepository(*m_db).list(std::nullopt);
    if (!messages) {
        m_model->setMessages({});
        updateButtons();
        return Status::failure(messages.error());
    }
    m_model->setMessages(std::move(*messages));
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().averageCharWidth() * 45;
    for (int column = 0; column < OutboxTableModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column), widest));
    restoreViewState();
    if (current)
        selectMessage(current);
    updateButtons();
    return {};
}

qint64 OutboxView::currentMessageId() const
{
    return ListWidgets::currentId(m_table, OutboxTableModel::MessageIdRole);
}

void OutboxView::selectMessage(qint64 id)
{
    ListWidgets::selectSourceRow(m_table, m_proxy, m_model->rowOfId(id));
}

QString OutboxView::describe(qint64 id) const
{
    const OutboxMessage& m = m_model->messageAt(m_model->rowOfId(id));
    return m.accountRef.isEmpty() ? m.toAddress : tr("%1 (%2)").arg(m.toAddress, m.accountRef);
}

void OutboxView::retryCurrent()
{
    const qint64 id = currentMessageId();
    if (!id || !m_db)
        return;
    const OutboxMessage& m = m_model->messageAt(m_model->rowOfId(id));
    if (m.state == OutboxState::Uncertain) {
        // The server may already have it: sending again may deliver it twice.
        const QString question =
            tr("Send the e-mail to %1 again?\n\nIts sending was interrupted: the server may "
               "already have delivered it, and the recipient would then receive it twice. Check "
               "the mailbox's sent folder or ask the recipient first.")
                .arg(describe(id));
        if (MessageBox::question(this, tr("Retry e-mail"), question,
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) != QMessageBox::Yes)
            return;
    }
    if (Status s = OutboxDecision::requeue(*m_db, id); !s) {
        MessageBox::warning(this, tr("Retry e-mail"), s.error());
        reloadOrWarn();
        return;
    }
    reloadOrWarn();
    emit outboxChanged();
}

void OutboxView::markCurrentSent()
{
    const qint64 id = currentMessageId();
    if (!id || !m_db)
        return;
    const QString question =
        tr("Record that the e-mail to %1 did arrive?\n\nIt will not be sent again. Do this only "
           "once you have checked, in the mailbox's sent folder or with the recipient.")
            .arg(describe(id));
    if (MessageBox::question(this, tr("Mark as sent"), question,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status s = OutboxDecision::confirmSent(*m_db, id); !s) {
        MessageBox::warning(this, tr("Mark as sent"), s.error());
        reloadOrWarn();
        return;
    }
    reloadOrWarn();
    emit outboxChanged();
}

void OutboxView::sendNow()
{
    sendMessages({});
}

void OutboxView::sendMessages(const QList<qint64>& only)
{
    if (!m_db || m_task)
        return;
    Outbox outbox(*m_db);
    auto effective = outbox.effectiveSettings();
    if (!effective) {
        MessageBox::warning(this, tr("Send e-mails"), effective.error());
        return;
    }
    const SmtpSettings settings = *effective;
    if (const QStringList problems = settings.problems(); !problems.isEmpty()) {
        MessageBox::warning(this, tr("Send e-mails"),
                            tr("E-mails cannot be sent yet: %1\nSet the mail server in Settings, "
                               "then send again.")
                                .arg(problems.join(u' ')));
        return;
    }
    QString password;
    if (!settings.user.isEmpty()) {
        auto keychain = Keychain::system();
        auto found = SmtpPassword::find(settings, *keychain);
        if (found) {
            password = *found;
        } else {
            // Asked for this sending only: a password never goes in the database.
            const auto typed = passwordPrompt()(this, found.error());
            if (!typed)
                return;
            password = *typed;
        }
    }

    m_result = std::make_shared<std::optional<Result<Outbox::Report>>>();
    const Database& db = *m_db;
    auto result = m_result;
    auto abort = std::make_shared<SmtpAbort>();
    m_task = new BackgroundTask(
        db,
        [&db, password, abort, result, only](BackgroundTask::Control& control) {
            Outbox::Options options;
            options.only = only; // empty: every message due
            options.password = password;
            options.cancelled = [&control] {
                return control.cancelled();
            };
            options.abort = abort.get();
            options.progress = [&control](int done, int total) {
                control.progress(done, total);
            };
            *result = Outbox(db).sendPending(options);
        },
        this);
    m_task->setInterrupt([abort] { abort->abort(); });
    connect(m_task, &BackgroundTask::progressChanged, this,
            [this](int done, int total) { showProgress(done, total); });
    connect(m_task, &BackgroundTask::finished, this, [this] { finishSending(); });

    m_progress->setRange(0, 0); // busy until the first message is done
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    updateButtons();
    m_task->start();
}

void OutboxView::cancelSending()
{
    if (!m_task)
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
}

void OutboxView::showProgress(int done, int total)
{
    if (!m_task)
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setFormat(tr("%1 of %2 e-mails").arg(done).arg(total));
}

void OutboxView::finishSending(bool tell)
{
    if (!m_task)
        return;
    const bool cancelled = m_task->isCancelled();
    m_task->deleteLater();
    m_task = nullptr;
    m_progress->hide();
    m_cancel->hide();

    if (!tell) {
        // The view is closing: the outbox keeps what happened to each message.
    } else if (!m_result->has_value() || !m_result->value()) {
        MessageBox::warning(this, tr("Send e-mails"),
                            m_result->has_value() ? m_result->value().error()
                                                  : tr("Sending stopped unexpectedly."));
    } else {
        const Outbox::Report& report = *m_result->value();
        QStringList lines;
        lines << tr("%n e-mail(s) sent.", nullptr, report.sent);
        if (report.uncertainFound > 0)
            lines << tr("%n e-mail(s) were being sent when Relance stopped: they may or may not "
                        "have arrived and are not sent again. Check, then mark them as sent or "
                        "retry them.",
                        nullptr, report.uncertainFound);
        for (const QString& p : report.problems)
            lines << tr("Not sent: %1").arg(p);
        if (!report.sessionError.isEmpty())
            lines << tr("The mail server could not be used: %1").arg(report.sessionError);
        if (report.notAttempted > 0)
            lines << (cancelled ? tr("Cancelled: %n e-mail(s) stay in the queue for the next "
                                     "send.",
                                     nullptr, report.notAttempted)
                                : tr("%n e-mail(s) stay in the queue for the next send.", nullptr,
                                     report.notAttempted));
        if (report.allSent() && report.uncertainFound == 0)
            MessageBox::information(this, tr("Send e-mails"), lines.join(u'\n'));
        else
            MessageBox::warning(this, tr("Send e-mails"), lines.join(u'\n'));
    }
    if (m_db)
        reloadOrWarn();
    updateButtons();
    emit outboxChanged();
    emit sendingFinished();
}

void OutboxView::updateCount()
{
    int attention = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const OutboxState s = m_model->messageAt(row).state;
        if (s == OutboxState::Failed || s == OutboxState::Uncertain)
            ++attention;
    }
    QString text = tr("%n e-mail(s) shown", nullptr, m_proxy->rowCount());
    if (attention > 0)
        text += tr(" — %n need(s) a decision", nullptr, attention);
    m_count->setText(text);
    updateButtons();
}

void OutboxView::updateButtons()
{
    const qint64 id = currentMessageId();
    const int row = id ? m_model->rowOfId(id) : -1;
    const std::optional<OutboxState> state =
        row >= 0 ? std::optional(m_model->messageAt(row).state) : std::nullopt;
    const bool idle = m_task == nullptr;
    m_retry->setEnabled(idle && state &&
                        (*state == OutboxState::Failed || *state == OutboxState::Uncertain));
    m_markSent->setEnabled(idle && state == OutboxState::Uncertain);
    m_send->setEnabled(idle && m_db != nullptr);
}

void OutboxView::saveViewState() const
{
    ViewState::save(m_table->horizontalHeader(), headerStateKey);
}

void OutboxView::restoreViewState()
{
    ViewState::restore(m_table->horizontalHeader(), headerStateKey);
}
