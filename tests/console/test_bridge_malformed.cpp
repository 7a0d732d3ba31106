// KubeVirtStream against a websocket server that misbehaves (a raw TCP server in this process
// writing the bytes of each case): text frames, garbage after the upgrade, abrupt closes before
// and after the upgrade, a plain HTTP answer, 401 and 503, an absurd frame length, a foreign
// subprotocol. Each ends in exactly one clear closed(reason) (or sessionBusy for 503) and no
// crash; under ASan/UBSan too.
#include "KubeVirtStream.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <sys/socket.h>
#include <unistd.h>

using namespace drover;
using namespace Qt::StringLiterals;
using console::KubeVirtStream;

namespace {

QByteArray upgrade(const QByteArray &request, const QByteArray &protocol = "plain.kubevirt.io")
{
    QByteArray key;
    for (const QByteArray &line : request.split('\n'))
        if (line.toLower().startsWith("sec-websocket-key:"))
            key = line.mid(18).trimmed();
    const QByteArray accept =
        QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11", QCryptographicHash::Sha1).toBase64();
    QByteArray r = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                   "Sec-WebSocket-Accept: " + accept + "\r\n";
    if (!protocol.isEmpty())
        r += "Sec-WebSocket-Protocol: " + protocol + "\r\n";
    return r + "\r\n";
}

} // namespace

class TestBridgeMalformed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void misbehavingServer_data()
    {
        QTest::addColumn<QByteArray>("script"); // what the server does after reading the request
        QTest::addColumn<bool>("opens");
        QTest::addColumn<QString>("reason");    // substring of closed(); "busy": sessionBusy instead
        QTest::newRow("text frame") << QByteArray("UPGRADE|\x81\x02hi") << true << u"text message"_s;
        QTest::newRow("garbage after upgrade") << QByteArray("UPGRADE|\xff\xfe\x00garbage\x13\x37|CLOSE") << true << u"console"_s;
        QTest::newRow("abrupt close after upgrade") << QByteArray("UPGRADE|CLOSE") << true << u"lost"_s;
        QTest::newRow("abrupt close before answering") << QByteArray("CLOSE") << false << u"console"_s;
        QTest::newRow("plain HTTP 200") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok|CLOSE") << false << u"HTTP 200"_s;
        QTest::newRow("401") << QByteArray("HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n") << false
                             << u"Kubernetes refused the console"_s;
        QTest::newRow("404") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n") << false << u"no such VM"_s;
        QTest::newRow("503 busy") << QByteArray("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n") << false << u"busy"_s;
        QTest::newRow("absurd frame length") << QByteArray("UPGRADE|\x82\x7f\x7f\xff\xff\xff\xff\xff\xff\xff|CLOSE") << true << u"console"_s;
        QTest::newRow("data then close frame") << QByteArray("UPGRADE|\x82\x0cRFB 003.008\n|\x88\x05\x03\xe8" "bye") << true << u"bye"_s;
        QTest::newRow("foreign subprotocol") << QByteArray("UPGRADE-OTHER|") << false << u"protocol"_s;
    }
    void misbehavingServer()
    {
        QFETCH(QByteArray, script);
        QFETCH(bool, opens);
        QFETCH(QString, reason);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray request;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *c = server.nextPendingConnection();
            connect(c, &QTcpSocket::readyRead, c, [c, &request, script] {
                request += c->readAll();
                if (!request.contains("\r\n\r\n"))
                    return;
                for (const QByteArray &step : script.split('|')) {
                    if (step == "UPGRADE")
                        c->write(upgrade(request));
                    else if (step == "UPGRADE-OTHER")
                        c->write(upgrade(request, "base64.channel.k8s.io"));
                    else if (step == "CLOSE")
                        c->abort();
                    else
                        c->write(step);
                    if (c->state() == QAbstractSocket::ConnectedState)
                        c->flush();
                    QTest::qWait(20);
                }
            });
        });
        console::KubeVirtEndpoint ep{QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())), {}, "Bearer t", {}};
        KubeVirtStream s(ep);
        QSignalSpy opened(&s, &KubeVirtStream::opened);
        QSignalSpy closed(&s, &KubeVirtStream::closed);
        QSignalSpy busy(&s, &KubeVirtStream::sessionBusy);
        int fd = -1;
        connect(&s, &KubeVirtStream::opened, this, [&] { fd = s.takeClientFd(); });
        s.open(KubeVirtStream::Mode::Vnc, u"prod"_s, u"vm"_s);
        if (reason == "busy"_L1) {
            QVERIFY(busy.wait(5000));
            QCOMPARE(closed.size(), 0);
            QVERIFY(request.contains("preserveSession=true"));
            return;
        }
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
        QTest::qWait(50);
        QCOMPARE(closed.size(), 1);
        QCOMPARE(opened.size(), opens ? 1 : 0);
        const QString why = closed.first().first().toString();
        qInfo().noquote() << QTest::currentDataTag() << "->" << why;
        QVERIFY2(why.contains(reason), qPrintable(why));
        QVERIFY(request.contains("GET /apis/subresources.kubevirt.io/v1/namespaces/prod/virtualmachineinstances/vm/vnc"));
        QVERIFY(request.contains("Authorization: Bearer t"));
        QVERIFY(request.toLower().contains("sec-websocket-protocol: plain.kubevirt.io"));
        if (fd >= 0) {
            if (script.contains("RFB")) { // the data before the close reached the fd
                char buf[32] = {};
                QCOMPARE(::recv(fd, buf, sizeof buf, MSG_DONTWAIT), ssize_t(12));
            }
            ::close(fd);
        }
    }

    void localEndClosedClosesTheStream()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QByteArray request;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *c = server.nextPendingConnection();
            connect(c, &QTcpSocket::readyRead, c, [c, &request] {
                request += c->readAll();
                if (request.contains("\r\n\r\n") && !request.contains("101"))
                    c->write(upgrade(request)), request += "101";
            });
        });
        KubeVirtStream s(console::KubeVirtEndpoint{QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())), {}, {}, {}});
        QSignalSpy opened(&s, &KubeVirtStream::opened);
        QSignalSpy closed(&s, &KubeVirtStream::closed);
        s.open(KubeVirtStream::Mode::Vnc, u"prod"_s, u"vm"_s);
        QVERIFY(opened.wait(5000));
        ::close(s.takeClientFd());
        QVERIFY(closed.wait(5000));
        QVERIFY(closed.first().first().toString().contains("locally"_L1));
    }
};

QTEST_GUILESS_MAIN(TestBridgeMalformed)
#include "test_bridge_malformed.moc"
