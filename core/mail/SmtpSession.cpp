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
    Poco::Net::SocketOutputStream socketStream(socket());
    Poco::Net::MailOutputStream mailStream(socketStream);
    mailStream.write(data.data(), std::streamsize(data.size()));
    mailStream.close();
    socketStream.flush();
    if (!socketStream.good())
        throw Poco::Net::NetException("the connection was lost while sending the message");
    status = socket().receiveStatusMessage(response);
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
