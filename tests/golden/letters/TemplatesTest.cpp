#include "TestSupport.h"

#include "letters/DefaultTemplates.h"
#include "letters/MergeFields.h"
#include "letters/NumberToWords.h"
#include "letters/TemplateEditor.h"
#include "letters/TemplateEngine.h"
#include "reminders/Program.h"
#include "setup/DatabaseSetup.h"
#include "storage/AgencyRepository.h"
#include "storage/ProgramRepository.h"
#include "storage/TemplateRepository.h"

#include <QBuffer>
#include <QImage>

using namespace TestSupport;

TEST_CASE("Amounts are written in French words as a formal notice states them")
{
    using NumberToWords::french;
    CHECK(NumberToWords::frenchAmount(Money::fromCents(101350)) ==
          QStringLiteral("mille treize euros et cinquante centimes"));
    CHECK(NumberToWords::frenchAmount(Money::fromCents(100)) == QStringLiteral("un euro"));
    CHECK(NumberToWords::frenchAmount(Money::fromCents(1)) == QStringLiteral("un centime"));
    CHECK(NumberToWords::frenchAmount(Money::fromCents(50)) ==
          QStringLiteral("cinquante centimes"));
    CHECK(NumberToWords::frenchAmount(Money::fromCents(0)) == QStringLiteral("zéro euro"));
    CHECK(NumberToWords::frenchAmount(Money::fromCents(200000000)) ==
          QStringLiteral("deux millions d'euros"));
    CHECK(french(21) == QStringLiteral("vingt et un"));
    CHECK(french(71) == QStringLiteral("soixante et onze"));
    CHECK(french(80) == QStringLiteral("quatre-vingts"));
    CHECK(french(81) == QStringLiteral("quatre-vingt-un"));
    CHECK(french(91) == QStringLiteral("quatre-vingt-onze"));
    CHECK(french(99) == QStringLiteral("quatre-vingt-dix-neuf"));
    CHECK(french(200) == QStringLiteral("deux cents"));
    CHECK(french(201) == QStringLiteral("deux cent un"));
    CHECK(french(1000) == QStringLiteral("mille"));
    CHECK(french(80000) == QStringLiteral("quatre-vingt mille"));
    CHECK(french(200000) == QStringLiteral("deux cent mille"));
    CHECK(french(1001001) == QStringLiteral("un million mille un"));
    CHECK(
        french(2345678) ==
        QStringLiteral("deux millions trois cent quarante-cinq mille six cent soixante-dix-huit"));
    CHECK(NumberToWords::englishAmount(Money::fromCents(101350)) ==
          QStringLiteral("one thousand and thirteen euros and fifty cents"));
}

TEST_CASE("A template with an unknown field is refused with the field and its position")
{
    const QString body = QStringLiteral("<p>Bonjour {{account.name}},</p>\n<p>Vous devez "
                                        "{{reminder.overdu}}.</p>");
    auto error = TemplateEngine::check(body, TemplateEngine::Part::LetterBody);
    REQUIRE(error);
    CHECK(error->field == QStringLiteral("reminder.overdu"));
    CHECK(error->line == 2);
    CHECK(error->column == 15);
    CHECK(error->message.contains(QStringLiteral("reminder.overdu")));
    CHECK(error->message.contains(QStringLiteral("line 2, column 15")));
}

TEST_CASE("A template with a section never closed is refused where the section opens")
{
    const QString body = QStringLiteral("Détail :\n  {{#items}}- {{label}} : {{remaining}}\nFin");
    auto error = TemplateEngine::check(body, TemplateEngine::Part::EmailBody);
    REQUIRE(error);
    CHECK(error->field == QStringLiteral("items"));
    CHECK(error->line == 2);
    CHECK(error->column == 3);
    CHECK(error->message.contains(QStringLiteral("never closed")));

    auto crossed = TemplateEngine::check(
        QStringLiteral("{{#recipient.is_tenant}}{{#items}}{{/recipient.is_tenant}}{{/items}}"),
        TemplateEngine::Part::EmailBody);
    REQUIRE(crossed);
    CHECK(crossed->field == QStringLiteral("recipient.is_tenant"));

    auto unfinished = TemplateEngine::check(QStringLiteral("Dû : {{reminder.overdue"),
                                            TemplateEngine::Part::EmailBody);
    REQUIRE(unfinished);
    CHECK(unfinished->column == 6);

    // Fields of an item exist only inside the items section; raw output is
    // refused because a value could then inject markup.
    CHECK(TemplateEngine::check(QStringLiteral("{{label}}"), TemplateEngine::Part::EmailBody));
    CHECK(TemplateEngine::check(QStringLiteral("{{{account.name}}}"),
                                TemplateEngine::Part::LetterBody));
    CHECK(TemplateEngine::check(QStringLiteral("{{reminder.items_table}}"),
                                TemplateEngine::Part::EmailBody));
    CHECK_FALSE(TemplateEngine::check(QStringLiteral("{{#items}}{{label}}{{/items}}"),
                                      TemplateEngine::Part::EmailBody));
}

