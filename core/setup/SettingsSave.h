#pragma once

#include "import/FecSettings.h"
#include "letters/AgencyIdentity.h"
#include "letters/EnvelopeWindow.h"
#include "mail/SmtpSettings.h"
#include "recovery/RecoverySettings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// Everything the Settings page saves at once: the agency's identity, the
// envelope window, the mail server, the automation of levels, the
// recovery path's settings and how the agency's FEC is read.
struct AgencySettings
{
    struct Automation
    {
        qint64 levelId = 0;
        bool enabled = false;
        int dayOfMonth = 1;
    };

    AgencyIdentity agency;
    EnvelopeWindow window;
    SmtpSettings smtp;
    QList<Automation> automation; // only the levels that changed
    RecoverySettings recovery;
    // None: the stored FEC settings stay as they are.
    std::optional<FecSettings> fec;
};

// Writes AgencySettings in one transaction: if any part is refused (a level
// removed meanwhile, a database error), nothing at all is written, so the
// agency never runs with half of what someone saved.
class SettingsSave
{
    Q_DECLARE_TR_FUNCTIONS(SettingsSave)

public:
    static Status save(const Database& db, const AgencySettings& settings);
};
