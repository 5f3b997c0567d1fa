#include "LetterFixture.h"

#include "letters/LetterProducer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <deque>
#include <string>

using namespace TestSupport;
using namespace LetterFixture;

// The letters' golden cases: one folder per case under cases/, each its own
// ctest test (README.md there). A case records one reminder for M. Jean
// Dupont (LetterFixture::dupont) as a run does, produces its letters, and
// compares the text of every PDF with expected/<file name>.txt.
namespace {

QString casesDir()
{
    return QStringLiteral(RELANCE_TESTS_DIR "/golden/letters/cases");
}

void runCase(const QString& name)
{
    const QDir caseDir(casesDir() + u'/' + name);
    QJsonParseError error;
    const QJsonObject spec =
        QJsonDocument::fromJson(readFile(caseDir.filePath(QStringLiteral("case.json"))).toUtf8(),
                                &error)
            .object();
    INFO("case " << name.toStdString() << ": " << error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    const QDate asOf =
        QDate::fromString(spec.value(QLatin1String("as_of")).toString(), Qt::ISODate);
    REQUIRE(asOf.isValid());
    const auto rent = Money::parse(spec.value(QLatin1String("rent")).toString());
    REQUIRE(rent.has_value());
    const int months = spec.value(QLatin1String("months")).toInt();
    REQUIRE(months >= 1);

    QTemporaryDir dir;
    auto db = createDatabase(dir);
    Issued issued;
    issued.account = dupont();
    if (spec.contains(QLatin1String("language")))
        issued.account.language = spec.value(QLatin1String("language")).toString();
    issued.level = spec.value(QLatin1String("level")).toInt();
    // One rent a month, the last one due on `last_due`.
    const QDate lastDue =
        QDate::fromString(spec.value(QLatin1String("last_due")).toString(), Qt::ISODate);
    REQUIRE(lastDue.isValid());
    issued.oldestDue = lastDue.addMonths(1 - months);
    issued.itemsJson = monthlyItems(months, issued.oldestDue, *rent, &issued.overdue);
    QList<Issued> all{issued};
    const qint64 runId = recordRun(*db, asOf, all);

    LetterOutputOptions options;
    options.outDir = dir.filePath(QStringLiteral("out"));
    auto produced = LetterProducer::produceRun(*db, runId, options);
    INFO(produced.error().toStdString());
    REQUIRE(produced.ok());

    const QDir expectedDir(caseDir.filePath(QStringLiteral("expected")));
    const bool update = qEnvironmentVariableIntValue("RELANCE_GOLDEN_UPDATE") == 1;
    if (update)
        QDir().mkpath(expectedDir.path());
    QStringList names;
    for (const QString& file : std::as_const(produced->files)) {
        const QString txt = QFileInfo(file).completeBaseName() + QStringLiteral(".txt");
        names << txt;
        if (qEnvironmentVariableIsSet("RELANCE_KEEP_LETTERS")) // to look at them
            QFile::copy(file, qEnvironmentVariable("RELANCE_KEEP_LETTERS") + u'/' +
                                  QFileInfo(file).fileName());
        const QString actual = normalizedText(file);
        if (update)
            writeFile(expectedDir.filePath(txt), actual.toUtf8());
        INFO("golden file " << expectedDir.filePath(txt).toStdString());
        CHECK(actual == readFile(expectedDir.filePath(txt)));
    }
    // Who gets a letter is part of the case: no letter more, none less.
    names.sort();
    CHECK(names == expectedDir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name));
}

class CaseInvoker : public Catch::ITestInvoker
{
public:
    explicit CaseInvoker(QString name)
        : m_name(std::move(name))
    {}
    void invoke() const override { runCase(m_name); }

private:
    QString m_name;
};

struct Registrar
{
    Registrar()
    {
        static std::deque<std::string> names;
        static std::deque<Catch::AutoReg> regs;
        const QStringList cases =
            QDir(casesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& c : cases) {
            names.push_back("golden letter: " + c.toStdString());
            regs.emplace_back(new CaseInvoker(c), CATCH_INTERNAL_LINEINFO, Catch::StringRef(),
                              Catch::NameAndTags{names.back(), "[golden]"});
        }
    }
};
const Registrar registrar;

} // namespace

TEST_CASE("The letters' golden cases are all there")
{
    CHECK(QDir(casesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 4);
}
