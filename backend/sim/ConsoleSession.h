#pragma once
// One accepted console websocket (subprotocol plain.kubevirt.io, binary messages) and what is
// behind it: the RFB server on the VMI's generated screen, a QEMU VNC server it proxies to
// (raw bytes both ways), or the serial console. Bytes to the client are re-cut on purpose:
// everything produced in one event-loop turn is merged, then sent as messages of varying
// sizes (1 byte .. 64 KiB), so clients cannot rely on message boundaries matching RFB messages.
// Owns the websocket; deletes itself when the websocket closes.
#include <QObject>
#include <QPointer>
#include <functional>

class QTcpSocket;
class QWebSocket;

namespace drover::sim {

class VncScreen;

class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    ConsoleSession(QWebSocket *ws, QObject *parent);
    ~ConsoleSession() override;

    void serveScreen(VncScreen *screen);
    void serveSerial(const QString &vmName, const QString &os, const QString &osName);
    void proxyTo(const QString &host, quint16 port);
    // Another client took the console over: close this one with a reason.
    void evict(const QString &why);

Q_SIGNALS:
    void finished();

private:
    void queue(const QByteArray &bytes);
    void flush();
    void closeWith(int code, const QString &why);

    QWebSocket *m_ws;
    QPointer<QTcpSocket> m_proxy;
    QByteArray m_out;
    QByteArray m_proxyPending;
    std::function<void(const QByteArray &)> m_input;
    int m_cut = 0;
    bool m_flushQueued = false;
    bool m_closing = false;
};

} // namespace drover::sim
