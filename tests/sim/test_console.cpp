// drover-sim's console parts in-process, without sockets: the RFB server's handshake for 3.8
// and 3.3 clients, pixel format conversion (32 bpp BGR, 16 bpp RGB565 big endian), incremental
// updates only after a request, key echo and click painting on the VncScreen, the serial
// console's boot log, echo and silent password; and malformed RFB input (bad version, wrong
// security type, unknown message, colour maps, absurd cut text, random bytes) ends in failed()
// without a crash (ASan/UBSan builds run this too).
#include "RfbServer.h"
#include "SerialConsole.h"
#include "VncScreen.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

using namespace drover::sim;
using namespace Qt::StringLiterals;

namespace {

struct Wire
{
    QByteArray out;
    QStringList failures;
    Wire(RfbServer *s)
    {
        QObject::connect(s, &RfbServer::send, s, [this](const QByteArray &b) { out += b; });
        QObject::connect(s, &RfbServer::failed, s, [this](const QString &w) { failures << w; });
    }
    QByteArray take() { return std::exchange(out, {}); }
};
QByteArray be16(quint16 v) { char c[2]; qToBigEndian(v, c); return QByteArray(c, 2); }
QByteArray updateRequest(bool incremental, int x, int y, int w, int h)
{
    return QByteArray(1, '\x03') + char(incremental) + be16(quint16(x)) + be16(quint16(y)) + be16(quint16(w)) + be16(quint16(h));
}
VncScreen::Guest guest(const char *os) { return {u"prod"_s, u"vm1"_s, QLatin1String(os), {}}; }

// Handshake as a 3.8 client; returns the ServerInit.
QByteArray handshake(RfbServer &s, Wire &w)
{
    s.start();
    if (w.take() != "RFB 003.008\n") return {};
    s.receive("RFB 003.008\n");
    if (w.take() != QByteArray("\x01\x01", 2)) return {};
    s.receive(QByteArray(1, '\x01'));
    if (w.take() != QByteArray(4, '\0')) return {};
    s.receive(QByteArray(1, '\x01'));
    return w.take();
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfbHandshake38()
    {
        VncScreen screen(guest("linux"));
        RfbServer s(&screen);
        Wire w(&s);
        const QByteArray init = handshake(s, w);
        QCOMPARE(init.size(), 24 + 3);
        QCOMPARE(qFromBigEndian<quint16>(init.constData()), quint16(800));
        QCOMPARE(qFromBigEndian<quint16>(init.constData() + 2), quint16(600));
        QCOMPARE(init.mid(24), QByteArray("vm1"));
        QVERIFY(w.failures.isEmpty());
    }

    void rfbHandshake33()
    {
        VncScreen screen(guest("linux"));
        RfbServer s(&screen);
        Wire w(&s);
        s.start();
        w.take();
        s.receive("RFB 003.003\n");
        QCOMPARE(w.take(), QByteArray("\0\0\0\x01", 4)); // 3.3: the server picks None
        s.receive(QByteArray(1, '\x00'));
        QCOMPARE(w.take().size(), 27);
    }

    void updatesAndFormats()
    {
        VncScreen screen(guest("windows"));
        RfbServer s(&screen);
        Wire w(&s);
        QVERIFY(!handshake(s, w).isEmpty());
        // 16 bpp RGB565, big endian
        s.receive(QByteArray("\x00\x00\x00\x00\x10\x10\x01\x01", 8) + be16(31) + be16(63) + be16(31) +
                  QByteArray("\x0b\x05\x00\x00\x00\x00", 6));
        s.receive(updateRequest(false, 0, 300, 2, 1));
        const QByteArray u = w.take();
        QCOMPARE(u.size(), 4 + 12 + 2 * 2);
        // the lock screen's blue 0x0063b1 -> r 0, g 99*63/255=24, b 177*31/255=22 -> 0x0316
        QCOMPARE(qFromBigEndian<quint16>(u.constData() + 16), quint16((24 << 5) | 22));
        // nothing more until asked, then the input line after a key
        screen.keyEvent('a', true);
        QVERIFY(w.take().isEmpty());
        s.receive(updateRequest(true, 0, 0, 800, 600));
        const QByteArray inc = w.take();
        QVERIFY(inc.size() > 16);
        QVERIFY(qFromBigEndian<quint16>(inc.constData() + 6) >= VncScreen::ClockBand); // y of the rect
        // a click paints red at the pointer
        screen.pointerEvent(100, 200, 1);
        QCOMPARE(screen.pixel(100, 200), VncScreen::ClickColor);
        QVERIFY(w.failures.isEmpty());
    }

    void clockTicks()
    {
        VncScreen screen(guest("linux"));
        QSignalSpy damaged(&screen, &VncScreen::damaged);
        QVERIFY(damaged.wait(2500));
        QCOMPARE(damaged.first().first().toRect(), QRect(0, 0, 800, VncScreen::ClockBand));
    }

    void malformedRfb_data()
    {
        QTest::addColumn<QByteArray>("afterHandshake"); // empty marker "VERSION:" sends raw version bytes
        QTest::newRow("not RFB") << QByteArray("VERSION:GET / HTTP/1.1\r\n");
        QTest::newRow("security VNC auth") << QByteArray("SECURITY:\x02");
        QTest::newRow("unknown message") << QByteArray("\x63garbage");
        QTest::newRow("colour map format") << QByteArray("\x00\x00\x00\x00\x08\x08\x00\x00", 8) + QByteArray(12, '\0');
        QTest::newRow("absurd cut text") << QByteArray("\x06\x00\x00\x00\x7f\xff\xff\xff", 8);
        QTest::newRow("odd bpp") << QByteArray("\x00\x00\x00\x00\x18\x18\x00\x01", 8) + QByteArray(12, '\0');
    }
    void malformedRfb()
    {
        QFETCH(QByteArray, afterHandshake);
        VncScreen screen(guest("linux"));
        RfbServer s(&screen);
        Wire w(&s);
        if (afterHandshake.startsWith("VERSION:")) {
            s.start();
            s.receive(afterHandshake.mid(8));
        } else if (afterHandshake.startsWith("SECURITY:")) {
            s.start();
            s.receive("RFB 003.008\n");
            s.receive(afterHandshake.mid(9));
        } else {
            QVERIFY(!handshake(s, w).isEmpty());
            s.receive(afterHandshake);
        }
        QCOMPARE(w.failures.size(), 1);
        s.receive("more bytes after the failure");
        QCOMPARE(w.failures.size(), 1);
    }

    void randomBytesNeverCrash()
    {
        VncScreen screen(guest("linux"));
        QRandomGenerator rng(42);
        for (int round = 0; round < 200; ++round) {
            RfbServer s(&screen);
            Wire w(&s);
            QVERIFY(!handshake(s, w).isEmpty());
            QByteArray junk(int(rng.bounded(1, 64)), '\0');
            for (char &c : junk)
                c = char(rng.bounded(256));
            for (qsizetype i = 0; i < junk.size(); i += 3) // in small pieces, as a websocket may cut them
                s.receive(junk.mid(i, 3));
        }
    }

    void serialLoginDiscipline()
    {
        SerialConsole c(u"vm1"_s, u"linux"_s, u"Fedora 40"_s);
        QByteArray out;
        connect(&c, &SerialConsole::send, this, [&out](const QByteArray &b) { out += b; });
        c.receive("ro"); // typed during boot: kept for the prompt
        c.start();
        QTRY_VERIFY_WITH_TIMEOUT(out.contains("vm1 login: "), 5000);
        QVERIFY(out.contains("\x1b[K"));
        QVERIFY(out.endsWith("vm1 login: ro"));
        out.clear();
        c.receive("x\x7f" "ot\r");
        QCOMPARE(out, QByteArray("x\b \bot\r\nPassword: "));
        out.clear();
        c.receive("hunter2\r");
        QCOMPARE(out, QByteArray("\r\n\r\nLogin incorrect\r\n\r\nvm1 login: "));
    }

    void serialWindowsSac()
    {
        SerialConsole c(u"w1"_s, u"windows"_s, QString());
        QByteArray out;
        connect(&c, &SerialConsole::send, this, [&out](const QByteArray &b) { out += b; });
        c.start();
        QTRY_VERIFY_WITH_TIMEOUT(out.endsWith("SAC>"), 5000);
        out.clear();
        c.receive("cmd\r");
        QVERIFY(out.startsWith("cmd\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestConsole)
#include "test_console.moc"
