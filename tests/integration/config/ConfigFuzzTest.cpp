// Mutated configuration files (a fixed seed, so a failure can be replayed):
// whatever the file, `config import` exits 0 or 1, a refusal names the file
// and never shows SQL, a refused import leaves every table as it was, and an
// accepted one leaves a configuration the screens accept.
#include "ConfigTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace TestSupport;
using namespace ConfigTest;

namespace {

constexpr quint32 seed = 20261206;
constexpr int mutations = 60;

// Every place of the document a mutation can aim at.
void collect(const QJsonValue& v, const JsonPath& at, QList<JsonPath>* out)
{
    out->append(at);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collect(it.value(), at + JsonPath{it.key()}, out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            collect(a.at(i), at + JsonPath{i}, out);
    }
}

QJsonValue valueAt(QJsonValue v, const JsonPath& at)
{
    for (const QVariant& step : at)
        v = step.typeId() == QMetaType::Int ? v.toArray().at(step.toInt())
                                            : v.toObject().value(step.toString());
    return v;
}

QJsonValue deepList(int depth)
{
    QJsonValue v = QJsonArray{1};
    for (int i = 1; i < depth; ++i)
        v = QJsonArray{v};
    return v;
}

class Mutator
{
public:
    explicit Mutator(const QByteArray& base)
        : m_base(base)
        , m_root(QJsonDocument::fromJson(base).object())
    {
        collect(m_root, {}, &m_paths);
        m_paths.removeFirst(); // the root itself
    }

    // One mutated file, and what was done (printed when a check fails).
    QByteArray next(QString* what)
    {
        const int kind = int(m_random.bounded(9));
        if (kind == 0) {
            const qsizetype at = m_random.bounded(int(m_base.size()));
            *what = QStringLiteral("truncated at byte %1").arg(at);
            return m_base.left(at);
        }
        if (kind == 1) {
            QByteArray bytes = m_base;
            const int flips = 1 + int(m_random.bounded(4));
            *what = QStringLiteral("%1 byte(s) flipped:").arg(flips);
            for (int i = 0; i < flips; ++i) {
                const int at = int(m_random.bounded(int(bytes.size())));
                bytes[at] = char(bytes.at(at) ^ char(1 + m_random.bounded(255)));
                *what += QStringLiteral(" %1").arg(at);
            }
            return bytes;
        }
        const JsonPath at = m_paths.at(int(m_random.bounded(int(m_paths.size()))));
        const QJsonValue old = valueAt(m_root, at);
        QJsonValue value;
        switch (kind) {
        case 2: { // another type
            const QJsonValue kinds[] = {QJsonValue(42),  QJsonValue(QStringLiteral("42")),
                                        QJsonArray{old}, QJsonValue::Null,
                                        QJsonObject(),   QJsonValue(true),
                                        QJsonValue(1.5)};
            value = kinds[m_random.bounded(7)];
            break;
        }
        case 3: { // negative or huge numbers
            const QJsonValue numbers[] = {
                -1, -2147483648.0, 2147483648.0, 1e300, -1e300, 9223372036854775807.0, 0, 0.5};
            value = numbers[m_random.bounded(8)];
            break;
        }
        case 4:
            value = QJsonValue::Undefined; // key removed
            break;
        case 5:
            value = QString(1024 * 1024, u'x');
            break;
        case 6: {
            const QString breaks[] = {QStringLiteral("a\nb"), QStringLiteral("a\rb"),
                                      QStringLiteral("a\u2028b"), QStringLiteral("a\u0085b")};
            value = QString(old.toString() + breaks[m_random.bounded(4)]);
            break;
        }
        case 7:
            value = deepList(1 + int(m_random.bounded(600)));
            break;
        default: { // a template-like text
            const QString texts[] = {QStringLiteral("{{#account.ref}}"),
                                     QStringLiteral("{{x}}"),
                                     QStringLiteral("{{{account.name}}}"),
                                     QString(),
                                     QStringLiteral("foo"),
                                     QStringLiteral("{{/items}}")};
            value = texts[m_random.bounded(6)];
            break;
        }
        }
        QStringList where;
        for (const QVariant& step : at)
            where << step.toString();
        *what = QStringLiteral("kind %1 at %2").arg(kind).arg(where.join(u'.'));
        return QJsonDocument(setAt(m_root, at, value).toObject()).toJson();
    }

private:
    QByteArray m_base;
    QJsonObject m_root;
    QList<JsonPath> m_paths;
    QRandomGenerator m_random{seed};
};

void copyDatabase(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal", "-shm"}) {
        QFile::remove(to + QLatin1String(suffix));
        if (QFile::exists(from + QLatin1String(suffix)))
            REQUIRE(QFile::copy(from + QLatin1String(suffix), to + QLatin1String(suffix)));
    }
}

} // namespace

TEST_CASE("config import of mutated exports: no crash, a clear refusal, nothing half written")
{
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("base.sqlite"));
    const QString work = dir.filePath(QStringLiteral("work.sqlite"));
    const QString file = dir.filePath(QStringLiteral("mutated.json"));
    makeDemo(base);
    const QByteArray before = fingerprint(base);
    Mutator mutator(exportJson(base));

    int refused = 0;
    for (int i = 0; i < mutations; ++i) {
        QString what;
        const QByteArray bytes = mutator.next(&what);
        copyDatabase(base, work);
        writeFile(file, bytes);
        const CliResult r = importFile(work, file);
        INFO("mutation " << i << ": " << what.toStdString() << "\n" << r.err.toStdString());
        REQUIRE((r.exitCode == 0 || r.exitCode == 1));
        if (r.exitCode == 1) {
            ++refused;
            CHECK(r.err.contains(file));
            CHECK(r.err.contains(QStringLiteral("Nothing was imported.")));
            CHECK_FALSE(r.err.contains(QStringLiteral("constraint"), Qt::CaseInsensitive));
            CHECK_FALSE(r.err.contains(QStringLiteral("refused a request")));
            CHECK(fingerprint(work) == before);
        } else {
            CHECK(storedProblems(work) == QStringList());
        }
    }
    // The mutations are meant to break the file: most must be refused.
    CHECK(refused > mutations / 2);
}
