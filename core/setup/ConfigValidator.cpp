#include "ConfigValidator.h"

#include "ConfigExport.h"
#include "import/FecSettingsValidator.h"
#include "letters/TemplateEngine.h"
#include "mail/SmtpSettings.h"
#include "recovery/RecoverySettingsJson.h"
#include "recovery/RecoverySettingsValidator.h"
#include "reminders/LevelValidator.h"
#include "reminders/ProgramEditor.h"
#include "util/TextRules.h"

#include <QJsonArray>
#include <QSet>

#include <cmath>
#include <optional>
#include <tuple>

namespace {

using Problem = ConfigValidator::Problem;

// The largest whole number a JSON number holds exactly: anything beyond was
// rounded by whoever wrote the file, or is an overflow.
constexpr qint64 maxExactInteger = (qint64(1) << 53) - 1;

constexpr int maxDays = LevelValidator::maxDays;
constexpr int maxDeadlineDays = LevelValidator::maxPaymentDeadlineDays;
constexpr int maxAutomationOrder = LevelValidator::maxAutomationOrder;
constexpr int maxRepeats = LevelValidator::maxRepeats;

std::optional<qint64> wholeNumber(const QJsonValue& v, qint64 min, qint64 max)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || d < double(min) || d > double(max))
        return std::nullopt;
    return qint64(d);
}

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(ConfigValidator)

public:
    Checker(const QList<Program>& programs, const QList<LetterTemplate>& templates)
        : m_programs(programs)
        , m_templates(templates)
    {}

    QList<Problem> problems;

    void add(const QString& path, const QString& message) { problems.append({path, message}); }

    void checkRoot(const QJsonObject& root)
    {
        const QJsonValue agency = root.value(QStringLiteral("agency"));
        if (agency.isObject())
            checkAgency(agency.toObject());
        checkPrograms(root.value(QStringLiteral("programs")));
        const QJsonValue settings = root.value(QStringLiteral("settings"));
        if (settings.isObject())
            checkSettings(settings.toObject());
        checkRecovery(root.value(QStringLiteral("recovery")));
        checkImport(root.value(ConfigExport::importSection()));
    }

