#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;

// The systemd user timer that runs « relance-cli run-due » every day on this
// computer (relance-run-due.timer, shipped by the package: docs/packaging.md).
// It asks `systemctl --user` without blocking the window: the answers come
// as signals. RELANCE_SYSTEMCTL names another program than systemctl (the
// GUI tests give a fake one).
class AutomationTimer : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Enabled,
        Disabled,
        // systemd runs, but the package's units are not installed (Relance
        // built from its sources).
        NotInstalled,
        // No systemctl, or this session has no systemd user manager.
        Unavailable
    };
    Q_ENUM(State)

    explicit AutomationTimer(QObject* parent = nullptr);
    ~AutomationTimer() override;

    // Asks whether the timer is enabled; answers with stateKnown().
    void query();
    // Enables and starts the timer, or disables and stops it, for this user.
    // Enabling first writes `database` into environmentFile(), the database
    // the timer's runs work on. Answers with switchFailed() when systemctl
    // refused, then with stateKnown().
    void setEnabled(bool enabled, const QString& database);
    bool isBusy() const { return m_process != nullptr; }

    // ~/.config/Relance/run-due.env, read by relance-run-due.service.
    static QString environmentFile();
    // The database the timer's runs work on: the environment file's
    // RELANCE_DB, or relance-cli's default.
    static QString timerDatabase();
    static QString program();

signals:
    // `why`: for Enabled, how the timer's last start ended (may be empty);
    // for NotInstalled and Unavailable, why and what to do instead.
    void stateKnown(AutomationTimer::State state, const QString& why);
    void switchFailed(const QString& why);

private:
    struct Answer
    {
        bool started = false;
        int exitCode = -1;
        QString out;
        QString err;
    };
    void run(const QStringList& arguments, std::function<void(const Answer&)> done);
    void interpretState(const Answer& answer);
    static QString unavailableReason(const Answer& answer);
    // What `systemctl show` says of the service's last run, as a sentence.
    static QString lastStart(const Answer& answer);

    QProcess* m_process = nullptr;
};
