// The landlords' covering e-mail edited from the Settings page (issue 15):
// the E-mail tab's button opens the editor, a field the statement does not
// have is refused under the text, a saved text is what `report owners
// --send` uses, and the default can be restored.
#include "GuiFixture.h"
#include "TestSupport.h"

#include "common/MessageBox.h"
#include "mail/MemoryKeychain.h"
#include "reports/OwnerStatementEmail.h"
#include "settings/OwnerEmailEditor.h"
#include "settings/SettingsPage.h"
#include "storage/AgencyRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

#include <catch2/catch.hpp>

TEST_CASE("The landlords' e-mail is edited from the Settings page, checked, saved per language "
          "and restored")
{
    GuiFixture fixture;
    auto db = fixture.databaseWithAccounts();
    MemoryKeychain keychain;
    SettingsPage page;
    page.setKeychain(&keychain);
    page.setDatabase(db.get());
    page.resize(900, 720);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.findChild<QTabWidget*>(QStringLiteral("settingsTabs"))
        ->setCurrentIndex(SettingsPage::MailTab);
    auto* button = page.findChild<QPushButton*>(QStringLiteral("ownerEmailEdit"));
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    auto* editor = page.findChild<OwnerEmailEditor*>(QStringLiteral("ownerEmailEditor"));
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowExposed(editor));
    // The interface's language first, then English.
    CHECK(editor->subject()->text() ==
          OwnerStatementEmail::defaultText(editor->language())->subject);
    editor->languageBox()->setCurrentIndex(editor->languageBox()->findData(QStringLiteral("en")));
    REQUIRE(editor->language() == QStringLiteral("en"));
    CHECK(editor->subject()->text().startsWith(QStringLiteral("Arrears statement as of")));
    CHECK(editor->body()->toPlainText().contains(QStringLiteral("{{statement.total}}")));

    editor->body()->setPlainText(QStringLiteral("Dear {{owner.name}}, see {{account.ref}}."));
    CHECK_FALSE(editor->save());
    CHECK(editor->problem().contains(QStringLiteral("account.ref")));

    editor->subject()->setText(QStringLiteral("Your tenants as of {{statement.as_of}}"));
    editor->body()->setPlainText(QStringLiteral("Dear {{owner.name}}: {{statement.total}}."));
    REQUIRE(editor->save());
    CHECK(editor->problem().isEmpty());
    auto stored = OwnerStatementEmail::text(*db, QStringLiteral("en"));
    REQUIRE(stored.ok());
    CHECK(stored->subject == QStringLiteral("Your tenants as of {{statement.as_of}}"));
    CHECK(stored->body == QStringLiteral("Dear {{owner.name}}: {{statement.total}}."));

    // The French text is its own, still the default.
    editor->languageBox()->setCurrentIndex(editor->languageBox()->findData(QStringLiteral("fr")));
    CHECK(editor->language() == QStringLiteral("fr"));
    CHECK(editor->subject()->text().startsWith(QStringLiteral("Relevé des impayés")));

    editor->languageBox()->setCurrentIndex(editor->languageBox()->findData(QStringLiteral("en")));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    REQUIRE(editor->restoreDefault());
    CHECK(editor->subject()->text().startsWith(QStringLiteral("Arrears statement as of")));
    CHECK(OwnerStatementEmail::text(*db, QStringLiteral("en"))
              ->subject.startsWith(QStringLiteral("Arrears statement")));
    editor->close();
    page.setDatabase(nullptr);
}
