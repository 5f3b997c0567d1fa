#include "SmtpAbort.h"

#include <sys/socket.h>

void SmtpAbort::abort()
{
    const std::lock_guard lock(m_mutex);
    m_aborted = true;
    // Not close(): the descriptor stays the session's, which closes it. A
    // shutdown only wakes whatever waits on it (a read, a TLS handshake).
    if (m_fd >= 0)
        ::shutdown(m_fd, SHUT_RDWR);
}

void SmtpAbort::attach(int fd)
{
    const std::lock_guard lock(m_mutex);
    m_fd = fd;
    if (m_aborted && m_fd >= 0)
        ::shutdown(m_fd, SHUT_RDWR);
}

void SmtpAbort::detach()
{
    const std::lock_guard lock(m_mutex);
    m_fd = -1;
}
