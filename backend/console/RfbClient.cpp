#include "RfbClient.h"

#include "ConsoleTr.h"
#include "RfbShared.h"
#include "RfbWorker.h"

#include <QPointer>

#include <rfb/rfbclient.h>

#include <cerrno>
#include <cstring>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace drover::console {

namespace detail {

RfbShared::RfbShared() : wakeFd(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {}
RfbShared::~RfbShared()
{
    if (wakeFd >= 0)
        ::close(wakeFd);
}

void RfbShared::wake() const
{
    const quint64 one = 1;
    [[maybe_unused]] auto n = ::write(wakeFd, &one, sizeof one);
}

void copyRect(const QImage &src, QImage &dst, const QRect &rect)
{
    const QRect r = rect & src.rect() & dst.rect();
    if (r.isEmpty())
        return;
    const size_t bytes = size_t(r.width()) * 4;
    for (int y = r.top(); y <= r.bottom(); ++y)
        std::memcpy(dst.scanLine(y) + size_t(r.left()) * 4,
                    src.constScanLine(y) + size_t(r.left()) * 4, bytes);
}

} // namespace detail

namespace {

// Opens a TCP connection on the worker thread; a stop request (eventfd) or the timeout ends it.
int connectTcp(RfbWorker &w, const detail::RfbShared &shared, const QString &host, quint16 port,
               int timeoutSec)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    const QByteArray h = host.toUtf8(), p = QByteArray::number(port);
    if (const int rc = ::getaddrinfo(h.constData(), p.constData(), &hints, &res); rc != 0) {
        w.reportError(RfbClient::Error::ConnectFailed,
                      Tr::tr("Could not resolve %1: %2")
                          .arg(host, QString::fromLocal8Bit(::gai_strerror(rc))));
        return -1;
    }
    int lastErrno = ETIMEDOUT;
    int fd = -1;
    for (addrinfo *ai = res; ai && fd < 0 && !w.stopping(); ai = ai->ai_next) {
        const int s = ::socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (s < 0) {
            lastErrno = errno;
            continue;
        }
        int err = ::connect(s, ai->ai_addr, ai->ai_addrlen) == 0 ? 0 : errno;
        if (err == EINPROGRESS) {
            pollfd pf[2] = {{s, POLLOUT, 0}, {shared.wakeFd, POLLIN, 0}};
            const int r = ::poll(pf, 2, timeoutSec * 1000);
            socklen_t len = sizeof err;
            if (r <= 0 || !(pf[0].revents & (POLLOUT | POLLERR | POLLHUP)))
                err = ETIMEDOUT;
            else if (::getsockopt(s, SOL_SOCKET, SO_ERROR, &err, &len) != 0)
                err = errno;
        }
        if (err == 0) {
            const int one = 1;
            ::setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            fd = s;
        } else {
            lastErrno = err;
            ::close(s);
        }
    }
    ::freeaddrinfo(res);
    if (fd < 0)
        w.reportError(RfbClient::Error::ConnectFailed,
                      Tr::tr("Could not connect to %1:%2: %3")
                          .arg(host)
                          .arg(port)
                          .arg(QString::fromLocal8Bit(std::strerror(lastErrno))));
    return fd;
}

} // namespace

RfbClient::RfbClient(QObject *parent) : RemoteSession(parent) {}

RfbClient::~RfbClient()
{
    blockSignals(true); // nothing is said from a destructor
    stopWorker();
}

void RfbClient::setOptions(const Options &options)
{
    m_options = options;
}

void RfbClient::providePassword(const QString &password)
{
    if (!m_shared)
        return;
    {
        std::lock_guard lock(m_shared->passwordMutex);
        m_shared->password = password;
        m_shared->passwordAnswered = true;
    }
    m_shared->passwordCv.notify_all();
}

void RfbClient::cancelPassword()
{
    if (!m_shared)
        return;
    {
        std::lock_guard lock(m_shared->passwordMutex);
        m_shared->password.reset();
        m_shared->passwordAnswered = true;
    }
    m_shared->passwordCv.notify_all();
}

void RfbClient::connectToHost(const QString &host, quint16 port)
{
    ++m_attempt;
    const int timeout = m_options.connectTimeoutSec;
    start([host, port, timeout](RfbWorker &w) {
        return connectTcp(w, *w.shared(), host, port, timeout);
    });
}

