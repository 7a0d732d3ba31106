#pragma once
// One open watch: a chunked HTTP response that stays open and carries one JSON event per line.
// Lines queued in one event-loop turn go out as one chunk. Ends on the client's timeoutSeconds
// (a clean last chunk), on the client closing, or when the server cuts it (fault injection).
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

class QTimer;

namespace drover::sim {

class WatchStream : public QObject
{
    Q_OBJECT
public:
    WatchStream(QTcpSocket *socket, int timeoutSeconds, int bookmarkMs, QObject *parent);
    void begin(); // writes the status line and headers
    void send(const QByteArray &line);
    void finish(); // the terminating chunk; the connection stays usable
    void cut();    // abort the TCP connection
    // Cut at the next flush instead: the chunk announced whole, half of its first line sent,
    // then the connection closed.
    void cutMidLine();

Q_SIGNALS:
    void bookmarkDue();
    void closed(); // finished, cut or the client went away; the stream deletes itself later

private:
    void flush();
    void close();
    QPointer<QTcpSocket> m_socket;
    QByteArray m_pending;
    QTimer *m_bookmark;
    bool m_flushQueued = false;
    bool m_closed = false;
    bool m_cutMidLine = false;
};

} // namespace drover::sim
