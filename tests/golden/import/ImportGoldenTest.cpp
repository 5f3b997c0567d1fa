// Golden import cases: each folder under cases/ holds CSV files, a case.txt
// listing relance-cli commands with the exit code and the exact stderr lines
// each must give, and optionally expected-db.txt, the database afterwards.
// A command that fails, or runs with --dry-run, must leave the database as it
// was. RELANCE_GOLDEN_UPDATE=1 rewrites expected-db.txt (review the diff!).
#include "TestSupport.h"

#include "storage/AccountRepository.h"
#include "storage/LedgerRepository.h"
#include "storage/OwnerRepository.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <deque>
#include <string>

using namespace TestSupport;

namespace {

struct Step
{
    QStringList args;
    int exitCode = 0;
    QStringList stderrLines;
};

QList<Step> readSteps(const QString& path)
{
    QList<Step> steps;
    const QStringList lines = readFile(path).split(u'\n');
    for (const QString& raw : lines) {
        if (raw.startsWith(u'#'))
            continue;
        if (raw.startsWith(QLatin1String("$ "))) {
            Step s;
            s.args = raw.mid(2).split(u' ', Qt::SkipEmptyParts);
            steps.append(s);
        } else if (!steps.isEmpty() && raw.startsWith(QLatin1String("exit ")) &&
                   steps.last().stderrLines.isEmpty()) {
            steps.last().exitCode = raw.mid(5).toInt();
        } else if (!steps.isEmpty() && !raw.isEmpty()) {
            steps.last().stderrLines.append(raw);
        }
    }
    return steps;
}

QString dump(const QString& dbPath)
{
    auto db = Database::open(DatabaseConfig::sqlite(dbPath), Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    QStringList out;
    auto accounts = AccountRepository(**db).all();
    REQUIRE(accounts.ok());
    LedgerRepository ledger(**db);
    for (const Account& a : *accounts) {
        out << QStringList{QStringLiteral("account ") + a.ref,
                           a.name,
                           a.email,
                           a.phone,
                           a.address1,
                           a.address2,
                           a.postalCode,
                           a.city,
                           a.country,
                           a.property,
                           AccountKeys::toKey(a.leaseType),
                           a.monthlyRent.toPlainString(),
                           AccountKeys::toKey(a.paymentMethod),
                           AccountKeys::toKey(a.status),
                           a.paymentPlan ? QStringLiteral("plan") : QStringLiteral("-"),
                           a.litigation ? QStringLiteral("litigation") : QStringLiteral("-"),
                           AccountKeys::toKey(a.programMode) + u'/' + a.programName,
                           a.language}
                   .join(QLatin1String(" | "));
        // The recovery path's data, when it says more than the defaults
        // (the guarantee being « guarantor » exactly when there is one).
        const Guarantee derived = a.guarantors.isEmpty() ? Guarantee::None : Guarantee::Guarantor;
        if (a.leaseStart.isValid() || a.rentExclCharges || !a.housingAid.isZero() ||
            a.housingAidPayer != HousingAidPayer::Caf || a.guarantee != derived ||
            !a.guaranteeRef.isEmpty())
            out << QStringList{QStringLiteral("  recovery lease ") +
                                   a.leaseStart.toString(Qt::ISODate),
                               QStringLiteral("excl. charges ") +
                                   (a.rentExclCharges ? a.rentExclCharges->toPlainString()
                                                      : QStringLiteral("-")),
                               QStringLiteral("aid ") + a.housingAid.toPlainString() + u' ' +
                                   AccountKeys::toKey(a.housingAidPayer),
                               AccountKeys::toKey(a.guarantee) + u' ' + a.guaranteeRef}
                       .join(QLatin1String(" | "));
        // The landlord (schema 4), when the account has one.
        if (!a.ownerRef.isEmpty())
            out << QStringLiteral("  owner ") + a.ownerRef;
        for (const Guarantor& g : a.guarantors)
            out << QStringList{QStringLiteral("  guarantor ") + g.name,
                               g.email,
                               g.address1,
                               g.address2,
                               g.postalCode,
                               g.city,
                               g.country}
                       .join(QLatin1String(" | "));
        auto entries = ledger.forAccount(a.id);
        REQUIRE(entries.ok());
        for (const LedgerEntry& e : *entries)
            out << QStringList{QStringLiteral("  entry ") + e.entryRef,
                               LedgerKeys::toKey(e.side),
                               e.date.toString(Qt::ISODate),
                               e.dueDate.toString(Qt::ISODate),
                               e.amount.toPlainString(),
                               LedgerKeys::toKey(e.kind),
                               e.label,
                               e.matches}
                       .join(QLatin1String(" | "));
    }
    auto owners = OwnerRepository(**db).all();
    REQUIRE(owners.ok());
    for (const Owner& o : *owners)
        out << QStringList{QStringLiteral("owner ") + o.ref,
                           o.name,
                           o.email,
                           o.address1,
                           o.address2,
                           o.postalCode,
                           o.city,
                           o.country}
                   .join(QLatin1String(" | "));
    auto audit = (*db)->exec(QStringLiteral("SELECT action, entity, entity_ref, details FROM "
                                            "audit_log WHERE action <> 'migrate' ORDER BY id"));
    REQUIRE(audit.ok());
    while (audit->next())
        out << QStringLiteral("audit %1 | %2 | %3 | %4")
                   .arg(audit->value(0).toString(), audit->value(1).toString(),
                        audit->value(2).toString(), audit->value(3).toString());
    return out.join(u'\n') + u'\n';
}

QDir casesDir()
{
    return QDir(QStringLiteral(RELANCE_TESTS_DIR) + QStringLiteral("/golden/import/cases"));
}

void runCase(const QDir& caseDir)
{
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString dbPath = tmp.filePath(QStringLiteral("relance.sqlite"));
    createDatabase(tmp);

    const QList<Step> steps = readSteps(caseDir.filePath(QStringLiteral("case.txt")));
    REQUIRE_FALSE(steps.isEmpty());
    for (const Step& step : steps) {
        QStringList args{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                         dbPath};
        for (const QString& a : step.args)
            args << (caseDir.exists(a) && !a.startsWith(u'-') && a.contains(u'.')
                         ? caseDir.filePath(a)
                         : a);
        const QString before = dump(dbPath);
        const CliResult r = runCli(args);
        INFO("relance-cli " << step.args.join(u' ').toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == step.exitCode);
        QStringList got = r.err.split(u'\n');
        while (!got.isEmpty() && got.last().isEmpty())
            got.removeLast();
        CHECK(got == step.stderrLines);
        if (r.exitCode != 0 || step.args.contains(QStringLiteral("--dry-run")))
            CHECK(dump(dbPath) == before);
    }

    const QString expectedPath = caseDir.filePath(QStringLiteral("expected-db.txt"));
    const QString after = dump(dbPath);
    if (qEnvironmentVariableIsSet("RELANCE_GOLDEN_UPDATE")) {
        QFile f(expectedPath);
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(after.toUtf8());
    } else if (QFile::exists(expectedPath)) {
        // The audit log carries no time here, so the whole dump is stable.
        CHECK(after == readFile(expectedPath));
    }
}

// Each case folder is its own Catch2 test, and so its own ctest test (run in
// parallel, reported by name): adding a case is adding a folder.
class CaseInvoker : public Catch::ITestInvoker
{
public:
    explicit CaseInvoker(QString name)
        : m_name(std::move(name))
    {}
    void invoke() const override { runCase(QDir(casesDir().filePath(m_name))); }

private:
    QString m_name;
};

struct Registrar
{
    Registrar()
    {
        static std::deque<std::string> names;
        static std::deque<Catch::AutoReg> regs;
        for (const QString& c :
             casesDir().entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            names.push_back("golden import: " + c.toStdString());
            regs.emplace_back(new CaseInvoker(c), CATCH_INTERNAL_LINEINFO, Catch::StringRef(),
                              Catch::NameAndTags{names.back(), "[golden]"});
        }
    }
};
const Registrar registrar;

} // namespace

TEST_CASE("The import golden cases are all there")
{
    CHECK(casesDir().entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 20);
}
