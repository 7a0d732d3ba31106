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
//   TLS and network errors, a server that closed, or a server speaking something else. On a 404
//   or 503 discovery is asked first: KubeVirt's API not served, or virt-api down (the
//   aggregator's 503, not another admin's session), is said as such.
// Threading: the thread that created it; no Widgets.
#include "ApiDiscovery.h"
#include "KubeClient.h"

#include <QObject>
#include <QPointer>
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
    // Set by fromClient(): every (re)connect asks it for the current credential (an exec
    // plugin's token expires; a reconnect an hour later must not send the old one), and a 401
    // tells it the credential was refused. ssl and authorization are then taken from it.
    QPointer<kube::KubeClient> client;
    static KubeVirtEndpoint fromClient(kube::KubeClient &client);
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
    void openSocket(bool preserveSession);
    void onConnected();
    void onError();
    void afterProbe(const QString &code, const kube::ApiAvailability &api);
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
    quint64 m_attempt = 0;           // connectSocket() calls: a late credential for an older one is dropped
    quint64 m_credentialGeneration = 0; // the client's credential this socket sent
};

} // namespace drover::console
