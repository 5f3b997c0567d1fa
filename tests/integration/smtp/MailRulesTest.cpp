#include "MailScenario.h"
#include "TestSupport.h"
#include "letters/LetterComposer.h"
#include "letters/LetterFormat.h"
#include "mail/MailAddress.h"
#include "mail/MailQueue.h"
#include "mail/MemoryKeychain.h"
#include "mail/MessageBuilder.h"
#include "mail/Outbox.h"
#include "mail/OutboxDecision.h"
#include "mail/OutboxState.h"
#include "mail/SmtpPassword.h"
#include "storage/AccountRepository.h"
#include "storage/AgencyRepository.h"
#include "storage/OutboxRepository.h"
#include "storage/ReminderRepository.h"
#include "storage/TemplateRepository.h"
#include "util/TextRules.h"

#include <catch2/catch.hpp>

using namespace TestSupport;

TEST_CASE("E-mail states move only along their lifecycle")
{
    using S = OutboxState;
    const QList<std::pair<S, S>> allowed = {
        {S::Queued, S::Sending}, {S::Queued, S::Failed},     {S::Sending, S::Sent},
        {S::Sending, S::Failed}, {S::Sending, S::Uncertain}, {S::Failed, S::Sending},
        {S::Failed, S::Queued},  {S::Uncertain, S::Sent},    {S::Uncertain, S::Queued}};
    for (S from : OutboxStates::all()) {
        CHECK(OutboxStates::fromKey(OutboxStates::toKey(from)) == from);
        for (S to : OutboxStates::all()) {
            INFO(OutboxStates::toKey(from).toStdString() + " -> " +
                 OutboxStates::toKey(to).toStdString());
            CHECK(OutboxStates::canMove(from, to) == allowed.contains({from, to}));
        }
    }
    // Never again automatically: an uncertain message cannot be claimed.
    CHECK_FALSE(OutboxStates::canMove(S::Uncertain, S::Sending));
    CHECK_FALSE(OutboxStates::fromKey(QStringLiteral("bounced")).has_value());
}

TEST_CASE("Addresses are checked strictly, names and subjects encoded for headers")
{
    for (const char* good : {"jean.dupont@example.fr", "a+b@sub.example.org", "x_y-z@ex-ample.com"})
        CHECK(MailAddress::isValid(QString::fromUtf8(good)));
    for (const char* bad :
         {"", "jean", "jean@", "@example.fr", "jean@@example.fr", "jean dupont@example.fr",
          "jean@example", "jean@example.fr\r\nBcc: x@y.fr", "jean..d@example.fr", ".j@example.fr",
          "jean@-example.fr", "<jean@example.fr>", "jéan@example.fr"})
        CHECK_FALSE(MailAddress::isValid(QString::fromUtf8(bad)));
    CHECK(
        MailAddress::splitList(QStringLiteral(" a@x.fr, b@y.fr;c@z.fr ,, ")) ==
        QStringList{QStringLiteral("a@x.fr"), QStringLiteral("b@y.fr"), QStringLiteral("c@z.fr")});

    CHECK(MailAddress::mailbox(QStringLiteral("Jean Dupont"), QStringLiteral("j@x.fr")) ==
          "Jean Dupont <j@x.fr>");
    CHECK(MailAddress::mailbox(QStringLiteral("Dupont, Jean \"JD\""), QStringLiteral("j@x.fr")) ==
          "\"Dupont, Jean \\\"JD\\\"\" <j@x.fr>");
    CHECK(MailAddress::mailbox(QStringLiteral("Éloïse"), QStringLiteral("e@x.fr")) ==
          "=?UTF-8?B?w4lsb8Ovc2U=?= <e@x.fr>");
    CHECK(MailAddress::mailbox({}, QStringLiteral("e@x.fr")) == "<e@x.fr>");
    CHECK(MailAddress::encodeText(QStringLiteral("Relance LOC0042")) == "Relance LOC0042");

    // A long subject becomes several encoded words of at most 75 characters,
    // each decoding on its own, together giving the subject back.
    const QString subject = QStringLiteral("Mise en demeure — loyers impayés de l’appartement "
                                           "3B, 12 rue des Lilas — échéance dépassée 😀");
    const QByteArray encoded = MailAddress::encodeText(subject);
    QString decoded;
    for (const QByteArray& line : encoded.split('\n')) {
        const QByteArray word = line.trimmed();
        CHECK(word.size() <= 75);
        REQUIRE(word.startsWith("=?UTF-8?B?"));
        REQUIRE(word.endsWith("?="));
        const QByteArray utf8 = QByteArray::fromBase64(word.mid(10, word.size() - 12));
        CHECK(QString::fromUtf8(utf8).toUtf8() == utf8); // whole characters only
        decoded += QString::fromUtf8(utf8);
    }
    CHECK(decoded == subject);
    CHECK(MailAddress::asciiFileName(QStringLiteral("relance-LOC/42 Éloïse.pdf")) ==
          QStringLiteral("relance-LOC-42-Eloise.pdf"));
}

