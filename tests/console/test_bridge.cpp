// KubeVirt's VNC console end to end: drover-sim (a real process, TLS, bearer token) serves the vnc
// websocket; console::KubeVirtStream opens it with the REST client's credentials and bridges it
// to a socketpair fd, on which this test speaks RFB 3.8 itself: handshake, ServerInit,
// SetPixelFormat (BGR, to exercise conversion), full and incremental updates. Proves: the clock
// band changes by itself, typed keys and a click show up below it, a Windows guest looks like
// one, preserveSession gives sessionBusy and takeOver closes the first session, an annotated VM
// is proxied byte for byte to a VNC server (here a stand-in TCP server), and stopping a VM
// closes its console with a reason. (Refusals and the serial console: test_bridge_serial.cpp.)
#include "KubeClient.h"
#include "KubeVirtStream.h"
#include "Kubeconfig.h"
#include "SimProcess.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include <sys/socket.h>
#include <unistd.h>

using namespace drover;
using namespace Qt::StringLiterals;
using console::KubeVirtStream;

namespace {

// A minimal RFB client on the bridged fd; it spins the event loop while it waits.
struct Rfb
{
    int fd = -1;
    QByteArray in;
    int w = 0, h = 0;
    QList<quint32> fb;

    ~Rfb() { if (fd >= 0) ::close(fd); }
    bool need(qsizetype n, int ms = 5000)
    {
        QDeadlineTimer dl(ms);
        while (in.size() < n) {
            char buf[65536];
            const ssize_t r = ::recv(fd, buf, sizeof buf, MSG_DONTWAIT);
            if (r > 0) { in.append(buf, r); continue; }
            if (r == 0 || dl.hasExpired())
                return false;
            QTest::qWait(2);
        }
        return true;
    }
    QByteArray take(qsizetype n) { QByteArray b = in.left(n); in.remove(0, n); return b; }
    void send(const QByteArray &b) { QCOMPARE(::send(fd, b.constData(), size_t(b.size()), MSG_NOSIGNAL), ssize_t(b.size())); }
    static QByteArray be16(quint16 v) { char c[2]; qToBigEndian(v, c); return QByteArray(c, 2); }
    static QByteArray be32(quint32 v) { char c[4]; qToBigEndian(v, c); return QByteArray(c, 4); }

    bool handshake(QString *name)
    {
        if (!need(12) || take(12) != "RFB 003.008\n") return false;
        send("RFB 003.008\n");
        if (!need(1)) return false;
        const int n = quint8(take(1)[0]);
        if (!need(n) || !take(n).contains('\x01')) return false;
        send(QByteArray(1, '\x01'));
        if (!need(4) || take(4) != QByteArray(4, '\0')) return false;
        send(QByteArray(1, '\x01')); // ClientInit, shared
        if (!need(24)) return false;
        const QByteArray si = take(24);
        w = qFromBigEndian<quint16>(si.constData());
        h = qFromBigEndian<quint16>(si.constData() + 2);
        const quint32 len = qFromBigEndian<quint32>(si.constData() + 20);
        if (!need(len)) return false;
        *name = QString::fromUtf8(take(len));
        fb = QList<quint32>(qsizetype(w) * h, 0xdeadbeef);
        // 32 bpp, depth 24, little endian, true colour, red in the low byte (BGR)
        QByteArray pf("\x00\x00\x00\x00\x20\x18\x00\x01", 8);
        pf += be16(255) + be16(255) + be16(255) + QByteArray("\x00\x08\x10\x00\x00\x00", 6);
        send(pf);
        send(QByteArray("\x02\x00", 2) + be16(2) + be32(0) + be32(quint32(-223)));
        return true;
    }
    void request(bool incremental) { send(QByteArray(1, '\x03') + char(incremental) + be16(0) + be16(0) + be16(quint16(w)) + be16(quint16(h))); }
    // Reads one FramebufferUpdate into fb; returns its rectangles (empty on timeout).
    QList<QRect> update(int ms = 3000)
    {
        QList<QRect> rects;
        if (!need(4, ms) || in[0] != 0) return rects;
        const int n = qFromBigEndian<quint16>(take(4).constData() + 2);
        for (int i = 0; i < n; ++i) {
            if (!need(12)) return {};
            const QByteArray hd = take(12);
            const QRect r(qFromBigEndian<quint16>(hd.constData()), qFromBigEndian<quint16>(hd.constData() + 2),
                          qFromBigEndian<quint16>(hd.constData() + 4), qFromBigEndian<quint16>(hd.constData() + 6));
            if (qFromBigEndian<quint32>(hd.constData() + 8) != 0 || !need(qsizetype(r.width()) * r.height() * 4)) return {};
            const QByteArray px = take(qsizetype(r.width()) * r.height() * 4);
            for (int y = 0; y < r.height(); ++y)
                for (int x = 0; x < r.width(); ++x)
                    fb[(r.y() + y) * w + r.x() + x] = qFromLittleEndian<quint32>(px.constData() + (y * r.width() + x) * 4);
            rects << r;
        }
        return rects;
    }
    quint32 at(int x, int y) const { return fb[y * w + x]; }
};

} // namespace

