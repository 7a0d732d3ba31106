// SPICE against a real QEMU (qxl display, SPICE server on loopback): the session comes up on
// Qt's own event loop, the guest's primary surface arrives and changes, keys go out; a wrong
// password and a server that is not SPICE give a clear error.
#include "SpiceClient.h"
#include "VncServers.h"

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using drover::console::SpiceClient;

class TestSpiceQemu : public QObject
{
    Q_OBJECT
    QProcess m_qemu;
    quint16 m_port = 0;

    bool startQemu(const QStringList &spiceExtra)
    {
        m_qemu.kill();
        m_qemu.waitForFinished(3000);
        m_port = drover::console::test::freeTcpPort();
        QStringList args{QStringLiteral("-display"), QStringLiteral("none"), QStringLiteral("-nodefaults"),
                         QStringLiteral("-machine"), QStringLiteral("accel=tcg"), QStringLiteral("-m"), QStringLiteral("64"),
                         QStringLiteral("-vga"), QStringLiteral("qxl")};
        args += spiceExtra;
        args.last() = QStringLiteral("port=%1,addr=127.0.0.1,").arg(m_port) + args.last();
        m_qemu.start(QStringLiteral("qemu-system-x86_64"), args);
        return m_qemu.waitForStarted(5000) && drover::console::test::waitForTcpPort(m_port, 15000);
    }
    static bool notBlank(const QImage &img)
    {
        const QRgb first = img.pixel(0, 0);
        for (int y = 0; y < img.height(); y += 3)
            for (int x = 0; x < img.width(); x += 3)
                if (img.pixel(x, y) != first)
                    return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64")).isEmpty())
            QSKIP("qemu-system-x86_64 is not installed");
    }
    void cleanup()
    {
        m_qemu.kill();
        m_qemu.waitForFinished(3000);
    }

    void screenArrivesAndChanges()
    {
        QVERIFY(startQemu({QStringLiteral("-spice"), QStringLiteral("disable-ticketing=on")}));
        SpiceClient c;
        QSignalSpy damage(&c, &SpiceClient::framebufferUpdated);
        c.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), SpiceClient::State::Connected, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!c.framebuffer().isNull(), 20000);
        QVERIFY(c.framebuffer().width() >= 640 && c.framebuffer().height() >= 400);
        // SeaBIOS draws its banner, then "No bootable device": the picture fills in.
        QTRY_VERIFY_WITH_TIMEOUT(notBlank(c.framebuffer()), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(damage.size() >= 2, 30000);
        const QImage before = c.framebuffer().copy();
        c.sendKey(0xff0d, 0x1c, true); // Enter: SeaBIOS's boot menu reacts or not; the session must stay up
        c.sendKey(0xff0d, 0x1c, false);
        c.sendCtrlAltDel();    // reboots the guest: the screen is redrawn
        c.sendPointer(10, 10, 1);
        c.sendPointer(10, 10, 0);
        QTRY_VERIFY_WITH_TIMEOUT(c.framebuffer().isNull() || c.framebuffer() != before, 30000);
        QCOMPARE(c.state(), SpiceClient::State::Connected);
        QVERIFY(c.errorString().isEmpty());
    }

    void wrongPasswordIsSaid()
    {
        QVERIFY(startQemu({QStringLiteral("-object"), QStringLiteral("secret,id=sp0,data=s3cret"), QStringLiteral("-spice"),
                           QStringLiteral("password-secret=sp0")}));
        SpiceClient c;
        c.setPassword(QStringLiteral("wrong"));
        QSignalSpy err(&c, &SpiceClient::errorOccurred);
        c.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QTRY_VERIFY_WITH_TIMEOUT(!err.isEmpty(), 15000);
        QCOMPARE(err.first().at(0).value<SpiceClient::Error>(), SpiceClient::Error::AuthFailed);
        QVERIFY(SpiceClient::isPermanent(SpiceClient::Error::AuthFailed)); // the console window does not retry it
        QCOMPARE(err.first().at(1).toString(), QStringLiteral("Authentication failed: wrong SPICE password"));
        QTRY_COMPARE(c.state(), SpiceClient::State::Disconnected);
        // The right one works.
        SpiceClient ok;
        ok.setPassword(QStringLiteral("s3cret"));
        ok.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QTRY_VERIFY_WITH_TIMEOUT(!ok.framebuffer().isNull(), 20000);
    }

    // A server that wants a password and a session without one: the session asks its provider,
    // waits in Authenticating for a later answer, and opens again with it; cancelling ends it
    // with NoPassword.
    void passwordAskedWhenWanted()
    {
        QVERIFY(startQemu({QStringLiteral("-object"), QStringLiteral("secret,id=sp0,data=s3cret"), QStringLiteral("-spice"),
                           QStringLiteral("password-secret=sp0")}));
        SpiceClient c;
        int asked = 0;
        c.setPasswordProvider([&asked] {
            ++asked;
            return std::optional<QString>(); // answered later
        });
        QSignalSpy requested(&c, &SpiceClient::passwordRequested);
        c.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), SpiceClient::State::Authenticating, 15000);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(asked, 1);
        c.providePassword(QStringLiteral("s3cret"));
        QTRY_VERIFY_WITH_TIMEOUT(!c.framebuffer().isNull(), 20000);
        QCOMPARE(c.state(), SpiceClient::State::Connected);
        QCOMPARE(asked, 1);

        SpiceClient d;
        d.setPasswordProvider([] { return std::optional<QString>(); });
        QSignalSpy err(&d, &SpiceClient::errorOccurred);
        d.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        QTRY_COMPARE_WITH_TIMEOUT(d.state(), SpiceClient::State::Authenticating, 15000);
        d.cancelPassword();
        QCOMPARE(d.state(), SpiceClient::State::Disconnected);
        QCOMPARE(err.size(), 1);
        QCOMPARE(err.first().at(0).value<SpiceClient::Error>(), SpiceClient::Error::NoPassword);
    }

    void notASpiceServer()
    {
        QTcpServer junk;
        QVERIFY(junk.listen(QHostAddress::LocalHost));
        connect(&junk, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = junk.nextPendingConnection();
            s->write("HTTP/1.1 400 Bad Request\r\n\r\nthis is not spice");
            s->disconnectFromHost();
        });
        SpiceClient c;
        QSignalSpy err(&c, &SpiceClient::errorOccurred);
        c.connectToHost(QStringLiteral("127.0.0.1"), junk.serverPort());
        QTRY_VERIFY_WITH_TIMEOUT(!err.isEmpty(), 15000);
        QVERIFY2(!err.first().at(1).toString().isEmpty(), "a reason");
        QTRY_COMPARE(c.state(), SpiceClient::State::Disconnected);
    }
};

QTEST_GUILESS_MAIN(TestSpiceQemu)
#include "test_spice_qemu.moc"
