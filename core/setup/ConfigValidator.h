#pragma once

#include "letters/LetterTemplate.h"
#include "reminders/Program.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// The rules the screens enforce, applied to a configuration file (the JSON
// of `config export`) before any of it is stored: levels by LevelValidator,
// templates by TemplateEngine, mail settings by SmtpSettings, one-line
// settings without line breaks, exactly one global program, and the
// recovery settings by RecoverySettingsValidator. Each problem
// names where it is in the file ("programs[0].levels[2].delay_days").
//
// A key the file leaves out keeps what the database holds (ConfigStore
// updates rows in place), so the rules judge what the configuration would
// become: the stored programs and templates are given to the constructor.
class ConfigValidator
{
    Q_DECLARE_TR_FUNCTIONS(ConfigValidator)

public:
    struct Problem
    {
        QString path; // empty: the whole file
        QString message;
    };

    ConfigValidator(QList<Program> storedPrograms, QList<LetterTemplate> storedTemplates)
        : m_programs(std::move(storedPrograms))
        , m_templates(std::move(storedTemplates))
    {}

    // Every problem found, in the order of the file; empty when it may be
    // stored.
    QList<Problem> check(const QJsonObject& root) const;

private:
    QList<Program> m_programs;
    QList<LetterTemplate> m_templates;
};
