#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

// What an agency records in an account's case file (« dossier »),
// recovery-path.md « The case file ». Events are append-only: a mistaken one
// is cancelled (kept, marked), never deleted, and counts for nothing.
enum class CaseEventKind
{
    CafReported,
    CafPlanSent,
    VisaleDeclared,
    GliDeclared,
    FormalNoticeSent,
    HandedToCommissaire,
    CommandementServed,
    CommandementServedGuarantor,
    DebtAcknowledged,
    Note
};

struct CaseEvent
{
    qint64 id = 0;
    CaseEventKind kind = CaseEventKind::Note;
    QDate date;
    bool cancelled = false;
    // As the case file keeps it.
    qint64 accountId = 0;
    QString note;
    QString userName;
    QString documentName; // empty without a document
    QByteArray document;  // the PDF, when loaded
    QDateTime createdAt;
    QDateTime cancelledAt;
    QString cancelledBy;
};

namespace CaseEventKeys {
// The spec's keys (`caf_reported`, …), for files, the CLI and the database.
QString toKey(CaseEventKind kind);
std::optional<CaseEventKind> fromKey(const QString& key);
} // namespace CaseEventKeys
