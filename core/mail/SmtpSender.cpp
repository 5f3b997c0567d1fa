#include "SmtpSender.h"

#include "SmtpAbort.h"
#include "SmtpSession.h"

#include <QSysInfo>

#include <Poco/Net/NetException.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/RejectCertificateHandler.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <csignal>
#include <mutex>
#include <optional>

using namespace Poco::Net;

namespace {

void initializeSslOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        initializeSSL();
        // Without a handler installed here, Poco would look for one in a
        // Poco::Util configuration we do not have. Rejecting is the only
        // answer to a certificate that does not verify.
        Context::Params params;
        params.loadDefaultCAs = true;
        Context::Ptr context = new Context(Context::TLS_CLIENT_USE, params);
        SSLManager::instance().initializeClient(nullptr, new RejectCertificateHandler(false),
                                                context);
    });
}

QString fromStd(const std::string& s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size())).trimmed();
}

bool isLoopback(const QString& host)
{
    // Only the names and addresses that cannot leave this machine.
    return host == QLatin1String("localhost") || host.startsWith(QLatin1String("127.")) ||
           host == QLatin1String("::1");
}

// Keeps a socket registered with the abort while open() works on it, and
// lets go of it before the socket dies when open() fails half-way (the
// socket is declared before it, so destroyed after it).
class AbortAttachment
{
public:
    AbortAttachment(SmtpAbort* abort, const StreamSocket& socket)
        : m_abort(abort)
    {
        if (m_abort)
            m_abort->attach(int(socket.impl()->sockfd()));
    }
    ~AbortAttachment()
    {
        if (m_abort)
            m_abort->detach();
    }
    AbortAttachment(const AbortAttachment&) = delete;
    AbortAttachment& operator=(const AbortAttachment&) = delete;
    // The session now owns the socket: it stays registered until drop().
    void keep() { m_abort = nullptr; }

private:
    SmtpAbort* m_abort;
};

} // namespace

SmtpSender::SmtpSender(SmtpSettings settings, QString password)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
{}

SmtpSender::~SmtpSender()
{
    close();
}

bool SmtpSender::aborted() const
{
    return m_abort && m_abort->aborted();
}

Status SmtpSender::open()
{
    const auto stopped = [this] {
        return Status::failure(
            tr("Sending was stopped before the mail server %1 was reached.").arg(m_settings.host));
    };
    if (aborted())
        return stopped();
    Status connected = connect();
    if (!connected && aborted())
        return stopped(); // the error is only the abort's doing
    return connected;
}

