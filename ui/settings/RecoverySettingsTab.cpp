#include "RecoverySettingsTab.h"

#include "recovery/RecoveryLabels.h"
#include "recovery/RecoveryPath.h"
#include "recovery/RecoverySettingsKeys.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// Error keys: one label under each field that can be wrong.
const auto gliNameKey = QLatin1String("recovery.gliName");
const auto gliNoticeKey = QLatin1String("recovery.gliNoticeDays");
const auto gliClaimKey = QLatin1String("recovery.gliClaimDays");
const auto deadlinesKey = QLatin1String("recovery.deadlines");
const auto graceKey = QLatin1String("recovery.graceDays");

QString errorKey(RecoverySettingsValidator::Field field)
{
    switch (field) {
    case RecoverySettingsValidator::Field::GliName:
        return gliNameKey;
    case RecoverySettingsValidator::Field::GliNoticeDays:
        return gliNoticeKey;
    case RecoverySettingsValidator::Field::GliClaimDays:
        return gliClaimKey;
    case RecoverySettingsValidator::Field::Disabled:
        return deadlinesKey;
    case RecoverySettingsValidator::Field::GraceDays:
        return graceKey;
    }
    return gliNameKey;
}
} // namespace

RecoverySettingsTab::RecoverySettingsTab(FieldErrors<QString>& errors, int tabIndex,
                                         QWidget* parent)
    : QWidget(parent)
    , m_errors(errors)
    , m_tabIndex(tabIndex)
{
    using V = RecoverySettingsValidator;
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(FormParts::note(
        tr("The deadlines that follow the reminders: what the agency's guarantee contracts ask, "
           "and which rules it follows. Each deadline names its source (the article or the "
           "contract) in its tooltip."),
        this));

    m_gliName = FormParts::lineEdit(this, QStringLiteral("recoveryGliName"),
                                    tr("Name of the GLI contract"));
    m_gliName->setPlaceholderText(tr("as the deadlines should name it, e.g. Contrat GLI"));
    m_gliNoticeDays = days(QStringLiteral("recoveryGliNoticeDays"), tr("GLI formal notice delay"),
                           V::minGliDays, V::maxGliDays);
    m_gliClaimDays = days(QStringLiteral("recoveryGliClaimDays"), tr("GLI declaration delay"),
                          V::minGliDays, V::maxGliDays);
    auto* gli = new QGroupBox(tr("Rent-guarantee insurance (GLI)"), this);
    auto* gliForm = new QFormLayout(gli);
    gliForm->addRow(tr("Contract &name:"), withError(m_gliName, gliNameKey));
    gliForm->addRow(tr("&Formal notice within:"), withError(m_gliNoticeDays, gliNoticeKey));
    gliForm->addRow(tr("&Declaration within:"), withError(m_gliClaimDays, gliClaimKey));
    gliForm->addRow(QString(),
                    FormParts::note(tr("Days counted from the due date of the oldest unpaid "
                                       "rent, as the insurer's contract says."),
                                    gli));
    layout->addWidget(gli);

    auto* deadlines = new QGroupBox(tr("Deadlines followed"), this);
    deadlines->setObjectName(QStringLiteral("recoveryDeadlines"));
    auto* deadlineList = new QVBoxLayout(deadlines);
    for (DeadlineKind kind : RecoverySettingsKeys::deadlineKinds()) {
        auto* box = new QCheckBox(RecoveryLabels::deadline(kind), deadlines);
        box->setObjectName(QStringLiteral("recoveryDeadline_") + DeadlineKeys::toKey(kind));
        deadlineList->addWidget(box);
        m_deadlines.insert(kind, box);
        connect(box, &QCheckBox::toggled, this, &RecoverySettingsTab::changed);
    }
    layout->addWidget(withError(deadlines, deadlinesKey));

    auto* warnings = new QGroupBox(tr("Flags and warnings"), this);
    auto* warningList = new QVBoxLayout(warnings);
    m_ccapex = new QCheckBox(tr("Flag the accounts to be reported to the CCAPE&X"), warnings);
    m_ccapex->setObjectName(QStringLiteral("recoveryCcapex"));
    m_ccapex->setToolTip(RecoveryLabels::ccapexHelp());
    m_prescription =
        new QCheckBox(tr("Warn six &months before an unpaid item is prescribed"), warnings);
    m_prescription->setObjectName(QStringLiteral("recoveryPrescription"));
    m_prescription->setToolTip(tr("Loi 89-462 art. 7-1: 3 years for homes; C. civ. 2224: 5 "
                                  "years for other leases."));
    warningList->addWidget(m_ccapex);
    warningList->addWidget(m_prescription);
    layout->addWidget(warnings);

    m_graceDays = days(QStringLiteral("recoveryGraceDays"), tr("Grace days of payment plans"),
                       V::minGraceDays, V::maxGraceDays);
    m_graceDays->setToolTip(tr("A payment plan still late after these days is broken."));
    auto* plans = new QGroupBox(tr("Payment plans"), this);
    auto* plansForm = new QFormLayout(plans);
    plansForm->addRow(tr("&Grace days:"), withError(m_graceDays, graceKey));
    // The letter's text is stored when its editor saves, not with the tab.
    auto* agreement = new QPushButton(tr("Payment plan &agreement letter…"), plans);
    agreement->setObjectName(QStringLiteral("recoveryPlanAgreement"));
    agreement->setToolTip(tr("The letter the tenant signs with the agency, with the plan's "
                             "schedule; in French and in English."));
    connect(agreement, &QPushButton::clicked, this, &RecoverySettingsTab::planAgreementRequested);
    plansForm->addRow(QString(), agreement);
    layout->addWidget(plans);
    layout->addStretch(1);

    connect(m_gliName, &QLineEdit::textChanged, this, &RecoverySettingsTab::changed);
    connect(m_gliName, &QLineEdit::textChanged, this, &RecoverySettingsTab::updateSources);
    for (QSpinBox* box : {m_gliNoticeDays, m_gliClaimDays, m_graceDays})
        connect(box, &QSpinBox::valueChanged, this, &RecoverySettingsTab::changed);
    connect(m_ccapex, &QCheckBox::toggled, this, &RecoverySettingsTab::changed);
    connect(m_prescription, &QCheckBox::toggled, this, &RecoverySettingsTab::changed);
    updateSources();
}

