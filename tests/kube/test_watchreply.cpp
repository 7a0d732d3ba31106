// WatchReply: a watch's GET on a connection of its own, read as a QNetworkReply. A local TCP
// server answers as scripted, so each way a stream can end is seen from the reply's side: over
// plain HTTP, and a burst over TLS (the TLS socket's own bound; the informers' tests go over TLS
// to drover-sim and the real kube-apiserver).
#include "CertGen.h"
#include "WatchReply.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>
#include <optional>

using namespace drover::kube;

namespace {

// A TCP server whose connections speak TLS with the given configuration, or plain TCP without one.
class Listener : public QTcpServer
{
public:
    explicit Listener(std::optional<QSslConfiguration> tls) : m_tls(std::move(tls)) {}
    bool speaksTls() const { return m_tls.has_value(); }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        if (!m_tls) {
            QTcpServer::incomingConnection(descriptor);
            return;
        }
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        socket->setSslConfiguration(*m_tls);
        socket->startServerEncryption();
        addPendingConnection(socket);
    }

private:
    std::optional<QSslConfiguration> m_tls;
};

// Accepts one connection, keeps what the client sent, and lets the test write and close; over
// TLS when given a PKI.
class Server
{
public:
    explicit Server(const drover::sim::Pki *pki = nullptr)
        : m_server(pki ? std::optional(drover::sim::serverTlsConfiguration(*pki)) : std::nullopt)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }
    QUrl url(const QString &pathAndQuery) const
    {
        return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                        .arg(m_server.speaksTls() ? QStringLiteral("https") : QStringLiteral("http"))
                        .arg(m_server.serverPort())
                        .arg(pathAndQuery));
    }
    // Waits for the client's request head (up to its empty line).
    bool waitRequest()
    {
        if (!m_server.waitForNewConnection(10000) && !m_server.hasPendingConnections())
            return false;
        m_peer = m_server.nextPendingConnection();
        return QTest::qWaitFor(
            [&] {
                m_request += m_peer->readAll();
                return m_request.contains("\r\n\r\n");
            },
            10000);
    }
    void send(const QByteArray &bytes)
    {
        m_peer->write(bytes);
        m_peer->flush();
    }
    void close() { m_peer->disconnectFromHost(); }
    const QByteArray &request() const { return m_request; }
    quint16 port() const { return m_server.serverPort(); }
    void stopListening() { m_server.close(); }

private:
    Listener m_server;
    QTcpSocket *m_peer = nullptr;
    QByteArray m_request;
};

QNetworkRequest requestFor(const QUrl &url)
{
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer secret-token");
    req.setRawHeader("Accept", "application/json");
    return req;
}

// As the informer reads: while bytesAvailable() says there is more.
QByteArray readAll(WatchReply &r)
{
    QByteArray out;
    char buf[4096];
    while (r.bytesAvailable() > 0) {
        const qint64 n = r.read(buf, sizeof buf);
        if (n <= 0)
            break;
        out.append(buf, qsizetype(n));
    }
    return out;
}

// A 200 whose body is `lines` chunks of one 5,000-byte line each, then the last chunk; what the
// body says is returned.
QByteArray sendBurst(Server &server, int lines)
{
    QByteArray sent;
    server.send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (int i = 0; i < lines; ++i) {
        const QByteArray line = QByteArray(4999, char('a' + i % 26)) + '\n';
        sent += line;
        server.send(QByteArray::number(line.size(), 16) + "\r\n" + line + "\r\n");
    }
    server.send("0\r\n\r\n");
    return sent;
}

} // namespace

