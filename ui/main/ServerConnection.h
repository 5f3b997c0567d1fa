#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <memory>

class QWidget;

// File › Connect to a shared server, after the address was typed: warns
// when a server on the network would be reached without TLS, opens the
// server's database (creating its schema when it is new), and when that
// database holds no agency yet while a database file is open, offers to
// copy the file's agency to it (ServerMigration, as relance-cli
// migrate-to). The questions go through MessageBox, so tests answer them.
class ServerConnection
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnection)

public:
    // `current`: the database open now (may be null). A Cancelled failure
    // when the user stopped at a question.
    static Result<std::unique_ptr<Database>> open(QWidget* parent, const QString& url,
                                                  const Database* current);
};
