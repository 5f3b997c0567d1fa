#pragma once

#include "Automation.h"
#include "RunOutcome.h"
#include "letters/LetterProducer.h"
#include "mail/Outbox.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What the pipeline is doing, for a progress bar.
enum class RunStep
{
    CheckingOutput, // where the letters go, before anything is recorded
    Recording,      // the run's reminders, fees and e-mails, in one transaction
    DrawingLetters, // done/total letters
    SendingEmails,  // done/total messages
};

// Why a step did not do what was asked. The pipeline says what happened;
// each face (desktop, command line) words it for its own users, naming its
// own buttons or commands.
enum class RunFailureKind
{
    None,
    OutputUnusable,     // the letters could not go where asked: nothing was recorded
    NotRecorded,        // the run failed (bad input, database): nothing was recorded
    Refused,            // refused for safety (stale ledger): the outcome says why
    Cancelled,          // cancelled before anything was recorded
    CannotDraw,         // no QGuiApplication: the letters wait in the print batch
    LettersNotProduced, // the run is recorded, its letters are not: finish it later
    NoPassword,         // the SMTP password was not found: the e-mails stay queued
    MailNotSent,        // the outbox could not send (settings, database)
};

struct RunFailure
{
    RunFailureKind kind = RunFailureKind::None;
    QString reason; // the sentence of the part that failed, when there is one

    bool failed() const { return kind != RunFailureKind::None; }
};

// What became of a recorded run's letters and e-mails.
struct RunDelivery
{
    int letters = 0;           // letters the run recorded (tenants and guarantors)
    bool wantedOutput = false; // they were asked to be written or printed
    std::optional<LetterOutput> produced;
    RunFailure lettersFailure; // CannotDraw, LettersNotProduced
    bool emailsAttempted = false;
    std::optional<Outbox::Report> mail;
    RunFailure mailFailure; // NoPassword, MailNotSent
};

struct RunPipelineResult
{
    RunFailure failure; // OutputUnusable, NotRecorded, Refused, Cancelled
    RunOutcome outcome; // when the run was recorded (or refused)
    bool recorded = false;
    RunDelivery delivery;
};

// run-due: each automated level that is due, then each run's letters (kept in
// the print batch, their PDFs beside the database) and e-mails.
struct RunDueResult
{
    RunFailure failure; // OutputUnusable, NotRecorded, Cancelled
    AutomationReport report;
    QList<RunDelivery> deliveries; // one per report.levels, in the same order
};

// The pending print batch drawn, and the e-mails of the stopped runs it
// finished queued.
struct PrintBatchResult
{
    RunFailure failure; // LettersNotProduced
    std::optional<LetterOutput> produced;
    int emailsQueued = 0;
    QStringList emailProblems;
};