class TestWatchReply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void streamsAChunkedWatch()
    {
        Server server;
        WatchReply reply(requestFor(server.url(QStringLiteral("/api/v1/pods?watch=true&resourceVersion=7"))));
        QSignalSpy finished(&reply, &QNetworkReply::finished);
        QByteArray got;
        QObject::connect(&reply, &QNetworkReply::readyRead, [&] { got += readAll(reply); });
        QVERIFY(server.waitRequest());
        QVERIFY2(server.request().startsWith("GET /api/v1/pods?watch=true&resourceVersion=7 HTTP/1.1\r\n"),
                 server.request().constData());
        QVERIFY(server.request().contains(QByteArray("\r\nHost: 127.0.0.1:") + QByteArray::number(server.port()) + "\r\n"));
        QVERIFY(server.request().contains("\r\nAuthorization: Bearer secret-token\r\n"));
        server.send("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        server.send("8\r\n{\"a\":1");                                       // a chunk in two pieces
        QVERIFY(QTest::qWaitFor([&] { return got == "{\"a\":1"; }, 10000)); // a chunk's bytes as they come
        QCOMPARE(reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(reply.header(QNetworkRequest::ContentTypeHeader).toByteArray(), QByteArray("application/json"));
        QVERIFY(!reply.isFinished());
        server.send("}\n\r\n");
        server.send("8\r\n{\"a\":2}\n\r\n0\r\n\r\n"); // the server's timeout: the stream's last chunk
        QVERIFY(finished.wait(10000) || finished.size() == 1);
        QCOMPARE(got, QByteArray("{\"a\":1}\n{\"a\":2}\n"));
        QCOMPARE(reply.error(), QNetworkReply::NoError);
    }

    void anErrorStatusKeepsItsBody()
    {
        Server server;
        WatchReply reply(requestFor(server.url(QStringLiteral("/apis/kubevirt.io/v1/virtualmachines?watch=true"))));
        QSignalSpy finished(&reply, &QNetworkReply::finished);
        QVERIFY(server.waitRequest());
        const QByteArray status = R"({"kind":"Status","status":"Failure","reason":"Unauthorized","code":401})";
        server.send("HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nRetry-After: 3\r\nContent-Length: " +
                    QByteArray::number(status.size()) + "\r\n\r\n" + status);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply.error(), QNetworkReply::AuthenticationRequiredError);
        QCOMPARE(reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QCOMPARE(reply.rawHeader("Retry-After"), QByteArray("3"));
        QCOMPARE(readAll(reply), status); // read after finished(), as KubeClient::toResponse does
    }

    void aStreamCutShortIsAnError()
    {
        Server server;
        WatchReply reply(requestFor(server.url(QStringLiteral("/api/v1/nodes?watch=true"))));
        QSignalSpy finished(&reply, &QNetworkReply::finished);
        QVERIFY(server.waitRequest());
        server.send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n20\r\n{\"type\":\"ADD");
        server.close();
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply.error(), QNetworkReply::RemoteHostClosedError);
        QVERIFY2(reply.errorString().contains(QLatin1String("middle of the response")), qPrintable(reply.errorString()));
        QCOMPARE(readAll(reply), QByteArray("{\"type\":\"ADD")); // what came is still there to read
    }

    void aServerThatIsNotHttpIsAProtocolFailure()
    {
        Server server;
        WatchReply reply(requestFor(server.url(QStringLiteral("/api/v1/nodes?watch=true"))));
        QSignalSpy finished(&reply, &QNetworkReply::finished);
        QVERIFY(server.waitRequest());
        server.send("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply.error(), QNetworkReply::ProtocolFailure);
        QVERIFY2(reply.errorString().contains(QLatin1String("SSH-2.0-OpenSSH")), qPrintable(reply.errorString()));
    }

    void abortFinishesAtOnce()
    {
        Server server;
        WatchReply reply(requestFor(server.url(QStringLiteral("/api/v1/nodes?watch=true"))));
        QSignalSpy finished(&reply, &QNetworkReply::finished);
        QSignalSpy errors(&reply, &QNetworkReply::errorOccurred);
        QVERIFY(server.waitRequest());
        server.send("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200; }, 10000));
        reply.abort();
        QCOMPARE(finished.size(), 1); // synchronously, as QNetworkReply::abort()
        QCOMPARE(errors.size(), 1);
        QCOMPARE(reply.error(), QNetworkReply::OperationCanceledError);
        reply.abort();
        QCOMPARE(finished.size(), 1); // once
    }

    void refusedConnection()
    {
        quint16 port = 0;
        {
            Server gone;
            port = gone.port();
        } // nobody listens there now
        WatchReply reply(requestFor(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/nodes?watch=true").arg(port))));
        QSignalSpy finished(&reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply.error(), QNetworkReply::ConnectionRefusedError);
        QCOMPARE(reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
    }

    void anUnknownSchemeFailsAfterTheCallerConnected()
    {
        WatchReply reply(requestFor(QUrl(QStringLiteral("ftp://127.0.0.1/api/v1/nodes?watch=true"))));
        QSignalSpy finished(&reply, &QNetworkReply::finished);
        QCOMPARE(finished.size(), 0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(reply.error(), QNetworkReply::ProtocolUnknownError);
    }

    void aBurstIsKeptWithinTheReadBuffer()
    {
        Server server;
        WatchReply reply(requestFor(server.url(QStringLiteral("/api/v1/pods?watch=true"))));
        const qint64 bound = 64 * 1024;
        reply.setReadBufferSize(bound);
        QSignalSpy finished(&reply, &QNetworkReply::finished);
        QVERIFY(server.waitRequest());
        const QByteArray sent = sendBurst(server, 400); // 2 MB, thirty times the bound
        // Nobody reads until the whole burst has arrived at the client.
        QTest::qWait(300);
        const qint64 kept = reply.bytesAvailable();
        QVERIFY2(kept > 0 && kept <= bound + 256 * 1024, qPrintable(QString::number(kept)));
        QByteArray got;
        QVERIFY(QTest::qWaitFor(
            [&] {
                got += readAll(reply);
                return reply.isFinished() && reply.bytesAvailable() == 0;
            },
            20000));
        QCOMPARE(got.size(), sent.size());
        QVERIFY(got == sent);
        QCOMPARE(reply.error(), QNetworkReply::NoError);
    }

    // A reader that takes a little at a time and never empties the body, as the informer does
    // when its turn's share runs out: each piece is freed once it is read, so what the reply
    // holds stays within a few times the bound instead of growing to the whole burst.
    void aSlowReaderKeepsABoundedBlock()
    {
        Server server;
        WatchReply reply(requestFor(server.url(QStringLiteral("/api/v1/pods?watch=true"))));
        const qint64 bound = 64 * 1024;
        reply.setReadBufferSize(bound);
        QVERIFY(server.waitRequest());
        const QByteArray sent = sendBurst(server, 800); // 4 MB
        QByteArray got;
        qsizetype held = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const qint64 n = qMin<qint64>(reply.bytesAvailable(), 40000);
                if (n > 0)
                    got += reply.read(n);
                held = qMax(held, reply.heldBytes());
                return reply.isFinished() && reply.bytesAvailable() == 0;
            },
            30000));
        QCOMPARE(got.size(), sent.size());
        QVERIFY(got == sent);
        QVERIFY2(held <= 4 * (bound + 256 * 1024), qPrintable(QString::number(held))); // the read block is 256 KiB
    }

    // The same burst over TLS, verified against the server's CA: the TLS socket decrypts at most
    // its own bound per wake-up (64 KiB: bench_stall's GUI-thread figures), so a burst that
    // arrived whole reaches the reader through many small refills, each told in a later turn; it
    // must arrive whole, in order, and with the decoded body as bounded as over plain HTTP.
    void aBurstOverTlsArrivesWholeAndBounded()
    {
        const auto pki = drover::sim::generatePki({QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1")});
        QVERIFY2(pki, pki ? "" : qPrintable(pki.error().message));
        Server server(&*pki);
        QNetworkRequest req = requestFor(server.url(QStringLiteral("/api/v1/pods?watch=true")));
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setCaCertificates(QSslCertificate::fromData(pki->caCertPem, QSsl::Pem));
        conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
        req.setSslConfiguration(conf);
        WatchReply reply(req);
        const qint64 bound = 64 * 1024;
        reply.setReadBufferSize(bound);
        QVERIFY(server.waitRequest());
        QVERIFY(server.request().startsWith("GET /api/v1/pods?watch=true HTTP/1.1\r\n"));
        QVERIFY(server.request().contains("Authorization: Bearer secret-token\r\n"));
        const QByteArray sent = sendBurst(server, 800); // 4 MB, sixty times the TLS socket's bound
        // Nobody reads while it arrives.
        QTest::qWait(300);
        QVERIFY2(reply.bytesAvailable() <= bound + 256 * 1024, qPrintable(QString::number(reply.bytesAvailable())));
        QByteArray got;
        qsizetype held = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                got += readAll(reply);
                held = qMax(held, reply.heldBytes());
                return reply.isFinished() && reply.bytesAvailable() == 0;
            },
            30000));
        QCOMPARE(reply.error(), QNetworkReply::NoError);
        QCOMPARE(reply.property("droverTlsErrors").toString(), QString());
        QCOMPARE(got.size(), sent.size());
        QVERIFY(got == sent);
        QVERIFY2(held <= 4 * (bound + 256 * 1024), qPrintable(QString::number(held)));
    }
};

QTEST_GUILESS_MAIN(TestWatchReply)
#include "test_watchreply.moc"
