#pragma once

#include "util/Result.h"

#include <QCoreApplication>

class Database;

// A person's decisions about an e-mail the outbox could not settle alone:
// an uncertain one (sent whole, no answer) is confirmed as received, or an
// uncertain or failed one is sent again. The state rule (OutboxStates::
// canMove) is checked here, in the transaction that stores the change, so
// two people deciding at once cannot both win.
class OutboxDecision
{
    Q_DECLARE_TR_FUNCTIONS(OutboxDecision)

public:
    static Status confirmSent(const Database& db, qint64 id); // uncertain → sent
    static Status requeue(const Database& db, qint64 id);     // uncertain or failed → queued
};
