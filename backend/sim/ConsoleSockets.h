#pragma once
// KubeVirt's console websockets in drover-sim:
//   GET /apis/subresources.kubevirt.io/v1/namespaces/{ns}/virtualmachineinstances/{name}/vnc
//   GET .../console (serial)      both with Upgrade: websocket, subprotocol plain.kubevirt.io
// Answers as virt-api does: 401 without the bearer token, 404 for an unknown VMI, 400 "VMI is
// not running" (console: 409 for a Failed VMI), and for vnc?preserveSession=true while another
// client holds the VMI's console, 503. Without preserveSession a new client takes the console
// over and the old one is closed. One VNC and one serial session per VMI.
// What is behind the socket: a generated screen per VMI (VncScreen, RFB by RfbServer), or, when
// the VMI or its VM carries the annotation sim.drover.io/vnc-proxy: "host:port", a real VNC
// server (e.g. QEMU's) with bytes passed through; the serial console is SerialConsole.
//
// How the upgrade is accepted (QtHttpServer 6.4): for a request with Upgrade: websocket,
// QAbstractHttpServer first calls handleRequest(); when that returns true and
// newWebSocketConnection is connected, it hands the socket to its own QWebSocketServer, which
// answers 101; when it returns false it logs a warning, calls missingHandler() and closes the
// connection. So ApiServer asks verify() first and answers refusals itself (then returns false).
// Limitation: that internal QWebSocketServer cannot be told supportedSubprotocols in 6.4, so the
// 101 carries no Sec-WebSocket-Protocol header; clients must accept that (virt-api echoes
// plain.kubevirt.io; gorilla/websocket and QWebSocket do not require the echo).
#include <QHash>
#include <QJsonObject>
#include <optional>
#include <QObject>
#include <QPointer>

class QHttpServerRequest;
class QAbstractHttpServer;

namespace drover::sim {

class ConsoleSession;
class ObjectStore;
class VncScreen;

class ConsoleSockets : public QObject
{
    Q_OBJECT
public:
    ConsoleSockets(ObjectStore *store, QAbstractHttpServer *server, QObject *parent = nullptr);

    struct Verdict
    {
        int code = 0; // 0: accept the upgrade
        QString reason;
        QString message;
    };
    static bool isWebSocketUpgrade(const QHttpServerRequest &req);
    Verdict verify(const QHttpServerRequest &req, bool authorized) const;
    int activeSessions() const;
    // GET .../vnc/screenshot: code 200 with a PNG of the VMI's screen, else the refusal.
    struct Screenshot
    {
        int code = 200;
        QString reason;
        QString message;
        QByteArray png;
    };
    Screenshot screenshot(const QString &ns, const QString &name);

private:
    struct Target
    {
        QString ns;
        QString name;
        QString kind; // "vnc" or "console"
        QString key() const { return ns + QLatin1Char('/') + name + QLatin1Char('/') + kind; }
    };
    static std::optional<Target> parse(const QString &path);
    void acceptPending();
    VncScreen *screenFor(const Target &t, const QJsonObject &vmi);

    ObjectStore *m_store;
    QAbstractHttpServer *m_server;
    QHash<QString, QPointer<ConsoleSession>> m_sessions;
    QHash<QString, VncScreen *> m_screens; // by VMI uid, until the VMI is deleted
};

} // namespace drover::sim
