// The template editor shows merge fields as readable tokens (« Nom du
// locataire »), never as {{code}}, and keeps Mustache as the stored form.
#include "GuiFixture.h"
#include "TestSupport.h"
#include "letters/DefaultTemplates.h"
#include "letters/TemplateEngine.h"
#include "reminders/Level.h"
#include "templates/FieldToken.h"
#include "templates/TemplateEditorDialog.h"
#include "templates/TemplateTextEdit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QMimeData>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {

Level sampleLevel()
{
    Level level;
    level.id = 1;
    level.position = 1;
    level.name = QStringLiteral("Première relance");
    return level;
}

LetterTemplate templateWithBody(const QString& body, const QString& emailBody = QString())
{
    LetterTemplate t;
    t.name = QStringLiteral("Essai");
    t.language = QStringLiteral("fr");
    t.emailSubject = QStringLiteral("Compte {{account.ref}}");
    t.body = body;
    t.emailBody = emailBody.isEmpty() ? QStringLiteral("Bonjour {{account.name}},") : emailBody;
    return t;
}

int tokenCount(const QTextDocument& document)
{
    int count = 0;
    for (QTextBlock b = document.begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (!FieldToken::tagOf(it.fragment().charFormat()).isEmpty())
                count += int(it.fragment().length());
    return count;
}

} // namespace

TEST_CASE("Every default letter shows its fields as names and is stored back unchanged")
{
    GuiFixture fixture;
    const Level level = sampleLevel();
    for (const char* language : {"fr", "en"}) {
        for (int position = 1; position <= 4; ++position) {
            auto original = DefaultTemplates::text(position, QString::fromLatin1(language));
            REQUIRE(original.ok());
            // The stored form, as the editor writes it the first time.
            const LetterTemplate stored =
                TemplateEditorDialog(*original, level, AgencyIdentity()).letterTemplate();
            TemplateEditorDialog editor(stored, level, AgencyIdentity());
            INFO(language << position);

            // What staff read: names, no Mustache.
            const QString shown = editor.bodyEditor()->displayedText();
            CHECK_FALSE(shown.contains(QStringLiteral("{{")));
            CHECK_FALSE(
                editor.bodyEditor()->document()->toPlainText().contains(QStringLiteral("{{")));
            CHECK(shown.contains(QStringLiteral("Overdue amount")));
            CHECK(shown.contains(QStringLiteral("The table of unpaid items with their total")));
            CHECK_FALSE(editor.emailBodyEditor()->displayedText().contains(QStringLiteral("{{")));
            CHECK(tokenCount(*editor.bodyEditor()->document()) ==
                  stored.body.count(QStringLiteral("{{")));

            // Stored → editor → stored gives the same text, letter and e-mail.
            const LetterTemplate again = editor.letterTemplate();
            CHECK(again.body == stored.body);
            CHECK(again.emailBody == stored.emailBody);
            CHECK(again.emailBody == original->emailBody);
            CHECK(TemplateEngine::check(again.body, TemplateEngine::Part::LetterBody) ==
                  std::nullopt);
        }
    }
}

TEST_CASE("A conditional part shows as a block that says when it prints")
{
    GuiFixture fixture;
    const QString body =
        QStringLiteral("<p>Concernant le logement{{#account.property}} situé "
                       "<b>{{account.property}}</b>{{/account.property}}.</p>\n"
                       "{{#recipient.is_guarantor}}\n<p>En votre qualité de caution.</p>\n"
                       "{{/recipient.is_guarantor}}\n"
                       "{{#items}}\n<p>{{label}} : {{remaining}}</p>\n{{/items}}");
    TemplateEditorDialog editor(templateWithBody(body), sampleLevel(), AgencyIdentity());
    const QString shown = editor.bodyEditor()->displayedText();
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("If “Rented property” is filled in:")));
    CHECK(shown.contains(QStringLiteral("End of “Rented property”")));
    CHECK(shown.contains(QStringLiteral("Section shown only in letters to a guarantor:")));
    CHECK(shown.contains(QStringLiteral("For each unpaid item:")));
    CHECK(shown.contains(QStringLiteral("Item label")));
    CHECK(shown.contains(QStringLiteral("End of the unpaid items")));
    CHECK_FALSE(shown.contains(QStringLiteral("{{")));
    // Bold around a field stays bold around it; sections stay on their own lines.
    CHECK(editor.letterTemplate().body == body);
}

