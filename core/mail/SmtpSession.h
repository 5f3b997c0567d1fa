#pragma once

#include <Poco/Net/Context.h>
#include <Poco/Net/SMTPClientSession.h>

#include <string>

// Poco's SMTP session with the two things 1.11 lacks: STARTTLS on a socket we
// connected ourselves (with a connect timeout) that checks the certificate
// against the host name we dialled, and a send that returns the server's
// final answer (the "250 … queued as …" users want to see).
class SmtpSession : public Poco::Net::SMTPClientSession
{
public:
    explicit SmtpSession(const Poco::Net::StreamSocket& socket)
        : SMTPClientSession(socket)
    {}

    // False when the server refuses STARTTLS: the caller must stop there.
    bool startTls(const std::string& host, Poco::Net::Context::Ptr context);

    // How far the last transmit() went when it threw: what a failure means
    // depends on it. Before the data ends the server cannot have the message;
    // once the final "." is written, only its answer tells, and without one
    // nobody knows.
    enum class Stage
    {
        Envelope, // MAIL FROM, RCPT TO, DATA: nothing of the message sent yet
        Data,     // the message is being written: not complete on the server
        Answer    // written up to the final ".": waiting for the server's word
    };

    // MAIL FROM, RCPT TO, DATA, the message, and the final reply. Throws
    // SMTPException (code = the server's status; 0 when the connection
    // closed) or a network exception (time-out, reset); stage() says where.
    std::string transmit(const std::string& data, const std::string& sender,
                         const Recipients& recipients);
    Stage stage() const { return m_stage; }

    // RSET after a refused message, so the session can carry the next one.
    void reset();

    // Closes the socket without a word: the server is gone or misbehaving,
    // and waiting for an answer to QUIT would only add a time-out.
    void abort();

private:
    Stage m_stage = Stage::Envelope;
};
