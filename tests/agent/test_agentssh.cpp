// The GUI's path to a host: SSH to a real sshd (started here with its own keys), run the real
// drover-agent there, and get its report — plus what a broken agent on the far side looks like.
#include "SshSession.h"
#include "SshdProcess.h"

#include "VerifyOk.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using drover::Result;
using namespace drover::ssh;
using namespace drover::ssh::testing;

class TestAgentSsh : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<SshdProcess> m_sshd;
    std::unique_ptr<SshSession> m_session;

    Result<ExecResult, SshFailure> run(const QString &cmd)
    {
        return await<ExecResult>([&](QObject *ctx, auto done) { m_session->exec(cmd, ctx, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!SshdProcess::available())
            QSKIP("/usr/sbin/sshd is not installed (Debian package openssh-server)");
        m_sshd = std::make_unique<SshdProcess>(m_dir.path());
        VERIFY_OK(m_sshd->startWithFreshKeys());
        m_session = std::make_unique<SshSession>();
        SshPrompts p;
        p.hostKey = [](const HostKeyCheck &, std::function<void(bool)> answer) { answer(true); };
        m_session->setPrompts(p);
        const auto c = await<SshConnectionInfo>([&](QObject *ctx, auto done) { m_session->connectToHost(m_sshd->target(), ctx, done); });
        QVERIFY2(c.ok(), qPrintable(c.error().message));
    }
    void cleanupTestCase() { m_session.reset(); }

    void reportFetchedOverSsh()
    {
        const QString tree = qEnvironmentVariable("DROVER_TEST_DATA") + QStringLiteral("/agent/xeon-micron-failing");
        const auto r = run(QStringLiteral("'%1' report --json --root '%2'").arg(QStringLiteral(DROVER_AGENT_BIN), tree));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->exitStatus, 0);
        QJsonParseError err{};
        const QJsonObject rep = QJsonDocument::fromJson(r->stdOut, &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(rep[QStringLiteral("host")].toString(), QStringLiteral("nvme-b02"));
        QCOMPARE(rep[QStringLiteral("nvme")][QStringLiteral("controllers")][1][QStringLiteral("health")][QStringLiteral("criticalWarning")].toInt(), 5);
        // The live machine's report too.
        const auto live = run(QStringLiteral("'%1' report --json").arg(QStringLiteral(DROVER_AGENT_BIN)));
        QVERIFY(live.ok());
        QCOMPARE(QJsonDocument::fromJson(live->stdOut).object()[QStringLiteral("schema")].toString(),
                 QStringLiteral("drover.io/agent-report/v1"));
    }

    void aMissingOrBrokenAgentIsSaid()
    {
        const auto missing = run(QStringLiteral("/nonexistent/drover-agent report --json"));
        QVERIFY(missing.ok()); // the transport worked: the command did not
        QCOMPARE(missing->exitStatus, 127);
        QVERIFY(missing->stdErr.contains("No such file"));
        const auto garbage = run(QStringLiteral("head -c 4096 /dev/urandom"));
        QVERIFY(garbage.ok());
        QJsonParseError err{};
        QJsonDocument::fromJson(garbage->stdOut, &err);
        QVERIFY(err.error != QJsonParseError::NoError); // what the GUI reports as "not a report"
    }
};

QTEST_GUILESS_MAIN(TestAgentSsh)
#include "test_agentssh.moc"
