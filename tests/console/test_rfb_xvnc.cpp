// RfbClient against TigerVNC's Xvnc with VNC password authentication: the right password
// connects, a wrong or missing one ends with a plain message, and keys and clicks sent through
// RfbClient arrive at an X client (xrecorder) as real X events; the clipboard goes both ways.
#include "RfbClient.h"
#include "VncServers.h"

#include "VerifyOk.h"
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace drover::console;
using drover::console::test::VncServer;

namespace {
const QString kPassword = QStringLiteral("s3cret!x");
}

class TestRfbXvnc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<RfbClient::State>();
        qRegisterMetaType<RfbClient::Error>();
        VERIFY_OK(m_xvnc.startXvnc(QSize(1024, 768), kPassword));
    }

    void password_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("connects");
        QTest::addColumn<RfbClient::Error>("error");
        QTest::addColumn<QString>("message");
        QTest::newRow("right") << kPassword << true << RfbClient::Error::None << QString();
        QTest::newRow("wrong") << QStringLiteral("nope") << false << RfbClient::Error::AuthFailed
                               << QStringLiteral("Authentication failed: wrong VNC password");
        QTest::newRow("none") << QString() << false << RfbClient::Error::NoPassword
                              << QStringLiteral("Authentication failed: the server wants a VNC "
                                                "password and none was given");
    }

    void password()
    {
        QFETCH(QString, password);
        QFETCH(bool, connects);
        QFETCH(RfbClient::Error, error);
        QFETCH(QString, message);
        RfbClient c;
        int asked = 0;
        c.setPasswordProvider([&]() -> std::optional<QString> {
            ++asked;
            return password;
        });
        QSignalSpy errors(&c, &RfbClient::errorOccurred);
        QSignalSpy resized(&c, &RfbClient::desktopResized);
        c.connectToHost(QStringLiteral("127.0.0.1"), m_xvnc.port());
        if (connects) {
            QTRY_COMPARE_WITH_TIMEOUT(c.state(), RfbClient::State::Connected, 15000);
            QTRY_VERIFY_WITH_TIMEOUT(!resized.isEmpty(), 10000);
            QCOMPARE(resized.first().first().toSize(), QSize(1024, 768));
            QVERIFY(errors.isEmpty());
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 15000);
            QCOMPARE(c.lastError(), error);
            QVERIFY2(c.errorString().startsWith(message), qPrintable(c.errorString()));
            QTRY_COMPARE(c.state(), RfbClient::State::Disconnected);
        }
        QCOMPARE(asked, 1);
    }

    void asynchronousPasswordAnswer()
    {
        // The GUI reads the keychain asynchronously: no provider, answer the signal later.
        RfbClient c;
        QSignalSpy asked(&c, &RfbClient::passwordRequested);
        c.connectToHost(QStringLiteral("127.0.0.1"), m_xvnc.port());
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 10000);
        QCOMPARE(c.state(), RfbClient::State::Authenticating);
        QTest::qWait(200);
        c.providePassword(kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), RfbClient::State::Connected, 10000);
    }

    void destroyWhileAskingForPassword()
    {
        auto c = std::make_unique<RfbClient>();
        QSignalSpy asked(c.get(), &RfbClient::passwordRequested);
        c->connectToHost(QStringLiteral("127.0.0.1"), m_xvnc.port());
        QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty(), 10000);
        c.reset(); // must not hang: the worker waiting for the answer is released
    }

    void keysAndClicksReachTheXServer()
    {
        QProcess rec;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_xvnc.displayName());
        rec.setProcessEnvironment(env);
        rec.start(QStringLiteral(XRECORDER_BIN), {});
        QVERIFY(rec.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(rec.canReadLine(), 15000);
        QVERIFY(rec.readLine().startsWith("READY 1024 768"));

        RfbClient c;
        c.setPasswordProvider([] { return std::optional<QString>(kPassword); });
        c.connectToHost(QStringLiteral("127.0.0.1"), m_xvnc.port());
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), RfbClient::State::Connected, 15000);
        // xrecorder's window is white and covers the screen: the decoded picture must say so.
        const auto allWhite = [&] {
            const QImage &fb = c.framebuffer();
            if (fb.size() != QSize(1024, 768))
                return false;
            for (int y = 0; y < fb.height(); y += 7)
                for (int x = 0; x < fb.width(); x += 7)
                    if ((fb.pixel(x, y) & 0xffffff) != 0xffffff)
                        return false;
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allWhite(), 10000);

        // 'a' with its scancode (used if the server takes QEMU key events), then keysyms only.
        c.sendKey(0x61, 0x1e, true);
        c.sendKey(0x61, 0x1e, false);
        c.sendKey(0xff0d, 0, true); // Return
        c.sendKey(0xff0d, 0, false);
        c.typeText(QStringLiteral("Zq"));
        c.sendPointer(100, 200, 0);
        c.sendPointer(100, 200, 1); // left down
        c.sendPointer(100, 200, 0);
        c.sendPointer(300, 400, 4); // right down
        c.sendPointer(300, 400, 0);
        c.sendPointer(300, 400, 0, 1); // wheel up = button 4

        QStringList lines;
        const QStringList expected = {QStringLiteral("KEY a"),
                                      QStringLiteral("KEY Return"),
                                      QStringLiteral("KEY Shift_L"),
                                      QStringLiteral("KEY z"),
                                      QStringLiteral("KEY q"),
                                      QStringLiteral("BUTTON 1 100 200"),
                                      QStringLiteral("BUTTON 3 300 400"),
                                      QStringLiteral("BUTTON 4 300 400")};
        const auto seenAll = [&] {
            while (rec.canReadLine())
                lines << QString::fromUtf8(rec.readLine()).trimmed();
            int i = 0;
            for (const QString &l : std::as_const(lines))
                if (i < expected.size() && l.startsWith(expected[i]))
                    ++i;
            return i == expected.size();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(seenAll(), qPrintable(lines.join(QLatin1Char('|'))), 10000);
        rec.kill();
        rec.waitForFinished(3000);
    }

    // The clipboard both ways through Xvnc's own selection handling, read and set with xclip on
    // the X server: what the client sends becomes the X clipboard (UTF-8 from RFB's Latin-1), what
    // an X client copies comes back as remoteClipboardText, and the session stays up (it used to
    // end: libvncclient's TRUE is -1 and SendClientCutText returns 1).
    void clipboardBothWays()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("xclip")).isEmpty())
            QSKIP("xclip is not installed (scripts/setup.sh installs it)");
        RfbClient c;
        c.setPasswordProvider([] { return std::optional<QString>(kPassword); });
        QSignalSpy fromServer(&c, &RfbClient::remoteClipboardText);
        c.connectToHost(QStringLiteral("127.0.0.1"), m_xvnc.port());
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), RfbClient::State::Connected, 15000);
        c.sendClipboard(QStringLiteral("from drover: ünï"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_xvnc.displayName());
        const auto xClipboard = [&env] {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(QStringLiteral("xclip"), {QStringLiteral("-o"), QStringLiteral("-selection"), QStringLiteral("clipboard"),
                                              QStringLiteral("-t"), QStringLiteral("UTF8_STRING")});
            p.waitForFinished(5000);
            return QString::fromUtf8(p.readAllStandardOutput());
        };
        QTRY_COMPARE_WITH_TIMEOUT(xClipboard(), QStringLiteral("from drover: ünï"), 10000);
        QCOMPARE(c.state(), RfbClient::State::Connected);
        // An X client copies (xclip -i keeps serving the selection until it is taken).
        QProcess owner;
        owner.setProcessEnvironment(env);
        owner.start(QStringLiteral("xclip"), {QStringLiteral("-i"), QStringLiteral("-selection"), QStringLiteral("clipboard")});
        QVERIFY(owner.waitForStarted(5000));
        owner.write("copied in X");
        owner.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(!fromServer.isEmpty() && fromServer.last().first().toString() == QStringLiteral("copied in X"), 10000);
        QCOMPARE(c.state(), RfbClient::State::Connected);
        owner.kill();
        owner.waitForFinished(3000);
    }

private:
    VncServer m_xvnc;
};

QTEST_GUILESS_MAIN(TestRfbXvnc)
#include "test_rfb_xvnc.moc"
