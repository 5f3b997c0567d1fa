#include "AccountCaseFileTab.h"

#include "CaseDeadlinesBox.h"
#include "CaseEventDialog.h"
#include "CaseTimelineModel.h"

#include "common/FieldErrors.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "recovery/CaseFile.h"
#include "recovery/DeadlineService.h"
#include "recovery/RecoveryLabels.h"
#include "storage/CaseEventRepository.h"
#include "storage/Database.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace {

AccountCaseFileTab::UrlOpener& urlOpener()
{
    static AccountCaseFileTab::UrlOpener opener = [](const QUrl& url) {
        return QDesktopServices::openUrl(url);
    };
    return opener;
}

// A stored name as a file name: no folder part, never empty.
QString safeFileName(const QString& name)
{
    QString out = QFileInfo(name).fileName();
    out.replace(u'\\', u'_');
    return out.trimmed().isEmpty() ? QStringLiteral("document.pdf") : out;
}

} // namespace

AccountCaseFileTab::AccountCaseFileTab(QWidget* parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    setObjectName(QStringLiteral("caseFileTab"));

    m_newAccount = new QLabel(
        tr("The case file starts once the account is saved: its reminders, the events you "
           "record and its deadlines will be listed here."),
        this);
    m_newAccount->setObjectName(QStringLiteral("caseFileNewAccount"));
    m_newAccount->setWordWrap(true);
    m_newAccount->setAlignment(Qt::AlignCenter);

    m_content = new QWidget(this);
    m_deadlines = new CaseDeadlinesBox(m_content);

    m_model = new CaseTimelineModel(this);
    m_timeline = new QTableView(m_content);
    m_timeline->setObjectName(QStringLiteral("caseTimeline"));
    m_timeline->setAccessibleName(tr("Case file"));
    m_timeline->setModel(m_model);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setWordWrap(false);
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setSectionResizeMode(CaseTimelineModel::DetailsColumn,
                                                         QHeaderView::Stretch);
    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountCaseFileTab::updateButtons);
    connect(m_timeline, &QTableView::doubleClicked, this, [this] {
        if (m_open->isEnabled())
            openDocument();
    });

    m_error = FormParts::errorLabel(m_content, QStringLiteral("caseFileError"));

    m_record = new QPushButton(tr("&Record an event…"), m_content);
    m_record->setObjectName(QStringLiteral("recordEvent"));
    m_record->setToolTip(tr("A report to the CAF, a declaration, a commandement served, a note…"));
    m_cancel = new QPushButton(tr("&Cancel the event"), m_content);
    m_cancel->setObjectName(QStringLiteral("cancelEvent"));
    m_cancel->setToolTip(tr("The event stays in the case file, marked cancelled, and no longer "
                            "counts for the deadlines."));
    m_open = new QPushButton(tr("&Open the document"), m_content);
    m_open->setObjectName(QStringLiteral("openEventDocument"));
    m_saveAs = new QPushButton(tr("Save the document &as…"), m_content);
    m_saveAs->setObjectName(QStringLiteral("saveEventDocument"));
    connect(m_record, &QPushButton::clicked, this, &AccountCaseFileTab::recordEvent);
    connect(m_cancel, &QPushButton::clicked, this, &AccountCaseFileTab::cancelCurrentEvent);
    connect(m_open, &QPushButton::clicked, this, &AccountCaseFileTab::openDocument);
    connect(m_saveAs, &QPushButton::clicked, this, &AccountCaseFileTab::saveDocumentAs);

    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_record);
    m_buttons->addWidget(m_cancel);
    m_buttons->addWidget(m_open);
    m_buttons->addWidget(m_saveAs);
    m_buttons->addStretch();

    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_deadlines);
    content->addWidget(m_timeline, 1);
    content->addWidget(m_error);
    content->addLayout(m_buttons);
    // Other screens' actions on a row of their own: the form must still fit
    // a 1024-pixel-wide screen in French.
    m_actions = new QHBoxLayout;
    m_actions->addStretch();
    content->addLayout(m_actions);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_newAccount);
    layout->addWidget(m_content, 1);
    m_content->hide();
    updateButtons();
}

