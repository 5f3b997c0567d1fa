#pragma once

#include "RunStatus.h"
#include "money/Money.h"
#include "recovery/PaymentPlan.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One reminder a run recorded.
struct RunIssued
{
    qint64 reminderId = 0;
    qint64 accountId = 0;
    QString ref;
    int level = 0;
    QString levelName;
    int repeat = 0;
    Money overdue;
    bool manual = false;
    QString overriddenReason;
    QStringList recipients;
    QStringList channels;
    Money fee;
    QString feeInvoiceNumber; // empty without a fee invoice
    int letters = 0;          // letters recorded (tenant + guarantors)
    // The account's current payment plan as of the run, when it has one
    // (a broken plan is why reminders resumed).
    std::optional<PlanStatus> paymentPlan;
};

// An account the caller asked for that the run did not issue to, and why.
struct RunNotIssued
{
    QString ref;
    QString reason;  // a skip reason key ("max_level_reached"), or "already_issued"
    QString message; // a sentence for the user
    // A manual reminder would issue it anyway: each face says how to ask
    // for one (the desktop's confirmation, the command line's --manual).
    bool overridable = false;
};

// What a run did.
struct RunOutcome
{
    qint64 runId = 0; // 0 when nothing was recorded (a refused manual run)
    RunStatus status = RunStatus::Completed;
    QString refusalReason; // "stale_ledger"
    QString message;       // a sentence for the user when refused
    QList<RunIssued> issued;
    QList<RunNotIssued> notIssued;
    int emailsQueued = 0;
    QStringList emailProblems;
    bool automationAlreadyRan = false; // run-due: another process ran this level's month
};
