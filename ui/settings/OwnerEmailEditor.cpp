#include "OwnerEmailEditor.h"

#include "common/MessageBox.h"
#include "common/TextEditorParts.h"
#include "reports/OwnerStatementEmail.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

OwnerEmailEditor::OwnerEmailEditor(const Database& db, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_language(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("fr"))
{
    setObjectName(QStringLiteral("ownerEmailEditor"));
    setWindowTitle(tr("E-mail to the landlords"));
    auto* intro = new QLabel(tr("The e-mail that carries each landlord's statement (report "
                                "owners --send), with the statement attached. Its fields: "
                                "{{owner.name}}, {{statement.as_of}}, {{statement.tenants}} "
                                "(how many tenants are in arrears), {{statement.total}}."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_languageBox = TextEditorParts::languageBox(
        this, QStringLiteral("ownerEmailLanguage"), tr("Language of the e-mail"), m_language,
        [this](const QString& language) { return showLanguage(language); },
        [this] { return m_language; });

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("ownerEmailSubject"));
    m_subject->setAccessibleName(tr("Subject"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("ownerEmailBody"));
    m_body->setAccessibleName(tr("Text of the e-mail"));

    // The fields go where the cursor was last: the subject or the text.
    m_fieldMenu = new QMenu(this);
    m_fieldMenu->setObjectName(QStringLiteral("ownerEmailFieldMenu"));
    for (const QString& field : OwnerStatementEmail::fields()) {
        QAction* a = m_fieldMenu->addAction(QStringLiteral("{{%1}}").arg(field));
        a->setObjectName(QStringLiteral("field:") + field);
        connect(a, &QAction::triggered, this, [this, field] {
            const QString tag = QStringLiteral("{{%1}}").arg(field);
            if (m_subject->hasFocus())
                m_subject->insert(tag);
            else
                m_body->insertPlainText(tag);
        });
    }
    auto* fieldButton = new QPushButton(tr("&Insert a field"), this);
    fieldButton->setObjectName(QStringLiteral("ownerEmailInsertField"));
    fieldButton->setFocusPolicy(Qt::NoFocus); // keeps the field being edited
    fieldButton->setMenu(m_fieldMenu);

    auto* tools = new QHBoxLayout;
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageBox);
    tools->addWidget(languageLabel);
    tools->addWidget(m_languageBox);
    tools->addStretch(1);
    tools->addWidget(fieldButton);
    auto* form = new QFormLayout;
    form->addRow(tr("&Subject:"), m_subject);

    m_problem = TextEditorParts::problemLabel(this, QStringLiteral("ownerEmailProblem"));
    load();

    QDialogButtonBox* buttons = TextEditorParts::saveButtons(
        this, QStringLiteral("ownerEmailRestore"), [this] { restoreDefault(); },
        [this] { return save(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(tools);
    layout->addLayout(form);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(640, 480);
}

void OwnerEmailEditor::load()
{
    auto text = OwnerStatementEmail::text(m_db, m_language);
    m_shownSubject = text ? text->subject : QString();
    m_shownBody = text ? text->body : QString();
    m_subject->setText(m_shownSubject);
    m_body->setPlainText(m_shownBody);
    m_problem->setText(text ? QString() : text.error());
}

bool OwnerEmailEditor::changed() const
{
    return m_subject->text() != m_shownSubject || m_body->toPlainText() != m_shownBody;
}

QString OwnerEmailEditor::problem() const
{
    return m_problem->text();
}

bool OwnerEmailEditor::showLanguage(const QString& language)
{
    if (language == m_language)
        return true;
    if (changed() &&
        MessageBox::question(this, tr("Discard the changes"),
                             tr("Show the other language and lose the changes made to this "
                                "e-mail?")) != QMessageBox::Yes)
        return false;
    m_language = language;
    load();
    return true;
}

bool OwnerEmailEditor::save()
{
    const OwnerStatementEmail::Text text{m_subject->text(), m_body->toPlainText()};
    const Status s = OwnerStatementEmail::save(m_db, m_language, text);
    m_problem->setText(s ? QString() : s.error());
    if (s) {
        m_shownSubject = text.subject;
        m_shownBody = text.body;
    }
    return s.ok();
}

bool OwnerEmailEditor::restoreDefault()
{
    if (MessageBox::question(this, tr("Restore the default text"),
                             tr("Replace this e-mail with Relance's default text? Your changes "
                                "are lost.")) != QMessageBox::Yes)
        return false;
    if (const Status s = OwnerStatementEmail::restoreDefault(m_db, m_language); !s) {
        m_problem->setText(s.error());
        return false;
    }
    load();
    return m_problem->text().isEmpty();
}