Status SmtpSender::connect()
{
    static std::once_flag noSigPipe;
    // Writing to a server that closed the connection must be an error we
    // handle, not a signal that kills the process mid-batch.
    std::call_once(noSigPipe, [] { std::signal(SIGPIPE, SIG_IGN); });
    drop();
    const auto seconds = [](int ms) {
        return QString::number((ms + 999) / 1000);
    };
    const std::string host = m_settings.host.toStdString();
    const QString where = m_settings.host + u':' + QString::number(m_settings.port);
    if (m_settings.security == SmtpSettings::Security::None && !m_settings.user.isEmpty() &&
        !isLoopback(m_settings.host))
        return Status::failure(
            tr("The password would travel in clear to %1: choose the STARTTLS or TLS security "
               "in the mail server settings.")
                .arg(where));
    try {
        Context::Ptr context;
        if (m_settings.security != SmtpSettings::Security::None) {
            initializeSslOnce();
            Context::Params params;
            params.loadDefaultCAs = true;
            params.caLocation = m_settings.caFile.toStdString();
            // Strict: Poco's relaxed mode skips the host name check for any
            // name that resolves to this machine (a relay or tunnel on
            // localhost), which would accept a certificate made out to any
            // other server. The name checked is the one in the settings.
            params.verificationMode = Context::VERIFY_STRICT;
            context = new Context(Context::TLS_CLIENT_USE, params);
            context->requireMinimumProtocol(Context::PROTO_TLSV1_2);
        }
        const SocketAddress address(host, Poco::UInt16(m_settings.port));
        const Poco::Timespan connectTimeout(Poco::Timespan::TimeDiff(m_settings.connectTimeoutMs) *
                                            1000);
        const Poco::Timespan readTimeout(Poco::Timespan::TimeDiff(m_settings.readTimeoutMs) * 1000);
        StreamSocket socket;
        std::optional<AbortAttachment> attachment;
        if (m_settings.security == SmtpSettings::Security::Tls) {
            SecureStreamSocket secure(context);
            secure.setPeerHostName(host);
            secure.connect(address, connectTimeout);
            socket = secure;
            attachment.emplace(m_abort, socket);
        } else {
            // Registered before connecting: an abort also ends the wait for
            // the connection.
            socket = StreamSocket(address.family());
            attachment.emplace(m_abort, socket);
            socket.connect(address, connectTimeout);
        }
        socket.setReceiveTimeout(readTimeout);
        socket.setSendTimeout(readTimeout);
        auto session = std::make_unique<SmtpSession>(socket);
        session->setTimeout(readTimeout);
        session->open();
        QString helo = QSysInfo::machineHostName();
        if (helo.isEmpty() || helo.contains(u' '))
            helo = QStringLiteral("localhost");
        session->login(helo.toStdString());
        if (m_settings.security == SmtpSettings::Security::StartTls) {
            if (!session->startTls(host, context))
                return Status::failure(
                    tr("The server %1 refused STARTTLS: nothing was sent, and the password was not "
                       "given. Check the security setting with your provider.")
                        .arg(where));
        }
        if (!m_settings.user.isEmpty())
            session->login(helo.toStdString(), SMTPClientSession::AUTH_PLAIN,
                           m_settings.user.toStdString(), m_password.toStdString());
        else if (m_settings.security == SmtpSettings::Security::StartTls)
            session->login(helo.toStdString()); // EHLO again over TLS
        m_session = std::move(session);
        attachment->keep();
        m_sessionLost = false;
        return {};
    } catch (const SMTPException& e) {
        if (e.code() == 535 || e.code() == 534 || e.message().find("Login") != std::string::npos)
            return Status::failure(
                tr("The server %1 refused the user name or password (%2). Check them in "
                   "the e-mail settings.")
                    .arg(where, fromStd(e.message())));
        return Status::failure(
            tr("The server %1 answered: %2.").arg(where, fromStd(e.displayText())));
    } catch (const CertificateValidationException& e) {
        // Poco's words when the chain is trusted but the name is not the one
        // dialled (SecureSocketImpl::verifyPeerCertificate).
        if (e.message().find("Unacceptable certificate") != std::string::npos)
            return Status::failure(
                tr("The certificate of %1 is made out to another server name (%2): nothing was "
                   "sent, and the password was not given. In the e-mail settings, set the server "
                   "to the "
                   "exact name on its certificate (the one your provider gives, not an IP "
                   "address).")
                    .arg(where, fromStd(e.displayText())));
        return Status::failure(
            tr("The certificate of %1 is not trusted (%2). If the agency's server uses its own "
               "certificate authority, give its file in the e-mail settings.")
                .arg(where, fromStd(e.displayText())));
    } catch (const SSLException& e) {
        if (e.displayText().find("certificate") != std::string::npos)
            return Status::failure(
                tr("The certificate of %1 is not trusted (%2). If the agency's server uses its "
                   "own certificate authority, give its file in the e-mail settings.")
                    .arg(where, fromStd(e.displayText())));
        return Status::failure(
            tr("The secure connection to %1 failed (%2). Check the port and security setting, and "
               "that the server's certificate is trusted.")
                .arg(where, fromStd(e.displayText())));
    } catch (const Poco::TimeoutException&) {
        ++m_consecutiveTimeouts;
        return Status::failure(
            tr("The server %1 did not answer within %2 seconds. Check the host and port, or try "
               "later.")
                .arg(where, seconds(m_settings.readTimeoutMs)));
    } catch (const Poco::Exception& e) {
        return Status::failure(tr("Could not talk to the mail server %1: %2. Check the host and "
                                  "port, or try later.")
                                   .arg(where, fromStd(e.displayText())));
    } catch (const std::exception& e) {
        return Status::failure(tr("Could not talk to the mail server %1: %2.")
                                   .arg(where, QString::fromLocal8Bit(e.what())));
    }
}

SmtpSender::SendResult SmtpSender::send(const BuiltMessage& message)
{
    bool retry = false;
    SendResult result = attempt(message, &retry);
    if (!retry || aborted())
        return result;
    // 421, 451 or a connection cut before the message was whole: the server
    // does not have it, so a new session may carry it once more.
    ++m_reconnects;
    if (Status s = open(); !s) {
        m_sessionLost = true;
        return {Outcome::TemporaryFailure, result.code,
                result.reply + u' ' + tr("Reconnecting failed: %1").arg(s.error())};
    }
    retry = false;
    result = attempt(message, &retry);
    if (retry)
        drop(); // the next message starts on a fresh session
    return result;
}

