// SshWorker: TCP connect, SSH handshake, host key check and the connect sequence (worker thread).
#include "SshWorker.h"

#include "KnownHosts.h"
#include "SshConfig.h"
#include "SshTr.h"

#include <QDeadlineTimer>
#include <QDir>

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace drover::ssh {

Result<int, SshFailure> SshWorker::tcpConnect(const QString &host, quint16 port, int timeoutMs)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    const int g = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &res);
    if (g != 0)
        return Result<int, SshFailure>::failure(
            SshError::Resolve, Tr::tr("cannot resolve %1: %2").arg(host, QString::fromLocal8Bit(gai_strerror(g))));
    const QDeadlineTimer deadline(timeoutMs);
    int lastErrno = 0;
    int fd = -1;
    for (addrinfo *a = res; a && fd < 0 && !m_stop; a = a->ai_next) {
        int s = ::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol);
        if (s < 0)
            continue;
        setStopSocket(s);
        if (::connect(s, a->ai_addr, a->ai_addrlen) != 0 && errno == EINPROGRESS) {
            pollfd p{s, POLLOUT, 0};
            const int pr = ::poll(&p, 1, int(qMax<qint64>(0, deadline.remainingTime())));
            int soErr = ETIMEDOUT;
            socklen_t l = sizeof soErr;
            if (pr > 0)
                ::getsockopt(s, SOL_SOCKET, SO_ERROR, &soErr, &l);
            errno = soErr;
        }
        if (errno == 0 || errno == EISCONN) {
            fd = s;
            break;
        }
        lastErrno = errno;
        setStopSocket(-1);
        ::close(s);
    }
    ::freeaddrinfo(res);
    if (fd >= 0)
        return fd;
    const QString where = QStringLiteral("%1:%2").arg(host).arg(port);
    return Result<int, SshFailure>::failure(
        lastErrno == ETIMEDOUT ? SshError::Timeout : SshError::Refused,
        lastErrno == ECONNREFUSED ? Tr::tr("connection refused on %1").arg(where)
        : lastErrno == ETIMEDOUT
            ? Tr::tr("timed out connecting to %1 after %2 s").arg(where).arg(timeoutMs / 1000.0)
            : Tr::tr("cannot connect to %1: %2").arg(where, QString::fromLocal8Bit(std::strerror(lastErrno))));
}

Result<SshConnectionInfo, SshFailure> SshWorker::connectTo(const SshTarget &t, const SshPrompts &prompts)
{
    using R = Result<SshConnectionInfo, SshFailure>;
    disconnect(QString());
    m_cancelPrompts = false;
    const SshConfig cfg = t.configPath == QLatin1String("none") ? SshConfig() : SshConfig::load(t.configPath);
    const SshHostConfig hc = cfg.resolve(t.host);
    SshConnectionInfo info;
    info.host = hc.hostName;
    info.port = t.port ? t.port : hc.port;
    info.user = t.user.isEmpty() ? hc.user : t.user;
    QStringList ids = t.identityFiles.isEmpty() ? hc.identityFiles : t.identityFiles;
    const bool defaults = ids.isEmpty();
    if (defaults)
        for (const char *n : {"id_ed25519", "id_ecdsa", "id_rsa"})
            ids << QDir::homePath() + QStringLiteral("/.ssh/") + QLatin1String(n);
    m_peer = QStringLiteral("%1:%2").arg(info.host).arg(info.port);
    m_ioTimeoutMs = t.ioTimeoutMs;
    m_keepaliveSeconds = t.keepaliveSeconds;

    auto fail = [&](SshError e, const QString &msg) {
        disconnect(QString());
        setState(SshState::Disconnected, msg);
        return R::failure(e, msg);
    };
    setState(SshState::Connecting);
    const Result<int, SshFailure> sock = tcpConnect(info.host, info.port, t.connectTimeoutMs);
    if (!sock)
        return fail(sock.error().kind, sock.error().message);
    m_sock = *sock;
    m_session = libssh2_session_init();
    if (!m_session)
        return fail(SshError::Protocol, Tr::tr("cannot initialise libssh2"));
    libssh2_session_set_blocking(m_session, 1);
    libssh2_session_set_timeout(m_session, t.ioTimeoutMs);
    if (const int rc = libssh2_session_handshake(m_session, m_sock); rc != 0) {
        if (rc == LIBSSH2_ERROR_TIMEOUT)
            return fail(SshError::Timeout, Tr::tr("%1 did not complete the SSH handshake within %2 s")
                                               .arg(m_peer).arg(t.ioTimeoutMs / 1000.0));
        return fail(SshError::Protocol, Tr::tr("%1 does not speak SSH or closed the connection "
                                                       "during the handshake (%2)").arg(m_peer, lastError()));
    }

    HostKeyCheck hk = KnownHosts::check(m_session, t.knownHostsPath, info.host, info.port);
    info.hostKeyFingerprint = hk.fingerprint;
    if (hk.status == HostKeyStatus::Changed)
        return fail(SshError::HostKeyChanged, hk.message);
    if (hk.status == HostKeyStatus::Error)
        return fail(SshError::HostKeyUnknown, hk.message);
    if (hk.status == HostKeyStatus::Unknown) {
        std::optional<bool> accept;
        if (prompts.hostKey) {
            const auto p = prompts.hostKey;
            accept = ask<bool>([p, hk](std::function<void(bool)> answer) { p(hk, answer); });
        }
        if (!accept.value_or(false))
            return fail(SshError::HostKeyUnknown,
                        Tr::tr("host key of %1 not trusted: %2 %3 is not in %4")
                            .arg(hk.host, hk.keyType, hk.fingerprint, hk.knownHostsFile));
        if (const Result<void> added = KnownHosts::add(m_session, t.knownHostsPath, info.host, info.port); !added)
            return fail(SshError::HostKeyUnknown, added.error().message);
    }

    setState(SshState::Authenticating);
    const auto auth = authenticate(info.user, ids, t, prompts);
    if (!auth.ok())
        return fail(auth.error().kind, auth.error().message);
    info.authMethod = *auth;
    if (m_keepaliveSeconds > 0)
        libssh2_keepalive_config(m_session, 1, unsigned(m_keepaliveSeconds));
    setState(SshState::Connected);
    return info;
}

} // namespace drover::ssh
