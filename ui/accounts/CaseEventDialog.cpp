#include "CaseEventDialog.h"

#include "common/FieldErrors.h"
#include "common/FileDialogs.h"
#include "common/MessageBox.h"
#include "recovery/CaseFile.h"
#include "recovery/RecoveryLabels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <tuple>

namespace {
const auto lastFolderKey = QLatin1String("caseFile/documentFolder");
} // namespace

CaseEventDialog::CaseEventDialog(const QString& accountRef, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_ref(accountRef)
{
    setObjectName(QStringLiteral("CaseEventDialog"));
    setWindowTitle(tr("Record an event — %1").arg(accountRef));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("eventKind"));
    m_kind->setAccessibleName(tr("Kind of event"));
    for (int k = int(CaseEventKind::CafReported); k <= int(CaseEventKind::Note); ++k)
        m_kind->addItem(RecoveryLabels::event(CaseEventKind(k)), k);

    m_date = new QDateEdit(today, this);
    m_date->setObjectName(QStringLiteral("eventDate"));
    m_date->setAccessibleName(tr("Date of the event"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("eventNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("e.g. reported on the CAF partner site, file no. 123456"));

    m_documentLabel = new QLabel(tr("No document"), this);
    m_documentLabel->setObjectName(QStringLiteral("eventDocument"));
    m_documentLabel->setTextFormat(Qt::PlainText);
    auto* choose = new QPushButton(tr("&Attach a PDF…"), this);
    choose->setObjectName(QStringLiteral("chooseDocument"));
    m_removeDocument = new QPushButton(tr("Re&move"), this);
    m_removeDocument->setObjectName(QStringLiteral("removeDocument"));
    m_removeDocument->setEnabled(false);
    connect(choose, &QPushButton::clicked, this, &CaseEventDialog::chooseWithDialog);
    connect(m_removeDocument, &QPushButton::clicked, this, &CaseEventDialog::clearDocument);
    auto* documentRow = new QHBoxLayout;
    documentRow->addWidget(m_documentLabel, 1);
    documentRow->addWidget(choose);
    documentRow->addWidget(m_removeDocument);

    auto* form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("Document:"), documentRow);

    m_error = FormParts::errorLabel(this, QStringLiteral("eventError"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseEventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseEventDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(480, 320);
}

CaseEventDialog::~CaseEventDialog() = default;

void CaseEventDialog::setKind(CaseEventKind kind)
{
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(kind))));
}

CaseEvent CaseEventDialog::event() const
{
    CaseEvent e;
    e.kind = CaseEventKind(m_kind->currentData().toInt());
    e.date = m_date->date();
    e.note = m_note->toPlainText().trimmed();
    e.document = m_document;
    e.documentName = m_documentName;
    return e;
}

QString CaseEventDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void CaseEventDialog::showError(const QString& error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

Status CaseEventDialog::chooseFile(const QString& path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly)) {
        const Status s = Status::failure(
            ErrorKind::BadInput,
            tr("Cannot read %1: check that the file exists and that you may open it.").arg(path));
        showError(s.error());
        return s;
    }
    // One byte past the limit is enough for CaseFile to refuse it: a huge
    // file chosen by mistake is never read whole.
    m_document = file.read(CaseFile::maxDocumentBytes + 1);
    m_documentName = QFileInfo(path).fileName();
    m_documentLabel->setText(m_documentName);
    m_removeDocument->setEnabled(true);
    showError({});
    return {};
}

void CaseEventDialog::chooseWithDialog()
{
    QSettings settings;
    const QString path =
        FileDialogs::openFile(this, tr("Attach a PDF"), settings.value(lastFolderKey).toString(),
                              tr("PDF documents (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(lastFolderKey, QFileInfo(path).absolutePath());
    // A refusal is shown under the fields already.
    std::ignore = chooseFile(path);
}

void CaseEventDialog::clearDocument()
{
    m_document.clear();
    m_documentName.clear();
    m_documentLabel->setText(tr("No document"));
    m_removeDocument->setEnabled(false);
}

void CaseEventDialog::accept()
{
    showError({});
    const CaseEvent e = event();
    if (CaseFile::setsLitigation(e.kind)) {
        const QString text =
            tr("Recording “%1” puts the account %2 in litigation: reminders stop for it.\n\n"
               "Cancelling the event later does not lift it: to send reminders again, untick "
               "“In litigation” in the account form.")
                .arg(RecoveryLabels::event(e.kind), m_ref);
        if (MessageBox::question(this, tr("Litigation"), text,
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                                 {{QMessageBox::Yes, tr("Record and put in litigation")}}) !=
            QMessageBox::Yes)
            return;
    }
    if (m_record) {
        auto id = m_record(e);
        if (!id) {
            showError(id.error());
            return;
        }
        m_recordedId = *id;
    }
    QDialog::accept();
}
