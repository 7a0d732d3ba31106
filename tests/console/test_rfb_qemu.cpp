// RfbClient against QEMU's own VNC server (the server KubeVirt guests are behind): TCP and
// caller-provided fd transports, a live framebuffer that changes as SeaBIOS runs, and QEMU's
// extended key event being detected so keys can go out as scancodes.
#include "RfbClient.h"
#include "VncServers.h"

#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTest>

#include "VerifyOk.h"
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace drover::console;
using drover::console::test::VncServer;

class TestRfbQemu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RfbClient::State>();
        qRegisterMetaType<RfbClient::Error>();
        VERIFY_OK(m_qemu.startQemu(true)); // paused until we watch
    }

    void tcpConnectsAndFramesChange()
    {
        RfbClient c;
        QSignalSpy states(&c, &RfbClient::stateChanged);
        QSignalSpy resized(&c, &RfbClient::desktopResized);
        QSignalSpy frames(&c, &RfbClient::framebufferUpdated);
        QSignalSpy errors(&c, &RfbClient::errorOccurred);
        c.connectToHost(QStringLiteral("127.0.0.1"), m_qemu.port());
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), RfbClient::State::Connected, 15000);
        QCOMPARE(states.value(0).value(0).value<RfbClient::State>(), RfbClient::State::Connecting);
        QCOMPARE(states.value(1).value(0).value<RfbClient::State>(),
                 RfbClient::State::Authenticating);
        QTRY_VERIFY_WITH_TIMEOUT(!resized.isEmpty(), 10000);
        const QSize size = resized.first().first().toSize();
        const QList<QSize> vgaModes = {
            {720, 400}, {640, 480}, {800, 600}, {1024, 768}, {1280, 800}};
        QVERIFY2(size.width() >= 320 && size.height() >= 200,
                 qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
        QVERIFY(vgaModes.contains(size) || size.width() <= 1280);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 10000);
        QCOMPARE(c.framebuffer().format(), QImage::Format_RGB32);

        // Let the CPU run: SeaBIOS prints, then gives up booting. The picture must change (and
        // the mode switch to text mode may resize the desktop) while we watch.
        const QImage first = c.framebuffer().copy();
        m_qemu.resumeQemu();
        QTRY_VERIFY_WITH_TIMEOUT(c.framebuffer().size() != first.size() || c.framebuffer() != first,
                                 30000);
        // ...and it is not all black by then.
        QTRY_VERIFY_WITH_TIMEOUT(!isUniform(c.framebuffer()), 30000);
        QVERIFY(frames.size() >= 2);
        QVERIFY2(errors.isEmpty(), qPrintable(c.errorString()));

        // QEMU acknowledges the extended key event pseudo-encoding.
        QTRY_VERIFY_WITH_TIMEOUT(c.extendedKeyEvents(), 5000);

        // Input must not break the session (no OS to observe it; Xvnc tests prove delivery).
        c.sendKey(0xff0d, 0x1c, true);
        c.sendKey(0xff0d, 0x1c, false);
        c.sendPointer(10, 10, 1);
        c.sendPointer(10, 10, 0, -2);
        c.typeText(QStringLiteral("Hello, World!\n"));
        c.sendCtrlAltDel();
        c.requestFullUpdate();
        QTest::qWait(300);
        QCOMPARE(c.state(), RfbClient::State::Connected);

        c.disconnectFromServer();
        QCOMPARE(c.state(), RfbClient::State::Disconnected);
        QVERIFY(errors.isEmpty());
    }

    void fdTransport()
    {
        // The caller connects (as the websocket bridge or the SSH tunnel will) and hands over
        // the fd; libvncclient opens nothing itself.
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(fd >= 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(m_qemu.port());
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
        RfbClient c;
        QSignalSpy frames(&c, &RfbClient::framebufferUpdated);
        c.connectFd(fd);
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), RfbClient::State::Connected, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 10000);
        QVERIFY(!c.framebuffer().isNull());
        QTRY_VERIFY_WITH_TIMEOUT(c.extendedKeyEvents(), 5000);
    }

    void fdTransportOverSocketpair()
    {
        // A socketpair, like the bridges produce: we shovel bytes between it and QEMU ourselves.
        int sv[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
        QTcpSocket upstream;
        upstream.connectToHost(QHostAddress::LocalHost, m_qemu.port());
        QVERIFY(upstream.waitForConnected(5000));
        QSocketNotifier readable(sv[1], QSocketNotifier::Read);
        connect(&readable, &QSocketNotifier::activated, &upstream, [&] {
            char buf[65536];
            const ssize_t n = ::read(sv[1], buf, sizeof buf);
            if (n > 0)
                upstream.write(buf, n);
        });
        connect(&upstream, &QTcpSocket::readyRead, &readable, [&] {
            const QByteArray d = upstream.readAll();
            qsizetype off = 0;
            while (off < d.size()) {
                const ssize_t n = ::write(sv[1], d.constData() + off, size_t(d.size() - off));
                if (n <= 0)
                    break;
                off += n;
            }
        });
        RfbClient c;
        QSignalSpy frames(&c, &RfbClient::framebufferUpdated);
        c.connectFd(sv[0]);
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), RfbClient::State::Connected, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 10000);
        c.disconnectFromServer();
        ::close(sv[1]);
    }

    void connectRefused()
    {
        RfbClient c;
        QSignalSpy errors(&c, &RfbClient::errorOccurred);
        c.connectToHost(QStringLiteral("127.0.0.1"), drover::console::test::freeTcpPort());
        QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
        QCOMPARE(c.lastError(), RfbClient::Error::ConnectFailed);
        QVERIFY2(c.errorString().contains(QLatin1String("refused")), qPrintable(c.errorString()));
        QTRY_COMPARE(c.state(), RfbClient::State::Disconnected);
    }

private:
    static bool isUniform(const QImage &img)
    {
        if (img.isNull())
            return true;
        const QRgb p0 = img.pixel(0, 0);
        for (int y = 0; y < img.height(); y += 3)
            for (int x = 0; x < img.width(); x += 3)
                if (img.pixel(x, y) != p0)
                    return false;
        return true;
    }

    VncServer m_qemu;
};

QTEST_GUILESS_MAIN(TestRfbQemu)
#include "test_rfb_qemu.moc"
