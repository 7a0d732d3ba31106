#pragma once
// Moves bytes between an open QWebSocket (binary messages) and one end of a socketpair, so that
// a blocking C library (libvncclient) can run its protocol on the other end as if it were a TCP
// connection. Message boundaries are not kept: the socket is a byte stream.
// Back-pressure: when the websocket has more than HighWater bytes queued to send, the pump stops
// reading the socket until it drains; a short write to the socket keeps the rest and waits for
// the socket to become writable. (QWebSocket cannot pause reading, so what the server sends
// while the socket's reader is slow is buffered here.)
// Ownership: the pump owns (closes) its fd; it does not own the websocket.
// Threading: the thread that created it.
#include <QByteArray>
#include <QObject>
#include <QPointer>

class QSocketNotifier;
class QWebSocket;

namespace drover::console {

class WebSocketFdPump : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 HighWater = 1 << 20;

    WebSocketFdPump(QWebSocket *ws, int fd, QObject *parent = nullptr);
    ~WebSocketFdPump() override;

    qint64 pendingToSocket() const { return m_toFd.size(); }
    // Stops moving bytes without signalling (the owner is tearing down); the fd closes on deletion.
    void detach();

Q_SIGNALS:
    // The other end was closed (read 0 or EPIPE) or failed; the pump stops.
    void socketClosed(const QString &why);

private:
    void fromWebSocket(const QByteArray &bytes);
    void writeFd();
    void readFd();
    void wsDrained();
    void stop(const QString &why);

    QPointer<QWebSocket> m_ws;
    int m_fd;
    QSocketNotifier *m_read;
    QSocketNotifier *m_write;
    QByteArray m_toFd;
    bool m_stopped = false;
};

} // namespace drover::console
