#include "SimulationDialog.h"

#include "DebtorTableModel.h"
#include "SimulationReport.h"
#include "common/AgencyMail.h"
#include "common/MessageBox.h"
#include "common/ViewState.h"
#include "letters/LetterFormat.h"
#include "storage/AgencyRepository.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

SimulationDialog::SimulationDialog(const Database& db, const Plan& plan,
                                   const DebtorTableModel* debtors, Keychain* keychain,
                                   QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_plan(plan)
{
    setObjectName(QStringLiteral("simulationDialog"));
    setWindowTitle(tr("Simulation"));
    QHash<qint64, QString> names;
    for (int row = 0; row < debtors->rowCount(); ++row)
        names.insert(debtors->debtorAt(row).account.id, debtors->debtorAt(row).account.name);
    QString agencyName;
    if (auto agency = AgencyRepository(db).load()) {
        agencyName = agency->name;
        m_agencyEmail = agency->email.trimmed();
    }
    m_html = SimulationReport::html(m_plan, names, agencyName);

    m_view = new QTextBrowser(this);
    m_view->setObjectName(QStringLiteral("simulationView"));
    m_view->setAccessibleName(tr("Simulation"));
    m_view->setHtml(m_html);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("simulationStatus"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printSimulation"));
    QPushButton* email =
        buttons->addButton(tr("&E-mail to the agency"), QDialogButtonBox::ActionRole);
    email->setObjectName(QStringLiteral("emailSimulation"));
    email->setEnabled(!m_agencyEmail.isEmpty());
    email->setToolTip(m_agencyEmail.isEmpty()
                          ? tr("The agency has no e-mail address: enter it in Settings.")
                          : tr("Send this simulation as a PDF to %1").arg(m_agencyEmail));

    m_mail = new AgencyMail(db, keychain, this, this);
    connect(m_mail, &AgencyMail::finished, this,
            [this](bool, const QString& text) { m_status->setText(text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, &SimulationDialog::print);
    connect(email, &QPushButton::clicked, this, &SimulationDialog::emailToAgency);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    ViewState::remember(this, QStringLiteral("simulationDialog/geometry"), QSize(900, 700));
}

bool SimulationDialog::writePdf(const QString& path) const
{
    QPdfWriter writer(path);
    writer.setTitle(tr("Simulation as of %1").arg(LetterFormat::longDate(m_plan.asOf)));
    writer.setCreator(QStringLiteral("Relance"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    QTextDocument document;
    document.setHtml(m_html);
    document.print(&writer);
    return QFileInfo(path).size() > 0;
}

void SimulationDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the simulation"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument document;
    document.setHtml(m_html);
    document.print(&printer);
}

bool SimulationDialog::emailToAgency()
{
    if (m_agencyEmail.isEmpty()) {
        MessageBox::warning(this, tr("Simulation"),
                            tr("The agency has no e-mail address: enter it in Settings, Agency, "
                               "then send the simulation again."));
        return false;
    }
    auto folder = std::make_shared<QTemporaryDir>();
    const QString name = QStringLiteral("simulation-%1.pdf").arg(m_plan.asOf.toString(Qt::ISODate));
    const QString path = QDir(folder->path()).filePath(name);
    if (!writePdf(path)) {
        MessageBox::warning(this, tr("Simulation"),
                            tr("The simulation could not be written as PDF."));
        return false;
    }
    OutboxMessage m;
    m.recipient = QStringLiteral("agency");
    m.toAddress = m_agencyEmail;
    m.subject = tr("Relance: simulation as of %1")
                    .arg(QLocale().toString(m_plan.asOf, QLocale::ShortFormat));
    m.body = tr("The simulation attached lists the %n reminder(s) a run as of %1 would issue, "
                "and why each other debtor is skipped. Nothing was recorded.",
                nullptr, int(m_plan.reminders.size()))
                 .arg(LetterFormat::longDate(m_plan.asOf));
    m.attachmentPath = path;
    m.attachmentName = name;
    m_status->setText(tr("Sending to %1…").arg(m_agencyEmail));
    return m_mail->send(m, folder);
}
