// SshSession against a real sshd on loopback: host keys (unknown, accepted, changed), the
// authentication paths (key, passphrase once, wrong passphrase, refused key, ssh-agent) and
// peers that are not SSH servers at all.
#include "SshSession.h"
#include "SshdProcess.h"

#include "VerifyOk.h"
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using drover::Result;
using namespace drover::ssh;
using namespace drover::ssh::testing;

namespace {
using Connected = Result<SshConnectionInfo, SshFailure>;
Connected connectTo(SshSession &s, const SshTarget &t)
{
    return await<SshConnectionInfo>([&](QObject *ctx, auto done) { s.connectToHost(t, ctx, done); });
}
SshPrompts acceptingHostKeys(int *asked = nullptr, HostKeyCheck *seen = nullptr)
{
    SshPrompts p;
    p.hostKey = [asked, seen](const HostKeyCheck &c, std::function<void(bool)> answer) {
        if (asked)
            ++*asked;
        if (seen)
            *seen = c;
        answer(true);
    };
    return p;
}
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestSshSession : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<SshdProcess> m_sshd;

private Q_SLOTS:
    void initTestCase()
    {
        if (!SshdProcess::available())
            QSKIP("/usr/sbin/sshd is not installed (Debian package openssh-server)");
        QVERIFY(m_dir.isValid());
        m_sshd = std::make_unique<SshdProcess>(m_dir.path());
        VERIFY_OK(m_sshd->startWithFreshKeys());
    }
    void init() { QFile::remove(m_sshd->path("known_hosts")); }