TEST_CASE("Bodies get CRLF line ends, whatever the template used")
{
    CHECK(MessageBuilder::toCrlf(QStringLiteral("a\nb\r\nc\rd")) == "a\r\nb\r\nc\r\nd\r\n");
    CHECK(MessageBuilder::toCrlf(QStringLiteral("été\n")) == QStringLiteral("été\r\n").toUtf8());
}

TEST_CASE("A message with a line break in a header value or a bad address is refused, "
          "with the reason")
{
    SmtpSettings settings;
    settings.host = QStringLiteral("smtp.example.fr");
    settings.fromAddress = QStringLiteral("relances@agence.fr");
    OutboxMessage m;
    m.toAddress = QStringLiteral("jean@example.fr");
    m.toName = QStringLiteral("Jean");
    m.subject = QStringLiteral("Relance");
    m.messageId = MessageBuilder::newMessageId(settings);
    CHECK(MessageBuilder::problems(m, settings).isEmpty());
    CHECK(MessageBuilder::build(m, settings).ok());

    OutboxMessage injected = m;
    injected.toName = QStringLiteral("Jean\nBcc: victim@evil.example");
    CHECK(MessageBuilder::problems(injected, settings)
              .join(u' ')
              .contains(QStringLiteral("line break")));
    CHECK_FALSE(MessageBuilder::build(injected, settings).ok());
    injected = m;
    injected.subject = QStringLiteral("Relance\r\nX-Evil: 1");
    CHECK_FALSE(MessageBuilder::problems(injected, settings).isEmpty());
    injected = m;
    injected.cc = QStringLiteral("ok@example.fr, not an address");
    CHECK(MessageBuilder::problems(injected, settings)
              .join(u' ')
              .contains(QStringLiteral("not an address")));
    SmtpSettings badFrom = settings;
    badFrom.fromName = QStringLiteral("Agence\r\nBcc: x@y.fr");
    CHECK_FALSE(MessageBuilder::problems(m, badFrom).isEmpty());
    CHECK(m.messageId.startsWith(u'<'));
    CHECK(m.messageId.endsWith(QStringLiteral("@agence.fr>")));
}

