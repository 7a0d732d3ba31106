#include "KubeVirtStream.h"

#include "ConsoleTr.h"
#include "WebSocketFdPump.h"

#include "ApiDiscovery.h"

#include <QRegularExpression>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace drover::console {

using namespace Qt::StringLiterals;

KubeVirtEndpoint KubeVirtEndpoint::fromClient(kube::KubeClient &client)
{
    return {QUrl(client.server()), client.sslConfiguration(), client.authorizationHeader(), &client};
}

KubeVirtStream::KubeVirtStream(const KubeVirtEndpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint)
{
}

KubeVirtStream::~KubeVirtStream()
{
    teardown();
}

void KubeVirtStream::open(Mode mode, const QString &ns, const QString &vmi)
{
    m_mode = mode;
    m_ns = ns;
    m_vmi = vmi;
    connectSocket(mode == Mode::Vnc);
}

void KubeVirtStream::takeOver()
{
    connectSocket(false);
}

void KubeVirtStream::close()
{
    teardown();
    m_state = State::Closed;
}

int KubeVirtStream::takeClientFd()
{
    return std::exchange(m_clientFd, -1);
}

void KubeVirtStream::write(const QByteArray &bytes)
{
    if (m_state == State::Open && m_ws && m_mode == Mode::Serial)
        m_ws->sendBinaryMessage(bytes);
}

void KubeVirtStream::teardown()
{
    if (m_pump) { // may be inside the pump's own signal: delete later; that closes its fd
        m_pump->detach();
        m_pump->disconnect(this);
        m_pump->deleteLater();
        m_pump = nullptr;
    }
    if (m_clientFd >= 0)
        ::close(std::exchange(m_clientFd, -1));
    if (m_ws) {
        m_ws->disconnect(this);
        m_ws->abort();
        m_ws->deleteLater();
        m_ws = nullptr;
    }
}

void KubeVirtStream::connectSocket(bool preserveSession)
{
    teardown();
    m_error.clear();
    m_sslError.clear();
    m_protocolError.clear();
    m_state = State::Connecting;
    const quint64 attempt = ++m_attempt;
    kube::KubeClient *client = m_endpoint.client;
    if (!client) {
        openSocket(preserveSession);
        return;
    }
    // The credential as it is now (an exec plugin may run first; the window keeps painting).
    client->withCredential(this, [this, attempt, preserveSession](const kube::KubeError &e) {
        kube::KubeClient *c = m_endpoint.client;
        if (attempt != m_attempt || m_state != State::Connecting)
            return;
        if (!e.ok() || !c) {
            finish(Tr::tr("no credential for the console: %1").arg(c ? e.message : Tr::tr("the cluster connection was closed")));
            return;
        }
        m_endpoint.ssl = c->sslConfiguration();
        m_endpoint.authorization = c->authorizationHeader();
        m_credentialGeneration = c->credentialGeneration();
        openSocket(preserveSession);
    });
}

void KubeVirtStream::openSocket(bool preserveSession)
{
    m_url = m_endpoint.server;
    m_url.setScheme(m_url.scheme() == "http"_L1 ? u"ws"_s : u"wss"_s);
    QString base = m_url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    m_url.setPath(base + u"/apis/subresources.kubevirt.io/v1/namespaces/%1/virtualmachineinstances/%2/%3"_s
                             .arg(m_ns, m_vmi, m_mode == Mode::Vnc ? u"vnc"_s : u"console"_s));
    m_url.setQuery(preserveSession ? u"preserveSession=true"_s : QString());

    QNetworkRequest req(m_url);
    if (!m_endpoint.authorization.isEmpty())
        req.setRawHeader("Authorization", m_endpoint.authorization);
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QString::fromLatin1(Subprotocol)});

    m_ws = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    if (m_url.scheme() == "wss"_L1)
        m_ws->setSslConfiguration(m_endpoint.ssl); // QWebSocket ignores the request's TLS settings
    connect(m_ws, &QWebSocket::connected, this, &KubeVirtStream::onConnected);
    connect(m_ws, &QWebSocket::disconnected, this, &KubeVirtStream::onDisconnected);
    connect(m_ws, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &KubeVirtStream::onError);
    connect(m_ws, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList s;
        for (const QSslError &e : errors)
            s << e.errorString();
        m_sslError = s.join(u"; "_s);
    });
    connect(m_ws, &QWebSocket::textMessageReceived, this, [this](const QString &) {
        m_protocolError = Tr::tr("the server sent a text message where KubeVirt sends binary console data");
        finish(m_protocolError);
    });
    if (m_mode == Mode::Serial)
        connect(m_ws, &QWebSocket::binaryMessageReceived, this, &KubeVirtStream::received);
    m_ws->open(req, options);
}

