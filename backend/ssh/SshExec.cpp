// SshWorker: exec and direct-tcpip channels (worker thread only).
#include "SshWorker.h"

#include "SshTr.h"

#include <QDeadlineTimer>
#include <QScopeGuard>

#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace drover::ssh {

Result<ExecResult, SshFailure> SshWorker::exec(const QString &command, qint64 maxOutput, int timeoutMs)
{
    using R = Result<ExecResult, SshFailure>;
    if (!m_session)
        return R::failure(SshError::NotConnected, Tr::tr("not connected (cannot run '%1')").arg(command));
    auto lost = [&](int rc) {
        const QString msg = Tr::tr("connection to %1 lost while running '%2' (%3)")
                                .arg(m_peer, command, lastError());
        const bool timeout = rc == LIBSSH2_ERROR_TIMEOUT;
        disconnect(msg);
        return R::failure(timeout ? SshError::Timeout : SshError::Closed, msg);
    };
    libssh2_session_set_blocking(m_session, 1);
    LIBSSH2_CHANNEL *const channel = libssh2_channel_open_session(m_session);
    // If the session died meanwhile, libssh2_session_free has freed the channel already.
    const auto release = qScopeGuard([&] {
        if (channel && m_session)
            releaseChannel(channel);
    });
    if (!channel) {
        const int rc = libssh2_session_last_errno(m_session);
        if (isDeadError(rc))
            return lost(rc);
        return R::failure(SshError::Channel, Tr::tr("%1 refused a session channel: %2").arg(m_peer, lastError()));
    }
    const QByteArray cmd = command.toUtf8();
    if (const int rc = libssh2_channel_process_startup(channel, "exec", 4, cmd.constData(), unsigned(cmd.size())); rc != 0) {
        if (isDeadError(rc))
            return lost(rc);
        return R::failure(SshError::Channel, Tr::tr("%1 refused to run '%2': %3").arg(m_peer, command, lastError()));
    }

    libssh2_session_set_blocking(m_session, 0);
    ExecResult out;
    const QDeadlineTimer deadline(timeoutMs);
    char buf[32 * 1024];
    for (;;) {
        bool progress = false, drained = true;
        for (int stream : {0, SSH_EXTENDED_DATA_STDERR}) {
            const ssize_t n = libssh2_channel_read_ex(channel, stream, buf, sizeof buf);
            if (n > 0) {
                (stream == 0 ? out.stdOut : out.stdErr).append(buf, n);
                progress = true;
                drained = false;
            } else if (n == LIBSSH2_ERROR_EAGAIN) {
                drained = drained && libssh2_channel_eof(channel);
            } else if (n < 0) {
                return lost(int(n));
            }
        }
        if (out.stdOut.size() + out.stdErr.size() > maxOutput) {
            libssh2_session_set_blocking(m_session, 1);
            return R::failure(SshError::OutputTooLarge, Tr::tr("'%1' on %2 wrote more than %3 MiB; output discarded")
                                                            .arg(command, m_peer)
                                                            .arg(double(maxOutput) / (1024 * 1024)));
        }
        pumpTunnels();
        if (!m_session)
            return R::failure(SshError::Closed, Tr::tr("connection to %1 lost while running '%2'").arg(m_peer, command));
        libssh2_session_set_blocking(m_session, 0);
        if (drained && libssh2_channel_eof(channel))
            break;
        if (m_stop)
            return R::failure(SshError::Cancelled, Tr::tr("cancelled"));
        if (deadline.hasExpired()) {
            libssh2_session_set_blocking(m_session, 1);
            return R::failure(SshError::Timeout,
                              Tr::tr("'%1' on %2 did not finish within %3 s").arg(command, m_peer).arg(timeoutMs / 1000.0));
        }
        if (!progress)
            waitSocket(m_tunnels.empty() ? 1000 : 50);
    }
    libssh2_session_set_blocking(m_session, 1);
    // The exit status arrives before the server's close; wait for the close to be sure of it.
    libssh2_channel_close(channel);
    if (const int rc = libssh2_channel_wait_closed(channel); rc != 0 && isDeadError(rc))
        return lost(rc);
    out.exitStatus = libssh2_channel_get_exit_status(channel);
    char *sig = nullptr;
    size_t sigLen = 0;
    libssh2_channel_get_exit_signal(channel, &sig, &sigLen, nullptr, nullptr, nullptr, nullptr);
    if (sig) {
        out.exitSignal = QString::fromUtf8(sig, qsizetype(sigLen));
        out.exitStatus = -1;
        libssh2_free(m_session, sig);
    }
    return out;
}

void SshWorker::releaseChannel(LIBSSH2_CHANNEL *channel)
{
    // Freeing a channel whose command still runs would block until it exits (sshd waits for
    // its child before closing): try without blocking and finish later from run().
    libssh2_session_set_blocking(m_session, 0);
    if (libssh2_channel_free(channel) == LIBSSH2_ERROR_EAGAIN)
        m_closing.push_back(channel);
    libssh2_session_set_blocking(m_session, 1);
}

void SshWorker::reapChannels()
{
    if (!m_session || m_closing.empty())
        return;
    libssh2_session_set_blocking(m_session, 0);
    std::erase_if(m_closing, [](LIBSSH2_CHANNEL *c) { return libssh2_channel_free(c) != LIBSSH2_ERROR_EAGAIN; });
    libssh2_session_set_blocking(m_session, 1);
}

Result<SshTunnel, SshFailure> SshWorker::openTunnel(const QString &host, quint16 port)
{
    using R = Result<SshTunnel, SshFailure>;
    const QString target = QStringLiteral("%1:%2").arg(host).arg(port);
    if (!m_session)
        return R::failure(SshError::NotConnected, Tr::tr("not connected (cannot open a tunnel to %1)").arg(target));
    libssh2_session_set_blocking(m_session, 1);
    LIBSSH2_CHANNEL *ch = libssh2_channel_direct_tcpip_ex(m_session, host.toUtf8().constData(), port, "127.0.0.1", 0);
    if (!ch) {
        const int rc = libssh2_session_last_errno(m_session);
        const QString msg = Tr::tr("%1 refused to forward to %2: %3").arg(m_peer, target, lastError());
        if (isDeadError(rc)) {
            disconnect(msg);
            return R::failure(SshError::Closed, msg);
        }
        return R::failure(SshError::Channel, msg);
    }
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
        libssh2_channel_free(ch);
        return R::failure(SshError::Channel, Tr::tr("socketpair failed"));
    }
    ::fcntl(sv[1], F_SETFL, ::fcntl(sv[1], F_GETFL) | O_NONBLOCK);
    m_tunnels.push_back(std::make_unique<SshTunnelPump>(ch, sv[1]));
    return SshTunnel{sv[0], target};
}

} // namespace drover::ssh