TEST_CASE("Every kind of line break in any SMTP setting is refused when the setting is written")
{
    const QList<QChar> breaks = {u'\r',       u'\n',         QChar(0x0B),  QChar(0x0C),
                                 QChar(0x85), QChar(0x2028), QChar(0x2029)};
    CHECK(TextRules::isSingleLine(u"relances@agence.fr, Agence Étoile"));
    CHECK(TextRules::isSingleLine(QString()));
    for (QChar c : breaks) {
        INFO(int(c.unicode()));
        CHECK_FALSE(TextRules::isSingleLine(QString(QStringLiteral("a") + c + u'b')));
        CHECK(MailAddress::hasLineBreakOrControl(QString(QStringLiteral("a") + c + u'b')));
    }

    SmtpSettings ok;
    ok.host = QStringLiteral("smtp.agence.fr");
    ok.user = QStringLiteral("agence");
    ok.fromAddress = QStringLiteral("relances@agence.fr");
    ok.fromName = QStringLiteral("Agence Étoile");
    ok.replyTo = QStringLiteral("gestion@agence.fr");
    ok.cc = QStringLiteral("copie@agence.fr, archive@agence.fr");
    REQUIRE(ok.problems().isEmpty());
    const QList<QString SmtpSettings::*> fields = {
        &SmtpSettings::host,     &SmtpSettings::user,    &SmtpSettings::fromAddress,
        &SmtpSettings::fromName, &SmtpSettings::replyTo, &SmtpSettings::cc,
        &SmtpSettings::caFile};
    for (QString SmtpSettings::*field : fields)
        for (QChar c : breaks) {
            SmtpSettings s = ok;
            // At the end of an otherwise valid value, where it is easiest to miss.
            s.*field =
                (s.*field).isEmpty() ? QString(QStringLiteral("x") + c) : QString(s.*field + c);
            INFO((s.*field).toStdString() << " " << int(c.unicode()));
            CHECK(s.problems().join(u' ').contains(QStringLiteral("line break")));
        }

    SmtpSettings slow = ok;
    slow.readTimeoutMs = 301 * 1000;
    CHECK(slow.problems().join(u' ').contains(QStringLiteral("1 to 300 seconds")));
    slow.readTimeoutMs = 300 * 1000;
    CHECK(slow.problems().isEmpty());
}

TEST_CASE("queueRun: one message per reminder and address, guarantors when the level says so, "
          "idempotent")
{
    MailScenario s;
    const qint64 run = s.addRun(
        {{QStringLiteral("LOC0001"),
          QStringLiteral("Jean"),
          QStringLiteral("jean@example.fr, jean.pro@example.org"),
          {{QStringLiteral("Marie"), QStringLiteral("marie@example.fr")},
           {QStringLiteral("Sans e-mail"), QString()}}},
         {QStringLiteral("LOC0002"), QStringLiteral("Paul"), QString(), {}},
         {QStringLiteral("LOC0003"), QStringLiteral("Luc"), QStringLiteral("luc@@example.fr"), {}}},
        {QStringLiteral("tenant"), QStringLiteral("guarantor")});
    OutboxRepository repo(s.db());
    auto all = repo.list(std::nullopt, run);
    REQUIRE(all);
    QStringList addresses;
    for (const OutboxMessage& m : *all)
        addresses << m.recipient + u':' + m.toAddress;
    CHECK(addresses == QStringList{QStringLiteral("tenant:jean@example.fr"),
                                   QStringLiteral("tenant:jean.pro@example.org"),
                                   QStringLiteral("guarantor:marie@example.fr"),
                                   QStringLiteral("tenant:luc@@example.fr")});
    CHECK(all->at(0).attachmentPath.endsWith(QStringLiteral("LOC0001-tenant.pdf")));
    CHECK(all->at(2).attachmentPath.endsWith(QStringLiteral("LOC0001-guarantor1.pdf")));
    // The letter's own file name (LetterComposer::fileName), ASCII only.
    CHECK(all->at(2).attachmentName ==
          QStringLiteral("relance-LOC0001-n1-caution1-2026-11-23.pdf"));
    CHECK(all->at(2).subject == QStringLiteral("Loyer impayé — LOC0001 — Marie"));
    CHECK(all->at(0).body.contains(
        LetterFormat::money(Money::fromCents(101350), QStringLiteral("fr"))));
    // The bad address is failed for good, and its letter waits for the printer.
    CHECK(all->at(3).state == OutboxState::Failed);
    CHECK(all->at(3).permanentFailure);
    CHECK(s.letterState(QStringLiteral("LOC0003")) == QStringLiteral("pending"));

    auto again = MailQueue::queueRun(s.db(), run);
    REQUIRE(again);
    CHECK(again->queued == 0);
    CHECK(again->alreadyQueued == 4);
    CHECK(repo.list(std::nullopt, run)->size() == 4);
}

