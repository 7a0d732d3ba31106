#include "WatchReply.h"

#include "KubeTr.h"

#include <QSslSocket>

#include <cstring>
#include <utility>
#include <vector>

namespace drover::kube {

namespace {

// How much the TLS socket decrypts ahead of what is decoded: with the body's own bound, what a
// burst can make the client keep before TCP slows the server down. It is also what one wake-up
// of the socket decrypts on the GUI thread, outside the turn budget (Qt's OpenSSL backend
// decrypts all its TCP socket holds, 4 KiB at a time, signalling each). bench_stall, the socket
// delivery with the most CPU per run: 256 KiB 1.9-3.4 ms, 64 KiB 0.4-0.7 ms (4 paired runs each;
// 1 MiB was 4.5-5.9); the GUI thread's CPU in deliveries per gap, p99: 4.1-7.7 ms at 256 KiB,
// 3.4-4.4 at 64 KiB. The price is more wake-ups in a flood: bench_ingest, 3 paired runs, events
// per core median 118k (112-120k) at 64 KiB against 130k (98-132k) at 256 KiB; the goal is 100k.
constexpr qint64 kSocketBuffer = 64 << 10;
// One read from the socket: bigger bursts are read in several, reusing this thread's block.
constexpr qint64 kReadBlock = 256 * 1024;

QNetworkReply::NetworkError fromSocket(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError: return QNetworkReply::ConnectionRefusedError;
    case QAbstractSocket::RemoteHostClosedError: return QNetworkReply::RemoteHostClosedError;
    case QAbstractSocket::HostNotFoundError: return QNetworkReply::HostNotFoundError;
    case QAbstractSocket::SocketTimeoutError: return QNetworkReply::TimeoutError;
    case QAbstractSocket::SslHandshakeFailedError: return QNetworkReply::SslHandshakeFailedError;
    default: return QNetworkReply::UnknownNetworkError;
    }
}

// The error QNetworkAccessManager gives a reply with this status (qnetworkreplyhttpimpl.cpp).
QNetworkReply::NetworkError fromStatus(int status)
{
    switch (status) {
    case 401: return QNetworkReply::AuthenticationRequiredError;
    case 403: return QNetworkReply::ContentAccessDenied;
    case 404: return QNetworkReply::ContentNotFoundError;
    case 405: return QNetworkReply::ContentOperationNotPermittedError;
    case 409: return QNetworkReply::ContentConflictError;
    case 410: return QNetworkReply::ContentGoneError;
    case 418: return QNetworkReply::ProtocolInvalidOperationError;
    case 500: return QNetworkReply::InternalServerError;
    case 501: return QNetworkReply::OperationNotImplementedError;
    case 503: return QNetworkReply::ServiceUnavailableError;
    default:
        if (status >= 500)
            return QNetworkReply::UnknownServerError;
        if (status >= 400)
            return QNetworkReply::UnknownContentError;
        return QNetworkReply::ProtocolUnknownError; // a redirect: not followed
    }
}

} // namespace

WatchReply::WatchReply(const QNetworkRequest &request, QObject *parent) : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::GetOperation);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    const QUrl url = request.url();
    const bool tls = url.scheme() == QLatin1String("https");
    if (!tls && url.scheme() != QLatin1String("http")) {
        // Reported once the caller had the chance to connect, as QNetworkAccessManager does.
        QMetaObject::invokeMethod(
            this, [this, url] { finishWith(ProtocolUnknownError, Tr::tr("Protocol \"%1\" is unknown").arg(url.scheme())); },
            Qt::QueuedConnection);
        return;
    }
    m_socket = new QSslSocket(this);
    // Qt's OpenSSL backend signals each 4 KiB it decrypts: the burst is decoded and offered to
    // the reader once, in a turn after it is all decrypted.
    connect(m_socket, &QSslSocket::readyRead, this, &WatchReply::schedulePump);
    connect(m_socket, &QSslSocket::errorOccurred, this, &WatchReply::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &WatchReply::onDisconnected);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList msgs;
        for (const QSslError &e : errors)
            msgs << e.errorString();
        setProperty("droverTlsErrors", msgs.join(QStringLiteral("; "))); // as KubeClient's replies
    });
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls) {
        QSslConfiguration conf = request.sslConfiguration();
        conf.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        m_socket->setSslConfiguration(conf);
        connect(m_socket, &QSslSocket::encrypted, this, &WatchReply::sendRequest);
        m_socket->connectToHostEncrypted(url.host(), port, request.peerVerifyName());
    } else {
        connect(m_socket, &QSslSocket::connected, this, &WatchReply::sendRequest);
        m_socket->connectToHost(url.host(), port);
    }
    // Set once connecting made the TCP socket under the TLS one, which it is passed on to: set
    // before, the TCP socket read all a burst had into memory (bench_ingest peaked at 267 MB).
    m_socket->setReadBufferSize(kSocketBuffer);
}

WatchReply::~WatchReply()
{
    if (m_socket)
        m_socket->abort();
}

void WatchReply::sendRequest()
{
    const QUrl url = request().url();
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray head =
        "GET " + target + " HTTP/1.1\r\nHost: " + url.authority(QUrl::RemoveUserInfo | QUrl::FullyEncoded).toLatin1() + "\r\n";
    for (const QByteArray &name : request().rawHeaderList())
        head += name + ": " + request().rawHeader(name) + "\r\n";
    head += "Connection: close\r\n\r\n"; // one stream per connection: the server may close it after
    m_socket->write(head);
}

