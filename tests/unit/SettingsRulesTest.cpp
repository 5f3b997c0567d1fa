#include "TestSupport.h"

#include "letters/AgencyImage.h"
#include "letters/AgencyValidator.h"
#include "mail/SmtpTestMessage.h"
#include "reminders/AutomationCalendar.h"
#include "reminders/AutomationSchedule.h"
#include "setup/DatabaseSetup.h"
#include "storage/ProgramRepository.h"

#include <QBuffer>
#include <QImage>

using namespace TestSupport;

namespace {
QList<AgencyValidator::Field> fields(const AgencyIdentity& agency)
{
    QList<AgencyValidator::Field> list;
    for (const auto& p : AgencyValidator::check(agency))
        list << p.field;
    return list;
}

AgencyIdentity goodAgency()
{
    AgencyIdentity a;
    a.name = QStringLiteral("Agence du Parc");
    a.address1 = QStringLiteral("12 rue Garibaldi");
    a.postalCode = QStringLiteral("69006");
    a.city = QStringLiteral("Lyon");
    a.email = QStringLiteral("contact@agence-du-parc.fr");
    a.siret = QStringLiteral("123 456 789 00012");
    return a;
}
} // namespace

TEST_CASE("The agency needs a name a deliverable address a valid e-mail and a 14-digit SIRET")
{
    using F = AgencyValidator::Field;
    CHECK(AgencyValidator::check(goodAgency()).isEmpty());

    AgencyIdentity a = goodAgency();
    a.name = QStringLiteral("  ");
    a.email = QStringLiteral("contact@agence");
    a.siret = QStringLiteral("1234567890001");
    a.postalCode = QStringLiteral("6900");
    CHECK(fields(a) == QList<F>{F::Name, F::PostalCode, F::Email, F::Siret});

    a = goodAgency();
    a.postalCode.clear();
    a.city.clear();
    CHECK(fields(a) == QList<F>{F::PostalCode, F::City});

    // A Belgian postal code has four digits: only French ones need five.
    a = goodAgency();
    a.country = QStringLiteral("BE");
    a.postalCode = QStringLiteral("1000");
    CHECK(AgencyValidator::check(a).isEmpty());
    a.country = QStringLiteral("Belgique");
    CHECK(fields(a) == QList<F>{F::Country});

    CHECK(AgencyValidator::normalizedSiret(QStringLiteral(" 123 456 789 00012 ")) ==
          QStringLiteral("12345678900012"));
    a = goodAgency();
    a.siret = QStringLiteral("1234567890001A");
    CHECK(fields(a) == QList<F>{F::Siret});
}

TEST_CASE("Agency images become PNG and very large ones are scaled down")
{
    QImage jpeg(2400, 600, QImage::Format_RGB32);
    jpeg.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(jpeg.save(&buffer, "JPEG"));
    auto png = AgencyImage::pngFromBytes(bytes, QStringLiteral("logo.jpg"));
    REQUIRE(png.ok());
    CHECK(png->startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
    CHECK(QImage::fromData(*png).size() == QSize(1200, 300));

    QImage small(200, 80, QImage::Format_ARGB32);
    small.fill(Qt::transparent);
    bytes.clear();
    QBuffer again(&bytes);
    again.open(QIODevice::WriteOnly);
    REQUIRE(small.save(&again, "PNG"));
    CHECK(QImage::fromData(AgencyImage::pngFromBytes(bytes, QStringLiteral("s.png")).value())
              .size() == QSize(200, 80));

    auto refused = AgencyImage::pngFromBytes("%PDF-1.4", QStringLiteral("logo.pdf"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("logo.pdf")));
    CHECK_FALSE(AgencyImage::pngFromFile(QStringLiteral("/nonexistent/logo.png")).ok());
}

TEST_CASE("The next automated run is today when due, this month's day when ahead, next month's "
          "once run")
{
    using AutomationCalendar::nextRun;
    CHECK(nextRun(31, QDate(2026, 11, 3), false) == QDate(2026, 11, 30));
    CHECK(nextRun(5, QDate(2026, 11, 3), false) == QDate(2026, 11, 5));
    CHECK(nextRun(5, QDate(2026, 11, 9), false) == QDate(2026, 11, 9));
    CHECK(nextRun(5, QDate(2026, 11, 9), true) == QDate(2026, 12, 5));
    CHECK(nextRun(30, QDate(2027, 1, 31), true) == QDate(2027, 2, 28));
    CHECK(nextRun(29, QDate(2028, 1, 30), true) == QDate(2028, 2, 29));
}

TEST_CASE("Switching a level's automation changes only its automation")
{
    QTemporaryDir dir;
    auto db = createDatabase(dir);
    REQUIRE(DatabaseSetup::prepare(*db).ok());
    const Program before = ProgramRepository(*db).global().value();
    const qint64 levelId = before.levels.at(1).id;

    REQUIRE(AutomationSchedule::setAutomation(*db, levelId, true, 12).ok());
    CHECK_FALSE(AutomationSchedule::setAutomation(*db, levelId, true, 32).ok());
    CHECK_FALSE(AutomationSchedule::setAutomation(*db, levelId, true, 0).ok());

    Program after = ProgramRepository(*db).global().value();
    CHECK(after.levels.at(1).automationEnabled);
    CHECK(after.levels.at(1).automationDay == 12);
    after.levels[1].automationEnabled = false;
    after.levels[1].automationDay = before.levels.at(1).automationDay;
    CHECK(after.levels == before.levels);

    auto levels = AutomationSchedule::levels(*db, QDate(2026, 11, 20));
    REQUIRE(levels.ok());
    REQUIRE(levels->size() == before.levels.size());
    CHECK(levels->at(1).enabled);
    CHECK(levels->at(1).nextRun == QDate(2026, 11, 20)); // the 12th passed, not run yet
    CHECK_FALSE(levels->at(0).nextRun.isValid());
}

TEST_CASE("A test e-mail with incomplete settings says what is missing before connecting")
{
    SmtpSettings settings;
    auto sent = SmtpTestMessage::send(settings, {}, QStringLiteral("contact@agence.fr"));
    REQUIRE_FALSE(sent.ok());
    CHECK(sent.error().contains(QStringLiteral("No mail server is set")));
}
