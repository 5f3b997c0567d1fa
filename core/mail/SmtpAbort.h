#pragma once

#include <atomic>
#include <mutex>

// Lets another thread stop an SMTP session at once. Poco's reads block for
// the whole read time-out (a minute by default) when a server stalls, and
// nothing can wake them but the socket itself: abort() shuts the session's
// socket down, so the blocked read returns with an error at once. Used when
// the window closes during a sending; Cancel alone waits for the message
// being sent (an interrupted message may become « uncertain »).
//
// Thread-safe. The sender registers its socket while it uses it and
// releases it before closing it, under the same lock, so abort() never
// touches a socket that is gone (or a descriptor that was reused).
class SmtpAbort
{
public:
    void abort();
    bool aborted() const { return m_aborted.load(); }

    // The sender's side: `fd` is the connected socket's descriptor.
    // attach() after an abort shuts it down at once.
    void attach(int fd);
    void detach();

private:
    std::mutex m_mutex;
    int m_fd = -1;
    std::atomic<bool> m_aborted = false;
};
