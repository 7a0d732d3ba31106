// SshSession::exec and openTunnel against a real sshd: exit status, stdout/stderr, binary
// output, a killed command, the output cap, a server that dies mid-stream, and direct-tcpip
// tunnels carrying bytes both ways over a socketpair fd.
#include "SshSession.h"
#include "SshdProcess.h"

#include "VerifyOk.h"
#include <QElapsedTimer>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using drover::Result;
using namespace drover::ssh;
using namespace drover::ssh::testing;

namespace {
Result<ExecResult, SshFailure> run(SshSession &s, const QString &cmd, qint64 cap = SshSession::kDefaultMaxOutput,
                                   int timeoutMs = SshSession::kDefaultExecTimeoutMs)
{
    return await<ExecResult>([&](QObject *ctx, auto done) { s.exec(cmd, ctx, done, cap, timeoutMs); });
}
Result<SshTunnel, SshFailure> tunnel(SshSession &s, quint16 port)
{
    return await<SshTunnel>([&](QObject *ctx, auto done) { s.openTunnel(QStringLiteral("127.0.0.1"), port, ctx, done); });
}
} // namespace

class TestSshExec : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<SshdProcess> m_sshd;
    std::unique_ptr<SshSession> m_session;

    bool connectSession(SshSession &s)
    {
        SshPrompts p;
        p.hostKey = [](const HostKeyCheck &, std::function<void(bool)> answer) { answer(true); };
        s.setPrompts(p);
        const auto r = await<SshConnectionInfo>([&](QObject *ctx, auto done) { s.connectToHost(m_sshd->target(), ctx, done); });
        if (!r.ok())
            qWarning("%s", qPrintable(r.error().message));
        return r.ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!SshdProcess::available())
            QSKIP("/usr/sbin/sshd is not installed (Debian package openssh-server)");
        QVERIFY(m_dir.isValid());
        m_sshd = std::make_unique<SshdProcess>(m_dir.path());
        VERIFY_OK(m_sshd->startWithFreshKeys());
        m_session = std::make_unique<SshSession>();
        QVERIFY(connectSession(*m_session));
    }
    void cleanupTestCase() { m_session.reset(); }

    void exec_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QByteArray>("err");
        QTest::newRow("json on stdout") << R"(printf '{"ok":true,"n":%d}\n' 42)" << 0
                                        << QByteArray("{\"ok\":true,\"n\":42}\n") << QByteArray();
        const QString fixture = qEnvironmentVariable("DROVER_TEST_DATA") + QStringLiteral("/ssh/report.json");
        QFile f(fixture);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QTest::newRow("cat a fixture") << QStringLiteral("cat '%1'").arg(fixture) << 0 << f.readAll() << QByteArray();
        QTest::newRow("exit 3 with stderr") << "echo oops >&2; exit 3" << 3 << QByteArray() << QByteArray("oops\n");
        QTest::newRow("binary bytes") << R"(printf '\000\377\376\001\033[2J')" << 0
                                      << QByteArray("\x00\xff\xfe\x01\x1b[2J", 8) << QByteArray();
        QTest::newRow("both streams, 3 MB") << "head -c 3000000 /dev/zero; head -c 1000000 /dev/zero >&2" << 0
                                            << QByteArray(3000000, '\0') << QByteArray(1000000, '\0');
    }
    void exec()
    {
        QFETCH(QString, command);
        const auto r = run(*m_session, command);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QTEST(r->exitStatus, "status");
        QTEST(r->stdOut, "out");
        QTEST(r->stdErr, "err");
        QVERIFY(r->exitSignal.isEmpty());
    }

    void randomJunkArrivesIntact()
    {
        const QString file = m_sshd->path("junk.bin");
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray junk;
        for (int i = 0; i < 500000; ++i)
            junk += char((uint(i) * 7919u + uint(i) / 3u) & 0xffu);
        f.write(junk);
        f.close();
        const auto r = run(*m_session, QStringLiteral("cat '%1'").arg(file));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->stdOut.size(), junk.size());
        QVERIFY(r->stdOut == junk);
    }

    void killedCommandReportsTheSignal()
    {
        const auto r = run(*m_session, QStringLiteral("echo started; kill -9 $$"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->exitSignal, QStringLiteral("KILL"));
        QCOMPARE(r->exitStatus, -1);
        QCOMPARE(r->stdOut, QByteArray("started\n"));
    }

    void outputCapIsEnforcedAndTheSessionSurvives()
    {
        const auto r = run(*m_session, QStringLiteral("head -c 5000000 /dev/zero"), 1024 * 1024);
        QCOMPARE(r.error().kind, SshError::OutputTooLarge);
        QVERIFY2(r.error().message.contains(QStringLiteral("more than 1 MiB")), qPrintable(r.error().message));
        const auto after = run(*m_session, QStringLiteral("echo still here"));
        QVERIFY2(after.ok(), qPrintable(after.error().message));
        QCOMPARE(after->stdOut, QByteArray("still here\n"));
    }

    void slowCommandTimesOut()
    {
        const auto r = run(*m_session, QStringLiteral("echo partial; sleep 4"), SshSession::kDefaultMaxOutput, 1000);
        QCOMPARE(r.error().kind, SshError::Timeout);
        QVERIFY2(r.error().message.contains(QStringLiteral("did not finish within 1 s")), qPrintable(r.error().message));
        QVERIFY(run(*m_session, QStringLiteral("true")).ok());
    }

    void destroyingTheSessionMidCommandIsSafe()
    {
        auto s = std::make_unique<SshSession>();
        QVERIFY(connectSession(*s));
        bool called = false;
        QObject ctx;
        s->exec(QStringLiteral("sleep 4"), &ctx, [&called](const Result<ExecResult, SshFailure> &) { called = true; });
        QTest::qWait(300);
        QElapsedTimer t;
        t.start();
        s.reset();
        QVERIFY2(t.elapsed() < 5000, "destruction waited for the command");
        QTest::qWait(50);
        QVERIFY(!called); // undelivered results are dropped with the session
    }

    void serverDyingMidStreamIsAnError()
    {
        SshSession s;
        QVERIFY(connectSession(s));
        QSignalSpy states(&s, &SshSession::stateChanged);
        // $PPID is the sshd process serving this connection: the link drops mid-output.
        const auto r = run(s, QStringLiteral("head -c 100000 /dev/zero; sleep 0.3; kill -9 $PPID; sleep 1"));
        QCOMPARE(r.error().kind, SshError::Closed);
        QVERIFY2(r.error().message.contains(QStringLiteral("lost")), qPrintable(r.error().message));
        QTRY_COMPARE(s.state(), SshState::Disconnected);
        const auto next = run(s, QStringLiteral("true"));
        QCOMPARE(next.error().kind, SshError::NotConnected);
    }

    void idleDropIsNoticedByKeepalive()
    {
        SshdProcess other(m_dir.path());
        VERIFY_OK(other.start(m_sshd->path("hostkey"), m_sshd->path("authorized_keys"), 0));
        SshSession s;
        SshPrompts p;
        p.hostKey = [](const HostKeyCheck &, std::function<void(bool)> answer) { answer(true); };
        s.setPrompts(p);
        SshTarget t = m_sshd->target();
        t.port = other.port();
        t.keepaliveSeconds = 1;
        QVERIFY(await<SshConnectionInfo>([&](QObject *ctx, auto done) { s.connectToHost(t, ctx, done); }).ok());
        QSignalSpy states(&s, &SshSession::stateChanged);
        other.killConnections();
        QTRY_VERIFY_WITH_TIMEOUT(s.state() == SshState::Disconnected, 15000);
        QVERIFY(states.last().at(1).toString().contains(QStringLiteral("keepalive")));
    }

    void tunnelCarriesBytesBothWays()
    {
        QTcpServer echo;
        QVERIFY(echo.listen(QHostAddress::LocalHost));
        connect(&echo, &QTcpServer::newConnection, &echo, [&echo] {
            QTcpSocket *c = echo.nextPendingConnection();
            connect(c, &QTcpSocket::readyRead, c, [c] { c->write(c->readAll().toUpper()); });
        });
        const auto t = tunnel(*m_session, echo.serverPort());
        QVERIFY2(t.ok(), qPrintable(t.error().message));
        QLocalSocket sock;
        QVERIFY(sock.setSocketDescriptor(t->fd));
        QByteArray big(300000, 'x');
        sock.write("hello through ssh ");
        sock.write(big);
        QByteArray got;
        const QByteArray want = QByteArray("HELLO THROUGH SSH ") + QByteArray(300000, 'X');
        QTRY_VERIFY_WITH_TIMEOUT((got += sock.readAll()).size() >= want.size(), 30000);
        QCOMPARE(got, want);
        // Exec keeps working while a tunnel is open.
        const auto r = run(*m_session, QStringLiteral("echo side by side"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        // Closing our end closes the channel, and the far side sees the connection end.
        QTcpSocket *far = echo.findChild<QTcpSocket *>();
        QVERIFY(far);
        QSignalSpy farGone(far, &QTcpSocket::disconnected);
        sock.close();
        QTRY_VERIFY_WITH_TIMEOUT(farGone.count() > 0 || far->state() == QAbstractSocket::UnconnectedState, 30000);
    }

    void tunnelToSshdReadsItsBanner()
    {
        const auto t = tunnel(*m_session, m_sshd->port());
        QVERIFY2(t.ok(), qPrintable(t.error().message));
        QLocalSocket sock;
        QVERIFY(sock.setSocketDescriptor(t->fd));
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += sock.readAll()).contains('\n'), 30000);
        QVERIFY2(got.startsWith("SSH-2.0-"), got.constData());
    }

    void tunnelToAClosedPortFails()
    {
        const auto t = tunnel(*m_session, SshdProcess::freePort());
        QCOMPARE(t.error().kind, SshError::Channel);
        QVERIFY2(t.error().message.contains(QStringLiteral("refused to forward")), qPrintable(t.error().message));
        QVERIFY(run(*m_session, QStringLiteral("true")).ok());
    }
};

QTEST_GUILESS_MAIN(TestSshExec)
#include "test_sshexec.moc"
