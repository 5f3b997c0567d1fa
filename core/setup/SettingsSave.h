#pragma once

#include "letters/AgencyIdentity.h"
#include "letters/EnvelopeWindow.h"
#include "mail/SmtpSettings.h"
#include "recovery/RecoverySettings.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

class Database;

// Everything the Settings page saves at once: the agency's identity, the
// envelope window, the mail server, the automation of levels and the
// recovery path's settings.
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
