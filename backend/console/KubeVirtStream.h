#pragma once
// A KubeVirt console stream: the websocket subresource
//   /apis/subresources.kubevirt.io/v1/namespaces/{ns}/virtualmachineinstances/{name}/vnc|console
// opened with the cluster's TLS settings and Authorization header and the subprotocol
// plain.kubevirt.io. VNC mode bridges it to a socketpair and hands out the other end (an fd an
// RFB client such as libvncclient uses as its connection); serial mode gives bytes by signal.
//
// Contract:
// - open() connects with ?preserveSession=true first (VNC). If another admin holds the console
//   the server answers 503 and sessionBusy() is emitted; nothing else happens until the caller
//   asks the user and calls takeOver() (reconnect without preserveSession: the other session is
//   closed by the server) or close().
// - opened() once the websocket is up; then takeClientFd() (VNC) returns the caller's end: an
//   AF_UNIX stream socket, blocking, close-on-exec; closing it closes the console (closed()).
// - closed(reason) once per open()/takeOver() that does not end in sessionBusy() or close(), with a
//   sentence for a person: 401 -> "Kubernetes refused the console: ...", 404 -> "no such VM ...",
//   TLS and network errors, a server that closed, or a server speaking something else.
// Threading: the thread that created it; no Widgets.
#include "KubeClient.h"

#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <memory>

class QWebSocket;

namespace drover::console {

class WebSocketFdPump;

// Where and how to reach the API server's subresources.
struct KubeVirtEndpoint
{
    QUrl server;               // https://host:port (a path prefix is kept)
    QSslConfiguration ssl;     // CA, client certificate: as the REST client uses them
    QByteArray authorization;  // the Authorization header value, or empty
    static KubeVirtEndpoint fromClient(const kube::KubeClient &client);
};

class KubeVirtStream : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Vnc, Serial };
    enum class State { Idle, Connecting, Busy, Open, Closed };
    static constexpr const char *Subprotocol = "plain.kubevirt.io";

    explicit KubeVirtStream(const KubeVirtEndpoint &endpoint, QObject *parent = nullptr);
    ~KubeVirtStream() override;

    void open(Mode mode, const QString &ns, const QString &vmi);
    void takeOver();
    void close();

    State state() const { return m_state; }
    Mode mode() const { return m_mode; }
    // VNC, after opened(): the client end of the socketpair; the caller owns and closes it.
    // -1 before opened(), in serial mode, or when it was already taken.
    int takeClientFd();
    // Serial: bytes to the guest's console (ignored unless open).
    void write(const QByteArray &bytes);
    // The URL of the last attempt (without credentials), for logs.
    QUrl url() const { return m_url; }

Q_SIGNALS:
    void opened();
    void sessionBusy();
    void received(const QByteArray &bytes); // serial mode: output of the guest
    void closed(const QString &reason);

private:
    void connectSocket(bool preserveSession);
    void onConnected();
    void onError();
    void onDisconnected();
    void finish(const QString &reason);
    void teardown();
    QString describeFailure() const;

    KubeVirtEndpoint m_endpoint;
    Mode m_mode = Mode::Vnc;
    State m_state = State::Idle;
    QString m_ns;
    QString m_vmi;
    QUrl m_url;
    QWebSocket *m_ws = nullptr;
    WebSocketFdPump *m_pump = nullptr;
    int m_clientFd = -1;
    QString m_error;     // the first error seen on the current socket
    QString m_sslError;
    QString m_protocolError;
};

} // namespace drover::console
