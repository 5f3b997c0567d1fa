// Sending from the outbox against a real SMTP server that stalls (issue 12):
// closing the window must not wait for the server's time-out, and the
// e-mail it interrupted must never count as sent nor be sent twice.
#include "GuiFixture.h"
#include "SmtpFixture.h"
#include "TestSupport.h"

#include "common/MessageBox.h"
#include "debtors/RunFlow.h"
#include "mail/SmtpSettings.h"
#include "main/MainWindow.h"
#include "outbox/OutboxView.h"
#include "storage/OutboxRepository.h"

#include <QElapsedTimer>
#include <QTest>

#include <catch2/catch.hpp>

namespace {

// One e-mail waiting in the outbox, to an address the server will take.
qint64 queueOneEmail(const Database& db)
{
    OutboxMessage m;
    m.accountRef = QStringLiteral("LOC2");
    m.toAddress = QStringLiteral("martin@example.fr");
    m.toName = QStringLiteral("Paul Martin");
    m.subject = QStringLiteral("Loyer de novembre");
    m.body = QStringLiteral("Bonjour,\nle loyer de novembre reste dû.\n");
    qint64 id = 0;
    const Status s = db.write([&](QSqlDatabase& conn) -> Status {
        auto inserted = OutboxRepository::insertIn(conn, m);
        if (!inserted)
            return Status::failure(inserted.error());
        id = inserted->value_or(0);
        return {};
    });
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
    REQUIRE(id > 0);
    return id;
}

// A main window on an agency whose mail server takes the whole message
// and never answers, with one e-mail waiting; `path` is the database file.
struct StalledServer
{
    GuiFixture fixture;
    SmtpFixture server{{QStringLiteral("--security"), QStringLiteral("starttls"),
                        QStringLiteral("--fault"), QStringLiteral("silent-after-data")}};
    // Long on purpose: closing must not wait for it.
    static constexpr int readTimeoutMs = 60000;
    QString path;
    qint64 id = 0;
    std::unique_ptr<MainWindow> window;

    StalledServer()
    {
        REQUIRE(server.ready());
        auto db = fixture.preparedAgency();
        path = db->config().path;
        SmtpSettings smtp;
        smtp.host = QStringLiteral("localhost");
        smtp.port = server.port();
        smtp.security = SmtpSettings::Security::StartTls;
        smtp.fromAddress = QStringLiteral("relances@agence-du-parc.fr");
        smtp.caFile = server.caFile();
        smtp.connectTimeoutMs = 10000;
        smtp.readTimeoutMs = readTimeoutMs;
        REQUIRE(smtp.save(*db).ok());
        id = queueOneEmail(*db);
        window = std::make_unique<MainWindow>(std::move(db));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        MessageBox::clearLog();
    }

    // Closes the window once the server holds the message; checks it went
    // long before the time-out, silently, and left the e-mail uncertain.
    void closeAndCheck()
    {
        REQUIRE(GuiFixture::waitUntil([&] { return server.messages().size() >= 1; }, 30000));
        QElapsedTimer closing;
        closing.start();
        window->close();
        window.reset();
        CHECK(closing.elapsed() < readTimeoutMs / 2);
        // Nothing was asked or shown while the window went away.
        CHECK(MessageBox::lastText().isEmpty());

        auto reopened = Database::open(DatabaseConfig::sqlite(path));
        REQUIRE(reopened.ok());
        auto message = OutboxRepository(**reopened).byId(id);
        REQUIRE(message.ok());
        REQUIRE(message->has_value());
        // The server may have it: only a person decides to send it again.
        CHECK((*message)->state == OutboxState::Uncertain);
        CHECK((*message)->lastError.contains(QStringLiteral("may or may not have arrived")));
        CHECK(server.messages().size() == 1);
    }
};

} // namespace

TEST_CASE("Closing the window while the mail server holds an e-mail unanswered returns long before "
          "the read time-out and leaves the e-mail uncertain, never sent")
{
    StalledServer s;
    s.window->showSection(MainWindow::HistorySection);
    auto* view = s.window->findChild<OutboxView*>();
    REQUIRE(view);
    view->sendNow();
    REQUIRE(view->isSending());
    s.closeAndCheck();
}

TEST_CASE("Closing the window while the Debtors screen sends a run's e-mails to a server that "
          "stalls returns long before the read time-out")
{
    StalledServer s;
    auto* flow = s.window->findChild<RunFlow*>();
    REQUIRE(flow);
    REQUIRE(flow->sendEmails(0));
    REQUIRE(flow->isBusy());
    s.closeAndCheck();
}
