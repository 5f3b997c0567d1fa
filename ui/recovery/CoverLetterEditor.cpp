#include "CoverLetterEditor.h"

#include "common/MessageBox.h"
#include "recovery/CommissaireCoverLetter.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CoverLetterEditor::CoverLetterEditor(const Database& db, const QString& language, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_language(language)
{
    setObjectName(QStringLiteral("coverLetterEditor"));
    setWindowTitle(tr("Cover letter to the commissaire de justice"));
    auto* intro = new QLabel(
        tr("The letter that opens the file. It takes the same merge fields as the reminder "
           "letters, such as {{account.name}}, {{reminder.overdue}} or {{letter.date}}."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("coverLetterText"));
    auto text = CommissaireCoverLetter::text(db, language);
    m_text->setPlainText(text ? *text : QString());
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("coverLetterProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    if (!text)
        m_problem->setText(text.error());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* restore =
        buttons->addButton(tr("Restore the default text"), QDialogButtonBox::ResetRole);
    restore->setObjectName(QStringLiteral("coverLetterRestore"));
    connect(restore, &QPushButton::clicked, this, [this] { restoreDefault(); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(720, 560);
}

QString CoverLetterEditor::problem() const
{
    return m_problem->text();
}

bool CoverLetterEditor::save()
{
    const Status s = CommissaireCoverLetter::save(m_db, m_language, m_text->toPlainText());
    m_problem->setText(s ? QString() : s.error());
    return s.ok();
}

bool CoverLetterEditor::restoreDefault()
{
    if (MessageBox::question(this, tr("Restore the default text"),
                             tr("Replace this cover letter with Relance's default text? Your "
                                "changes are lost.")) != QMessageBox::Yes)
        return false;
    const Status s = CommissaireCoverLetter::restoreDefault(m_db, m_language);
    if (!s) {
        m_problem->setText(s.error());
        return false;
    }
    auto text = CommissaireCoverLetter::text(m_db, m_language);
    m_text->setPlainText(text ? *text : QString());
    m_problem->setText(text ? QString() : text.error());
    return text.ok();
}
