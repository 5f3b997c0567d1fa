#include "GuiFixture.h"

#include "TestSupport.h"
#include "debtors/DebtorsPage.h"
#include "main/MainWindow.h"
#include "setup/DatabaseSetup.h"
#include "storage/AccountRepository.h"
#include "storage/AgencyRepository.h"
#include "storage/LedgerRepository.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QSettings>
#include <QTest>

GuiFixture::GuiFixture()
{
    REQUIRE(m_dir.isValid());
    QDir(m_dir.path()).mkpath(QStringLiteral("settings"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       m_dir.filePath(QStringLiteral("settings")));
}

GuiFixture::~GuiFixture() = default;

QList<Account> GuiFixture::sampleAccounts()
{
    auto make = [](const char* ref, const QString& name, const char* city, const char* postal,
                   qint64 rentCents, const char* email) {
        Account a;
        a.ref = QString::fromLatin1(ref);
        a.name = name;
        a.city = QString::fromLatin1(city);
        a.postalCode = QString::fromLatin1(postal);
        a.address1 = QStringLiteral("3 rue de la République");
        a.property = QStringLiteral("Appt %1, 3 rue de la République").arg(a.ref.mid(3));
        a.monthlyRent = Money::fromCents(rentCents);
        a.email = QString::fromLatin1(email);
        return a;
    };
    QList<Account> accounts = {
        make("LOC10", QStringLiteral("Mme Hélène Durand"), "Lyon", "69003", 101350,
             "helene.durand@example.fr"),
        make("LOC2", QStringLiteral("M. Jean Dupont"), "Paris", "75011", 90000,
             "jean.dupont@example.fr"),
        make("LOC3", QStringLiteral("Société Cœur de Ville"), "Marseille", "13001", 9500, ""),
        make("LOC4", QStringLiteral("M. Émile Zola"), "Aix-en-Provence", "13100", 1000000,
             "emile@example.fr"),
        make("LOC1", QStringLiteral("Mlle Zoé Martin"), "Lille", "59000", 45050,
             "zoe.martin@example.fr"),
    };
    accounts[2].leaseType = LeaseType::Commercial;
    accounts[3].paymentMethod = PaymentMethod::DirectDebit;
    Guarantor g;
    g.name = QStringLiteral("M. Paul Durand");
    g.address1 = QStringLiteral("1 place Bellecour");
    g.postalCode = QStringLiteral("69002");
    g.city = QStringLiteral("Lyon");
    accounts[0].guarantors = {g};
    return accounts;
}

std::unique_ptr<Database> GuiFixture::databaseWithAccounts()
{
    auto db = TestSupport::createDatabase(m_dir);
    AccountRepository repo(*db);
    for (const Account& a : sampleAccounts())
        REQUIRE(repo.save(a).ok());
    return db;
}

std::unique_ptr<Database> GuiFixture::preparedAgency()
{
    auto db = databaseWithAccounts();
    REQUIRE(DatabaseSetup::prepare(*db).ok());
    AgencyIdentity identity;
    identity.name = QStringLiteral("Agence du Parc");
    identity.address1 = QStringLiteral("12 quai Saint-Antoine");
    identity.postalCode = QStringLiteral("69002");
    identity.city = QStringLiteral("Lyon");
    identity.email = QStringLiteral("gestion@agence-du-parc.fr");
    REQUIRE(AgencyRepository(*db).save(identity).ok());
    return db;
}

std::unique_ptr<MainWindow> GuiFixture::openMainWindow()
{
    auto window = std::make_unique<MainWindow>(databaseWithAccounts());
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
    // Shortcuts and focus only work in the active window, as for a user.
    window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(window.get()));
    // The window shows before the debtors are read: as a user, wait for them.
    REQUIRE(waitUntil([&] { return !window->debtorsPage()->isLoading(); }));
    return window;
}

bool GuiFixture::waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QTest::qWait(10);
    }
    return true;
}

void GuiFixture::screenshot(QWidget* widget, const QString& name)
{
    const QDir dir(QStringLiteral(RELANCE_BUILD_DIR "/screenshots"));
    dir.mkpath(QStringLiteral("."));
    CHECK(widget->grab().save(dir.filePath(name + QLatin1String(".png"))));
}

qint64 GuiFixture::idOf(const Database& db, const char* ref)
{
    auto account = AccountRepository(db).byRef(QString::fromLatin1(ref));
    REQUIRE(account.ok());
    return account->id;
}

LedgerEntry GuiFixture::ledgerEntry(qint64 accountId, const char* ref, Side side, QDate date,
                                    qint64 cents, const QString& label)
{
    LedgerEntry e;
    e.accountId = accountId;
    e.entryRef = QString::fromLatin1(ref);
    e.side = side;
    e.date = date;
    e.dueDate = date;
    e.label = label;
    e.amount = Money::fromCents(cents);
    e.kind = side == Side::Debit ? EntryKind::Rent : EntryKind::Payment;
    return e;
}

QList<LedgerEntry> GuiFixture::sampleLedger(const Database& db)
{
    const qint64 loc10 = idOf(db, "LOC10");
    const qint64 loc2 = idOf(db, "LOC2");
    const qint64 loc3 = idOf(db, "LOC3");
    const qint64 loc4 = idOf(db, "LOC4");
    const QString october = QStringLiteral("Loyer octobre 2026");
    const QString november = QStringLiteral("Loyer novembre 2026");
    return {
        ledgerEntry(loc10, "R-2026-10", Side::Debit, QDate(2026, 10, 1), 101350, october),
        ledgerEntry(loc10, "V-2026-10", Side::Credit, QDate(2026, 10, 10), 50000,
                    QStringLiteral("Virement")),
        ledgerEntry(loc10, "R-2026-11", Side::Debit, QDate(2026, 11, 1), 101350, november),
        ledgerEntry(loc2, "R-2026-11", Side::Debit, QDate(2026, 11, 1), 90000, november),
        ledgerEntry(loc3, "R-2026-11", Side::Debit, QDate(2026, 11, 1), 9500, november),
        ledgerEntry(loc4, "R-2026-11", Side::Debit, QDate(2026, 11, 1), 1000000, november),
        ledgerEntry(loc4, "V-2026-11", Side::Credit, QDate(2026, 11, 3), 1000000,
                    QStringLiteral("Prélèvement")),
    };
}

void GuiFixture::insertLedger(const Database& db, const QList<LedgerEntry>& entries)
{
    const Status s =
        db.write([&](QSqlDatabase& conn) { return LedgerRepository::insertMany(conn, entries); });
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

void GuiFixture::installDemo(const QString& db, int accounts, int months)
{
    const auto demo = TestSupport::runCli(
        {QStringLiteral("demo"), QStringLiteral("--accounts"), QString::number(accounts),
         QStringLiteral("--months"), QString::number(months), QStringLiteral("--as-of"),
         QStringLiteral("2026-11-23"), QStringLiteral("--db"), db});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
}
