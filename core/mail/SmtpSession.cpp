#include "SmtpSession.h"

#include <Poco/Net/MailStream.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketStream.h>

bool SmtpSession::startTls(const std::string& host, Poco::Net::Context::Ptr context)
{
    std::string response;
    const int status = sendCommand("STARTTLS", response);
    if (!isPositiveCompletion(status))
        return false;
    const Poco::Timespan timeout = socket().getReceiveTimeout();
    Poco::Net::SecureStreamSocket secure =
        Poco::Net::SecureStreamSocket::attach(socket(), host, context);
    socket() = secure;
    socket().setReceiveTimeout(timeout);
    socket().setSendTimeout(timeout);
    return true;
}

std::string SmtpSession::transmit(const std::string& data, const std::string& sender,
                                  const Recipients& recipients)
{
    m_stage = Stage::Envelope;
    // The envelope is ours, not taken from the headers: the addresses were
    // checked, the headers may hold encoded names.
    std::string response;
    int status = sendCommand("MAIL FROM:<" + sender + ">", response);
    if (!isPositiveCompletion(status))
        throw Poco::Net::SMTPException("The sender was refused", response, status);
    for (const std::string& recipient : recipients) {
        status = sendCommand("RCPT TO:<" + recipient + ">", response);
        if (!isPositiveCompletion(status))
            throw Poco::Net::SMTPException("The recipient " + recipient + " was refused", response,
                                           status);
    }
    status = sendCommand("DATA", response);
    if (!isPositiveIntermediate(status))
        throw Poco::Net::SMTPException("The server refused the message data", response, status);
    m_stage = Stage::Data;
    Poco::Net::SocketOutputStream socketStream(socket());
    Poco::Net::MailOutputStream mailStream(socketStream);
    // A failed write throws its own exception (time-out, reset) instead of
    // leaving a bad stream behind: the caller tells a time-out from a cut.
    socketStream.exceptions(std::ios::badbit);
    mailStream.exceptions(std::ios::badbit);
    mailStream.write(data.data(), std::streamsize(data.size()));
    mailStream.close();
    socketStream.flush();
    if (!socketStream.good() || !mailStream.good())
        throw Poco::Net::NetException("the connection was cut while sending the message");
    m_stage = Stage::Answer;
    status = socket().receiveStatusMessage(response);
    if (status == 0)
        throw Poco::Net::ConnectionResetException("the connection was closed without an answer");
    if (!isPositiveCompletion(status))
        throw Poco::Net::SMTPException("The server rejected the message", response, status);
    return response;
}

void SmtpSession::reset()
{
    std::string response;
    sendCommand("RSET", response);
}

void SmtpSession::abort()
{
    try {
        socket().close();
    } catch (...) {
        // Already closed: nothing left to release.
    }
}