class TestBridge : public QObject
{
    Q_OBJECT
    test::SimProcess m_sim;
    kube::KubeClient *m_client = nullptr;
    console::KubeVirtEndpoint m_ep;

    // Opens a VNC stream and waits for opened(); returns the fd (or -1).
    int openVnc(KubeVirtStream &s, const QString &vm)
    {
        QSignalSpy opened(&s, &KubeVirtStream::opened);
        s.open(KubeVirtStream::Mode::Vnc, u"prod"_s, vm);
        if (!opened.wait(10000))
            return -1;
        return s.takeClientFd();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString yaml = m_sim.dir() + u"/consoles.yaml"_s;
        QFile f(yaml);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: consoles\nhosts:\n  - name: h1\nvms:\n"
                "  - {name: lin, namespace: prod, os: linux, osName: Fedora 40}\n"
                "  - {name: win, namespace: prod, os: windows}\n"
                "  - {name: prox, namespace: prod}\n"
                "  - {name: stuck, namespace: prod, memory: 4Ti}\n");
        f.close();
        QVERIFY2(m_sim.start({u"--scenario"_s, yaml, u"--time-scale"_s, u"0"_s}), qPrintable(m_sim.error()));
        auto kc = kube::Kubeconfig::load({m_sim.kubeconfig()});
        QVERIFY(kc);
        auto ctx = kc->resolve();
        QVERIFY(ctx);
        auto c = kube::KubeClient::create(*ctx, this);
        QVERIFY(c);
        m_client = *c;
        m_ep = console::KubeVirtEndpoint::fromClient(*m_client);
    }

    void vncUpdatesAndInput()
    {
        KubeVirtStream s(m_ep);
        Rfb rfb;
        rfb.fd = openVnc(s, u"lin"_s);
        QVERIFY(rfb.fd >= 0);
        QString name;
        QVERIFY(rfb.handshake(&name));
        QCOMPARE(name, u"lin"_s);
        QCOMPARE(rfb.w, 800);
        rfb.request(false);
        QVERIFY(!rfb.update().isEmpty());
        QVERIFY(!rfb.fb.contains(0xdeadbeef));
        const QList<quint32> before = rfb.fb;
        // the clock band (top 40 rows) changes every second without input
        rfb.request(true);
        const QList<QRect> tick = rfb.update(3000);
        QVERIFY(!tick.isEmpty());
        QVERIFY(tick.first().bottom() < 40);
        // typed keys are echoed below the band
        for (char c : QByteArray("drover"))
            for (int down : {1, 0})
                rfb.send(QByteArray(1, '\x04') + char(down) + QByteArray(2, '\0') + Rfb::be32(quint32(c)));
        bool echoed = false;
        for (int i = 0; i < 6 && !echoed; ++i) {
            rfb.request(true);
            for (const QRect &r : rfb.update())
                echoed = echoed || r.bottom() >= 40;
        }
        QVERIFY(echoed);
        int changed = 0;
        for (int y = 40; y < rfb.h; ++y)
            for (int x = 0; x < rfb.w; ++x)
                changed += rfb.at(x, y) != before[y * rfb.w + x];
        QVERIFY2(changed > 20, qPrintable(QString::number(changed)));
        // a click paints red at the pointer; red is the low byte in our BGR format
        rfb.send(QByteArray("\x05\x01", 2) + Rfb::be16(600) + Rfb::be16(300));
        rfb.send(QByteArray("\x05\x00", 2) + Rfb::be16(600) + Rfb::be16(300));
        for (int i = 0; i < 6 && rfb.at(600, 300) != 0xff; ++i) {
            rfb.request(true);
            rfb.update();
        }
        QCOMPARE(rfb.at(600, 300), quint32(0xff));
    }

    void windowsGuestScreen()
    {
        KubeVirtStream s(m_ep);
        Rfb rfb;
        rfb.fd = openVnc(s, u"win"_s);
        QVERIFY(rfb.fd >= 0);
        QString name;
        QVERIFY(rfb.handshake(&name));
        rfb.request(false);
        QVERIFY(!rfb.update().isEmpty());
        QCOMPARE(rfb.at(5, 300), quint32(0xb16300)); // the lock screen's blue, as BGR
    }

    void preserveSessionAndTakeOver()
    {
        KubeVirtStream first(m_ep);
        Rfb a;
        a.fd = openVnc(first, u"lin"_s);
        QVERIFY(a.fd >= 0);
        QVERIFY(a.need(12));
        QSignalSpy firstClosed(&first, &KubeVirtStream::closed);

        KubeVirtStream second(m_ep);
        QSignalSpy busy(&second, &KubeVirtStream::sessionBusy);
        QSignalSpy opened(&second, &KubeVirtStream::opened);
        QSignalSpy closed(&second, &KubeVirtStream::closed);
        second.open(KubeVirtStream::Mode::Vnc, u"prod"_s, u"lin"_s);
        QVERIFY(busy.wait(10000));
        QCOMPARE(closed.size(), 0);
        QCOMPARE(second.state(), KubeVirtStream::State::Busy);
        QCOMPARE(firstClosed.size(), 0);

        second.takeOver();
        QVERIFY(opened.wait(10000));
        Rfb b;
        b.fd = second.takeClientFd();
        QString name;
        QVERIFY(b.handshake(&name));
        QTRY_COMPARE_WITH_TIMEOUT(firstClosed.size(), 1, 10000);
        QVERIFY2(firstClosed.first().first().toString().contains("took over"_L1),
                 qPrintable(firstClosed.first().first().toString()));
        a.in.clear();
        QVERIFY(!a.need(1, 2000)); // the first fd reaches EOF
    }

    void proxiedToRealVncServer()
    {
        QTcpServer vnc; // stands in for QEMU: greets, then echoes
        QVERIFY(vnc.listen(QHostAddress::LocalHost));
        connect(&vnc, &QTcpServer::newConnection, this, [&vnc] {
            QTcpSocket *c = vnc.nextPendingConnection();
            c->write("RFB 003.008\n");
            connect(c, &QTcpSocket::readyRead, c, [c] { c->write(c->readAll()); });
        });
        const QByteArray patch = "{\"metadata\":{\"annotations\":{\"sim.drover.io/vnc-proxy\":\"127.0.0.1:" +
                                 QByteArray::number(vnc.serverPort()) + "\"}}}";
        bool patched = false;
        m_client->patch(kube::ApiResource::virtualMachines(), u"prod"_s, u"prox"_s, kube::PatchType::Merge, patch,
                        this, [&patched](const kube::Response &r) { patched = r.ok(); });
        QTRY_VERIFY(patched);
        KubeVirtStream s(m_ep);
        Rfb rfb;
        rfb.fd = openVnc(s, u"prox"_s);
        QVERIFY(rfb.fd >= 0);
        QVERIFY(rfb.need(12));
        QCOMPARE(rfb.take(12), QByteArray("RFB 003.008\n"));
        const QByteArray blob(100000, 'x');
        rfb.send(QByteArray("\x00\xff\x01", 3) + blob);
        QVERIFY(rfb.need(blob.size() + 3, 10000));
        QCOMPARE(rfb.take(blob.size() + 3), QByteArray("\x00\xff\x01", 3) + blob);
    }

    void stoppingTheVmClosesItsConsole()
    {
        KubeVirtStream s(m_ep);
        QSignalSpy closed(&s, &KubeVirtStream::closed);
        Rfb rfb;
        rfb.fd = openVnc(s, u"win"_s);
        QVERIFY(rfb.fd >= 0);
        QVERIFY(rfb.need(12));
        QCOMPARE(closed.size(), 0);
        bool stopped = false;
        m_client->kubevirtAction(u"virtualmachines"_s, u"prod"_s, u"win"_s, u"stop"_s, {}, this,
                                 [&stopped](const kube::Response &r) { stopped = r.ok(); });
        QTRY_VERIFY(stopped);
        QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 10000);
        QVERIFY2(closed.first().first().toString().contains("no longer running"_L1),
                 qPrintable(closed.first().first().toString()));
    }
};

QTEST_GUILESS_MAIN(TestBridge)
#include "test_bridge.moc"