TEST_CASE("An e-mail says what its letter says: subject and body are LetterComposer's for the "
          "letter's recorded facts and template")
{
    MailScenario s;
    REQUIRE(s.db().exec(
        QStringLiteral("UPDATE agency SET address1 = ?, postal_code = ?, city = ? "
                       "WHERE id = 1"),
        {QStringLiteral("8 quai de Saône"), QStringLiteral("69001"), QStringLiteral("Lyon")}));
    s.setEmailTexts(
        QStringLiteral("{{reminder.level_name}} — {{account.ref}} — {{recipient.name}}"),
        QStringLiteral("Bonjour {{recipient.name}},\n"
                       "{{#recipient.is_guarantor}}En votre qualité de caution de {{account.name}} "
                       "({{account.ref}}), {{/recipient.is_guarantor}}"
                       "{{#recipient.is_tenant}}Pour le logement {{account.address}}, "
                       "{{/recipient.is_tenant}}"
                       "il reste dû {{reminder.overdue}} ({{reminder.overdue_words}}) depuis le "
                       "{{reminder.oldest_due_date}}, soit {{reminder.days_late}} jours.\n"
                       "{{#items}}- {{label}} du {{due_date}} : {{remaining}}\n{{/items}}"
                       "À régler avant le {{reminder.deadline}}.\n"
                       "Caution : {{guarantor.name}}\n{{letter.place_date}}\n"
                       "{{agency.name}}, {{agency.address}}"));
    // The snapshot the run recorded: what the letter lists, whatever the
    // ledger says later.
    s.itemsJson =
        QStringLiteral(R"([{"label":"Loyer octobre 2026","due_date":"2026-10-05","amount":81350},)"
                       R"({"label":"Charges octobre 2026","due_date":"2026-10-05","amount":20000,)"
                       R"("remaining":20000}])");
    const qint64 run = s.addRun({{QStringLiteral("LOC0001"),
                                  QStringLiteral("Jean"),
                                  QStringLiteral("jean@example.fr"),
                                  {{QStringLiteral("Marie"), QStringLiteral("marie@example.fr")},
                                   {QStringLiteral("Hugo"), QStringLiteral("hugo@example.fr")}}}},
                                {QStringLiteral("tenant"), QStringLiteral("guarantor")});

    auto messages = OutboxRepository(s.db()).list(std::nullopt, run);
    REQUIRE(messages);
    REQUIRE(messages->size() == 3);
    auto reminders = ReminderRepository(s.db()).ofRun(run);
    REQUIRE(reminders);
    REQUIRE(reminders->size() == 1);
    const ReminderRecord& reminder = reminders->first();
    auto letters = ReminderRepository(s.db()).lettersOfRun(run);
    REQUIRE(letters);
    auto agency = AgencyRepository(s.db()).load();
    REQUIRE(agency);
    auto account = AccountRepository(s.db()).byId(reminder.accountId);
    REQUIRE(account);
    auto letterTemplate =
        TemplateRepository(s.db()).defaultFor(reminder.levelId, QStringLiteral("fr"));
    REQUIRE(letterTemplate);

    QHash<QString, QString> bodies; // by address
    for (const OutboxMessage& m : *messages) {
        INFO(m.toAddress.toStdString());
        const auto letter =
            std::find_if(letters->cbegin(), letters->cend(),
                         [&](const ReminderLetter& l) { return l.id == m.letterId; });
        REQUIRE(letter != letters->cend());
        CHECK(letter->recipient == m.recipient);
        const LetterFacts facts = LetterComposer::facts(*agency, reminder, *letter, *account);
        // The letter's own « Objet » line and the e-mail's subject are one text.
        CHECK(m.subject == LetterComposer::compose(facts, *letterTemplate).subject.simplified());
        CHECK(m.subject == LetterComposer::emailSubject(facts, *letterTemplate).simplified());
        CHECK(m.body == LetterComposer::emailBody(facts, *letterTemplate));
        bodies.insert(m.toAddress, m.body);
    }

    // What a reader of each e-mail sees.
    const QString marie = bodies.value(QStringLiteral("marie@example.fr"));
    const QString jean = bodies.value(QStringLiteral("jean@example.fr"));
    const QString hugo = bodies.value(QStringLiteral("hugo@example.fr"));
    CHECK(marie.startsWith(
        QStringLiteral("Bonjour Marie,\nEn votre qualité de caution de Jean (LOC0001), ")));
    CHECK(marie.contains(QStringLiteral("Caution : Marie\n")));
    CHECK(hugo.contains(QStringLiteral("Caution : Hugo\n")));
    CHECK(jean.startsWith(QStringLiteral(
        "Bonjour Jean,\nPour le logement 12 rue des Lilas, 69003 Lyon, il reste dû ")));
    CHECK_FALSE(jean.contains(QStringLiteral("caution de")));
    // In the tenant's letter the guarantor fields name the first guarantor.
    CHECK(jean.contains(QStringLiteral("Caution : Marie\n")));
    for (const QString& body : {marie, jean, hugo}) {
        CHECK(body.contains(
            QStringLiteral("(mille treize euros et cinquante centimes) depuis le 5 octobre "
                           "2026, soit 49 jours.")));
        CHECK(body.contains(QStringLiteral("- Loyer octobre 2026 du 05/10/2026 : ") +
                            LetterFormat::money(Money::fromCents(81350), QStringLiteral("fr"))));
        CHECK(body.contains(QStringLiteral("- Charges octobre 2026 du 05/10/2026 : ") +
                            LetterFormat::money(Money::fromCents(20000), QStringLiteral("fr"))));
        CHECK(body.contains(QStringLiteral("À régler avant le 1er décembre 2026.")));
        CHECK(body.endsWith(QStringLiteral(
            "Lyon, le 23 novembre 2026\nAgence Étoile, 8 quai de Saône, 69001 Lyon")));
    }
    CHECK(messages->at(2).subject == QStringLiteral("Première relance — LOC0001 — Hugo"));
}