void KubeVirtStream::onConnected()
{
    const QString proto = m_ws->subprotocol();
    if (!proto.isEmpty() && proto != QLatin1String(Subprotocol)) {
        finish(Tr::tr("the server chose the websocket subprotocol %1, not %2").arg(proto, QLatin1String(Subprotocol)));
        return;
    }
    if (m_mode == Mode::Vnc) {
        int fds[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) {
            finish(Tr::tr("cannot create the console's local socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }
        m_pump = new WebSocketFdPump(m_ws, fds[0], this);
        m_clientFd = fds[1];
        connect(m_pump, &WebSocketFdPump::socketClosed, this, &KubeVirtStream::finish);
    }
    m_state = State::Open;
    Q_EMIT opened();
}

void KubeVirtStream::onError()
{
    if (m_error.isEmpty() && m_ws)
        m_error = m_ws->errorString();
    if (m_state == State::Connecting) {
        static const QRegularExpression status(u"status code:? (\\d{3})"_s);
        const QString code = status.match(m_error).captured(1);
        if (code == "401"_L1 && m_endpoint.client) // the next connect fetches a new credential
            m_endpoint.client->credentialRejected(m_credentialGeneration);
        if ((code == "404"_L1 || code == "503"_L1) && m_endpoint.client) {
            // A 404 may be the VMI or KubeVirt's whole API; a 503 another admin's session or
            // virt-api down (kube-aggregator's answer). Discovery tells which.
            teardown();
            kube::probeApi(m_endpoint.client, u"subresources.kubevirt.io/v1"_s, this,
                           [this, attempt = m_attempt, code](const kube::ApiAvailability &a) {
                               if (attempt == m_attempt && m_state == State::Connecting)
                                   afterProbe(code, a);
                           });
            return;
        }
        if (code == "503"_L1) {
            afterProbe(code, {});
            return;
        }
    }
    finish(describeFailure());
}

void KubeVirtStream::afterProbe(const QString &code, const kube::ApiAvailability &api)
{
    if (api.state == kube::ApiAvailability::NotServed)
        finish(Tr::tr("this cluster does not serve KubeVirt's API %1 (%2 %3): consoles need KubeVirt's virt-api. "
               "Check that KubeVirt is installed: kubectl get apiservice v1.subresources.kubevirt.io")
                   .arg(api.groupVersion).arg(api.error.httpStatus).arg(api.error.message));
    else if (api.state == kube::ApiAvailability::Unavailable)
        finish(Tr::tr("KubeVirt's virt-api does not answer (%1 %2), so no console can open. Check its pods: "
               "kubectl -n kubevirt get pods -l kubevirt.io=virt-api")
                   .arg(api.error.httpStatus).arg(api.error.message));
    else if (code == "503"_L1 && m_url.query().contains("preserveSession=true"_L1)) {
        teardown();
        m_state = State::Busy;
        Q_EMIT sessionBusy();
    } else
        finish(describeFailure());
}

void KubeVirtStream::onDisconnected()
{
    finish(describeFailure());
}

QString KubeVirtStream::describeFailure() const
{
    const QString vm = m_ns + u'/' + m_vmi;
    if (!m_protocolError.isEmpty())
        return m_protocolError;
    if (!m_sslError.isEmpty())
        return Tr::tr("the API server's TLS certificate was not accepted: %1").arg(m_sslError);
    if (m_state == State::Open && m_ws) {
        const QString why = m_ws->closeReason();
        // As an int: a peer may send any code (3000-4999 are the application's), which Qt hands
        // back in the enum; kept there, its load is undefined for values outside it (UBSan).
        const int code = int(m_ws->closeCode());
        if (code == QWebSocketProtocol::CloseCodeProtocolError || code == QWebSocketProtocol::CloseCodeTooMuchData ||
            code == QWebSocketProtocol::CloseCodeWrongDatatype || code == QWebSocketProtocol::CloseCodeDatatypeNotSupported)
            return Tr::tr("the console of %1 broke: invalid websocket data (%2)").arg(vm, why);
        if (!why.isEmpty())
            return Tr::tr("the server closed the console of %1: %2").arg(vm, why);
        if (!m_error.isEmpty() || code != QWebSocketProtocol::CloseCodeNormal)
            return Tr::tr("the connection to the console of %1 was lost (%2)")
                .arg(vm, m_error.isEmpty() ? Tr::tr("close code %1").arg(code) : m_error);
        return Tr::tr("the server closed the console of %1").arg(vm);
    }
    static const QRegularExpression status(u"status code:? (\\d{3})"_s);
    const QRegularExpressionMatch m = status.match(m_error);
    int code = m.hasMatch() ? m.captured(1).toInt() : 0;
    // Qt 6.4 reads a 400 without Sec-WebSocket-Version as this, and drops the status code.
    if (!code && m_error.contains("Unknown error condition encountered"_L1))
        code = 400;
    switch (code) {
    case 0:
        break;
    case 401:
        return Tr::tr("Kubernetes refused the console: your credentials were not accepted (401 Unauthorized)");
    case 403:
        return Tr::tr("Kubernetes refused the console: you may not open the console of %1 (403 Forbidden)").arg(vm);
    case 404:
        return Tr::tr("no such VM: %1 has no running instance (404 Not Found)").arg(vm);
    case 400:
        return Tr::tr("%1 has no console to open: it is not running, or has no such device (400 Bad Request)").arg(vm);
    case 409:
        return Tr::tr("%1 has failed; its console is gone (409 Conflict)").arg(vm);
    case 503:
        return Tr::tr("the console of %1 is unavailable (503 Service Unavailable)").arg(vm);
    default:
        return Tr::tr("the API server answered HTTP %1 instead of opening the console of %2").arg(code).arg(vm);
    }
    if (!m_error.isEmpty())
        return Tr::tr("cannot open the console of %1 at %2: %3").arg(vm, m_url.authority(), m_error);
    return Tr::tr("the console of %1 closed before it opened").arg(vm);
}

void KubeVirtStream::finish(const QString &reason)
{
    if (m_state != State::Connecting && m_state != State::Open)
        return;
    teardown();
    m_state = State::Closed;
    Q_EMIT closed(reason);
}

} // namespace drover::console
