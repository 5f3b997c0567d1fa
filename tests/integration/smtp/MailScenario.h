#pragma once

#include "storage/Database.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class SmtpFixture;

// A database with what `send` works on: accounts, a recorded run whose
// reminders use e-mail, each addressee's letter as a PDF file on disk, and
// a level template whose subject and body hold merge fields.
class MailScenario
{
public:
    struct Tenant
    {
        QString ref;
        QString name;
        QString email;                                 // one address or several, comma-separated
        QList<std::pair<QString, QString>> guarantors; // name, e-mail
    };

    MailScenario();

    // The size of each letter's PDF written by the next addRun.
    int pdfBytes = 60 * 1024;
    // The unpaid items the next runs' reminders record (their snapshot).
    QString itemsJson = QStringLiteral("[]");
    // Replaces the level template's e-mail subject and body (before addRun).
    void setEmailTexts(const QString& subject, const QString& body);

    // A run with one reminder per tenant for `recipients` ("tenant",
    // "guarantor"), letter and e-mail, then queued by MailQueue.
    qint64 addRun(const QList<Tenant>& tenants,
                  const QStringList& recipients = {QStringLiteral("tenant")});

    // The PDF written for a letter: ref + "/tenant" or ref + "/guarantor1"…
    QByteArray pdf(const QString& key) const { return m_pdfs.value(key); }
    // Where that PDF was written (the path the letter records).
    QString pdfPath(const QString& key) const
    {
        return m_dir.filePath(QString(key).replace(u'/', u'-') + QStringLiteral(".pdf"));
    }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("relance.sqlite")); }
    QStringList cli(QStringList args) const;
    // relance-cli's environment: the password, and no keyring probing.
    QProcessEnvironment env(const QString& password = QStringLiteral("s3cret")) const;
    // `smtp set` for the fixture, plus `extra` options; returns the exit code.
    int smtpSet(const SmtpFixture& fixture, const QString& security, const QStringList& extra = {});

    // state of each outbox message by its address ("sent", "failed"…).
    QHash<QString, QString> states() const;
    QString letterState(const QString& ref) const;
    QString reminderLetterState(const QString& ref) const;

    Database& db() { return *m_db; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_levelId = 0;
    QHash<QString, QByteArray> m_pdfs;
};