    void unknownHostKeyIsAskedThenRecorded()
    {
        int asked = 0;
        HostKeyCheck seen;
        SshSession s;
        s.setPrompts(acceptingHostKeys(&asked, &seen));
        QSignalSpy states(&s, &SshSession::stateChanged);
        const auto r = connectTo(s, m_sshd->target());
        QVERIFY2(r.ok(), qPrintable(r.error().message + QStringLiteral("\nsshd: ") + m_sshd->log()));
        QCOMPARE(asked, 1);
        QCOMPARE(seen.status, HostKeyStatus::Unknown);
        QCOMPARE(seen.fingerprint, SshdProcess::fingerprint(m_sshd->path("hostkey.pub")));
        QCOMPARE(seen.keyType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(seen.host, QStringLiteral("[127.0.0.1]:%1").arg(m_sshd->port()));
        QCOMPARE(r->hostKeyFingerprint, seen.fingerprint);
        QVERIFY2(r->authMethod.startsWith(QStringLiteral("publickey ")) && r->authMethod.endsWith(QStringLiteral("/userkey")),
                 qPrintable(r->authMethod));
        QCOMPARE(states.last().at(0).value<SshState>(), SshState::Connected);
        QVERIFY(readFile(m_sshd->path("known_hosts")).startsWith(QStringLiteral("[127.0.0.1]:%1 ssh-ed25519 ").arg(m_sshd->port()).toUtf8()));

        SshSession again;
        again.setPrompts(acceptingHostKeys(&asked));
        QVERIFY(connectTo(again, m_sshd->target()).ok());
        QCOMPARE(asked, 1); // recorded: the second connect matched silently
    }

    void hashedKnownHostsEntryMatches()
    {
        SshSession s;
        s.setPrompts(acceptingHostKeys());
        QVERIFY(connectTo(s, m_sshd->target()).ok());
        QProcess hash;
        hash.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), m_sshd->path("known_hosts")});
        QVERIFY(hash.waitForFinished(30000));
        QVERIFY(readFile(m_sshd->path("known_hosts")).startsWith("|1|"));
        SshSession again; // no prompts: an unknown key would be refused
        const auto r = connectTo(again, m_sshd->target());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
    }

    void unknownHostKeyIsRefusedByDefault()
    {
        SshSession s;
        const auto r = connectTo(s, m_sshd->target());
        QCOMPARE(r.error().kind, SshError::HostKeyUnknown);
        QVERIFY2(r.error().message.contains(SshdProcess::fingerprint(m_sshd->path("hostkey.pub"))),
                 qPrintable(r.error().message));
        QVERIFY(!QFile::exists(m_sshd->path("known_hosts")));
        QCOMPARE(s.state(), SshState::Disconnected);
    }

    void changedHostKeyIsRefusedLoudly()
    {
        SshdProcess other(m_dir.path());
        QVERIFY(SshdProcess::keygen(m_sshd->path("hostkey2")));
        VERIFY_OK(other.start(m_sshd->path("hostkey"), m_sshd->path("authorized_keys"), 0));
        {
            SshSession s;
            s.setPrompts(acceptingHostKeys());
            QVERIFY(connectTo(s, m_sshd->target()).ok()); // a line for the fixture's port first
            SshTarget t = m_sshd->target();
            t.port = other.port();
            QVERIFY(connectTo(s, t).ok());
        }
        const quint16 port = other.port();
        other.stop();
        VERIFY_OK(other.start(m_sshd->path("hostkey2"), m_sshd->path("authorized_keys"), port));
        int asked = 0;
        SshSession s;
        s.setPrompts(acceptingHostKeys(&asked));
        SshTarget t = m_sshd->target();
        t.port = port;
        const auto r = connectTo(s, t);
        QCOMPARE(r.error().kind, SshError::HostKeyChanged);
        QCOMPARE(asked, 0); // never offered for acceptance
        QVERIFY2(r.error().message.contains(QStringLiteral("HAS CHANGED")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(SshdProcess::fingerprint(m_sshd->path("hostkey2.pub"))));
        QVERIFY(r.error().message.contains(SshdProcess::fingerprint(m_sshd->path("hostkey.pub"))));
        QVERIFY2(r.error().message.contains(m_sshd->path("known_hosts") + QStringLiteral(":2")), qPrintable(r.error().message));
    }

    void unansweredPromptIsCancelledByDisconnect()
    {
        SshSession s;
        bool asked = false;
        SshPrompts p;
        p.hostKey = [&asked](const HostKeyCheck &, std::function<void(bool)>) { asked = true; }; // never answers
        s.setPrompts(p);
        std::optional<Connected> got;
        QObject ctx;
        s.connectToHost(m_sshd->target(), &ctx, [&got](const Connected &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(asked, 30000);
        s.disconnectFromHost();
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 30000);
        QCOMPARE(got->error().kind, SshError::HostKeyUnknown);
        QVERIFY(!QFile::exists(m_sshd->path("known_hosts")));
    }

    void sessionDestroyedWhilePromptPending()
    {
        bool asked = false;
        std::function<void(bool)> late;
        {
            SshSession s;
            SshPrompts p;
            p.hostKey = [&](const HostKeyCheck &, std::function<void(bool)> answer) { asked = true; late = answer; };
            s.setPrompts(p);
            QObject ctx;
            s.connectToHost(m_sshd->target(), &ctx, [](const Connected &) { QFAIL("delivered after destruction"); });
            QTRY_VERIFY_WITH_TIMEOUT(asked, 30000);
        }
        late(true); // answering after the session is gone is harmless
        QTest::qWait(50);
    }

    void passphraseIsAskedOnce()
    {
        int asked = 0;
        SshPrompts p = acceptingHostKeys();
        p.passphrase = [&asked](const PassphraseRequest &req, std::function<void(std::optional<QString>)> answer) {
            ++asked;
            QVERIFY(!req.previousWasWrong);
            answer(QLatin1String(SshdProcess::kPassphrase));
        };
        SshSession s;
        s.setPrompts(p);
        auto r = connectTo(s, m_sshd->target("passkey"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        s.disconnectFromHost();
        r = connectTo(s, m_sshd->target("passkey"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(asked, 1);
    }

    void wrongPassphraseSaysSo()
    {
        SshPrompts p = acceptingHostKeys();
        p.passphrase = [](const PassphraseRequest &, std::function<void(std::optional<QString>)> answer) {
            answer(QStringLiteral("wrong"));
        };
        SshSession s;
        s.setPrompts(p);
        const auto r = connectTo(s, m_sshd->target("passkey"));
        QVERIFY2(r.error().kind == SshError::WrongPassphrase, qPrintable(r.error().message));
        // The key is named as the user knows it (~/... when under $HOME).
        QVERIFY2(r.error().message.startsWith(QStringLiteral("wrong passphrase for key ")) &&
                     r.error().message.endsWith(QStringLiteral("/passkey")),
                 qPrintable(r.error().message));
    }

    void refusedKeyIsNamed()
    {
        SshSession s;
        s.setPrompts(acceptingHostKeys());
        const auto r = connectTo(s, m_sshd->target("otherkey"));
        QCOMPARE(r.error().kind, SshError::AuthFailed);
        QVERIFY2(r.error().message.contains(QStringLiteral("refused all keys")), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(QStringLiteral("(tried: ")) &&
                     r.error().message.contains(QStringLiteral("/otherkey)")),
                 qPrintable(r.error().message));
    }

    void agentIsTriedFirst()
    {
        const QString sock = m_sshd->path("agent.sock");
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), sock});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(sock), 20000);
        QProcess add;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_AUTH_SOCK"), sock);
        add.setProcessEnvironment(env);
        add.start(QStringLiteral("ssh-add"), {m_sshd->path("userkey")});
        QVERIFY(add.waitForFinished(30000) && add.exitCode() == 0);
        const QByteArray old = qgetenv("SSH_AUTH_SOCK");
        qputenv("SSH_AUTH_SOCK", QFile::encodeName(sock));
        SshSession s;
        s.setPrompts(acceptingHostKeys());
        SshTarget t = m_sshd->target("otherkey"); // a refused file key: only the agent can work
        t.useAgent = true;
        const auto r = connectTo(s, t);
        if (old.isNull())
            qunsetenv("SSH_AUTH_SOCK");
        else
            qputenv("SSH_AUTH_SOCK", old);
        agent.kill();
        agent.waitForFinished();
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->authMethod, QStringLiteral("agent"));
    }

    void notAnSshServer_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("http") << QByteArray("HTTP/1.0 400 Bad Request\r\n\r\n\x00\xff\xfe junk", 33);
        QTest::newRow("banner then junk") << QByteArray("SSH-2.0-Fake\r\n") + QByteArray(4096, '\xee');
        QTest::newRow("silent close") << QByteArray();
    }
    void notAnSshServer()
    {
        QFETCH(QByteArray, reply);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server, reply] {
            QTcpSocket *c = server.nextPendingConnection();
            c->write(reply);
            c->disconnectFromHost();
        });
        SshSession s;
        s.setPrompts(acceptingHostKeys());
        SshTarget t = m_sshd->target();
        t.port = server.serverPort();
        t.ioTimeoutMs = 10000;
        const auto r = connectTo(s, t);
        QCOMPARE(r.error().kind, SshError::Protocol);
        QVERIFY2(r.error().message.contains(QStringLiteral("does not speak SSH")), qPrintable(r.error().message));
    }

    void refusedPortSaysSo()
    {
        SshSession s;
        SshTarget t = m_sshd->target();
        t.port = SshdProcess::freePort();
        const auto r = connectTo(s, t);
        QCOMPARE(r.error().kind, SshError::Refused);
        QCOMPARE(r.error().message, QStringLiteral("connection refused on 127.0.0.1:%1").arg(t.port));
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "test_sshsession.moc"
