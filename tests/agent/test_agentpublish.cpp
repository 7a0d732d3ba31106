// `drover-agent publish`, the agent as the DaemonSet runs it, against a real kube-apiserver
// (v1.20.2) set up from packaging/kubernetes alone: configured as in a pod (the ServiceAccount's
// token from the TokenRequest API, CA and namespace files, KUBERNETES_SERVICE_HOST/PORT,
// NODE_NAME), it writes the HostReport of its node with exactly the report `report --json`
// prints, owned by the Node; the next report replaces the status whole; a deleted report is made
// again; a wrong node name and a missing verb are said in words. And against drover-sim: a report
// a real agent published is left as it wrote it while the simulator's own ones move.
#include "ApiServer.h"
#include "Kubectl.h"
#include "SimProcess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace drover;

namespace {
QString tree(const char *name) { return qEnvironmentVariable("DROVER_TEST_DATA") + QStringLiteral("/agent/") + QLatin1String(name); }

struct Run
{
    int exitCode = -1;
    QString log;
};

// The report without what moves between two runs (when it was collected, the live sample).
QJsonObject stable(QJsonObject report)
{
    report.remove(QStringLiteral("collectedAt"));
    report.remove(QStringLiteral("sample"));
    return report;
}

QJsonObject reportOf(const QJsonObject &hostReport)
{
    return hostReport.value(QStringLiteral("status")).toObject().value(QStringLiteral("report")).toObject();
}
} // namespace

class TestAgentPublish : public QObject
{
    Q_OBJECT
    test::ApiServer m_api;
    QTemporaryDir m_pod; // the pod's /var/run/secrets/kubernetes.io/serviceaccount
    QString m_nodeUid;

