#include "AutomationTimer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace {
const QString timerUnit = QStringLiteral("relance-run-due.timer");
const QString serviceUnit = QStringLiteral("relance-run-due.service");
// systemctl answers at once, or its bus is stuck: do not leave the check
// box waiting forever.
constexpr int answerTimeoutMs = 20000;

QString firstLine(const QString& text)
{
    return text.trimmed().section(u'\n', 0, 0);
}

// EnvironmentFile= syntax: a double-quoted value, backslash and quote escaped.
QString quoted(const QString& value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + v + u'"';
}
} // namespace

AutomationTimer::AutomationTimer(QObject* parent)
    : QObject(parent)
{}

AutomationTimer::~AutomationTimer()
{
    if (m_process) {
        // The answer has nobody to go to any more; systemctl itself finishes
        // what it was asked (a half-done enable is not a state it leaves).
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString AutomationTimer::program()
{
    const QString fake = qEnvironmentVariable("RELANCE_SYSTEMCTL");
    return fake.isEmpty() ? QStringLiteral("systemctl") : fake;
}

QString AutomationTimer::environmentFile()
{
    // systemd's %E: $XDG_CONFIG_HOME, or ~/.config.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("Relance/run-due.env"));
}

QString AutomationTimer::timerDatabase()
{
    QFile file(environmentFile());
    if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.startsWith(QLatin1String("RELANCE_DB=")))
                continue;
            QString value = line.mid(11);
            if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"')) {
                value = value.mid(1, value.size() - 2);
                QString plain;
                for (qsizetype i = 0; i < value.size(); ++i) {
                    if (value.at(i) == u'\\' && i + 1 < value.size())
                        ++i;
                    plain += value.at(i);
                }
                value = plain;
            }
            return value;
        }
    }
    // relance-cli's own default (CliContext::defaultDatabasePath).
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("relance.sqlite"));
}

void AutomationTimer::query()
{
    if (m_process)
        return;
    run({QStringLiteral("--user"), QStringLiteral("is-enabled"), timerUnit},
        [this](const Answer& a) { interpretState(a); });
}

void AutomationTimer::setEnabled(bool enabled, const QString& database)
{
    if (m_process)
        return;
    if (enabled) {
        const QString path = environmentFile();
        QSaveFile file(path);
        const QByteArray text =
            "# Written by Relance (Settings, Automation): the database the daily\n"
            "# automation (relance-run-due.service) works on.\n"
            "RELANCE_DB=" +
            quoted(database).toUtf8() + '\n';
        if (database.contains(u'\n') || !QDir().mkpath(QFileInfo(path).absolutePath()) ||
            !file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            emit switchFailed(tr("The automation was not switched on: %1 could not be written "
                                 "(%2). Check that the folder is yours and the disk is not full.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
            query();
            return;
        }
    }
    run({QStringLiteral("--user"), enabled ? QStringLiteral("enable") : QStringLiteral("disable"),
         QStringLiteral("--now"), timerUnit},
        [this, enabled](const Answer& a) {
            if (!a.started || a.exitCode != 0) {
                const QString why = a.started ? firstLine(a.err) : unavailableReason(a);
                emit switchFailed(enabled ? tr("The automation was not switched on: %1").arg(why)
                                          : tr("The automation was not switched off: %1").arg(why));
            }
            // Says what systemd holds now, whatever happened.
            query();
        });
}

void AutomationTimer::run(const QStringList& arguments, std::function<void(const Answer&)> done)
{
    m_process = new QProcess(this);
    QProcess* process = m_process;
    // Messages of systemctl in English whatever the session's language: they
    // are matched below and shown as details.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("SYSTEMD_PAGER"), QString());
    process->setProcessEnvironment(env);
    auto finish = [this, process, done](const Answer& answer) {
        if (m_process != process)
            return;
        m_process = nullptr;
        process->deleteLater();
        done(answer);
    };
    connect(process, &QProcess::finished, this, [process, finish](int exitCode) {
        finish({true, exitCode, QString::fromLocal8Bit(process->readAllStandardOutput()),
                QString::fromLocal8Bit(process->readAllStandardError())});
    });
    connect(process, &QProcess::errorOccurred, this, [process, finish](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finish({false, -1, {}, process->errorString()});
    });
    QTimer::singleShot(answerTimeoutMs, process, [process, finish] {
        process->kill();
        finish({true,
                -1,
                {},
                tr("systemctl did not answer within %1 seconds.").arg(answerTimeoutMs / 1000)});
    });
    process->start(program(), arguments);
}

void AutomationTimer::interpretState(const Answer& a)
{
    const QString state = a.out.trimmed();
    if (!a.started) {
        emit stateKnown(State::Unavailable, unavailableReason(a));
        return;
    }
    if (state.startsWith(QLatin1String("enabled")))
        // Most days nothing is due and no run is recorded: what the service
        // did last time is what says the timer works.
        run({QStringLiteral("--user"), QStringLiteral("show"), serviceUnit,
             QStringLiteral("--property=ExecMainExitTimestamp,ExecMainStatus")},
            [this](const Answer& shown) { emit stateKnown(State::Enabled, lastStart(shown)); });
    else if (state == QLatin1String("disabled"))
        emit stateKnown(State::Disabled, {});
    else if (state == QLatin1String("not-found") ||
             a.err.contains(QLatin1String("No such file or directory")) ||
             a.err.contains(QLatin1String("does not exist")))
        emit stateKnown(State::NotInstalled,
                        tr("The daily timer (relance-run-due.timer) is not installed on this "
                           "computer: it comes with Relance's package. Install the package, or "
                           "run « relance-cli run-due » every day from cron."));
    else
        emit stateKnown(State::Unavailable, unavailableReason(a));
}

QString AutomationTimer::lastStart(const Answer& a)
{
    if (!a.started || a.exitCode != 0)
        return {};
    QString when;
    int status = -1;
    for (const QString& line : a.out.split(u'\n')) {
        if (line.startsWith(QLatin1String("ExecMainExitTimestamp=")))
            when = line.mid(22).trimmed();
        else if (line.startsWith(QLatin1String("ExecMainStatus=")))
            status = line.mid(15).trimmed().toInt();
    }
    // Empty until the service has run since the user's session started.
    if (when.isEmpty())
        return tr("The timer has not started the automation since this session began.");
    // relance-cli's exit codes (cli.md).
    switch (status) {
    case 0:
        return tr("Last start by the timer: %1, finished.").arg(when);
    case 3:
        return tr("Last start by the timer: %1, partly done (e-mails or letters left undone; "
                  "see its messages).")
            .arg(when);
    case 4:
        return tr("Last start by the timer: %1, refused for safety (see the last automatic run "
                  "below).")
            .arg(when);
    default:
        return tr("Last start by the timer: %1, failed (exit code %2; see its messages).")
            .arg(when)
            .arg(status);
    }
}

QString AutomationTimer::unavailableReason(const Answer& a)
{
    if (!a.started)
        return tr("systemctl was not found: this computer does not run systemd. Run "
                  "« relance-cli run-due » every day from cron instead (see the manual page of "
                  "relance-cli).");
    return tr("The daily timer cannot be reached: this session has no systemd user manager "
              "(%1). Run « relance-cli run-due » every day from cron instead.")
        .arg(firstLine(a.err.isEmpty() ? a.out : a.err));
}