TEST_CASE("Values are HTML-escaped in the letter body and left as typed in e-mails")
{
    MergeData data = MergeFields::sample();
    data.values[QStringLiteral("account.name")] = QStringLiteral("<b>Dupont</b> & fils");
    const QString html = TemplateEngine::render(QStringLiteral("<p>{{account.name}}</p>"), data,
                                                TemplateEngine::Part::LetterBody);
    CHECK(html == QStringLiteral("<p>&lt;b&gt;Dupont&lt;/b&gt; &amp; fils</p>"));
    const QString text = TemplateEngine::render(QStringLiteral("Bonjour {{account.name}}"), data,
                                                TemplateEngine::Part::EmailBody);
    CHECK(text == QStringLiteral("Bonjour <b>Dupont</b> & fils"));
    // An empty value hides its section.
    data.values[QStringLiteral("account.property")] = QString();
    CHECK(TemplateEngine::render(QStringLiteral("A{{#account.property}} ({{account.property}})"
                                                "{{/account.property}}B"),
                                 data, TemplateEngine::Part::EmailBody) == QStringLiteral("AB"));
}

TEST_CASE("A new database has French and English default templates for the four levels")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    REQUIRE(DatabaseSetup::prepare(*db).ok());
    REQUIRE(DefaultTemplates::install(*db).ok()); // twice adds nothing
    auto program = ProgramRepository(*db).global();
    REQUIRE(program.ok());
    REQUIRE(program->levels.size() == 4);
    TemplateRepository repo(*db);
    auto all = repo.all();
    REQUIRE(all.ok());
    CHECK(all->size() == 8);
    for (const LetterTemplate& t : *all) {
        INFO(t.name.toStdString() << " " << t.language.toStdString());
        CHECK(t.isDefault);
        CHECK(TemplateEngine::validate(t).ok());
    }
    const Level* notice = program->level(4);
    REQUIRE(notice);
    auto fr = repo.defaultFor(notice->id, QStringLiteral("fr"));
    REQUIRE(fr.ok());
    CHECK(fr->emailSubject.startsWith(QStringLiteral("Mise en demeure")));
    CHECK(fr->body.contains(QStringLiteral("{{reminder.overdue}}")));
    CHECK(fr->body.contains(QStringLiteral("{{reminder.deadline}}")));
    CHECK(fr->body.contains(QStringLiteral("clause résolutoire")));
    const Level* guarantor = program->level(3);
    auto info = repo.defaultFor(guarantor->id, QStringLiteral("fr"));
    REQUIRE(info.ok());
    CHECK(info->body.contains(QStringLiteral("article 2303 du Code civil")));
    auto en = repo.defaultFor(notice->id, QStringLiteral("en"));
    REQUIRE(en.ok());
    CHECK(en->language == QStringLiteral("en"));
}