void RfbClient::connectFd(int fd)
{
    ++m_attempt;
    start([fd](RfbWorker &) { return fd; });
}

void RfbClient::connectThrough(FdOpener open)
{
    stopWorker();
    const quint64 attempt = ++m_attempt;
    setState(State::Connecting);
    open(this, [this, guard = QPointer<RfbClient>(this), attempt](const Result<int, OpenFailure> &fd) {
        if (!guard || attempt != m_attempt) { // gone, or a newer attempt replaced this one
            if (fd)
                ::close(*fd);
            return;
        }
        if (fd) {
            connectFd(*fd);
            return;
        }
        setError(fd.error().kind, fd.error().message);
        setState(State::Disconnected);
    });
}

void RfbClient::disconnectFromServer()
{
    ++m_attempt; // an opener's late socket is closed
    stopWorker();
    setState(State::Disconnected);
}

void RfbClient::start(std::function<int(RfbWorker &)> openSocket)
{
    stopWorker();
    clearError();
    m_extendedKeys = false;
    m_shared = std::make_shared<detail::RfbShared>();
    m_inbox = std::make_unique<QObject>();
    auto worker = std::make_unique<RfbWorker>(this, m_inbox.get(), m_shared, m_options,
                                              std::move(openSocket));
    m_thread = std::thread([worker = std::move(worker), shared = m_shared]() mutable {
        // A write to a peer that went away must fail with EPIPE, not kill the process. SIGPIPE
        // is delivered to the writing thread, so blocking it here changes nothing elsewhere.
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &set, nullptr);
        worker->run();
        worker.reset();
        {
            std::lock_guard lock(shared->doneMutex);
            shared->done = true;
        }
        shared->doneCv.notify_all();
    });
}

void RfbClient::stopWorker()
{
    if (!m_thread.joinable())
        return;
    m_shared->stop = true;
    m_shared->passwordCv.notify_all();
    m_shared->wake();
    {
        std::lock_guard lock(m_shared->sockMutex);
        if (m_shared->sock >= 0)
            ::shutdown(m_shared->sock, SHUT_RDWR); // unblocks a read mid-message
    }
    std::unique_lock done(m_shared->doneMutex);
    if (m_shared->doneCv.wait_for(done, std::chrono::milliseconds(kStopWaitMs), [this] { return m_shared->done; })) {
        done.unlock();
        m_thread.join();
    } else {
        // Stuck where neither the eventfd nor shutdown() reaches (getaddrinfo): the caller's
        // (GUI) thread does not wait for it. It posts nothing more and ends on its own.
        done.unlock();
        {
            std::lock_guard lock(m_shared->inboxMutex);
            m_shared->ownerGone = true;
        }
        m_thread.detach();
    }
    // Whatever the old session still had queued for us is stale now: deleting its inbox drops it.
    m_inbox.reset();
    setState(State::Disconnected);
}

void RfbClient::post(detail::Command command)
{
    if (state() != State::Connected || !m_shared)
        return;
    {
        std::lock_guard lock(m_shared->commandMutex);
        m_shared->commands.push_back(std::move(command));
    }
    m_shared->wake();
}

void RfbClient::onConnected(const QString &desktopName)
{
    m_desktopName = desktopName;
    setState(State::Connected);
}

void RfbClient::onExtendedKeys(bool supported)
{
    m_extendedKeys = supported;
    Q_EMIT extendedKeyEventsChanged(supported);
}

void RfbClient::onFrameNotice()
{
    if (!m_shared)
        return;
    QRegion damage;
    bool resized = false;
    {
        std::lock_guard lock(m_shared->frameMutex);
        m_shared->frameNoticePending = false;
        if (m_shared->damage.isEmpty())
            return;
        resized = m_shared->front.size() != m_screen.size();
        damage = resized ? QRegion(m_shared->front.rect()) : m_shared->damage;
        // The old picture becomes the worker's front: it lacks exactly what changed since.
        std::swap(m_screen, m_shared->front);
        m_shared->frontStale = resized ? QRegion(m_shared->front.rect()) : damage;
        m_shared->damage = QRegion();
    }
    if (resized)
        Q_EMIT desktopResized(m_screen.size());
    if (!damage.isEmpty())
        Q_EMIT framebufferUpdated(damage);
}

QString RfbClient::libraryVersion()
{
    return QStringLiteral(LIBVNCSERVER_VERSION);
}

} // namespace drover::console
