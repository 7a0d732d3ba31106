// A hypervisor's VNC server reached through an SSH tunnel from the console window, with real
// servers: TigerVNC's Xvnc (VncAuth) listening on loopback and OpenSSH's sshd with its own keys.
// The unknown host key is asked about, the password is asked in the window (a wrong one is said
// and asked again), frames arrive through the tunnel; a changed host key and a closed VNC port
// give clear words and no retry loop. Destinations parse as ssh(1) writes them. A QEMU guest's
// SPICE server is reached the same way, one tunnel per SPICE channel.
#include "ConsoleWindow.h"
#include "MainWindow.h"
#include "SshdProcess.h"
#include "VncServers.h"
#include "WindowParts.h"

#include "VerifyOk.h"
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace drover;
using ssh::testing::SshdProcess;

class TestConsoleSsh : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<SshdProcess> m_sshd;
    console::test::VncServer m_xvnc;
    std::unique_ptr<ui::MainWindow> m_win;
    int m_hostKeyQuestions = 0;

    QString via() const { return QStringLiteral("127.0.0.1:%1").arg(m_sshd->port()); }
    // Answers the next VNC password dialog with `password` once it shows.
    void answerPasswordWith(const QString &password)
    {
        QTimer::singleShot(50, this, [this, password] {
            auto *dlg = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dlg || dlg->objectName() != QLatin1String("vncPasswordDialog")) {
                answerPasswordWith(password);
                return;
            }
            dlg->findChild<QLineEdit *>(QStringLiteral("vncPassword"))->setText(password);
            dlg->accept();
        });
    }
    static bool connected(ui::ConsoleWindow *w)
    {
        return w && w->client() && w->client()->state() == console::RemoteSession::State::Connected && !w->client()->framebuffer().isNull();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!SshdProcess::available())
            QSKIP("/usr/sbin/sshd is not installed (Debian package openssh-server)");
        QCoreApplication::setOrganizationName(QStringLiteral("drover-tests"));
        m_sshd = std::make_unique<SshdProcess>(m_dir.path());
        VERIFY_OK(m_sshd->startWithFreshKeys());
        VERIFY_OK(m_xvnc.startXvnc(QSize(800, 600), QStringLiteral("tunnelpw"))); // loopback only
        m_win = std::make_unique<ui::MainWindow>();
        parts::sshTunnels(*m_win)->setTargetTemplate(m_sshd->target());
    }
    void cleanupTestCase() { m_win.reset(); }

    void destinationsParseAsSshWritesThem_data()
    {
        QTest::addColumn<QString>("dest");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("host") << "hv1" << "" << "hv1" << 0;
        QTest::newRow("user@host") << "root@hv1" << "root" << "hv1" << 0;
        QTest::newRow("user@host:port") << "root@hv1:2222" << "root" << "hv1" << 2222;
        QTest::newRow("v6 bracketed") << "admin@[fd00::5]:22" << "admin" << "fd00::5" << 22;
        QTest::newRow("v6 bare") << "fd00::5" << "" << "fd00::5" << 0;
        QTest::newRow("bad port") << "hv1:99999" << "" << "" << -1;
        QTest::newRow("empty user") << "@hv1" << "" << "" << -1;
        QTest::newRow("empty") << "  " << "" << "" << -1;
        QTest::newRow("unclosed bracket") << "[fd00::5:22" << "" << "" << -1;
    }
    void destinationsParseAsSshWritesThem()
    {
        QFETCH(QString, dest);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        const auto t = models::SshTunnels::parseDestination(dest, {});
        if (port < 0) {
            QVERIFY(!t);
            QVERIFY(!t.error().message.isEmpty());
            return;
        }
        QVERIFY2(t, qPrintable(t.error().message));
        QCOMPARE(t->user, user);
        QCOMPARE(t->host, host);
        QCOMPARE(int(t->port), port);
    }

    void theDialogOffersTheTunnelForVncAndSpice()
    {
        bool seen = false;
        QTimer::singleShot(100, this, [this, &seen] {
            auto *dlg = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dlg && dlg->objectName() == QLatin1String("directConsoleDialog"));
            auto *via = dlg->findChild<QLineEdit *>(QStringLiteral("sshVia"));
            auto *protocol = dlg->findChild<QComboBox *>();
            QVERIFY(via && protocol);
            QVERIFY(via->isEnabled());
            via->setText(QStringLiteral("root@hv-07"));
            QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
            QVERIFY(dlg->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/console-connect-dialog.png")));
            protocol->setCurrentText(QStringLiteral("SPICE"));
            QVERIFY(via->isEnabled());
            seen = true;
            dlg->reject();
        });
        m_win->findChild<QAction *>(QStringLiteral("directConsoleAction"))->trigger();
        QVERIFY(seen);
    }

    void vncThroughTheTunnelAsksTheHostKeyAndThePassword()
    {
        // Xvnc listens on loopback only: the tunnel reaches it "from the hypervisor".
        parts::prompter(*m_win)->setAnswer(QStringLiteral("ssh.hostKey"), true);
        auto *w = qobject_cast<ui::ConsoleWindow *>(
            m_win->openDirectConsole(QStringLiteral("VNC"), QStringLiteral("127.0.0.1"), m_xvnc.port(), {}, via()));
        QVERIFY(w);
        QVERIFY(w->windowTitle().contains(via()));
        // A wrong password is said, and Reconnect asks again.
        answerPasswordWith(QStringLiteral("nope"));
        QTRY_VERIFY_WITH_TIMEOUT(w->statusText().contains(QStringLiteral("password"), Qt::CaseInsensitive) &&
                                     w->statusText().startsWith(QStringLiteral("Cannot open")), 20000);
        QVERIFY(!connected(w));
        answerPasswordWith(QStringLiteral("tunnelpw"));
        QMetaObject::invokeMethod(w->findChild<QWidget *>(QStringLiteral("consoleReconnect")), "click");
        QTRY_VERIFY_WITH_TIMEOUT(connected(w), 20000);
        QCOMPARE(w->client()->framebuffer().size(), QSize(800, 600));
        QVERIFY(!w->overlayVisible());
        // The host key was recorded in the test's known_hosts on the way.
        QFile kh(m_sshd->path("known_hosts"));
        QVERIFY(kh.open(QIODevice::ReadOnly));
        QVERIFY(kh.readAll().contains(QStringLiteral("[127.0.0.1]:%1").arg(m_sshd->port()).toUtf8()));
        QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
        w->resize(900, 720);
        QTest::qWait(300);
        QVERIFY(w->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/console-ssh.png")));
        // The frames flow through sshd: cutting its connections drops the console, which says
        // so and comes back over a fresh SSH connection (the kept password is reused).
        m_sshd->killConnections();
        QTRY_VERIFY_WITH_TIMEOUT(w->statusText().startsWith(QStringLiteral("Disconnected")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(connected(w), 20000);
        w->close();
    }

    void spiceThroughTheTunnel()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64")).isEmpty())
            QSKIP("qemu-system-x86_64 is not installed");
        // The guest's SPICE server listens on the hypervisor's loopback only.
        const quint16 spice = console::test::freeTcpPort();
        QProcess qemu;
        qemu.start(QStringLiteral("qemu-system-x86_64"),
                   {QStringLiteral("-display"), QStringLiteral("none"), QStringLiteral("-nodefaults"), QStringLiteral("-machine"),
                    QStringLiteral("accel=tcg"), QStringLiteral("-m"), QStringLiteral("64"), QStringLiteral("-vga"), QStringLiteral("qxl"),
                    QStringLiteral("-spice"), QStringLiteral("port=%1,addr=127.0.0.1,disable-ticketing=on").arg(spice)});
        QVERIFY(qemu.waitForStarted(5000) && console::test::waitForTcpPort(spice, 15000));
        parts::prompter(*m_win)->setAnswer(QStringLiteral("ssh.hostKey"), true);
        auto *w = qobject_cast<ui::ConsoleWindow *>(
            m_win->openDirectConsole(QStringLiteral("SPICE"), QStringLiteral("127.0.0.1"), spice, {}, via()));
        QVERIFY(w);
        QVERIFY(w->windowTitle().contains(via()));
        QTRY_VERIFY_WITH_TIMEOUT(w->client()->state() == console::RemoteSession::State::Connected && !w->client()->framebuffer().isNull(),
                                 30000);
        QVERIFY(w->client()->framebuffer().width() >= 640);
        // Everything goes through sshd: cutting its connections ends the session, in words, and
        // it comes back over a fresh SSH connection.
        m_sshd->killConnections();
        QTRY_VERIFY_WITH_TIMEOUT(w->statusText().startsWith(QStringLiteral("Disconnected")), 20000);
        QVERIFY2(w->statusText().contains(QStringLiteral("reconnecting")), qPrintable(w->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(w->client()->state() == console::RemoteSession::State::Connected && !w->client()->framebuffer().isNull(),
                                 30000);
        w->close();
        // A SPICE port nobody listens on: the tunnel's refusal is said.
        const quint16 closed = console::test::freeTcpPort();
        auto *w2 = qobject_cast<ui::ConsoleWindow *>(
            m_win->openDirectConsole(QStringLiteral("SPICE"), QStringLiteral("127.0.0.1"), closed, {}, via()));
        QTRY_VERIFY_WITH_TIMEOUT(w2->statusText().contains(QStringLiteral("could not reach 127.0.0.1:%1").arg(closed)), 20000);
        // The session is torn down just after the error is said.
        QTRY_COMPARE(w2->client()->state(), console::RemoteSession::State::Disconnected);
        QTest::qWait(2500); // never up: not retried
        QVERIFY(!w2->statusText().contains(QStringLiteral("reconnecting")));
        QCOMPARE(w2->client()->state(), console::RemoteSession::State::Disconnected);
        w2->close();
        qemu.kill();
        qemu.waitForFinished(3000);
    }

    void aClosedVncPortIsSaidAndNotRetriedForever()
    {
        const quint16 closed = console::test::freeTcpPort();
        auto *w = qobject_cast<ui::ConsoleWindow *>(
            m_win->openDirectConsole(QStringLiteral("VNC"), QStringLiteral("127.0.0.1"), closed, QStringLiteral("x"), via()));
        QTRY_VERIFY_WITH_TIMEOUT(w->statusText().contains(QStringLiteral("could not reach 127.0.0.1:%1").arg(closed)), 20000);
        QVERIFY(w->statusText().startsWith(QStringLiteral("Cannot open the console")));
        w->close();
    }

    void aChangedHostKeyIsRefused()
    {
        // The host now answers with another key: known_hosts still holds the old one.
        m_win.reset(); // drop the kept session so the next console connects afresh
        m_sshd->stop();
        VERIFY_OK(SshdProcess::keygen(m_sshd->path("hostkey2")));
        VERIFY_OK(m_sshd->start(m_sshd->path("hostkey2"), m_sshd->path("authorized_keys"), m_sshd->port()));
        m_win = std::make_unique<ui::MainWindow>();
        parts::sshTunnels(*m_win)->setTargetTemplate(m_sshd->target());
        // Even a trusting answer must not let a changed key through
        parts::prompter(*m_win)->setAnswer(QStringLiteral("ssh.hostKey"), true);
        auto *w = qobject_cast<ui::ConsoleWindow *>(
            m_win->openDirectConsole(QStringLiteral("VNC"), QStringLiteral("127.0.0.1"), m_xvnc.port(), QStringLiteral("tunnelpw"), via()));
        QTRY_VERIFY_WITH_TIMEOUT(w->statusText().contains(QStringLiteral("changed"), Qt::CaseInsensitive), 20000);
        QVERIFY(!connected(w));
        QTest::qWait(2500); // a hard failure: no reconnect countdown
        QVERIFY(!w->statusText().contains(QStringLiteral("reconnecting"), Qt::CaseInsensitive));
    }
};

QTEST_MAIN(TestConsoleSsh)
#include "test_consolessh.moc"
