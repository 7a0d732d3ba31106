#include "WatchStream.h"

#include <QTimer>

namespace drover::sim {

WatchStream::WatchStream(QTcpSocket *socket, int timeoutSeconds, int bookmarkMs, QObject *parent)
    : QObject(parent), m_socket(socket), m_bookmark(new QTimer(this))
{
    connect(socket, &QTcpSocket::disconnected, this, &WatchStream::close);
    connect(socket, &QObject::destroyed, this, &WatchStream::close);
    if (timeoutSeconds > 0)
        QTimer::singleShot(timeoutSeconds * 1000, this, &WatchStream::finish);
    if (bookmarkMs > 0) {
        connect(m_bookmark, &QTimer::timeout, this, &WatchStream::bookmarkDue);
        m_bookmark->start(bookmarkMs);
    }
}

void WatchStream::begin()
{
    if (!m_socket)
        return;
    m_socket->write("HTTP/1.1 200 OK\r\n"
                    "Content-Type: application/json\r\n"
                    "Cache-Control: no-cache, private\r\n"
                    "Transfer-Encoding: chunked\r\n\r\n");
}

void WatchStream::send(const QByteArray &line)
{
    if (m_closed)
        return;
    m_pending += line;
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &WatchStream::flush, Qt::QueuedConnection);
    }
}

void WatchStream::flush()
{
    m_flushQueued = false;
    if (m_closed || !m_socket || m_pending.isEmpty())
        return;
    m_socket->write(QByteArray::number(m_pending.size(), 16) + "\r\n");
    if (m_cutMidLine) {
        const qsizetype line = m_pending.indexOf('\n') + 1;
        m_socket->write(m_pending.left(qMax<qsizetype>(1, line / 2)));
        m_socket->disconnectFromHost(); // what was written still goes out, then the connection ends
        close();
        return;
    }
    m_socket->write(m_pending);
    m_socket->write("\r\n");
    m_pending.clear();
}

void WatchStream::finish()
{
    if (m_closed)
        return;
    flush();
    if (m_socket)
        m_socket->write("0\r\n\r\n");
    close();
}

void WatchStream::cut()
{
    if (m_closed)
        return;
    if (m_socket)
        m_socket->abort();
    close();
}

void WatchStream::cutMidLine()
{
    m_cutMidLine = true;
}

void WatchStream::close()
{
    if (m_closed)
        return;
    m_closed = true;
    m_bookmark->stop();
    Q_EMIT closed();
    deleteLater();
}

} // namespace drover::sim
