#pragma once
// One direct-tcpip channel pumped to/from the worker's end of a socketpair. Worker thread only;
// the session must be in non-blocking mode while pump() runs.
#include <QByteArray>

#include <utility>

#include <libssh2.h>

namespace drover::ssh {

class SshTunnelPump
{
public:
    SshTunnelPump(LIBSSH2_CHANNEL *channel, int localFd);
    ~SshTunnelPump();
    SshTunnelPump(const SshTunnelPump &) = delete;
    SshTunnelPump &operator=(const SshTunnelPump &) = delete;

    // Moves what it can without blocking. Returns true if any byte or EOF moved.
    bool pump();
    bool finished() const { return m_done; }
    int fd() const { return m_fd; }
    // Once finished: the channel for the worker to free (it may take a few non-blocking tries).
    // Left alone, it is freed with the session.
    LIBSSH2_CHANNEL *takeChannel() { return std::exchange(m_channel, nullptr); }
    // poll() events the local fd needs.
    short localEvents() const;
    // Set when the channel failed at the transport level (the session is dead).
    int transportError() const { return m_transportError; }

private:
    void finish();
    LIBSSH2_CHANNEL *m_channel;
    int m_fd;
    QByteArray m_toRemote, m_toLocal;
    bool m_localEof = false, m_remoteEof = false, m_eofSent = false, m_localShut = false;
    bool m_done = false;
    int m_transportError = 0;
};

} // namespace drover::ssh
