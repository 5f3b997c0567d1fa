#include "CoverLetterEditor.h"

#include "common/MessageBox.h"
#include "common/TextEditorParts.h"
#include "letters/MergeFields.h"
#include "recovery/CommissaireCoverLetter.h"
#include "recovery/PlanAgreementLetter.h"
#include "templates/TemplateEditorDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

using Letter = CoverLetterEditor::Letter;

Result<QString> textOf(const Database& db, Letter letter, const QString& language)
{
    return letter == Letter::PlanAgreement ? PlanAgreementLetter::text(db, language)
                                           : CommissaireCoverLetter::text(db, language);
}

} // namespace

CoverLetterEditor::CoverLetterEditor(const Database& db, const QString& language, QWidget* parent)
    : CoverLetterEditor(db, Letter::CommissaireCover, language, parent)
{}

CoverLetterEditor::CoverLetterEditor(const Database& db, Letter letter, const QString& language,
                                     QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_letter(letter)
    , m_language(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("fr"))
{
    const bool plan = letter == Letter::PlanAgreement;
    setObjectName(plan ? QStringLiteral("planAgreementEditor")
                       : QStringLiteral("coverLetterEditor"));
    setWindowTitle(plan ? tr("Payment plan agreement letter")
                        : tr("Cover letter to the commissaire de justice"));
    auto* intro = new QLabel(
        plan ? tr("The letter the tenant signs in two copies with the agency. It takes the same "
                  "merge fields as the reminder letters and the payment plan's, such as "
                  "{{plan.debt}} or {{plan.first_due}}; {{plan.schedule_table}} places the "
                  "schedule.")
             : tr("The letter that opens the file. It takes the same merge fields as the "
                  "reminder letters, such as {{account.name}}, {{reminder.overdue}} or "
                  "{{letter.date}}."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_languageBox = TextEditorParts::languageBox(
        this, QStringLiteral("coverLetterLanguage"), tr("Language of the letter"), m_language,
        [this](const QString& language) { return showLanguage(language); },
        [this] { return m_language; });
    auto* fieldButton = new QPushButton(tr("&Insert a field"), this);
    fieldButton->setObjectName(QStringLiteral("coverLetterInsertField"));
    buildFieldMenu();
    fieldButton->setMenu(m_fieldMenu);
    auto* tools = new QHBoxLayout;
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageBox);
    tools->addWidget(languageLabel);
    tools->addWidget(m_languageBox);
    tools->addStretch(1);
    tools->addWidget(fieldButton);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("coverLetterText"));
    m_text->setAccessibleName(windowTitle());
    m_problem = TextEditorParts::problemLabel(this, QStringLiteral("coverLetterProblem"));
    load();

    QDialogButtonBox* buttons = TextEditorParts::saveButtons(
        this, QStringLiteral("coverLetterRestore"), [this] { restoreDefault(); },
        [this] { return save(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(tools);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 560);
}

void CoverLetterEditor::load()
{
    auto text = textOf(m_db, m_letter, m_language);
    m_shown = text ? *text : QString();
    m_text->setPlainText(m_shown);
    m_problem->setText(text ? QString() : text.error());
}

void CoverLetterEditor::buildFieldMenu()
{
    m_fieldMenu = new QMenu(this);
    m_fieldMenu->setObjectName(QStringLiteral("coverLetterFieldMenu"));
    QHash<QString, QMenu*> groups;
    for (const MergeField& field : MergeFields::all()) {
        // The same groups as the reminder templates' editor.
        const QString prefix =
            field.name.contains(u'.') ? field.name.section(u'.', 0, 0) : QStringLiteral("items");
        QMenu*& menu = groups[prefix];
        if (!menu)
            menu = m_fieldMenu->addMenu(TemplateEditorDialog::fieldGroupTitle(prefix));
        const bool section =
            field.kind == MergeField::Kind::Flag || field.kind == MergeField::Kind::List;
        const QString text = section ? QStringLiteral("{{#%1}}{{/%1}}").arg(field.name)
                                     : QStringLiteral("{{%1}}").arg(field.name);
        QAction* a = menu->addAction(QStringLiteral("%1\t%2").arg(
            field.description, QStringLiteral("{{%1}}").arg(field.name)));
        a->setObjectName(QStringLiteral("field:") + field.name);
        a->setToolTip(field.sample.isEmpty()
                          ? field.description
                          : tr("%1 — e.g. %2").arg(field.description, field.sample));
        connect(a, &QAction::triggered, this, [this, text] {
            m_text->insertPlainText(text);
            m_text->setFocus();
        });
    }
}

QString CoverLetterEditor::problem() const
{
    return m_problem->text();
}

bool CoverLetterEditor::showLanguage(const QString& language)
{
    if (language == m_language)
        return true;
    if (m_text->toPlainText() != m_shown &&
        MessageBox::question(this, tr("Discard the changes"),
                             tr("Show the other language and lose the changes made to this "
                                "text?")) != QMessageBox::Yes)
        return false;
    m_language = language;
    load();
    return true;
}

bool CoverLetterEditor::save()
{
    const QString text = m_text->toPlainText();
    const Status s = m_letter == Letter::PlanAgreement
                         ? PlanAgreementLetter::save(m_db, m_language, text)
                         : CommissaireCoverLetter::save(m_db, m_language, text);
    m_problem->setText(s ? QString() : s.error());
    if (s)
        m_shown = text;
    return s.ok();
}

bool CoverLetterEditor::restoreDefault()
{
    if (MessageBox::question(this, tr("Restore the default text"),
                             m_letter == Letter::PlanAgreement
                                 ? tr("Replace this agreement letter with Relance's default text? "
                                      "Your changes are lost.")
                                 : tr("Replace this cover letter with Relance's default text? "
                                      "Your changes are lost.")) != QMessageBox::Yes)
        return false;
    const Status s = m_letter == Letter::PlanAgreement
                         ? PlanAgreementLetter::restoreDefault(m_db, m_language)
                         : CommissaireCoverLetter::restoreDefault(m_db, m_language);
    if (!s) {
        m_problem->setText(s.error());
        return false;
    }
    load();
    return m_problem->text().isEmpty();
}
