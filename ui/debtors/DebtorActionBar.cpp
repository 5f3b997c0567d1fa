#include "DebtorActionBar.h"

#include "storage/Database.h"
#include "storage/TemplateRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

// The texts were the Debtors page's before the page was split: they keep its
// translation context, and with it their French.

DebtorActionBar::DebtorActionBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("debtorActionBar"));
    m_template = new QComboBox(this);
    // A long template name would push the buttons off a small screen: the
    // list shows it whole.
    m_template->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_template->setMinimumContentsLength(14);
    m_template->setObjectName(QStringLiteral("debtorTemplate"));
    m_template->setAccessibleName(QCoreApplication::translate("DebtorsPage", "Letter template"));
    m_template->setToolTip(QCoreApplication::translate(
        "DebtorsPage", "The template of each level used for the letters"));
    auto* templateLabel = new QLabel(QCoreApplication::translate("DebtorsPage", "Template:"), this);
    templateLabel->setBuddy(m_template);

    m_previewButton =
        new QPushButton(QCoreApplication::translate("DebtorsPage", "Pre&view…"), this);
    m_previewButton->setObjectName(QStringLiteral("previewLetters"));
    m_previewButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_printButton = new QPushButton(QCoreApplication::translate("DebtorsPage", "&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printLetters"));
    m_printButton->setShortcut(QKeySequence::Print);
    m_printButton->setToolTip(QCoreApplication::translate(
        "DebtorsPage", "Issue the reminders of the checked debtors and print their letters "
                       "(Ctrl+P)"));
    m_pdfButton =
        new QPushButton(QCoreApplication::translate("DebtorsPage", "Save as P&DF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("saveLettersPdf"));
    m_pdfButton->setToolTip(QCoreApplication::translate(
        "DebtorsPage", "Issue the reminders of the checked debtors and save their letters as "
                       "one PDF file"));
    m_testButton =
        new QPushButton(QCoreApplication::translate("DebtorsPage", "Send &test to agency"), this);
    m_testButton->setObjectName(QStringLiteral("sendTestLetter"));
    m_testButton->setToolTip(QCoreApplication::translate(
        "DebtorsPage", "E-mail the current debtor's letter to the agency's own address instead "
                       "of the tenant's"));

    m_progressRow = new QWidget(this);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progressLabel = new QLabel(m_progressRow);
    auto* cancel =
        new QPushButton(QCoreApplication::translate("DebtorsPage", "Cancel"), m_progressRow);
    cancel->setObjectName(QStringLiteral("cancelRun"));
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(cancel);
    m_progressRow->hide();

    m_lastResult = new QLabel(this);
    m_lastResult->setObjectName(QStringLiteral("lastResult"));
    m_lastResult->setWordWrap(true);

    auto* actions = new QHBoxLayout;
    actions->addWidget(templateLabel);
    actions->addWidget(m_template);
    actions->addWidget(m_lastResult, 1);
    actions->addWidget(m_testButton);
    actions->addWidget(m_previewButton);
    actions->addWidget(m_pdfButton);
    actions->addWidget(m_printButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progressRow);
    layout->addLayout(actions);

    connect(m_previewButton, &QPushButton::clicked, this, &DebtorActionBar::previewClicked);
    connect(m_printButton, &QPushButton::clicked, this, &DebtorActionBar::printClicked);
    connect(m_pdfButton, &QPushButton::clicked, this, &DebtorActionBar::saveAsPdfClicked);
    connect(m_testButton, &QPushButton::clicked, this, &DebtorActionBar::sendTestClicked);
    connect(cancel, &QPushButton::clicked, this, &DebtorActionBar::cancelClicked);
}

void DebtorActionBar::loadTemplates(const Database& db)
{
    const QString chosen = templateName();
    m_template->clear();
    m_template->addItem(QCoreApplication::translate("DebtorsPage", "Each level's default"),
                        QString());
    if (auto templates = TemplateRepository(db).all()) {
        QStringList names;
        for (const LetterTemplate& t : std::as_const(*templates))
            if (!t.isDefault && !names.contains(t.name))
                names << t.name;
        names.sort(Qt::CaseInsensitive);
        for (const QString& name : std::as_const(names))
            m_template->addItem(name, name);
    }
    m_template->setCurrentIndex(std::max(0, m_template->findData(chosen)));
}

QString DebtorActionBar::templateName() const
{
    return m_template->currentData().toString();
}

void DebtorActionBar::setLetterActionsEnabled(bool enabled)
{
    m_previewButton->setEnabled(enabled);
    m_printButton->setEnabled(enabled);
    m_pdfButton->setEnabled(enabled);
}

void DebtorActionBar::setTestEnabled(bool enabled)
{
    m_testButton->setEnabled(enabled);
}

void DebtorActionBar::setBusy(bool busy)
{
    m_progressRow->setVisible(busy);
    if (busy) {
        m_progress->setRange(0, 0);
        m_lastResult->clear();
    }
}

void DebtorActionBar::setProgress(int done, int total, const QString& text)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progressLabel->setText(text);
}

void DebtorActionBar::setResult(const QString& text)
{
    m_lastResult->setText(text);
}