TEST_CASE("A recorded reminder's letter and e-mail use its own template, else its level's "
          "default in the letter's language")
{
    MailScenario s;
    TemplateRepository templates(s.db());
    auto existing = templates.all();
    REQUIRE(existing);
    REQUIRE(existing->size() == 1);
    const LetterTemplate standard = existing->first();
    const auto add = [&](const QString& name, const QString& language, bool isDefault) {
        LetterTemplate t;
        t.levelId = standard.levelId;
        t.name = name;
        t.language = language;
        t.isDefault = isDefault;
        t.body = QStringLiteral("<p>{{account.name}}</p>");
        t.emailSubject = name;
        auto id = templates.save(t);
        INFO(id.error().toStdString());
        REQUIRE(id);
        return *id;
    };
    const qint64 special = add(QStringLiteral("Spécial"), QStringLiteral("fr"), false);
    add(QStringLiteral("English"), QStringLiteral("en"), true);
    const auto nameOf = [&](qint64 templateId, qint64 levelId, const QString& language) {
        auto t = templates.forReminder(templateId, levelId, language);
        REQUIRE(t);
        return t->has_value() ? t->value().name : QStringLiteral("(none)");
    };
    CHECK(nameOf(special, standard.levelId, QStringLiteral("en")) == QStringLiteral("Spécial"));
    CHECK(nameOf(0, standard.levelId, QStringLiteral("en")) == QStringLiteral("English"));
    CHECK(nameOf(0, standard.levelId, QStringLiteral("fr")) == QStringLiteral("Standard"));
    // The reminder's template was deleted: its level's default.
    CHECK(nameOf(special + 1000, standard.levelId, QStringLiteral("fr")) ==
          QStringLiteral("Standard"));
    // The level went with its templates: nothing (the letter says so, the
    // e-mail falls back to plain texts).
    CHECK(nameOf(0, 0, QStringLiteral("fr")) == QStringLiteral("(none)"));
}

