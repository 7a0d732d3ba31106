// RfbClient against a scripted fake server that lies: garbage instead of RFB, truncated
// handshakes, bogus security lists, absurd sizes, broken encodings, a close in the middle of a
// message. Every case must end in Disconnected with a plain error — never a crash or a hang
// (this test also runs under ASan/UBSan).
#include "RfbClient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QtEndian>

#include <atomic>
#include <chrono>
#include <thread>

using namespace drover::console;

namespace {

QByteArray u8(int v)
{
    return QByteArray(1, char(v));
}
QByteArray u16(int v)
{
    QByteArray b(2, 0);
    qToBigEndian(quint16(v), b.data());
    return b;
}
QByteArray u32(quint32 v)
{
    QByteArray b(4, 0);
    qToBigEndian(v, b.data());
    return b;
}

// "RFB 003.008", security None, ServerInit for a w x h, 32 bpp true-colour desktop.
QByteArray handshake(int w = 64, int h = 64, quint32 nameLen = 4, const QByteArray &name = "fake")
{
    QByteArray b = "RFB 003.008\n";
    b += u8(1) + u8(1) + u32(0);
    b += u16(w) + u16(h);
    b += u8(32) + u8(24) + u8(0) + u8(1) + u16(255) + u16(255) + u16(255) + u8(16) + u8(8) + u8(0) +
         QByteArray(3, 0);
    b += u32(nameLen) + name;
    return b;
}

QByteArray rectHeader(int x, int y, int w, int h, qint32 encoding)
{
    return u16(x) + u16(y) + u16(w) + u16(h) + u32(quint32(encoding));
}

QByteArray update(int nRects)
{
    return u8(0) + u8(0) + u16(nRects);
}

} // namespace