AccountCaseFileTab::~AccountCaseFileTab() = default;

void AccountCaseFileTab::setUrlOpener(UrlOpener opener)
{
    urlOpener() = std::move(opener);
}

void AccountCaseFileTab::addActionButton(QAbstractButton* button)
{
    button->setParent(m_content);
    m_actions->insertWidget(m_actions->count() - 1, button);
}

void AccountCaseFileTab::eventRecordedElsewhere(bool setsLitigation)
{
    reload();
    if (setsLitigation)
        emit litigationSet();
    emit caseFileChanged();
}

void AccountCaseFileTab::setAccount(const Database* db, qint64 accountId, const QString& ref)
{
    m_db = db;
    m_accountId = accountId;
    m_ref = ref;
    const bool stored = m_db && m_accountId != 0;
    m_newAccount->setVisible(!stored);
    m_content->setVisible(stored);
    if (stored)
        reload();
    updateButtons();
}

void AccountCaseFileTab::setReminders(QList<HistoryEntry> reminders)
{
    const qint64 current = currentEventId();
    m_model->setReminders(std::move(reminders));
    m_timeline->resizeColumnsToContents();
    m_timeline->horizontalHeader()->setSectionResizeMode(CaseTimelineModel::DetailsColumn,
                                                         QHeaderView::Stretch);
    selectEvent(current);
}

void AccountCaseFileTab::setToday(QDate today)
{
    m_today = today;
    if (m_db && m_accountId != 0)
        reload();
}

void AccountCaseFileTab::reload()
{
    if (!m_db || m_accountId == 0)
        return;
    showError({});
    const qint64 current = currentEventId();
    auto events = CaseFile(*m_db).events(m_ref);
    if (!events) {
        showError(events.error());
        m_model->setEvents({});
    } else {
        m_model->setEvents(std::move(*events));
    }
    m_timeline->resizeColumnsToContents();
    m_timeline->horizontalHeader()->setSectionResizeMode(CaseTimelineModel::DetailsColumn,
                                                         QHeaderView::Stretch);
    selectEvent(current);

    if (auto view = DeadlineService(*m_db).account(m_accountId, m_today))
        m_deadlines->setView(*view, m_today);
    else
        m_deadlines->setError(tr("The deadlines could not be read: %1").arg(view.error()));
    updateButtons();
}

void AccountCaseFileTab::showError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