TEST_CASE("A temporary failure waits for its back-off; uncertain and sent messages are never "
          "claimed")
{
    MailScenario s;
    const qint64 run = s.addRun(
        {{QStringLiteral("LOC0001"), QStringLiteral("Jean"), QStringLiteral("jean@example.fr"), {}},
         {QStringLiteral("LOC0002"),
          QStringLiteral("Paul"),
          QStringLiteral("paul@example.fr"),
          {}}});
    OutboxRepository repo(s.db());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto due = repo.due(run, now);
    REQUIRE(due);
    REQUIRE(due->size() == 2);
    const qint64 first = due->at(0).id;
    const qint64 second = due->at(1).id;

    REQUIRE(*repo.claim(first, QStringLiteral("<a@x>")));
    CHECK_FALSE(*repo.claim(first, QStringLiteral("<b@x>"))); // already being sent
    REQUIRE(repo.markFailed(first, QStringLiteral("451 try later"), false,
                            now.addSecs(Outbox::backoffSeconds(1))));
    CHECK(repo.due(run, now)->size() == 1);
    CHECK(repo.due(run, now.addSecs(Outbox::backoffSeconds(1) + 1))->size() == 2);
    CHECK(Outbox::backoffSeconds(1) < Outbox::backoffSeconds(2));
    CHECK(Outbox::backoffSeconds(2) < Outbox::backoffSeconds(5));

    // The process stops while the second message is out: uncertain, not due.
    REQUIRE(*repo.claim(second, QStringLiteral("<c@x>")));
    CHECK(*repo.markInterruptedUncertain() == 1);
    CHECK(repo.byId(second)->value().state == OutboxState::Uncertain);
    CHECK_FALSE(*repo.claim(second, QStringLiteral("<d@x>")));
    CHECK(repo.due(run, now.addDays(1))->size() == 1);
    // A person re-sends it: queued again.
    REQUIRE(OutboxDecision::requeue(s.db(), second));
    CHECK(repo.due(run, now)->size() == 1);
    REQUIRE(*repo.claim(second, QStringLiteral("<c@x>")));
    REQUIRE(repo.markSent(second, now));
    CHECK_FALSE(OutboxDecision::requeue(s.db(), second).ok()); // a sent message stays sent
    // Only an uncertain one can be confirmed, and a refused decision changes
    // nothing.
    CHECK_FALSE(OutboxDecision::confirmSent(s.db(), first).ok());
    CHECK(repo.byId(first)->value().state == OutboxState::Failed);
    CHECK(repo.byId(second)->value().state == OutboxState::Sent);
}

TEST_CASE("The password comes from the environment first, then the keyring, never the database")
{
    MemoryKeychain keychain;
    SmtpSettings settings;
    settings.host = QStringLiteral("smtp.example.fr");
    settings.user = QStringLiteral("agence");
    qunsetenv("RELANCE_SMTP_PASSWORD");
    CHECK_FALSE(SmtpPassword::find(settings, keychain).ok());
    REQUIRE(keychain.writePassword(Keychain::smtpKey(settings.user, settings.host),
                                   QStringLiteral("from-keyring")));
    CHECK(*SmtpPassword::find(settings, keychain) == QStringLiteral("from-keyring"));
    qputenv("RELANCE_SMTP_PASSWORD", "from-env");
    CHECK(*SmtpPassword::find(settings, keychain) == QStringLiteral("from-env"));
    qunsetenv("RELANCE_SMTP_PASSWORD");

    QTemporaryDir dir;
    auto db = createDatabase(dir);
    settings.fromAddress = QStringLiteral("relances@agence.fr");
    settings.cc = QStringLiteral("a@agence.fr, b@agence.fr");
    REQUIRE(settings.save(*db));
    const SmtpSettings back = SmtpSettings::load(*db).value();
    CHECK(back.host == settings.host);
    CHECK(back.user == settings.user);
    CHECK(back.cc == settings.cc);
    CHECK(back.security == SmtpSettings::Security::StartTls);
    auto q = db->exec(QStringLiteral("SELECT count(*) FROM settings WHERE value LIKE '%from-%'"));
    REQUIRE(q);
    REQUIRE(q->next());
    CHECK(q->value(0).toInt() == 0);
}
