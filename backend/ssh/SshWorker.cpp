#include "SshWorker.h"

#include "SshTr.h"

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace drover::ssh {

namespace {
std::once_flag g_libssh2Init;
constexpr int kPumpIntervalMs = 50;
} // namespace

SshWorker::SshWorker(Post post, StateSink state) : m_post(std::move(post)), m_stateSink(std::move(state))
{
    std::call_once(g_libssh2Init, [] { libssh2_init(0); });
    if (::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK) != 0)
        m_wake[0] = m_wake[1] = -1;
}

SshWorker::~SshWorker()
{
    disconnect(QString());
    for (int fd : m_wake)
        if (fd >= 0)
            ::close(fd);
}

void SshWorker::enqueue(std::function<void()> command)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(command));
    }
    const char c = 1;
    [[maybe_unused]] auto n = ::write(m_wake[1], &c, 1);
}

void SshWorker::requestStop()
{
    m_stop = true;
    {
        std::lock_guard lock(m_mutex);
        if (m_sockForStop >= 0)
            ::shutdown(m_sockForStop, SHUT_RDWR); // makes a blocked libssh2 call return at once
    }
    const char c = 1;
    [[maybe_unused]] auto n = ::write(m_wake[1], &c, 1);
}

void SshWorker::cancelPrompts() { m_cancelPrompts = true; }

void SshWorker::setStopSocket(int fd)
{
    std::lock_guard lock(m_mutex);
    m_sockForStop = fd;
}

void SshWorker::run()
{
    while (!m_stop) {
        for (;;) {
            std::function<void()> cmd;
            {
                std::lock_guard lock(m_mutex);
                if (m_queue.empty() || m_stop)
                    break;
                cmd = std::move(m_queue.front());
                m_queue.pop_front();
            }
            cmd();
        }
        if (m_stop)
            break;
        pumpTunnels();
        reapChannels();
        const bool busy = m_session && (!m_tunnels.empty() || !m_closing.empty());
        std::vector<pollfd> fds{{m_wake[0], POLLIN, 0}};
        if (busy) {
            fds.push_back({m_sock, POLLIN, 0});
            for (const auto &t : m_tunnels)
                fds.push_back({t->fd(), t->localEvents(), 0});
        }
        const int idleWait = m_session && m_keepaliveSeconds > 0 ? m_keepaliveSeconds * 1000 : -1;
        if (::poll(fds.data(), fds.size(), busy ? kPumpIntervalMs : idleWait) == 0 && !busy)
            keepalive();
        char drain[64];
        while (::read(m_wake[0], drain, sizeof drain) > 0) {
        }
    }
    disconnect(Tr::tr("session closed"));
}

// Idle only: libssh2 does not read while nobody calls it, so a dead peer shows up as a failed
// send (the second one after the peer's RST).
void SshWorker::keepalive()
{
    if (!m_session)
        return;
    int next = 0;
    if (libssh2_keepalive_send(m_session, &next) != 0)
        disconnect(Tr::tr("connection to %1 lost (keepalive failed: %2)").arg(m_peer, lastError()));
}

template <typename T>
std::optional<T> SshWorker::ask(std::function<void(std::function<void(T)>)> start)
{
    struct Slot
    {
        std::mutex m;
        std::condition_variable cv;
        std::optional<T> v;
    };
    auto slot = std::make_shared<Slot>();
    m_post([slot, start] {
        start([slot](T v) {
            std::lock_guard lock(slot->m);
            if (!slot->v)
                slot->v = std::move(v);
            slot->cv.notify_all();
        });
    });
    std::unique_lock lock(slot->m);
    while (!slot->v && !m_stop && !m_cancelPrompts)
        slot->cv.wait_for(lock, std::chrono::milliseconds(100));
    return slot->v;
}
// The answers the worker asks for (host key in SshConnect.cpp, secrets in SshAuth.cpp).
template std::optional<bool> SshWorker::ask(std::function<void(std::function<void(bool)>)>);
template std::optional<std::optional<QString>>
SshWorker::ask(std::function<void(std::function<void(std::optional<QString>)>)>);

void SshWorker::setState(SshState s, const QString &reason)
{
    m_post([sink = m_stateSink, s, reason] { sink(s, reason); });
}

QString SshWorker::lastError() const
{
    char *msg = nullptr;
    int len = 0;
    if (!m_session)
        return {};
    libssh2_session_last_error(m_session, &msg, &len, 0);
    return msg ? QString::fromUtf8(msg, len) : QString();
}

bool SshWorker::isDeadError(int rc) const
{
    return rc == LIBSSH2_ERROR_SOCKET_SEND || rc == LIBSSH2_ERROR_SOCKET_RECV
        || rc == LIBSSH2_ERROR_SOCKET_DISCONNECT || rc == LIBSSH2_ERROR_SOCKET_TIMEOUT
        || rc == LIBSSH2_ERROR_TIMEOUT || rc == LIBSSH2_ERROR_BANNER_RECV;
}

void SshWorker::disconnect(const QString &reason)
{
    if (m_session)
        libssh2_session_set_blocking(m_session, 0); // never hang on a dead peer here
    m_tunnels.clear();
    m_closing.clear(); // libssh2_session_free frees them
    if (m_session) {
        libssh2_session_disconnect(m_session, "bye");
        libssh2_session_free(m_session);
        m_session = nullptr;
        if (!reason.isNull())
            setState(SshState::Disconnected, reason);
    }
    std::lock_guard lock(m_mutex); // requestStop() must not shut down a reused fd number
    m_sockForStop = -1;
    if (m_sock >= 0)
        ::close(m_sock);
    m_sock = -1;
}

bool SshWorker::waitSocket(int timeoutMs)
{
    const int dir = libssh2_session_block_directions(m_session);
    short ev = 0;
    if (dir & LIBSSH2_SESSION_BLOCK_INBOUND || dir == 0)
        ev |= POLLIN;
    if (dir & LIBSSH2_SESSION_BLOCK_OUTBOUND)
        ev |= POLLOUT;
    pollfd p{m_sock, ev, 0};
    return ::poll(&p, 1, timeoutMs) > 0;
}

void SshWorker::pumpTunnels()
{
    if (!m_session || m_tunnels.empty())
        return;
    libssh2_session_set_blocking(m_session, 0);
    int dead = 0;
    for (int round = 0; round < 64; ++round) {
        bool progress = false;
        for (const auto &t : m_tunnels) {
            progress |= t->pump();
            if (t->transportError())
                dead = t->transportError();
        }
        if (!progress || dead)
            break;
    }
    for (const auto &t : m_tunnels)
        if (t->finished() && !dead)
            if (LIBSSH2_CHANNEL *c = t->takeChannel(); c && libssh2_channel_free(c) == LIBSSH2_ERROR_EAGAIN)
                m_closing.push_back(c);
    std::erase_if(m_tunnels, [](const auto &t) { return t->finished(); });
    libssh2_session_set_blocking(m_session, 1);
    if (dead)
        disconnect(Tr::tr("connection to %1 lost").arg(m_peer));
}

} // namespace drover::ssh