TEST_CASE("Saving a template refuses a broken one and keeps one default per level and language")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    REQUIRE(DatabaseSetup::prepare(*db).ok());
    auto program = ProgramRepository(*db).global();
    REQUIRE(program.ok());
    const qint64 levelId = program->level(1)->id;
    TemplateRepository repo(*db);

    LetterTemplate bad;
    bad.levelId = levelId;
    bad.name = QStringLiteral("Courtois");
    bad.body = QStringLiteral("<p>Bonjour {{account.nom}}</p>");
    auto refused = TemplateEditor(*db).save(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("account.nom")));
    CHECK(refused.error().contains(QStringLiteral("line 1, column 12")));
    CHECK(repo.ofLevel(levelId)->size() == 2);

    LetterTemplate good = bad;
    good.body = QStringLiteral("<p>Bonjour {{account.name}}</p>");
    good.emailSubject = QStringLiteral("Compte {{account.ref}}");
    good.isDefault = true;
    auto id = repo.save(good);
    REQUIRE(id.ok());
    auto def = repo.defaultFor(levelId, QStringLiteral("fr"));
    REQUIRE(def.ok());
    CHECK(def->id == *id);
    int defaults = 0;
    for (const LetterTemplate& t : *repo.ofLevel(levelId))
        defaults += t.language == QLatin1String("fr") && t.isDefault ? 1 : 0;
    CHECK(defaults == 1);
    // Same name again in the same level and language: refused.
    good.id = 0;
    CHECK_FALSE(repo.save(good).ok());
    // Removing the default hands the role over.
    REQUIRE(repo.remove(*id).ok());
    auto after = repo.defaultFor(levelId, QStringLiteral("fr"));
    REQUIRE(after.ok());
    CHECK(after->isDefault);
    CHECK(after->name == QStringLiteral("Modèle standard"));
}

TEST_CASE("The agency identity is saved with its PNG images and refuses other formats")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    AgencyRepository repo(*db);
    AgencyIdentity a;
    a.name = QStringLiteral("Agence du Parc");
    a.city = QStringLiteral("Lyon");
    a.siret = QStringLiteral("123 456 789 00012");
    QImage logo(40, 20, QImage::Format_RGB32);
    logo.fill(Qt::darkBlue);
    QBuffer buffer(&a.logoPng);
    buffer.open(QIODevice::WriteOnly);
    logo.save(&buffer, "PNG");
    REQUIRE(repo.save(a).ok());
    auto back = repo.load();
    REQUIRE(back.ok());
    CHECK(*back == a);
    a.signaturePng = QByteArray("GIF89a....");
    auto refused = repo.save(a);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("PNG")));
}

TEST_CASE("A letter body places the unpaid items and the payment plan's schedule, each once, in "
          "their order")
{
    const MergeData data = MergeFields::sample();
    const auto split = TemplateEngine::renderBody(
        QStringLiteral("<p>A</p>{{plan.schedule_table}}<p>B</p>{{reminder.items_table}}<p>C</p>"),
        data);
    CHECK(split.hasTable);
    CHECK(split.table == LetterTable::PlanSchedule);
    CHECK(split.hasSecondTable);
    CHECK(split.before == QStringLiteral("<p>A</p>"));
    CHECK(split.after == QStringLiteral("<p>B</p>"));
    CHECK(split.afterSecond == QStringLiteral("<p>C</p>"));
    const auto itemsOnly = TemplateEngine::renderBody(
        QStringLiteral("<p>A</p>{{reminder.items_table}}<p>B</p>"), data);
    CHECK(itemsOnly.table == LetterTable::UnpaidItems);
    CHECK_FALSE(itemsOnly.hasSecondTable);
    CHECK(itemsOnly.after == QStringLiteral("<p>B</p>"));

    CHECK_FALSE(
        TemplateEngine::check(QStringLiteral("{{reminder.items_table}}\n{{plan.schedule_table}}"),
                              TemplateEngine::Part::LetterBody));
    auto twice = TemplateEngine::check(
        QStringLiteral("{{plan.schedule_table}}\n<p>x</p>{{plan.schedule_table}}"),
        TemplateEngine::Part::LetterBody);
    REQUIRE(twice);
    CHECK(twice->line == 2);
    CHECK(twice->column == 9);
    auto itemsTwice =
        TemplateEngine::check(QStringLiteral("{{reminder.items_table}}{{reminder.items_table}}"),
                              TemplateEngine::Part::LetterBody);
    REQUIRE(itemsTwice);
    CHECK(itemsTwice->message.contains(QStringLiteral("only once")));
    CHECK(TemplateEngine::check(QStringLiteral("{{plan.schedule_table}}"),
                                TemplateEngine::Part::EmailBody));
    CHECK(TemplateEngine::check(
        QStringLiteral("{{#plan.broken_on}}{{plan.schedule_table}}{{/plan.broken_on}}"),
        TemplateEngine::Part::LetterBody));
}