    QProcessEnvironment podEnvironment(const QString &node) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("KUBECONFIG"));
        env.insert(QStringLiteral("HOME"), m_pod.path()); // no ~/.kube/config to fall back on
        env.insert(QStringLiteral("KUBERNETES_SERVICE_HOST"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("KUBERNETES_SERVICE_PORT"), QString::number(QUrl(m_api.serverUrl()).port()));
        env.insert(QStringLiteral("NODE_NAME"), node);
        return env;
    }
    static void start(QProcess &p, const QStringList &args, const QProcessEnvironment &env)
    {
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(DROVER_AGENT_BIN), QStringList{QStringLiteral("publish")} + args);
    }
    Run publishOnce(const QStringList &args, const QString &node = QStringLiteral("nvme-b01"))
    {
        QProcess p;
        start(p, QStringList{QStringLiteral("--once"), QStringLiteral("--service-account-dir"), m_pod.path()} + args, podEnvironment(node));
        if (!p.waitForFinished(30000))
            p.kill();
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
    }
    QJsonObject printed(const char *machine)
    {
        QProcess p;
        p.start(QStringLiteral(DROVER_AGENT_BIN), {QStringLiteral("report"), QStringLiteral("--json"), QStringLiteral("--root"), tree(machine)});
        p.waitForFinished(30000);
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }
    QJsonObject hostReport(const QString &name = QStringLiteral("nvme-b01"))
    {
        return test::kubectlJson(m_api.kubeconfig(), {QStringLiteral("get"), QStringLiteral("hostreport"), name});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_api.start(), qPrintable(m_api.error()));
        QString rendered, out;
        QCOMPARE(m_api.kubectl({QStringLiteral("kustomize"), QStringLiteral(DROVER_MANIFESTS)}, &rendered), 0);
        rendered.replace(QStringLiteral("apiVersion: policy/v1\n"), QStringLiteral("apiVersion: policy/v1beta1\n")); // 1.20
        const int applied = m_api.kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, &out, rendered.toUtf8());
        QVERIFY2(applied == 0, qPrintable(out.section(QLatin1Char('\n'), -3))); // the refusal, not the accepted ones
        QVERIFY2(out.contains(QStringLiteral("daemonset.apps/drover-agent created")), qPrintable(out));
        QCOMPARE(m_api.kubectl({QStringLiteral("wait"), QStringLiteral("--for=condition=Established"), QStringLiteral("--timeout=30s"),
                                QStringLiteral("crd/hostreports.drover.io")}), 0);
        QVERIFY2(m_api.kubectl({QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")}, &out,
                               "apiVersion: v1\nkind: Node\nmetadata: {name: nvme-b01}\n") == 0, qPrintable(out));
        m_nodeUid = test::kubectlJson(m_api.kubeconfig(), {QStringLiteral("get"), QStringLiteral("node"), QStringLiteral("nvme-b01")})
                        .value(QStringLiteral("metadata")).toObject().value(QStringLiteral("uid")).toString();
        QVERIFY(!m_nodeUid.isEmpty());
        // The pod's service-account files: the agent's own token, the cluster's CA, its namespace.
        const QString token = m_api.serviceAccountToken(QStringLiteral("drover-system"), QStringLiteral("drover-agent"));
        QVERIFY2(!token.isEmpty(), qPrintable(m_api.error()));
        QVERIFY(QFile::copy(m_api.dir() + QStringLiteral("/ca.crt"), m_pod.filePath(QStringLiteral("ca.crt"))));
        for (const auto &[name, text] : {std::pair{QStringLiteral("token"), token}, std::pair{QStringLiteral("namespace"), QStringLiteral("drover-system")}}) {
            QFile f(m_pod.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
    }

    // What `report --json` prints is what lands in the HostReport, owned by the Node, readable
    // with kubectl's columns.
    void itPublishesTheReportItPrints()
    {
        const Run run = publishOnce({QStringLiteral("--root"), tree("epyc-samsung")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.log));
        QVERIFY2(run.log.contains(QStringLiteral("published HostReport nvme-b01: 2 NVMe controllers")), qPrintable(run.log));
        const QJsonObject hr = hostReport();
        QCOMPARE(stable(reportOf(hr)), stable(printed("epyc-samsung")));
        QVERIFY(!hr.value(QStringLiteral("status")).toObject().value(QStringLiteral("observedAt")).toString().isEmpty());
        const QJsonObject meta = hr.value(QStringLiteral("metadata")).toObject();
        const QJsonObject owner = meta.value(QStringLiteral("ownerReferences")).toArray().first().toObject();
        QCOMPARE(owner.value(QStringLiteral("kind")).toString(), QStringLiteral("Node"));
        QCOMPARE(owner.value(QStringLiteral("uid")).toString(), m_nodeUid);
        QCOMPARE(meta.value(QStringLiteral("labels")).toObject().value(QStringLiteral("app.kubernetes.io/managed-by")).toString(),
                 QStringLiteral("drover-agent"));
        QString out;
        QCOMPARE(m_api.kubectl({QStringLiteral("get"), QStringLiteral("hostreports")}, &out), 0);
        qInfo("%s", qPrintable(out.trimmed()));
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("NAME\\s+VENDOR\\s+PRODUCT\\s+CEPH\\s+OBSERVED\\s+AGE"))) &&
                     out.contains(QRegularExpression(QStringLiteral("nvme-b01\\s+Supermicro\\s+AS -1115CS-TNR\\s+HEALTH_OK"))),
                 qPrintable(out));
    }

    // Another machine's report on the same node replaces the status whole (a JSON patch of
    // /status): nothing of the first lingers, as a merge patch would leave keys behind.
    void theNextReportReplacesTheStatusWhole()
    {
        const Run run = publishOnce({QStringLiteral("--root"), tree("xeon-micron-failing")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.log));
        QCOMPARE(stable(reportOf(hostReport())), stable(printed("xeon-micron-failing")));
    }

    // Running (not --once): a report every interval; one deleted meanwhile is made again.
    void itKeepsPublishingAndMakesADeletedReportAgain()
    {
        QProcess agent;
        start(agent, {QStringLiteral("--interval"), QStringLiteral("300ms"), QStringLiteral("--root"), tree("epyc-samsung"),
                      QStringLiteral("--service-account-dir"), m_pod.path()}, podEnvironment(QStringLiteral("nvme-b01")));
        QString log;
        const auto published = [&] {
            log += QString::fromUtf8(agent.readAll());
            return log.count(QStringLiteral("published HostReport nvme-b01"));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(published() >= 2, qPrintable(log), 15000);
        QCOMPARE(m_api.kubectl({QStringLiteral("delete"), QStringLiteral("hostreport"), QStringLiteral("nvme-b01")}), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(published() >= 4 && log.contains(QStringLiteral("HostReport nvme-b01 is gone")), qPrintable(log), 15000);
        QCOMPARE(stable(reportOf(hostReport())), stable(printed("epyc-samsung")));
        agent.terminate();
        QVERIFY(agent.waitForFinished(5000));
    }

    void aWrongNodeIsSaid()
    {
        const Run run = publishOnce({QStringLiteral("--root"), tree("epyc-samsung")}, QStringLiteral("nvme-z99"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.log.contains(QStringLiteral("there is no Node named nvme-z99")), qPrintable(run.log));
    }

    // The manifests' ClusterRole without patch on hostreports/status: the agent says which right
    // it lacks, in words.
    void aMissingVerbIsSaid()
    {
        const QJsonArray rules = test::kubectlJson(m_api.kubeconfig(), {QStringLiteral("get"), QStringLiteral("clusterrole"), QStringLiteral("drover-agent")})
                                     .value(QStringLiteral("rules")).toArray();
        int rule = -1;
        for (int i = 0; i < rules.size() && rule < 0; ++i)
            rule = rules[i].toObject().value(QStringLiteral("resources")).toArray().contains(QStringLiteral("hostreports/status")) ? i : -1;
        QVERIFY(rule >= 0);
        QString out;
        QVERIFY2(m_api.kubectl({QStringLiteral("patch"), QStringLiteral("clusterrole"), QStringLiteral("drover-agent"), QStringLiteral("--type=json"),
                                QStringLiteral("-p=[{\"op\":\"remove\",\"path\":\"/rules/%1\"}]").arg(rule)}, &out) == 0, qPrintable(out));
        Run run;
        // RBAC changes reach the authorizer within a moment.
        QTRY_VERIFY_WITH_TIMEOUT((run = publishOnce({QStringLiteral("--root"), tree("epyc-samsung")})).exitCode == 1, 10000);
        qInfo("the agent said: %s", qPrintable(run.log.section(QLatin1Char('\n'), -2).trimmed()));
        QVERIFY2(run.log.contains(QStringLiteral("Your account may not patch")) && run.log.contains(QStringLiteral("hostreports")),
                 qPrintable(run.log));
    }

    // drover-sim: the agent's report stays as the agent wrote it; the simulator's own move on.
    void theSimulatorLeavesARealAgentsReportAlone()
    {
        test::SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--time-scale"), QStringLiteral("0"), QStringLiteral("--agent-samples"), QStringLiteral("100")}),
                 qPrintable(sim.error()));
        const QJsonArray nodes = test::kubectlJson(sim.kubeconfig(), {QStringLiteral("get"), QStringLiteral("nodes")}).value(QStringLiteral("items")).toArray();
        QVERIFY(nodes.size() >= 2);
        const QString mine = nodes[0].toObject().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        const QString other = nodes[1].toObject().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("KUBERNETES_SERVICE_HOST"));
        start(p, {QStringLiteral("--once"), QStringLiteral("--kubeconfig"), sim.kubeconfig(), QStringLiteral("--node"), mine,
                  QStringLiteral("--root"), tree("epyc-samsung")}, env);
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAll().constData());
        const auto get = [&](const QString &n) {
            return test::kubectlJson(sim.kubeconfig(), {QStringLiteral("get"), QStringLiteral("hostreport"), n});
        };
        const QJsonObject published = reportOf(get(mine));
        const QJsonObject otherBefore = reportOf(get(other));
        QCOMPARE(stable(published), stable(printed("epyc-samsung")));
        // The simulator's own reports move on: a new collectedAt (whole seconds) at least every
        // second. (The sample alone can stay the same for a while: its CPU figure is a bounded
        // random walk.) Each look is a kubectl run, slow under ASan on a loaded machine.
        QVERIFY(otherBefore.contains(QStringLiteral("collectedAt")));
        QTRY_VERIFY_WITH_TIMEOUT(reportOf(get(other)).value(QStringLiteral("collectedAt")) != otherBefore.value(QStringLiteral("collectedAt")),
                                 30000);
        QCOMPARE(reportOf(get(mine)), published);
    }
};

QTEST_GUILESS_MAIN(TestAgentPublish)
#include "test_agentpublish.moc"
