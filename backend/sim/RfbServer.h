#pragma once
// A small RFB 3.8 server (RFC 6143) for one client on a VncScreen: security type None, Raw
// encoding only (every client must take Raw; the other encodings a client offers are ignored),
// any true-colour pixel format of 8, 16 or 32 bits. Event-loop free in its protocol part:
// receive() consumes whole messages and keeps a partial one for the next call; bytes to the
// client come out through send(). Updates go out when the client has asked for one and the
// screen (or a non-incremental request) gave something to send.
// Why not LibVNCServer: it writes with blocking waits on its socket, which on the simulator's
// single thread would deadlock against the websocket pump that has to drain that socket.
#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>

namespace drover::sim {

class VncScreen;

class RfbServer : public QObject
{
    Q_OBJECT
public:
    RfbServer(VncScreen *screen, QObject *parent = nullptr);
    void start(); // sends the ProtocolVersion
    void receive(const QByteArray &bytes);

Q_SIGNALS:
    void send(const QByteArray &bytes);
    void failed(const QString &why); // a protocol violation; the connection should close

private:
    struct PixelFormat
    {
        int bpp = 32;
        int depth = 24;
        bool bigEndian = false;
        bool trueColour = true;
        int redMax = 255, greenMax = 255, blueMax = 255;
        int redShift = 16, greenShift = 8, blueShift = 0;
    };
    enum class State { Version, Security, ClientInit, Normal, Failed };
    qsizetype processOne(); // bytes consumed by one complete message, 0 when it is still partial
    void fail(const QString &why);
    void damage(const QRect &r);
    void maybeUpdate();
    void appendPixels(QByteArray &out, const QRect &r) const;
    QByteArray serverInit() const;

    QPointer<VncScreen> m_screen;
    QByteArray m_in;
    State m_state = State::Version;
    int m_minor = 8;
    PixelFormat m_pf;
    QList<QRect> m_dirty;
    bool m_wantUpdate = false;
};

} // namespace drover::sim
