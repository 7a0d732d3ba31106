#include "WebSocketFdPump.h"

#include "ConsoleTr.h"

#include <QSocketNotifier>
#include <QWebSocket>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace drover::console {

WebSocketFdPump::WebSocketFdPump(QWebSocket *ws, int fd, QObject *parent)
    : QObject(parent), m_ws(ws), m_fd(fd),
      m_read(new QSocketNotifier(fd, QSocketNotifier::Read, this)),
      m_write(new QSocketNotifier(fd, QSocketNotifier::Write, this))
{
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    m_write->setEnabled(false);
    connect(m_read, &QSocketNotifier::activated, this, &WebSocketFdPump::readFd);
    connect(m_write, &QSocketNotifier::activated, this, &WebSocketFdPump::writeFd);
    connect(ws, &QWebSocket::binaryMessageReceived, this, &WebSocketFdPump::fromWebSocket);
    connect(ws, &QWebSocket::bytesWritten, this, &WebSocketFdPump::wsDrained);
}

WebSocketFdPump::~WebSocketFdPump()
{
    m_read->setEnabled(false);
    m_write->setEnabled(false);
    ::close(m_fd);
}

void WebSocketFdPump::detach()
{
    m_stopped = true;
    m_read->setEnabled(false);
    m_write->setEnabled(false);
    m_ws = nullptr;
}

void WebSocketFdPump::stop(const QString &why)
{
    if (m_stopped)
        return;
    m_stopped = true;
    m_read->setEnabled(false);
    m_write->setEnabled(false);
    m_toFd.clear();
    Q_EMIT socketClosed(why);
}

void WebSocketFdPump::fromWebSocket(const QByteArray &bytes)
{
    if (m_stopped)
        return;
    m_toFd += bytes;
    if (!m_write->isEnabled())
        writeFd();
}

void WebSocketFdPump::writeFd()
{
    while (!m_toFd.isEmpty() && !m_stopped) {
        const ssize_t n = ::send(m_fd, m_toFd.constData(), size_t(m_toFd.size()), MSG_NOSIGNAL);
        if (n > 0) {
            m_toFd.remove(0, qsizetype(n));
        } else if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            m_write->setEnabled(true); // a short write: the rest waits for room
            return;
        } else {
            stop(Tr::tr("the console's local end failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }
    }
    m_write->setEnabled(false);
}

void WebSocketFdPump::readFd()
{
    if (m_stopped || !m_ws)
        return;
    if (m_ws->bytesToWrite() > HighWater) {
        m_read->setEnabled(false); // wsDrained() turns it back on
        return;
    }
    char buf[65536];
    const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
    if (n > 0) {
        m_ws->sendBinaryMessage(QByteArray(buf, qsizetype(n)));
    } else if (n == 0) {
        stop(Tr::tr("the console was closed locally"));
    } else if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
        stop(Tr::tr("the console's local end failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
}

void WebSocketFdPump::wsDrained()
{
    if (!m_stopped && m_ws && !m_read->isEnabled() && m_ws->bytesToWrite() <= HighWater / 2)
        m_read->setEnabled(true);
}

} // namespace drover::console