SmtpSender::SendResult SmtpSender::attempt(const BuiltMessage& message, bool* retry)
{
    if (!m_session) {
        if (Status s = open(); !s) {
            m_sessionLost = true;
            return {Outcome::TemporaryFailure, 0, s.error()};
        }
    }
    if (aborted())
        return interrupted(false);
    const int seconds = (m_settings.readTimeoutMs + 999) / 1000;
    // What a lost connection means depends on how far the message went.
    const auto cut = [&](const QString& why) -> SendResult {
        const SmtpSession::Stage stage = m_session->stage();
        drop();
        if (aborted())
            return interrupted(stage == SmtpSession::Stage::Answer);
        if (stage == SmtpSession::Stage::Answer)
            return {Outcome::Uncertain, 0,
                    tr("The connection was cut after the whole message was sent, before the "
                       "server answered (%1): it may or may not have arrived.")
                        .arg(why)};
        *retry = true;
        if (stage == SmtpSession::Stage::Data)
            return {Outcome::TemporaryFailure, 0,
                    tr("The connection was cut while sending the message (%1): it was not "
                       "delivered.")
                        .arg(why)};
        return {Outcome::TemporaryFailure, 0,
                tr("The connection was cut before the message was sent (%1).").arg(why)};
    };
    try {
        const std::string reply =
            m_session->transmit(message.data, message.sender, message.recipients);
        m_consecutiveTimeouts = 0;
        return {Outcome::Sent, 250, fromStd(reply)};
    } catch (const SMTPException& e) {
        const int code = e.code();
        const QString reply = fromStd(e.displayText());
        if (code == 0 || aborted()) // no status line: the connection was closed
            return cut(reply);
        m_consecutiveTimeouts = 0;
        if (code == 421 || code == 451) {
            drop();
            *retry = true;
            return {Outcome::TemporaryFailure, code, reply};
        }
        try {
            m_session->reset();
        } catch (const Poco::Exception&) {
            drop();
        }
        return {code >= 500 ? Outcome::PermanentFailure : Outcome::TemporaryFailure, code, reply};
    } catch (const Poco::TimeoutException& e) {
        if (aborted())
            return cut(fromStd(e.displayText()));
        ++m_consecutiveTimeouts;
        const SmtpSession::Stage stage = m_session->stage();
        drop();
        // No new try on this session: a server that stopped answering is
        // not helped by being asked again at once.
        if (stage == SmtpSession::Stage::Answer)
            return {Outcome::Uncertain, 0,
                    tr("The server received the whole message but did not answer within %1 "
                       "seconds: it may or may not have arrived.")
                        .arg(seconds)};
        if (stage == SmtpSession::Stage::Data)
            return {Outcome::TemporaryFailure, 0,
                    tr("The server stopped reading the message for %1 seconds: it was not "
                       "delivered.")
                        .arg(seconds)};
        return {Outcome::TemporaryFailure, 0,
                tr("The server did not answer within %1 seconds: the message was not sent.")
                    .arg(seconds)};
    } catch (const Poco::Exception& e) {
        return cut(fromStd(e.displayText()));
    } catch (const std::exception& e) {
        return cut(QString::fromLocal8Bit(e.what()));
    }
}

SmtpSender::SendResult SmtpSender::interrupted(bool written) const
{
    if (written)
        return {Outcome::Uncertain, 0,
                tr("Sending was stopped after the whole message was sent, before the server "
                   "answered: it may or may not have arrived.")};
    return {Outcome::TemporaryFailure, 0,
            tr("Sending was stopped before the message was complete: it was not delivered.")};
}

void SmtpSender::detachAbort()
{
    if (m_abort)
        m_abort->detach();
}

void SmtpSender::drop()
{
    if (!m_session)
        return;
    // Let go of the socket before it closes: an abort must never shut down
    // a descriptor the process has reused meanwhile.
    detachAbort();
    m_session->abort();
    m_session.reset();
}

void SmtpSender::close()
{
    if (!m_session)
        return;
    if (aborted()) {
        drop(); // no QUIT: nobody waits for the server any more
        return;
    }
    try {
        m_session->close(); // QUIT, still abortable
    } catch (...) {
        // The server may have gone first; QUIT is only a courtesy.
    }
    detachAbort();
    m_session.reset();
}