TEST_CASE("A field is removed whole, never left half typed")
{
    GuiFixture fixture;
    TemplateEditorDialog editor(templateWithBody(QStringLiteral("<p>Bonjour {{account.name}}</p>")),
                                sampleLevel(), AgencyIdentity());
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    TemplateTextEdit* body = editor.bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClick(body, Qt::Key_Backspace);
    CHECK(editor.letterTemplate().body == QStringLiteral("<p>Bonjour </p>"));
    CHECK(editor.canSave());
    // Undo brings the field back, whole.
    body->undo();
    CHECK(editor.letterTemplate().body == QStringLiteral("<p>Bonjour {{account.name}}</p>"));
}

TEST_CASE("Copy and paste keep a field a field, in the editor and outside it")
{
    GuiFixture fixture;
    TemplateEditorDialog editor(
        templateWithBody(QStringLiteral("<p>Cher <b>{{account.name}}</b>,</p>")), sampleLevel(),
        AgencyIdentity());
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    TemplateTextEdit* body = editor.bodyEditor();
    body->selectAll();
    body->copy();
    // Another program receives the stored form, not an empty object.
    CHECK(QApplication::clipboard()->text() == QStringLiteral("Cher {{account.name}},"));

    body->moveCursor(QTextCursor::End);
    body->paste();
    CHECK(editor.letterTemplate().body ==
          QStringLiteral("<p>Cher <b>{{account.name}}</b>,Cher <b>{{account.name}}</b>,</p>"));
    CHECK(tokenCount(*body->document()) == 2);

    // Tags pasted from a text file become fields too.
    auto* text = new QMimeData;
    text->setText(QStringLiteral(" Montant : {{reminder.overdue}}"));
    QApplication::clipboard()->setMimeData(text);
    body->paste();
    CHECK(tokenCount(*body->document()) == 3);
    CHECK(body->displayedText().endsWith(QStringLiteral("Montant : Overdue amount")));
    CHECK(editor.letterTemplate().body.endsWith(
        QStringLiteral(" Montant : {{reminder.overdue}}</p>")));
}

TEST_CASE("Insert field puts a named token in the letter and in the e-mail")
{
    GuiFixture fixture;
    TemplateEditorDialog editor(
        templateWithBody(QStringLiteral("<p>Bonjour </p>"), QStringLiteral("Bonjour ")),
        sampleLevel(), AgencyIdentity());
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    TemplateTextEdit* body = editor.bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    const auto actions =
        editor.insertFieldMenu()->findChildren<QAction*>(QStringLiteral("field:account.name"));
    REQUIRE(!actions.isEmpty());
    actions.first()->trigger();
    CHECK(body->displayedText() == QStringLiteral("Bonjour Tenant name"));
    CHECK(editor.letterTemplate().body == QStringLiteral("<p>Bonjour {{account.name}}</p>"));

    // A section goes around the selected words.
    TemplateTextEdit* email = editor.emailBodyEditor();
    email->setFocus();
    email->moveCursor(QTextCursor::End);
    QTest::keyClicks(email, QStringLiteral("vous"));
    email->moveCursor(QTextCursor::Left, QTextCursor::KeepAnchor);
    email->moveCursor(QTextCursor::Left, QTextCursor::KeepAnchor);
    email->moveCursor(QTextCursor::Left, QTextCursor::KeepAnchor);
    email->moveCursor(QTextCursor::Left, QTextCursor::KeepAnchor);
    const auto flag = editor.insertFieldMenu()->findChildren<QAction*>(
        QStringLiteral("field:recipient.is_tenant"));
    REQUIRE(!flag.isEmpty());
    flag.first()->trigger();
    CHECK(editor.letterTemplate().emailBody ==
          QStringLiteral("Bonjour {{#recipient.is_tenant}}vous{{/recipient.is_tenant}}"));
    CHECK(email->displayedText() ==
          QStringLiteral("Bonjour Section shown only in letters to the tenant:vous"
                         "End of “Section shown only in letters to the tenant”"));
    GuiFixture::screenshot(&editor, QStringLiteral("template-editor-tokens"));
}