private:
    // Text on one line; true when it is.
    bool oneLine(const QString& path, const QJsonValue& v)
    {
        if (v.isString() && !TextRules::isSingleLine(v.toString())) {
            add(path, tr("must hold on one line (it contains a line break)"));
            return false;
        }
        return true;
    }

    std::optional<QString> text(const QString& path, const QJsonValue& v)
    {
        if (!v.isString()) {
            add(path, tr("expected text"));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<bool> flag(const QString& path, const QJsonValue& v)
    {
        if (auto n = wholeNumber(v, 0, 1))
            return *n == 1;
        add(path, tr("must be 0 or 1"));
        return std::nullopt;
    }

    std::optional<int> days(const QString& path, const QJsonValue& v, int min, int max)
    {
        if (auto n = wholeNumber(v, min, max))
            return int(*n);
        add(path, tr("must be a whole number of days from %1 to %2").arg(min).arg(max));
        return std::nullopt;
    }

    std::optional<Money> cents(const QString& path, const QJsonValue& v)
    {
        if (auto n = wholeNumber(v, 0, maxExactInteger))
            return Money::fromCents(*n);
        add(path, tr("must be an amount in cents: a whole number, 0 or more (1000 is 10.00 €)"));
        return std::nullopt;
    }

    void checkAgency(const QJsonObject& agency)
    {
        // The footer is free text under the identity; the pictures are base64.
        static const QStringList multiLine = {QStringLiteral("legal_footer"),
                                              QStringLiteral("logo"), QStringLiteral("signature")};
        for (auto it = agency.begin(); it != agency.end(); ++it)
            if (!multiLine.contains(it.key()))
                oneLine(QStringLiteral("agency.") + it.key(), it.value());
    }

    void checkPrograms(const QJsonValue& value)
    {
        const QString path = QStringLiteral("programs");
        if (value.isUndefined()) {
            add(path, tr("the file has no programs; it must hold the global program "
                         "(\"is_global\": 1) and its levels, or reminders would stop"));
            return;
        }
        if (!value.isArray()) {
            add(path, tr("expected a list"));
            return;
        }
        const QJsonArray list = value.toArray();
        int globals = 0;
        for (int p = 0; p < list.size(); ++p) {
            if (!list.at(p).isObject())
                continue; // ConfigStore says "expected an object"
            if (checkProgram(QStringLiteral("programs[%1]").arg(p), list.at(p).toObject()))
                ++globals;
        }
        if (globals != 1)
            add(path, tr("exactly one program must be the global program (\"is_global\": 1), "
                         "the one every account follows by default; the file has %1")
                          .arg(globals));
    }

    // True for the global program.
    bool checkProgram(const QString& path, const QJsonObject& po)
    {
        QString name;
        if (auto n = text(path + QStringLiteral(".name"), po.value(QStringLiteral("name")))) {
            name = n->trimmed();
            oneLine(path + QStringLiteral(".name"), *n);
        }
        bool global = false;
        const QJsonValue isGlobal = po.value(QStringLiteral("is_global"));
        if (!isGlobal.isUndefined())
            global = flag(path + QStringLiteral(".is_global"), isGlobal).value_or(false);

        const QJsonValue levels = po.value(QStringLiteral("levels"));
        if (!levels.isUndefined() && !levels.isArray())
            return global; // ConfigStore says "expected a list"
        const QJsonArray list = levels.toArray();
        if (global && list.isEmpty())
            add(path + QStringLiteral(".levels"),
                tr("the global program needs at least one level, or no account would be "
                   "reminded"));

        // Positions run 1..n, as the screens keep them; the last one may repeat.
        QList<int> positions;
        for (int l = 0; l < list.size(); ++l) {
            const QString lpath = path + QStringLiteral(".levels[%1]").arg(l);
            const QJsonObject lo = list.at(l).toObject();
            auto position = wholeNumber(lo.value(QStringLiteral("position")), 1, list.size());
            if (!list.at(l).isObject())
                positions << 0;
            else if (!position) {
                add(lpath + QStringLiteral(".position"),
                    tr("must be a whole number from 1 to %1 (the levels are numbered 1, 2, 3… "
                       "without gaps)")
                        .arg(list.size()));
                positions << 0;
            } else if (positions.contains(int(*position))) {
                add(lpath + QStringLiteral(".position"),
                    tr("two levels have the position %1").arg(*position));
                positions << 0;
            } else {
                positions << int(*position);
            }
        }
        // The program as the file lays it out, in position order, so that
        // each level is checked by the validator the level dialog and the
        // Levels page use (ProgramEditor::validatorFor: the other names, and
        // whether it is the last level, the only one that may repeat).
        QList<Level> byPosition(list.size());
        for (int l = 0; l < list.size(); ++l)
            if (positions.at(l) > 0)
                byPosition[positions.at(l) - 1].name =
                    list.at(l).toObject().value(QStringLiteral("name")).toString();
        for (int l = 0; l < list.size(); ++l) {
            if (!list.at(l).isObject() || positions.at(l) == 0)
                continue;
            checkLevel(path + QStringLiteral(".levels[%1]").arg(l), list.at(l).toObject(), name,
                       positions.at(l),
                       ProgramEditor::validatorFor(byPosition, positions.at(l) - 1));
        }
        return global;
    }

    const Level* storedLevel(const QString& program, int position) const
    {
        for (const Program& p : m_programs)
            if (p.name == program)
                return p.level(position);
        return nullptr;
    }

    void checkLevel(const QString& path, const QJsonObject& lo, const QString& program,
                    int position, const LevelValidator& validator)
    {
        const Level* stored = storedLevel(program, position);
        Level l = stored ? *stored : Level();
        l.position = position;
        const qsizetype before = problems.size();
        auto key = [&](const char* k) -> QString {
            return path + u'.' + QLatin1String(k);
        };
        auto has = [&](const char* k) {
            return lo.contains(QLatin1String(k));
        };
        auto val = [&](const char* k) {
            return lo.value(QLatin1String(k));
        };
        auto optionalDays = [&](const char* k, int min, int max, std::optional<int>* out) {
            if (!has(k))
                return;
            if (val(k).isNull())
                *out = std::nullopt;
            else if (auto d = days(key(k), val(k), min, max))
                *out = *d;
        };
        auto setDays = [&](const char* k, int min, int max, int* out) {
            if (has(k))
                if (auto d = days(key(k), val(k), min, max))
                    *out = *d;
        };
        auto setText = [&](const char* k, QString* out) {
            if (has(k))
                if (auto t = text(key(k), val(k)); t && oneLine(key(k), *t))
                    *out = *t;
        };
        auto setFlag = [&](const char* k, bool* out) {
            if (has(k))
                if (auto f = flag(key(k), val(k)))
                    *out = *f;
        };
        auto setMoney = [&](const char* k, Money* out) {
            if (has(k))
                if (auto m = cents(key(k), val(k)))
                    *out = *m;
        };

        setText("name", &l.name);
        setDays("delay_days", 0, maxDays, &l.delayDays);
        optionalDays("min_gap_days", 0, maxDays, &l.minGapDays);
        setMoney("threshold", &l.threshold);
        if (has("exclusions")) {
            if (auto t = text(key("exclusions"), val("exclusions"))) {
                QString unknown;
                const QList<Exclusion> list = LevelKeys::exclusionsFromKeys(*t, &unknown);
                // An unknown word would be dropped silently, and with it
                // perhaps the exclusion that protects a tenant in litigation.
                if (!unknown.isEmpty())
                    add(key("exclusions"),
                        tr("“%1” is not an exclusion: use direct_debit, payment_plan, "
                           "litigation or departed, separated by commas")
                            .arg(t->simplified()));
                else
                    l.exclusions = list;
            }
        }
        if (has("recipients")) {
            if (auto t = text(key("recipients"), val("recipients"))) {
                if (!LevelKeys::recipientsFromKeys(*t, &l.toTenant, &l.toGuarantor))
                    add(key("recipients"),
                        tr("must be tenant, guarantor or tenant,guarantor (not “%1”)")
                            .arg(t->simplified()));
            }
        }
        if (has("channels")) {
            if (auto t = text(key("channels"), val("channels"))) {
                if (!LevelKeys::channelsFromKeys(*t, &l.byLetter, &l.byEmail))
                    add(key("channels"), tr("must be letter, email or letter,email (not “%1”)")
                                             .arg(t->simplified()));
            }
        }
        setDays("payment_deadline_days", 0, maxDeadlineDays, &l.paymentDeadlineDays);
        setFlag("registered", &l.registered);
        setMoney("fee_amount", &l.feeAmount);
        setText("fee_supplier_account", &l.feeSupplierAccount);
        setText("fee_expense_account", &l.feeExpenseAccount);
        setFlag("fee_auto_validate", &l.feeAutoValidate);
        setFlag("automation_enabled", &l.automationEnabled);
        if (has("automation_order")) {
            if (auto n = wholeNumber(val("automation_order"), 0, maxAutomationOrder))
                l.automationOrder = int(*n);
            else
                add(key("automation_order"),
                    tr("must be a whole number from 0 to %1").arg(maxAutomationOrder));
        }
        setDays("automation_day", LevelValidator::minAutomationDay,
                LevelValidator::maxAutomationDay, &l.automationDay);
        optionalDays("repeat_every_days", 1, maxDays, &l.repeatEveryDays);
        if (has("repeat_max")) {
            if (val("repeat_max").isNull())
                l.repeatMax = std::nullopt;
            else if (auto n = wholeNumber(val("repeat_max"), 1, maxRepeats))
                l.repeatMax = int(*n);
            else
                add(key("repeat_max"),
                    tr("must be empty (null) or a whole number from 1 to %1").arg(maxRepeats));
        }

        // The level dialog's own rules, on what the level would become. A
        // field already reported above is not reported twice.
        QSet<QString> reported;
        for (qsizetype i = before; i < problems.size(); ++i)
            reported.insert(problems.at(i).path);
        for (const LevelValidator::Problem& p : validator.check(l)) {
            const QString where = key(fieldKey(p.field));
            if (!reported.contains(where))
                add(where, p.message);
        }

        const QJsonValue templates = lo.value(QStringLiteral("templates"));
        if (templates.isArray())
            checkTemplates(path + QStringLiteral(".templates"), templates.toArray(),
                           stored ? stored->id : 0);
    }

    static const char* fieldKey(LevelValidator::Field field)
    {
        switch (field) {
        case LevelValidator::Field::Name:
            return "name";
        case LevelValidator::Field::DelayDays:
            return "delay_days";
        case LevelValidator::Field::MinGapDays:
            return "min_gap_days";
        case LevelValidator::Field::Threshold:
            return "threshold";
        case LevelValidator::Field::Recipients:
            return "recipients";
        case LevelValidator::Field::Channels:
            return "channels";
        case LevelValidator::Field::PaymentDeadline:
            return "payment_deadline_days";
        case LevelValidator::Field::FeeAmount:
            return "fee_amount";
        case LevelValidator::Field::FeeAccounts:
            return "fee_supplier_account";
        case LevelValidator::Field::AutomationOrder:
            return "automation_order";
        case LevelValidator::Field::AutomationDay:
            return "automation_day";
        case LevelValidator::Field::Repeat:
            return "repeat_every_days";
        }
        return "";
    }

    void checkTemplates(const QString& path, const QJsonArray& list, qint64 storedLevelId)
    {
        QSet<QString> defaults;
        for (int t = 0; t < list.size(); ++t) {
            if (!list.at(t).isObject())
                continue; // ConfigStore says "expected an object"
            const QString tpath = path + QStringLiteral("[%1]").arg(t);
            const QJsonObject to = list.at(t).toObject();
            auto key = [&](const char* k) -> QString {
                return tpath + u'.' + QLatin1String(k);
            };
            const QString name = to.value(QStringLiteral("name")).toString();
            const QString language =
                to.value(QStringLiteral("language")).toString(QStringLiteral("fr"));
            LetterTemplate tmpl;
            for (const LetterTemplate& s : m_templates)
                if (storedLevelId != 0 && s.levelId == storedLevelId && s.name == name &&
                    s.language == language)
                    tmpl = s;
            const qsizetype before = problems.size();
            auto setText = [&](const char* k, QString* out) {
                const QJsonValue v = to.value(QLatin1String(k));
                if (!v.isUndefined())
                    if (auto s = text(key(k), v))
                        *out = *s;
            };
            setText("name", &tmpl.name);
            setText("language", &tmpl.language);
            setText("body", &tmpl.body);
            setText("email_subject", &tmpl.emailSubject);
            setText("email_body", &tmpl.emailBody);
            if (to.contains(QStringLiteral("is_default")))
                if (auto f = flag(key("is_default"), to.value(QStringLiteral("is_default"))))
                    tmpl.isDefault = *f;
            if (problems.size() != before)
                continue;

            if (tmpl.name.trimmed().isEmpty())
                add(key("name"), tr("a template needs a name"));
            else
                oneLine(key("name"), tmpl.name);
            if (tmpl.language != QLatin1String("fr") && tmpl.language != QLatin1String("en"))
                add(key("language"), tr("must be fr or en"));
            if (tmpl.body.trimmed().isEmpty())
                add(key("body"), tr("the letter body is empty: a letter would print blank"));
            const std::tuple<const char*, const QString*, TemplateEngine::Part> parts[] = {
                {"body", &tmpl.body, TemplateEngine::Part::LetterBody},
                {"email_subject", &tmpl.emailSubject, TemplateEngine::Part::EmailSubject},
                {"email_body", &tmpl.emailBody, TemplateEngine::Part::EmailBody}};
            for (const auto& [k, value, part] : parts)
                if (auto error = TemplateEngine::check(*value, part))
                    add(key(k), error->message);
            if (tmpl.isDefault) {
                if (defaults.contains(tmpl.language))
                    add(key("is_default"),
                        tr("another template of this level is already the default in this "
                           "language"));
                defaults.insert(tmpl.language);
            }
        }
    }

    void checkSettings(const QJsonObject& settings)
    {
        SmtpSettings smtp;
        bool valid = true;
        auto value = [&](const char* k) {
            return settings.value(QStringLiteral("smtp.") + QLatin1String(k)).toString();
        };
        for (auto it = settings.begin(); it != settings.end(); ++it) {
            const QString path = QStringLiteral("settings.") + it.key();
            if (!it.value().isString())
                return; // ConfigStore says "expected text"
            valid = oneLine(path, it.value()) && valid;
        }
        smtp.host = value("host");
        smtp.user = value("user");
        smtp.fromAddress = value("from_address");
        smtp.fromName = value("from_name");
        smtp.replyTo = value("reply_to");
        smtp.cc = value("cc");
        auto number = [&](const char* k, int min, int max, int* out) {
            const QString key = QStringLiteral("smtp.") + QLatin1String(k);
            if (!settings.contains(key))
                return;
            bool ok = false;
            const int n = settings.value(key).toString().trimmed().toInt(&ok);
            if (!ok || n < min || n > max) {
                add(QStringLiteral("settings.") + key,
                    tr("must be a whole number from %1 to %2").arg(min).arg(max));
                valid = false;
                return;
            }
            *out = n;
        };
        number("port", 1, 65535, &smtp.port);
        number("connect_timeout_ms", 1, 3600000, &smtp.connectTimeoutMs);
        number("read_timeout_ms", 1, 3600000, &smtp.readTimeoutMs);
        if (settings.contains(QStringLiteral("smtp.security"))) {
            if (auto s = SmtpSettings::securityFromKey(value("security")))
                smtp.security = *s;
            else {
                add(QStringLiteral("settings.smtp.security"), tr("must be none, starttls or tls"));
                valid = false;
            }
        }
        // No server at all is a configuration without e-mail, which is
        // allowed; a server half set would fail at the first send. The
        // certificate file is a path on the machine that exported the file,
        // not a rule of the configuration.
        if (!valid || (smtp.host.isEmpty() && smtp.fromAddress.isEmpty()))
            return;
        for (const QString& problem : smtp.problems())
            add(QStringLiteral("settings"), problem);
    }

    // The recovery settings, by the Settings page's rules. A key left out
    // keeps the stored value, which those rules already accepted: the
    // file's values are judged over the defaults, so only they can be wrong.
    void checkRecovery(const QJsonValue& value)
    {
        if (value.isUndefined())
            return; // a file of the first release: the stored settings stay
        const QString path = QStringLiteral("recovery");
        if (!value.isObject()) {
            add(path, tr("expected an object"));
            return;
        }
        QList<RecoverySettingsJson::Problem> typeProblems;
        const RecoverySettings settings =
            RecoverySettingsJson::read(value.toObject(), RecoverySettings(), &typeProblems);
        QSet<QString> reported;
        for (const RecoverySettingsJson::Problem& p : typeProblems) {
            add(path + u'.' + p.key, p.message);
            reported.insert(p.key);
        }
        for (const RecoverySettingsValidator::Problem& p :
             RecoverySettingsValidator::check(settings)) {
            const QString key = RecoverySettingsJson::keyOf(p.field);
            if (!reported.contains(key))
                add(path + u'.' + key, p.message);
        }
    }

    // The import settings (`import.fec`), by Settings › Import's rules. A
    // file without them (older releases) keeps the stored ones.
    void checkImport(const QJsonValue& value)
    {
        if (value.isUndefined())
            return;
        const QString path = ConfigExport::importSection();
        if (!value.isObject()) {
            add(path, tr("expected an object"));
            return;
        }
        const QJsonObject section = value.toObject();
        for (auto it = section.begin(); it != section.end(); ++it)
            if (it.key() != ConfigExport::fecKey())
                add(path + u'.' + it.key(), tr("unknown key"));
        const QJsonValue fec = section.value(ConfigExport::fecKey());
        if (fec.isUndefined())
            return;
        const QString fecPath = path + u'.' + ConfigExport::fecKey();
        if (!fec.isObject()) {
            add(fecPath, tr("expected an object"));
            return;
        }
        const auto settings = FecSettings::fromJson(fec.toObject());
        if (!settings) {
            add(fecPath, settings.error());
            return;
        }
        for (const FecSettingsValidator::Problem& p : FecSettingsValidator::check(*settings))
            add(fecPath + u'.' + p.key, p.message);
    }

    const QList<Program>& m_programs;
    const QList<LetterTemplate>& m_templates;
};

} // namespace

QList<ConfigValidator::Problem> ConfigValidator::check(const QJsonObject& root) const
{
    Checker checker(m_programs, m_templates);
    checker.checkRoot(root);
    return checker.problems;
}