CaseEventDialog* AccountCaseFileTab::openEventDialog() const
{
    const auto dialogs = findChildren<CaseEventDialog*>();
    for (CaseEventDialog* dialog : dialogs)
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

qint64 AccountCaseFileTab::currentEventId() const
{
    const QModelIndex index = m_timeline->currentIndex();
    return index.isValid() ? index.data(CaseTimelineModel::EventIdRole).toLongLong() : 0;
}

void AccountCaseFileTab::selectEvent(qint64 eventId)
{
    const int row = eventId ? m_model->rowOfEvent(eventId) : -1;
    if (row < 0)
        return;
    m_timeline->setCurrentIndex(m_model->index(row, CaseTimelineModel::DateColumn));
    m_timeline->scrollTo(m_timeline->currentIndex());
}

void AccountCaseFileTab::updateButtons()
{
    const CaseEvent* event = m_model->eventAt(m_timeline->currentIndex().row());
    const bool stored = m_db && m_accountId != 0;
    m_record->setEnabled(stored);
    m_cancel->setEnabled(stored && event && !event->cancelled);
    m_open->setEnabled(stored && event && !event->documentName.isEmpty());
    m_saveAs->setEnabled(m_open->isEnabled());
}

void AccountCaseFileTab::recordEvent()
{
    if (!m_db || m_accountId == 0)
        return;
    auto* dialog = new CaseEventDialog(m_ref, m_today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Database* db = m_db;
    const QString ref = m_ref;
    dialog->setRecordHandler([db, ref](const CaseEvent& event) {
        return CaseFile(*db).record(ref, event, Database::currentUserName());
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CaseEvent recorded = dialog->event();
        reload();
        selectEvent(dialog->recordedId());
        emit caseFileChanged();
        if (CaseFile::setsLitigation(recorded.kind))
            emit litigationSet();
    });
    dialog->open();
}

void AccountCaseFileTab::cancelCurrentEvent()
{
    const CaseEvent* event = m_model->eventAt(m_timeline->currentIndex().row());
    if (!m_db || !event)
        return;
    const qint64 id = event->id;
    const QString question =
        tr("Cancel the event “%1” of %2 for %3?\n\nIt stays in the case file, marked cancelled "
           "with your name, and no longer counts for the deadlines.")
            .arg(RecoveryLabels::event(event->kind),
                 QLocale().toString(event->date, QLocale::ShortFormat), m_ref);
    if (MessageBox::question(this, tr("Cancel the event"), question,
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                             {{QMessageBox::Yes, tr("Cancel the event")},
                              {QMessageBox::No, tr("Keep it")}}) != QMessageBox::Yes)
        return;
    const Status s = CaseFile(*m_db).cancel(id, Database::currentUserName());
    // Refused or not, show what the case file holds now.
    reload();
    selectEvent(id);
    if (!s) {
        MessageBox::warning(this, tr("Cancel the event"), s.error());
        return;
    }
    emit caseFileChanged();
}

Result<QByteArray> AccountCaseFileTab::currentDocument(QString* name) const
{
    const qint64 id = currentEventId();
    if (!m_db || !id)
        return Result<QByteArray>::failure(ErrorKind::BadInput,
                                           tr("Select an event that has a document."));
    auto event = CaseEventRepository(*m_db).byId(id);
    if (!event)
        return Result<QByteArray>::failure(event.kind(), event.error());
    if (event->document.isEmpty())
        return Result<QByteArray>::failure(ErrorKind::NotFound, tr("This event has no document."));
    *name = safeFileName(event->documentName);
    return event->document;
}

void AccountCaseFileTab::openDocument()
{
    QString name;
    auto document = currentDocument(&name);
    if (!document) {
        MessageBox::warning(this, tr("Open the document"), document.error());
        return;
    }
    // Kept after the form closes: the viewer may open it later than we return.
    QTemporaryDir dir(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                          .filePath(QStringLiteral("relance-document-XXXXXX")));
    dir.setAutoRemove(false);
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(*document) < 0 ||
        !file.flush()) {
        MessageBox::warning(this, tr("Open the document"),
                            tr("Cannot write a copy of the document to open it (%1). Use “Save "
                               "the document as…” instead.")
                                .arg(dir.isValid() ? file.errorString() : dir.errorString()));
        return;
    }
    file.close();
    if (!urlOpener()(QUrl::fromLocalFile(path)))
        MessageBox::warning(this, tr("Open the document"),
                            tr("No application opens PDF files here. The document was copied to "
                               "%1.")
                                .arg(QDir::toNativeSeparators(path)));
}

void AccountCaseFileTab::saveDocumentAs()
{
    const CaseEvent* event = m_model->eventAt(m_timeline->currentIndex().row());
    if (!event)
        return;
    const QString path =
        FileDialogs::saveFile(this, tr("Save the document"), safeFileName(event->documentName),
                              tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = saveDocumentTo(path); !s)
        MessageBox::warning(this, tr("Save the document"), s.error());
}

Status AccountCaseFileTab::saveDocumentTo(const QString& path)
{
    QString name;
    auto document = currentDocument(&name);
    if (!document)
        return Status::failure(document.kind(), document.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*document) < 0 || !file.commit())
        return Status::failure(ErrorKind::Storage,
                               tr("Cannot save the document to %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}