void WatchReply::setReadBufferSize(qint64 size)
{
    m_bodyLimit = size;
}

qint64 WatchReply::bytesAvailable() const
{
    return m_unread + QNetworkReply::bytesAvailable();
}

qsizetype WatchReply::heldBytes() const
{
    qsizetype held = m_spare.capacity();
    for (const QByteArray &piece : m_body)
        held += piece.capacity();
    return held;
}

qint64 WatchReply::readData(char *data, qint64 maxSize)
{
    if (m_unread == 0 && !m_done && m_socket && m_socket->bytesAvailable() > 0) {
        // The body's bound left bytes in the socket, which will not signal them again: decode
        // them for this read; the end of the response, or a failure, is told in the next turn.
        if (!pull() || m_http.state() == HttpStream::State::Done)
            schedulePump();
    }
    qint64 copied = 0;
    while (copied < maxSize && !m_body.empty()) {
        QByteArray &front = m_body.front();
        const qsizetype n = qsizetype(qMin<qint64>(maxSize - copied, front.size() - m_frontRead));
        std::memcpy(data + copied, front.constData() + m_frontRead, size_t(n));
        copied += n;
        m_frontRead += n;
        if (m_frontRead == front.size()) {
            if (m_spare.isNull()) // its block serves the next piece: no new pages for each read
                m_spare = std::move(front);
            m_body.pop_front();
            m_frontRead = 0;
        }
    }
    m_unread -= copied;
    // What the body's bound left in the socket is not signalled again by it (its buffer is full,
    // so nothing new arrives): offer it in the next turn, or a reader that asks bytesAvailable()
    // before read() would wait for ever.
    if (!m_done && m_socket && m_socket->bytesAvailable() > 0)
        schedulePump();
    if (copied == 0)
        return m_done ? -1 : 0;
    return copied;
}

bool WatchReply::pull()
{
    if (m_http.state() == HttpStream::State::Failed)
        return false;
    thread_local std::vector<char> block(kReadBlock);
    while (m_socket && m_socket->bytesAvailable() > 0 && (m_bodyLimit <= 0 || m_unread < m_bodyLimit)) {
        const qint64 got = m_socket->read(block.data(), kReadBlock);
        if (got <= 0)
            break;
        QByteArray piece = std::exchange(m_spare, QByteArray());
        piece.truncate(0); // keeps its block
        if (!m_http.feed(block.data(), qsizetype(got), &piece))
            return false;
        if (piece.isEmpty()) {
            m_spare = std::move(piece);
            continue;
        }
        m_unread += piece.size();
        m_body.push_back(std::move(piece));
    }
    return true;
}

void WatchReply::schedulePump()
{
    if (m_pumpQueued || m_done)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &WatchReply::pump, Qt::QueuedConnection);
}

void WatchReply::pump()
{
    m_pumpQueued = false;
    if (m_done)
        return;
    if (!pull()) {
        finishWith(ProtocolFailure, Tr::tr("the server's response is not HTTP/1.1: %1").arg(m_http.error()));
        return;
    }
    if (m_http.headComplete() && !m_headPublished)
        publishHead();
    if (m_done)
        return; // a metaDataChanged() handler aborted
    if (m_unread > 0)
        Q_EMIT readyRead();
    if (!m_done && m_http.state() == HttpStream::State::Done)
        finishOk();
}

void WatchReply::publishHead()
{
    m_headPublished = true;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_http.status());
    setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, QString::fromLatin1(m_http.reason()));
    QList<QByteArray> seen;
    for (const auto &[name, value] : m_http.fields()) {
        // A field given twice is one list, as QNetworkAccessManager joins them.
        const QByteArray before = seen.contains(name.toLower()) ? rawHeader(name) : QByteArray();
        setRawHeader(name, before.isEmpty() ? value : before + ", " + value);
        seen << name.toLower();
    }
    Q_EMIT metaDataChanged();
}

void WatchReply::onSocketError()
{
    if (m_done || !m_socket)
        return;
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError)
        return; // disconnected() follows: what came before the close is read there
    finishWith(fromSocket(m_socket->error()), m_socket->errorString());
}

void WatchReply::onDisconnected()
{
    if (m_done)
        return;
    pump(); // what arrived before the close
    if (m_done)
        return;
    m_http.end();
    if (m_http.state() == HttpStream::State::Done) {
        if (m_http.headComplete() && !m_headPublished)
            publishHead();
        finishOk();
    } else {
        finishWith(RemoteHostClosedError, Tr::tr("Connection closed (%1)").arg(m_http.error()));
    }
}

void WatchReply::finishOk()
{
    if (const int status = m_http.status(); status >= 300) {
        finishWith(fromStatus(status), status < 400 ? Tr::tr("the server redirected the watch (%1 %2), which is not followed")
                                                          .arg(status)
                                                          .arg(QString::fromLatin1(rawHeader("Location")))
                                                    : QString::fromLatin1(m_http.reason()));
        return;
    }
    m_done = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    setFinished(true);
    Q_EMIT finished();
}

void WatchReply::finishWith(NetworkError code, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    setError(code, message);
    setFinished(true);
    Q_EMIT errorOccurred(code);
    Q_EMIT finished();
}

void WatchReply::abort()
{
    finishWith(OperationCanceledError, Tr::tr("Operation canceled"));
}

} // namespace drover::kube
