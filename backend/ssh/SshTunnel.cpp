#include "SshTunnel.h"

#include <cerrno>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace drover::ssh {

namespace {
constexpr qsizetype kChunk = 32 * 1024;
bool isTransportError(ssize_t rc)
{
    return rc == LIBSSH2_ERROR_SOCKET_SEND || rc == LIBSSH2_ERROR_SOCKET_RECV
        || rc == LIBSSH2_ERROR_SOCKET_DISCONNECT || rc == LIBSSH2_ERROR_TIMEOUT;
}
} // namespace

SshTunnelPump::SshTunnelPump(LIBSSH2_CHANNEL *channel, int localFd)
    : m_channel(channel), m_fd(localFd)
{
}

SshTunnelPump::~SshTunnelPump() { finish(); }

void SshTunnelPump::finish()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_done = true;
}

short SshTunnelPump::localEvents() const
{
    if (m_done)
        return 0;
    short ev = 0;
    if (!m_localEof && m_toRemote.isEmpty())
        ev |= POLLIN;
    if (!m_toLocal.isEmpty())
        ev |= POLLOUT;
    return ev;
}

bool SshTunnelPump::pump()
{
    if (m_done)
        return false;
    bool progress = false;
    char buf[kChunk];

    // local -> remote
    if (m_toRemote.isEmpty() && !m_localEof) {
        const ssize_t n = ::read(m_fd, buf, sizeof buf);
        if (n > 0) {
            m_toRemote.append(buf, n);
            progress = true;
        } else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
            m_localEof = true;
            progress = true;
        }
    }
    while (!m_toRemote.isEmpty()) {
        const ssize_t w = libssh2_channel_write(m_channel, m_toRemote.constData(), size_t(m_toRemote.size()));
        if (w > 0) {
            m_toRemote.remove(0, w);
            progress = true;
        } else {
            if (w != LIBSSH2_ERROR_EAGAIN) {
                m_transportError = isTransportError(w) ? int(w) : 0;
                finish();
                return true;
            }
            break;
        }
    }
    if (m_localEof && m_toRemote.isEmpty() && !m_eofSent) {
        const int rc = libssh2_channel_send_eof(m_channel);
        if (rc == 0 || rc != LIBSSH2_ERROR_EAGAIN)
            m_eofSent = true, progress = true;
    }

    // remote -> local
    if (m_toLocal.isEmpty() && !m_remoteEof) {
        const ssize_t n = libssh2_channel_read(m_channel, buf, sizeof buf);
        if (n > 0) {
            m_toLocal.append(buf, n);
            progress = true;
        } else if (n == 0 || libssh2_channel_eof(m_channel)) {
            if (libssh2_channel_eof(m_channel))
                m_remoteEof = true, progress = true;
        } else if (n != LIBSSH2_ERROR_EAGAIN) {
            m_transportError = isTransportError(n) ? int(n) : 0;
            finish();
            return true;
        }
    }
    while (!m_toLocal.isEmpty()) {
        const ssize_t w = ::send(m_fd, m_toLocal.constData(), size_t(m_toLocal.size()), MSG_NOSIGNAL);
        if (w > 0) {
            m_toLocal.remove(0, w);
            progress = true;
        } else {
            if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                finish(); // the local side went away
                return true;
            }
            break;
        }
    }
    if (m_remoteEof && m_toLocal.isEmpty() && !m_localShut) {
        ::shutdown(m_fd, SHUT_WR);
        m_localShut = true;
        progress = true;
    }
    if (m_localShut && m_eofSent) {
        finish();
        progress = true;
    }
    return progress;
}

} // namespace drover::ssh
