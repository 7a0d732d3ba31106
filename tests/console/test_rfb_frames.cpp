// What RfbClient hands to the GUI, checked pixel by pixel against a scripted server: raw and
// CopyRect rectangles across several updates (the double-buffer hand-over must never lose an
// older rectangle), a desktop resize, a cursor shape with its hotspot, the bell and cut text.
#include "RfbClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

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
QByteArray handshake(int w, int h)
{
    QByteArray b = "RFB 003.008\n";
    b += u8(1) + u8(1) + u32(0) + u16(w) + u16(h);
    b += u8(32) + u8(24) + u8(0) + u8(1) + u16(255) + u16(255) + u16(255) + u8(16) + u8(8) + u8(0) +
         QByteArray(3, 0);
    return b + u32(4) + "test";
}
QByteArray header(int x, int y, int w, int h, quint32 enc)
{
    return u16(x) + u16(y) + u16(w) + u16(h) + u32(enc);
}
// Pixels in the format RfbClient asks for: 32-bit little-endian 0x00RRGGBB.
QByteArray pixels(int count, quint32 rgb)
{
    QByteArray px(4, 0);
    qToLittleEndian(rgb, px.data());
    return px.repeated(count);
}
QByteArray raw(int x, int y, int w, int h, quint32 rgb)
{
    return header(x, y, w, h, 0) + pixels(w * h, rgb);
}
QByteArray update(int n)
{
    return u8(0) + u8(0) + u16(n);
}

constexpr quint32 kRed = 0xff0000, kGreen = 0x00ff00, kBlue = 0x0000ff, kWhite = 0xffffff;

QImage expected(QSize size, quint32 fill)
{
    QImage img(size, QImage::Format_RGB32);
    img.fill(QColor::fromRgb(fill));
    return img;
}
void paint(QImage &img, const QRect &r, quint32 rgb)
{
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            img.setPixel(x, y, 0xff000000u | rgb);
}
bool samePixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return false;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if ((a.pixel(x, y) & 0xffffff) != (b.pixel(x, y) & 0xffffff))
                return false;
    return true;
}

} // namespace

class TestRfbFrames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesCursorBellCutTextResize()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QTcpSocket *peer = nullptr;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            peer = server.nextPendingConnection();
            connect(peer, &QTcpSocket::readyRead, peer, [peer] { peer->readAll(); });
            peer->write(handshake(64, 64));
        });
        RfbClient c;
        QSignalSpy resized(&c, &RfbClient::desktopResized);
        QSignalSpy cursors(&c, &RfbClient::cursorShape);
        QSignalSpy bells(&c, &RfbClient::bell);
        QSignalSpy cut(&c, &RfbClient::remoteClipboardText);
        QSignalSpy errors(&c, &RfbClient::errorOccurred);
        c.connectToHost(QStringLiteral("127.0.0.1"), server.serverPort());
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), RfbClient::State::Connected, 5000);

        // Stage A: red desktop, a green square, and a CopyRect of part of it.
        peer->write(update(1) + raw(0, 0, 64, 64, kRed));
        peer->write(update(2) + raw(10, 10, 20, 20, kGreen) + header(40, 40, 8, 8, 1) + u16(10) +
                    u16(10));
        QImage want = expected({64, 64}, kRed);
        paint(want, {10, 10, 20, 20}, kGreen);
        paint(want, {40, 40, 8, 8}, kGreen);
        QTRY_VERIFY_WITH_TIMEOUT(samePixels(c.framebuffer(), want), 5000);
        QCOMPARE(resized.size(), 1);
        QCOMPARE(resized.first().first().toSize(), QSize(64, 64));

        // Stage B, C: small updates. The picture must still hold everything from stage A.
        peer->write(update(1) + raw(0, 0, 4, 4, kWhite));
        paint(want, {0, 0, 4, 4}, kWhite);
        QTRY_VERIFY_WITH_TIMEOUT(samePixels(c.framebuffer(), want), 5000);
        peer->write(update(1) + raw(60, 0, 4, 4, kBlue));
        paint(want, {60, 0, 4, 4}, kBlue);
        QTRY_VERIFY_WITH_TIMEOUT(samePixels(c.framebuffer(), want), 5000);

        // A 4x4 blue cursor with hotspot (2,3); the mask hides its last column.
        const QByteArray mask = QByteArray(4, char(0xe0));
        peer->write(update(1) + header(2, 3, 4, 4, 0xFFFFFF11) + pixels(16, kBlue) + mask);
        QTRY_COMPARE_WITH_TIMEOUT(cursors.size(), 1, 5000);
        const QImage cursor = cursors.first().at(0).value<QImage>();
        QCOMPARE(cursors.first().at(1).toPoint(), QPoint(2, 3));
        QCOMPARE(cursor.size(), QSize(4, 4));
        QCOMPARE(cursor.pixel(0, 0), 0xff0000ffu);
        QCOMPARE(qAlpha(cursor.pixel(3, 0)), 0);

        // Bell and Latin-1 cut text.
        peer->write(u8(2) + u8(3) + QByteArray(3, 0) + u32(5) + QByteArray("h\xe9llo"));
        QTRY_COMPARE_WITH_TIMEOUT(bells.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(cut.size(), 1, 5000);
        QCOMPARE(cut.first().first().toString(), QStringLiteral("h\u00e9llo"));

        // The desktop shrinks (DesktopSize pseudo-rectangle) and is repainted blue.
        peer->write(update(2) + header(0, 0, 32, 48, 0xFFFFFF21) + raw(0, 0, 32, 48, kBlue));
        QTRY_VERIFY_WITH_TIMEOUT(samePixels(c.framebuffer(), expected({32, 48}, kBlue)), 5000);
        QCOMPARE(resized.last().first().toSize(), QSize(32, 48));
        QVERIFY(errors.isEmpty());

        // The server goes away during the session: one plain error, then Disconnected.
        peer->disconnectFromHost();
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), 1, 5000);
        QCOMPARE(c.lastError(), RfbClient::Error::ServerClosed);
        QCOMPARE(c.errorString(), QStringLiteral("the server closed the connection"));
        QTRY_COMPARE(c.state(), RfbClient::State::Disconnected);
    }
};

QTEST_GUILESS_MAIN(TestRfbFrames)
#include "test_rfb_frames.moc"
