// The maintenance executor's Ceph gate on a real host path: SSH (a real sshd on loopback) to the
// real drover-agent, which asks a real single-node Ceph (Debian's mon/mgr/osd, mini-ceph.sh)
// `ceph osd ok-to-stop` for this host's OSDs. Every placement group there has its only copy on
// osd.0, so Ceph says no: the gate must bring back Ceph's EBUSY and its counts, not a guess;
// and a host it cannot reach is "unknown" with the reason, never "ok".
#include "CephGate.h"
#include "SshdProcess.h"

#include "VerifyOk.h"
#include <QElapsedTimer>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace drover;

class TestCephGate : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_script = QStringLiteral(DROVER_MINI_CEPH);
    QString m_cephConf;
    std::unique_ptr<ssh::testing::SshdProcess> m_sshd;

    reconcile::OkToStop ask(ops::CephGate &gate, const QString &host)
    {
        std::optional<reconcile::OkToStop> got;
        gate.ask(host, {}, this, [&](const reconcile::OkToStop &v) { got = v; });
        QElapsedTimer t;
        t.start();
        while (!got && t.elapsed() < 60000)
            QTest::qWait(50);
        return got.value_or(reconcile::OkToStop{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!ssh::testing::SshdProcess::available())
            QFAIL("/usr/sbin/sshd is missing: scripts/setup.sh installs openssh-server");
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        for (int attempt = 0; attempt < 2 && (attempt == 0 || p.exitCode() != 0); ++attempt) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            const quint16 port = probe.serverPort();
            probe.close();
            p.start(m_script, {QStringLiteral("start"), m_dir.filePath(QStringLiteral("ceph%1").arg(attempt)), QString::number(port)});
            QVERIFY(p.waitForFinished(90000));
        }
        QVERIFY2(p.exitCode() == 0, "mini-ceph did not start");
        m_cephConf = QString::fromLocal8Bit(p.readAllStandardOutput().trimmed());
        m_sshd = std::make_unique<ssh::testing::SshdProcess>(m_dir.path());
        VERIFY_OK(m_sshd->startWithFreshKeys());
        // sshd passes no environment: the host's agent finds its cluster as a real host would,
        // here through a wrapper that names the mini cluster's ceph.conf.
        QFile w(m_dir.filePath(QStringLiteral("drover-agent")));
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write(QStringLiteral("#!/bin/sh\nCEPH_CONF='%1' exec '%2' \"$@\"\n").arg(m_cephConf, QStringLiteral(DROVER_AGENT_BIN)).toUtf8());
        w.close();
        QVERIFY(w.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    void cleanupTestCase()
    {
        m_sshd.reset();
        for (const char *d : {"ceph0", "ceph1"})
            QProcess::execute(m_script, {QStringLiteral("stop"), m_dir.filePath(QLatin1String(d))});
    }

    void cephSaysNoOverSsh()
    {
        ops::AgentCephGate gate;
        gate.setTargetTemplate(m_sshd->target());
        gate.setAgentPath(m_dir.filePath(QStringLiteral("drover-agent")));
        gate.setAddressOf([this](const QString &) { return QStringLiteral("127.0.0.1:%1").arg(m_sshd->port()); });
        ssh::SshPrompts prompts;
        prompts.hostKey = [](const ssh::HostKeyCheck &, std::function<void(bool)> answer) { answer(true); };
        gate.setPrompts(prompts);
        const QString host = QHostInfo::localHostName();
        reconcile::OkToStop v;
        QElapsedTimer t;
        t.start();
        // EAGAIN (11) until the manager has the PGs' stats. A CLI that could not reach the monitor
        // in time is no answer (unknown, with the CLI's words): the executor asks again, so does this.
        const auto settled = [&] {
            v = ask(gate, host);
            if (!v.known)
                qInfo("no verdict yet: %s", qPrintable(v.message));
            return v.known && v.exitStatus != 11;
        };
        while (!settled() && t.elapsed() < 60000)
            QTest::qWait(500);
        QVERIFY2(v.known, qPrintable(v.message));
        QVERIFY(!v.ok);
        QVERIFY2(v.exitStatus == 16, qPrintable(QStringLiteral("exit status %1: %2").arg(v.exitStatus).arg(v.message)));
        QCOMPARE(v.osds, QList<int>{0});
        QVERIFY2(v.numNotOkPgs > 0, qPrintable(v.message));
        QVERIFY(!v.badBecomeInactive.isEmpty());
        QVERIFY2(v.message.contains(QStringLiteral("unsafe to stop")), qPrintable(v.message));
        // A host without OSDs may stop, over the same kept connection.
        // Finding no OSDs asks the CLI too, which may time out on a loaded machine: again, ask again.
        reconcile::OkToStop none;
        t.restart();
        do {
            none = ask(gate, QStringLiteral("not-this-host"));
            if (!none.known)
                qInfo("no verdict yet: %s", qPrintable(none.message));
        } while (!none.known && t.elapsed() < 60000 && (QTest::qWait(500), true));
        QVERIFY2(none.known && none.ok, qPrintable(none.message));
    }

    // What the agent prints when the ceph CLI gave no verdict (here: the monitors unreachable) is
    // unknown, never "Ceph says no" with made-up counts; its own failures likewise.
    void noVerdictIsUnknown()
    {
        const reconcile::OkToStop timedOut = ops::okToStopFromAgentJson(QJsonObject{
            {QStringLiteral("okToStop"), false}, {QStringLiteral("exitStatus"), 1}, {QStringLiteral("osds"), QJsonArray{0}},
            {QStringLiteral("message"), QStringLiteral("[errno 110] RADOS timed out (error connecting to the cluster)")}});
        QVERIFY(!timedOut.known && !timedOut.ok);
        QCOMPARE(timedOut.message, QStringLiteral("Ceph gave no answer (exit status 1): [errno 110] RADOS timed out (error connecting to the cluster)"));
        const reconcile::OkToStop noCluster = ops::okToStopFromAgentJson(QJsonObject{
            {QStringLiteral("okToStop"), false}, {QStringLiteral("exitStatus"), 2},
            {QStringLiteral("error"), QStringLiteral("no Ceph cluster is configured on this host")}});
        QVERIFY(!noCluster.known);
        const reconcile::OkToStop busy = ops::okToStopFromAgentJson(QJsonObject{
            {QStringLiteral("okToStop"), false}, {QStringLiteral("exitStatus"), 16}, {QStringLiteral("numNotOkPgs"), 9}});
        QVERIFY(busy.known && !busy.ok);
        QCOMPARE(busy.numNotOkPgs, 9);
        QVERIFY(ops::okToStopFromAgentJson(QJsonObject{{QStringLiteral("okToStop"), true}, {QStringLiteral("exitStatus"), 0}}).ok);
    }

    void unreachableIsUnknownNeverOk()
    {
        ops::AgentCephGate gate;
        ssh::SshTarget t = m_sshd->target();
        t.connectTimeoutMs = 3000;
        gate.setTargetTemplate(t);
        gate.setAddressOf([](const QString &) {
            return QStringLiteral("127.0.0.1:%1").arg(ssh::testing::SshdProcess::freePort()); // nothing listens
        });
        const reconcile::OkToStop v = ask(gate, QStringLiteral("nvme-x01"));
        QVERIFY(!v.known);
        QVERIFY(!v.ok);
        QVERIFY2(v.message.contains(QStringLiteral("nvme-x01")), qPrintable(v.message));
        // And a host the admin has no address for.
        gate.setAddressOf([](const QString &) { return QString(); });
        const reconcile::OkToStop none = ask(gate, QStringLiteral("nvme-x02"));
        QVERIFY(!none.known && !none.ok);
    }
};

QTEST_GUILESS_MAIN(TestCephGate)
#include "test_cephgate.moc"
