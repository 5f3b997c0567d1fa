#include "ServerConnection.h"

#include "DatabaseOpener.h"
#include "common/BackgroundTask.h"
#include "common/MessageBox.h"
#include "common/TaskWait.h"
#include "money/Money.h"
#include "setup/ServerMigration.h"
#include "storage/ThreadConnectionRelease.h"

#include <QDir>
#include <QLocale>

namespace {

using Opened = Result<std::unique_ptr<Database>>;

Opened cancelled()
{
    return Opened::failure(ErrorKind::Cancelled, ServerConnection::tr("Nothing was changed."));
}

} // namespace

Result<std::unique_ptr<Database>> ServerConnection::open(QWidget* parent, const QString& url,
                                                         const Database* current)
{
    const QString title = tr("Connect to a shared server");
    const DatabaseConfig config = DatabaseConfig::fromString(url);
    if (config.mayBeUnencrypted() && !config.isLocalServer()) {
        const auto answer = MessageBox::question(
            parent, title,
            tr("The server %1 would be reached without requiring encryption (TLS): the "
               "password and the tenants' data could be read on the network.\n\nAsk whoever runs "
               "the server for its certificate and add ?sslmode=verify-full to the address (see "
               "docs/postgresql.md). Connect anyway?")
                .arg(config.host),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
            {{QMessageBox::Yes, tr("Connect without TLS")}});
        if (answer != QMessageBox::Yes)
            return cancelled();
    }
    auto server = DatabaseOpener::open(url, false);
    if (!server || !current || !current->dialect().isSQLite())
        return server;
    auto empty = ServerMigration::isEmpty(**server);
    if (!empty)
        return Opened::failure(empty.kind(), empty.error());
    if (!*empty)
        return server;
    const auto copy = MessageBox::question(
        parent, title,
        tr("The server's database %1 holds no agency yet.\n\nCopy the agency of the file open "
           "now (%2) to it? Every table is copied in one go and counted again on both sides; "
           "the file is left as it is.")
            .arg((*server)->config().displayName(),
                 QDir::toNativeSeparators(current->config().path)),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes,
        {{QMessageBox::Yes, tr("Copy this agency to the server")},
         {QMessageBox::No, tr("Open the empty server")}});
    if (copy == QMessageBox::Cancel)
        return cancelled();
    if (copy == QMessageBox::No)
        return server;
    // Minutes for a large agency: off the GUI thread, each database on the
    // worker's own connection.
    auto report =
        Result<ServerMigration::Report>::failure(ErrorKind::Cancelled, tr("Nothing was copied."));
    const Database& target = **server;
    BackgroundTask task(*current, [&](BackgroundTask::Control&) {
        ThreadConnectionRelease release(target);
        report = ServerMigration::copy(*current, target);
    });
    TaskWait::run(parent, task, tr("Copying the agency to the server…"));
    if (!report)
        return Opened::failure(report.kind(), report.error());
    qint64 rows = 0;
    for (const ServerMigration::TableCount& t : report->tables)
        rows += t.target;
    if (!report->agrees())
        return Opened::failure(ErrorKind::Storage,
                               tr("The server does not hold the same rows as the file after the "
                                  "copy. Keep working on the file and report the problem "
                                  "(relance-cli migrate-to prints the counts)."));
    MessageBox::information(
        parent, title,
        tr("The agency was copied to the server: %1 rows in %2 tables, the same on both sides; "
           "total balance %3 on both sides.")
            .arg(QLocale().toString(rows))
            .arg(report->tables.size())
            .arg(Money::fromCents(report->targetBalanceCents).toLocaleString()));
    return server;
}