QSpinBox* RecoverySettingsTab::days(const QString& objectName, const QString& accessibleName,
                                    int min, int max)
{
    auto* box = new QSpinBox(this);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(min, max);
    box->setSuffix(tr(" days"));
    return box;
}

QWidget* RecoverySettingsTab::withError(QWidget* field, const QString& key)
{
    return m_errors.wrap(this, field, key, m_tabIndex);
}

void RecoverySettingsTab::updateSources()
{
    const RecoverySettings current = settings();
    // The CAF's articles as they read for the CAF (the MSA's are the same).
    const RecoveryAccount account;
    for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend(); ++it)
        it.value()->setToolTip(tr("%1\nSource: %2")
                                   .arg(RecoveryLabels::deadlineHelp(it.key()),
                                        RecoveryPath::source(it.key(), account, current)));
}

void RecoverySettingsTab::load(const RecoverySettings& settings)
{
    m_gliName->setText(settings.gli.name);
    m_gliNoticeDays->setValue(settings.gli.noticeDays);
    m_gliClaimDays->setValue(settings.gli.claimDays);
    for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend(); ++it)
        it.value()->setChecked(settings.enabled(it.key()));
    m_ccapex->setChecked(settings.ccapexEnabled);
    m_prescription->setChecked(settings.prescriptionEnabled);
    m_graceDays->setValue(settings.graceDays);
    updateSources();
}

RecoverySettings RecoverySettingsTab::settings() const
{
    RecoverySettings s;
    s.gli.name = m_gliName->text().trimmed();
    s.gli.noticeDays = m_gliNoticeDays->value();
    s.gli.claimDays = m_gliClaimDays->value();
    for (auto it = m_deadlines.cbegin(); it != m_deadlines.cend(); ++it)
        if (!it.value()->isChecked())
            s.disabled.insert(it.key());
    s.ccapexEnabled = m_ccapex->isChecked();
    s.prescriptionEnabled = m_prescription->isChecked();
    s.graceDays = m_graceDays->value();
    return s;
}

void RecoverySettingsTab::showProblems(const QList<RecoverySettingsValidator::Problem>& problems)
{
    for (const RecoverySettingsValidator::Problem& p : problems)
        m_errors.add(errorKey(p.field), p.message);
}