class TestRfbMalformed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RfbClient::State>();
        qRegisterMetaType<RfbClient::Error>();
    }

    void lyingServer_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<bool>("closeAfter");
        QTest::addColumn<RfbClient::Error>("error");
        QTest::addColumn<QString>("message");
        using E = RfbClient::Error;
        const QString closed = QStringLiteral("the server closed the connection");
        const QString proto = QStringLiteral("protocol error");

        QTest::newRow("silent close") << QByteArray() << true << E::ServerClosed << closed;
        QTest::newRow("http instead of rfb")
            << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n") << false << E::NotVnc
            << QStringLiteral("not a VNC server");
        QTest::newRow("binary garbage")
            << QByteArray(64, '\xff') << false << E::NotVnc << QStringLiteral("not a VNC server");
        QTest::newRow("truncated version")
            << QByteArray("RFB 003") << true << E::ServerClosed << closed;
        QTest::newRow("bogus security types")
            << QByteArray("RFB 003.008\n") + u8(3) + u8(99) + u8(100) + u8(101) << false
            << E::UnsupportedSecurity << QStringLiteral("the server offers no security type");
        QTest::newRow("refused with reason")
            << QByteArray("RFB 003.008\n") + u8(0) + u32(7) + "go away" << false << E::AuthFailed
            << QStringLiteral("the server refused the connection: go away");
        QTest::newRow("rfb 3.3 refused")
            << QByteArray("RFB 003.003\n") + u32(0) + u32(4) + "full" << false << E::AuthFailed
            << QStringLiteral("the server refused the connection: full");
        QTest::newRow("absurd desktop size") << handshake(65535, 65535) << false << E::ProtocolError
                                             << QStringLiteral("protocol error: the server "
                                                               "announced an absurd desktop size");
        QTest::newRow("empty desktop") << handshake(0, 0) << false << E::ProtocolError
                                       << QStringLiteral("protocol error: the server announced");
        QTest::newRow("huge desktop name")
            << handshake(64, 64, 0x7fffffff, "x") << false << E::ProtocolError << proto;
        QTest::newRow("truncated server init")
            << handshake().left(20) << true << E::ServerClosed << closed;
        QTest::newRow("rect outside desktop")
            << handshake() + update(1) + rectHeader(0, 0, 5000, 5000, 0) << false
            << E::ProtocolError << QStringLiteral("protocol error: the server sent a rectangle");
        QTest::newRow("close mid raw rect")
            << handshake() + update(1) + rectHeader(0, 0, 64, 64, 0) + QByteArray(100, 'x') << true
            << E::ServerClosed << closed;
        QTest::newRow("unknown encoding")
            << handshake() + update(1) + rectHeader(0, 0, 8, 8, 0x1234567) << false
            << E::ProtocolError << proto;
        // libvncclient swallows 256 bytes after an unknown type before failing (else: read
        // timeout).
        QTest::newRow("unknown message type")
            << handshake() + u8(0x7f) + QByteArray(300, 0) << false << E::ProtocolError << proto;
        QTest::newRow("huge cut text") << handshake() + u8(3) + QByteArray(3, 0) + u32(0x40000000)
                                       << false << E::ProtocolError << proto;
        QTest::newRow("zrle garbage") << handshake() + update(1) + rectHeader(0, 0, 64, 64, 16) +
                                             u32(200) + QByteArray(200, '\x5a')
                                      << false << E::ProtocolError << proto;
        QTest::newRow("tight garbage")
            << handshake() + update(1) + rectHeader(0, 0, 64, 64, 7) + QByteArray(300, '\x83')
            << true << E::ProtocolError << proto;
        QTest::newRow("hextile truncated")
            << handshake() + update(1) + rectHeader(0, 0, 64, 64, 5) + u8(1) + QByteArray(30, 1)
            << true << E::ServerClosed << closed;
    }

    void lyingServer()
    {
        QFETCH(QByteArray, script);
        QFETCH(bool, closeAfter);
        QFETCH(RfbClient::Error, error);
        QFETCH(QString, message);

        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> peers;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = server.nextPendingConnection();
            peers << s;
            // Read what the client says, so that closing sends FIN rather than RST.
            connect(s, &QTcpSocket::readyRead, s, [s] { s->readAll(); });
            s->write(script);
            if (closeAfter)
                QTimer::singleShot(300, s, [s] { s->disconnectFromHost(); });
        });

        RfbClient c;
        QSignalSpy errors(&c, &RfbClient::errorOccurred);
        c.setPasswordProvider([] { return std::optional<QString>(QStringLiteral("x")); });
        c.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), RfbClient::State::Disconnected, 5000);
        QVERIFY2(c.errorString().startsWith(message), qPrintable(c.errorString()));
        QCOMPARE(c.lastError(), error);
        QCOMPARE(errors.size(), 1);
    }

    void stalledServerCanBeDisconnected()
    {
        // The server sends half a message and then nothing: disconnecting must not wait for the
        // read timeout.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QByteArray script = handshake() + update(1) + rectHeader(0, 0, 64, 64, 0);
        connect(&server, &QTcpServer::newConnection, this,
                [&] { server.nextPendingConnection()->write(script); });
        RfbClient c;
        c.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), RfbClient::State::Connected, 5000);
        QTest::qWait(200);
        QElapsedTimer t;
        t.start();
        c.disconnectFromServer();
        QVERIFY(t.elapsed() < 2000);
        QCOMPARE(c.state(), RfbClient::State::Disconnected);
    }

    void aStuckWorkerDoesNotHoldTheCaller()
    {
        // A worker blocked where no stop request reaches it (getaddrinfo waiting on a dead DNS
        // server; here an opener deaf to everything but the test) is let go: deleting the client
        // returns within the stop wait, and when the worker finally returns it posts nothing to
        // the deleted client (ASan would see a use after free).
        struct Opener : RfbClient
        {
            using RfbClient::start;
        };
        std::atomic<bool> release{false}, returned{false};
        auto *c = new Opener;
        QSignalSpy states(c, &RfbClient::stateChanged);
        c->start([&](RfbWorker &) {
            while (!release)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            returned = true;
            return -1;
        });
        QTRY_VERIFY(!states.isEmpty()); // the worker is running (it said Connecting)
        QElapsedTimer t;
        t.start();
        delete c;
        QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!returned); // still stuck: the caller did not wait for it
        release = true;
        QTRY_VERIFY(returned);
        QTest::qWait(100); // its queued reports, were any posted, would arrive now
    }
};

QTEST_GUILESS_MAIN(TestRfbMalformed)
#include "test_rfb_malformed.moc"
