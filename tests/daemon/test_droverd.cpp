// droverd replicas electing a leader on a real kube-apiserver (v1.20.2): exactly one leads; a
// SIGKILLed leader is replaced only after its lease has run out as the others saw it, and soon
// after; a SIGTERMed leader hands the Lease back and a replica in a pod (in-cluster token and CA)
// takes it at once; a replica without rights says so in words on /readyz. The safety counts are
// printed at the end (two leaders at once, leaderless seconds).
#include "ApiServer.h"
#include "DroverdProcess.h"
#include "SimProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace drover;

namespace {
using test::Replica;
using test::get;
using test::Http;
constexpr double kLease = test::kLease;
} // namespace

class TestDroverd : public QObject
{
    Q_OBJECT
    test::ApiServer m_api;
    int m_twoLeaders = 0;
    double m_leaderless = 0;

    QString leaseField(const QString &field)
    {
        QString out;
        m_api.kubectl({QStringLiteral("-n"), QStringLiteral("drover-system"), QStringLiteral("get"), QStringLiteral("lease"),
                       QStringLiteral("droverd"), QStringLiteral("-o"), QStringLiteral("jsonpath={.spec.%1}").arg(field)}, &out);
        return out.trimmed();
    }
    // Polls until `ok` or `ms`, counting samples where two replicas lead at once.
    bool waitFor(const std::function<bool()> &ok, int ms, const QList<Replica *> &all)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < ms) {
            int leading = 0;
            for (Replica *r : all)
                leading += r->leader() == 1 ? 1 : 0;
            m_twoLeaders += leading > 1 ? 1 : 0;
            if (ok())
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    // A kubeconfig for system:serviceaccount:drover-system:droverd (a TokenRequest; the apiserver
    // signs service-account tokens, nothing else makes them here).
    QString serviceAccountKubeconfig()
    {
        const QString token = m_api.serviceAccountToken(QStringLiteral("drover-system"), QStringLiteral("droverd"));
        QFile admin(m_api.kubeconfig());
        if (token.isEmpty() || !admin.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(admin.readAll());
        text.replace(test::ApiServer::token(QStringLiteral("admin")), token);
        const QString path = m_api.dir() + QStringLiteral("/droverd-sa.kubeconfig");
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_api.start(), qPrintable(m_api.error()));
        QCOMPARE(m_api.kubectl({QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("drover-system")}), 0);
    }

    void oneLeadsAndTheOtherTakesOverAfterAKill()
    {
        Replica a{QStringLiteral("droverd-a")};
        Replica b{QStringLiteral("droverd-b")};
        a.start({QStringLiteral("--kubeconfig"), m_api.kubeconfig()});
        b.start({QStringLiteral("--kubeconfig"), m_api.kubeconfig()});
        QVERIFY2(waitFor([&] { return a.leader() + b.leader() == 1; }, 15000, {&a, &b}), qPrintable(a.log() + b.log()));
        // Watch them for three lease renewals: never two.
        waitFor([] { return false; }, 1500, {&a, &b});
        Replica &leader = a.leader() == 1 ? a : b;
        Replica &other = a.leader() == 1 ? b : a;
        QCOMPARE(leaseField(QStringLiteral("holderIdentity")), leader.id);
        QCOMPARE(leaseField(QStringLiteral("leaseDurationSeconds")), QStringLiteral("4"));
        QVERIFY(leaseField(QStringLiteral("renewTime")).contains(QRegularExpression(QStringLiteral("\\.\\d{6}Z$"))));
        for (Replica *r : {&a, &b}) {
            QCOMPARE(get(r->port, QStringLiteral("/readyz")).status, 200);
            QCOMPARE(get(r->port, QStringLiteral("/healthz")).status, 200);
        }
        const QString transitions = leaseField(QStringLiteral("leaseTransitions"));

        ::kill(leader.process->processId(), SIGKILL);
        QElapsedTimer gone;
        gone.start();
        QVERIFY2(waitFor([&] { return other.leader() == 1; }, 15000, {&other}), qPrintable(other.log()));
        const double took = gone.elapsed() / 1000.0;
        m_leaderless += took;
        qInfo("the other replica led %.2f s after the kill (lease %.0f s)", took, kLease);
        // It waited for the lease as it saw it (last change seen at most ~0.6 s before the kill),
        // and took over within an attempt or two after.
        QVERIFY2(took > kLease - 1.0 && took < kLease + 2.5, qPrintable(QString::number(took)));
        QCOMPARE(leaseField(QStringLiteral("holderIdentity")), other.id);
        QCOMPARE(leaseField(QStringLiteral("leaseTransitions")).toInt(), transitions.toInt() + 1);
        QVERIFY(other.log().contains(other.id + QStringLiteral(" became leader")));
        other.process->terminate();
        QVERIFY(other.process->waitForFinished(10000));
    }

    // SIGTERM hands the Lease back (holder ""), and a replica configured as in a pod — token and
    // CA files, KUBERNETES_SERVICE_HOST/PORT, its namespace from the namespace file — leads at once.
    void aTerminatedLeaderHandsOverToAPod()
    {
        Replica a{QStringLiteral("droverd-c")};
        a.start({QStringLiteral("--kubeconfig"), m_api.kubeconfig()});
        QVERIFY2(waitFor([&] { return a.leader() == 1; }, 15000, {&a}), qPrintable(a.log()));
        a.process->terminate();
        QVERIFY(a.process->waitForFinished(10000));
        QCOMPARE(a.process->exitCode(), 0);
        QVERIFY(a.log().contains(QStringLiteral("released the lease")));
        QCOMPARE(leaseField(QStringLiteral("holderIdentity")), QString());

        QTemporaryDir sa;
        QVERIFY(QFile::copy(m_api.dir() + QStringLiteral("/ca.crt"), sa.filePath(QStringLiteral("ca.crt"))));
        for (const auto &[name, text] : {std::pair{QStringLiteral("token"), test::ApiServer::token(QStringLiteral("admin"))},
                                          std::pair{QStringLiteral("namespace"), QStringLiteral("drover-system")}}) {
            QFile f(sa.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("KUBECONFIG"));
        env.insert(QStringLiteral("KUBERNETES_SERVICE_HOST"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("KUBERNETES_SERVICE_PORT"), QUrl(m_api.serverUrl()).port() > 0 ? QString::number(QUrl(m_api.serverUrl()).port()) : QString());
        env.insert(QStringLiteral("HOME"), sa.path()); // no ~/.kube/config to fall back on
        Replica pod{QString()};
        pod.start({QStringLiteral("--service-account-dir"), sa.path()}, env);
        QElapsedTimer t;
        t.start();
        QVERIFY2(waitFor([&] { return pod.leader() == 1; }, 10000, {&pod}), qPrintable(pod.log()));
        QVERIFY2(t.elapsed() < 2500, qPrintable(QString::number(t.elapsed()))); // no lease to wait out
        const QString holder = leaseField(QStringLiteral("holderIdentity"));
        QVERIFY2(holder.contains(QStringLiteral("_")), qPrintable(holder)); // hostname_pid without --id or POD_NAME
        pod.process->terminate();
        QVERIFY(pod.process->waitForFinished(10000));
    }

    // alice may do nothing: /readyz says why, in words, and the log too.
    void withoutRightsItSaysWhich()
    {
        Replica r{QStringLiteral("droverd-alice")};
        r.start({QStringLiteral("--kubeconfig"), m_api.kubeconfig(QStringLiteral("alice"))});
        Http h;
        QVERIFY(waitFor([&] { return (h = get(r.port, QStringLiteral("/readyz"))).status == 503 && h.body.contains(QStringLiteral("lease")); }, 10000, {}));
        QVERIFY2(h.body.contains(QStringLiteral("forbidden"), Qt::CaseInsensitive) && h.body.contains(QStringLiteral("drover-system")), qPrintable(h.body));
        QCOMPARE(r.leader(), 0);
        QVERIFY2(waitFor([&] { return r.log().contains(QStringLiteral("lease drover-system/droverd: Your account may not")); }, 5000, {}),
                 qPrintable(r.log()));
        r.process->terminate();
        QVERIFY(r.process->waitForFinished(10000));
    }

    // packaging/kubernetes renders, the API server accepts it (a server-side dry run, then for
    // real), its CRDs validate what admins write and print readable columns, and droverd run with
    // nothing but the manifests' ServiceAccount and RBAC leads; without `update` on its Lease it
    // says which right it lacks.
    void theManifestsRunDroverdWithLeastPrivilege()
    {
        QString rendered;
        QCOMPARE(m_api.kubectl({QStringLiteral("kustomize"), QStringLiteral(DROVER_MANIFESTS)}, &rendered), 0);
        QCOMPARE(rendered.count(QRegularExpression(QStringLiteral("(?m)^kind: "))), 16);
        // This apiserver (1.20) serves PodDisruptionBudgets as policy/v1beta1 only; same fields.
        rendered.replace(QStringLiteral("apiVersion: policy/v1\n"), QStringLiteral("apiVersion: policy/v1beta1\n"));
        QString out;
        QVERIFY2(m_api.kubectl({QStringLiteral("apply"), QStringLiteral("--dry-run=server"), QStringLiteral("-f"), QStringLiteral("-")}, &out,
                               rendered.toUtf8()) == 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("deployment.apps/droverd created (server dry run)")) &&
                     out.contains(QStringLiteral("daemonset.apps/drover-agent created (server dry run)")), qPrintable(out));
        QVERIFY2(m_api.kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, &out, rendered.toUtf8()) == 0, qPrintable(out));
        QCOMPARE(m_api.kubectl({QStringLiteral("wait"), QStringLiteral("--for=condition=Established"), QStringLiteral("--timeout=30s"),
                                QStringLiteral("crd/hostmaintenances.drover.io"), QStringLiteral("crd/snapshotschedules.drover.io")}), 0);
        const QByteArray good = "apiVersion: drover.io/v1alpha1\nkind: HostMaintenance\nmetadata: {name: nvme-a01}\n"
                                "spec: {nodeName: nvme-a01, reason: DIMM swap, policy: Stop}\n";
        QVERIFY2(m_api.kubectl({QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")}, &out, good) == 0, qPrintable(out));
        const QByteArray bad = "apiVersion: drover.io/v1alpha1\nkind: HostMaintenance\nmetadata: {name: nvme-a02}\n"
                               "spec: {nodeName: nvme-a02, policy: Migrate}\n";
        QVERIFY(m_api.kubectl({QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")}, &out, bad) != 0);
        QVERIFY2(out.contains(QStringLiteral("spec.policy")) && out.contains(QStringLiteral("StopAndRestartAfter")), qPrintable(out));
        QCOMPARE(m_api.kubectl({QStringLiteral("get"), QStringLiteral("hostmaintenances")}, &out), 0);
        QVERIFY2(out.contains(QRegularExpression(QStringLiteral("NAME\\s+NODE\\s+POLICY\\s+PHASE"))) && out.contains(QStringLiteral("Stop")), qPrintable(out));

        // droverd as its ServiceAccount: a token from the TokenRequest API.
        m_api.kubectl({QStringLiteral("delete"), QStringLiteral("lease"), QStringLiteral("droverd"), QStringLiteral("-n"), QStringLiteral("drover-system")});
        const QString kubeconfig = serviceAccountKubeconfig();
        QVERIFY(!kubeconfig.isEmpty());
        Replica sa(QStringLiteral("droverd-sa"));
        sa.start({QStringLiteral("--kubeconfig"), kubeconfig});
        QVERIFY2(waitFor([&] { return sa.leader() == 1; }, 15000, {&sa}), qPrintable(sa.log()));
        sa.process->terminate();
        QVERIFY(sa.process->waitForFinished(10000));
        // One verb fewer: update on the Lease. It can read but never take it, and says so.
        QVERIFY(m_api.kubectl({QStringLiteral("-n"), QStringLiteral("drover-system"), QStringLiteral("patch"), QStringLiteral("role"),
                               QStringLiteral("droverd-leader-election"), QStringLiteral("--type=json"),
                               QStringLiteral("-p=[{\"op\":\"replace\",\"path\":\"/rules/1/verbs\",\"value\":[\"get\"]}]")}, &out) == 0);
        Replica less(QStringLiteral("droverd-less"));
        less.start({QStringLiteral("--kubeconfig"), kubeconfig});
        QVERIFY2(waitFor([&] { return less.log().contains(QStringLiteral("update")) && less.log().contains(QStringLiteral("forbidden"), Qt::CaseInsensitive); }, 15000, {&less}),
                 qPrintable(less.log()));
        for (const QString &line : less.log().split(QLatin1Char('\n')))
            if (line.contains(QStringLiteral("forbidden"), Qt::CaseInsensitive))
                qInfo("droverd said: %s", qPrintable(line));
        QCOMPARE(less.leader(), 0);
        less.process->terminate();
        QVERIFY(less.process->waitForFinished(10000));
    }

    // A schedule droverd may not carry out (the ClusterRole without `create` on snapshots): the
    // refusal in words in its log, in the schedule's Ready condition and in a Warning Event; with
    // the verb given back, the next pass takes the snapshot.
    void aRefusedVerbIsSaidOnTheIntent()
    {
        QString rendered, out;
        QCOMPARE(m_api.kubectl({QStringLiteral("kustomize"), QStringLiteral(DROVER_MANIFESTS)}, &rendered), 0);
        rendered.replace(QStringLiteral("apiVersion: policy/v1\n"), QStringLiteral("apiVersion: policy/v1beta1\n"));
        QVERIFY2(m_api.kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, &out, rendered.toUtf8()) == 0, qPrintable(out));
        QVERIFY2(m_api.installCrds(), qPrintable(m_api.error()));
        QCOMPARE(m_api.kubectl({QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("vms")}), 0);
        QVERIFY2(m_api.kubectl({QStringLiteral("-n"), QStringLiteral("vms"), QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")}, &out,
                               "apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata: {name: web-01}\n"
                               "spec: {runStrategy: Halted, template: {spec: {domain: {devices: {}}}}}\n"
                               "---\napiVersion: drover.io/v1alpha1\nkind: SnapshotSchedule\nmetadata: {name: web-minutely}\n"
                               "spec: {schedule: '* * * * *', vmNames: [web-01], retention: {keepLast: 2}}\n") == 0, qPrintable(out));
        // The snapshots rule of the ClusterRole, without create.
        const QJsonArray rules = test::kubectlJson(m_api.kubeconfig(), {QStringLiteral("get"), QStringLiteral("clusterrole"), QStringLiteral("droverd")}).value(QStringLiteral("rules")).toArray();
        int rule = -1;
        for (int i = 0; i < rules.size() && rule < 0; ++i)
            rule = rules[i].toObject().value(QStringLiteral("resources")).toArray().contains(QStringLiteral("virtualmachinesnapshots")) ? i : -1;
        QVERIFY(rule >= 0);
        QVERIFY(m_api.kubectl({QStringLiteral("patch"), QStringLiteral("clusterrole"), QStringLiteral("droverd"), QStringLiteral("--type=json"),
                               QStringLiteral("-p=[{\"op\":\"replace\",\"path\":\"/rules/%1/verbs\",\"value\":[\"get\",\"list\",\"watch\",\"delete\"]}]").arg(rule)}, &out) == 0);
        m_api.kubectl({QStringLiteral("delete"), QStringLiteral("lease"), QStringLiteral("droverd"), QStringLiteral("-n"), QStringLiteral("drover-system")});
        Replica sa(QStringLiteral("droverd-nocreate"));
        sa.start({QStringLiteral("--kubeconfig"), serviceAccountKubeconfig(), QStringLiteral("--time-scale"), QStringLiteral("600"),
                  QStringLiteral("--pass-interval"), QStringLiteral("0.5")});
        const auto ready = [&] {
            return test::kubectlJson(m_api.kubeconfig(), {QStringLiteral("-n"), QStringLiteral("vms"), QStringLiteral("get"), QStringLiteral("snapshotschedule"), QStringLiteral("web-minutely")})
                .value(QStringLiteral("status")).toObject().value(QStringLiteral("conditions")).toArray().first().toObject();
        };
        const bool said = waitFor([&] { return ready().value(QStringLiteral("reason")).toString() == QLatin1String("ActionFailed"); }, 30000, {&sa});
        for (const QString &line : sa.log().split(QLatin1Char('\n')))
            if (line.contains(QStringLiteral("rejected")))
                qInfo("%s", qPrintable(line));
        QVERIFY(said);
        const QString message = ready().value(QStringLiteral("message")).toString();
        qInfo("the schedule's condition: %s", qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("create_snapshot vms/web-01-web-minutely-")) && message.contains(QStringLiteral("create")) &&
                     message.contains(QStringLiteral("virtualmachinesnapshots")), qPrintable(message));
        QVERIFY2(waitFor([&] { return sa.log().contains(QStringLiteral("create_snapshot vms/web-01-web-minutely-")); }, 10000, {&sa}), qPrintable(sa.log()));
        const QJsonArray events = test::kubectlJson(m_api.kubeconfig(), {QStringLiteral("-n"), QStringLiteral("vms"), QStringLiteral("get"), QStringLiteral("events")}).value(QStringLiteral("items")).toArray();
        QVERIFY2(std::any_of(events.begin(), events.end(), [](const QJsonValue &e) {
                     return e.toObject().value(QStringLiteral("type")).toString() == QLatin1String("Warning") &&
                            e.toObject().value(QStringLiteral("reason")).toString() == QLatin1String("ActionFailed");
                 }), "no Warning event on the schedule");
        // The verb given back: the next passes take it and the condition clears.
        QVERIFY2(m_api.kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, &out, rendered.toUtf8()) == 0, qPrintable(out));
        QVERIFY2(waitFor([&] { return ready().value(QStringLiteral("reason")).toString() == QLatin1String("Scheduled"); }, 30000, {&sa}), qPrintable(sa.log()));
        QVERIFY(waitFor([&] { return sa.log().contains(QStringLiteral(" took vms/web-01-web-minutely-")); }, 10000, {&sa}));
        // The HostMaintenance of the manifests test (a node this cluster does not have): its status
        // is written and accepted by the CRD's schema.
        QString phase;
        QVERIFY2(waitFor([&] {
                     phase = test::kubectlJson(m_api.kubeconfig(), {QStringLiteral("get"), QStringLiteral("hostmaintenance"), QStringLiteral("nvme-a01")})
                                 .value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString();
                     return !phase.isEmpty();
                 }, 15000, {&sa}), qPrintable(sa.log()));
        qInfo("nvme-a01 (no such node): %s", qPrintable(phase));
        QVERIFY2(!sa.log().contains(QStringLiteral("was not written")), qPrintable(sa.log()));
        sa.process->terminate();
        QVERIFY(sa.process->waitForFinished(10000));
    }

    // The same manifests against drover-sim: a server-side dry run accepts every object and
    // stores none of them; nothing is created in a namespace that does not exist.
    void theManifestsApplyToTheSimulator()
    {
        test::SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--time-scale"), QStringLiteral("0")}), qPrintable(sim.error()));
        QString rendered, out;
        QCOMPARE(m_api.kubectl({QStringLiteral("kustomize"), QStringLiteral(DROVER_MANIFESTS)}, &rendered), 0);
        QVERIFY2(test::kubectlOn(sim.kubeconfig(), {QStringLiteral("apply"), QStringLiteral("--dry-run=server"), QStringLiteral("-f"), QStringLiteral("-")},
                                 &out, rendered.toUtf8()) == 0, qPrintable(out));
        QCOMPARE(out.count(QStringLiteral("(server dry run)")), 16);
        QVERIFY2(out.contains(QStringLiteral("clusterrole.rbac.authorization.k8s.io/drover-agent created (server dry run)")), qPrintable(out));
        QVERIFY(test::kubectlOn(sim.kubeconfig(), {QStringLiteral("-n"), QStringLiteral("drover-system"), QStringLiteral("get"),
                                                   QStringLiteral("deployment"), QStringLiteral("droverd")}, &out) != 0);
        QVERIFY2(out.contains(QStringLiteral("NotFound")), qPrintable(out));
        QVERIFY(test::kubectlOn(sim.kubeconfig(), {QStringLiteral("-n"), QStringLiteral("nowhere"), QStringLiteral("create"),
                                                   QStringLiteral("serviceaccount"), QStringLiteral("x")}, &out) != 0);
        QVERIFY2(out.contains(QStringLiteral("namespaces \"nowhere\" not found")), qPrintable(out));
        QVERIFY2(test::kubectlOn(sim.kubeconfig(), {QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, &out, rendered.toUtf8()) == 0,
                 qPrintable(out));
        QCOMPARE(test::kubectlJson(sim.kubeconfig(), {QStringLiteral("get"), QStringLiteral("clusterrole"), QStringLiteral("drover-agent")})
                     .value(QStringLiteral("rules")).toArray().size(), 3);
    }

    // drover-sim serves Leases (and droverd's CRDs) like an API server: the same election there,
    // its conflicts included.
    void theSimulatorElectsToo()
    {
        test::SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--time-scale"), QStringLiteral("0")}), qPrintable(sim.error()));
        Replica a(QStringLiteral("sim-a"));
        Replica b(QStringLiteral("sim-b"));
        a.start({QStringLiteral("--kubeconfig"), sim.kubeconfig()});
        b.start({QStringLiteral("--kubeconfig"), sim.kubeconfig()});
        QVERIFY2(waitFor([&] { return a.leader() + b.leader() == 1; }, 15000, {&a, &b}), qPrintable(a.log() + b.log()));
        waitFor([] { return false; }, 1500, {&a, &b});
        Replica &leader = a.leader() == 1 ? a : b;
        Replica &other = a.leader() == 1 ? b : a;
        ::kill(leader.process->processId(), SIGKILL);
        QElapsedTimer gone;
        gone.start();
        QVERIFY2(waitFor([&] { return other.leader() == 1; }, 15000, {&other}), qPrintable(other.log()));
        m_leaderless += gone.elapsed() / 1000.0;
        QVERIFY2(gone.elapsed() > (kLease - 1.0) * 1000, qPrintable(QString::number(gone.elapsed())));
        other.process->terminate();
        QVERIFY(other.process->waitForFinished(10000));
        QCOMPARE(other.process->exitCode(), 0);
    }

    void cleanupTestCase()
    {
        qInfo("DAEMON two_leaders_samples=%d leaderless_s=%.2f", m_twoLeaders, m_leaderless);
        QCOMPARE(m_twoLeaders, 0);
    }
};

QTEST_GUILESS_MAIN(TestDroverd)
#include "test_droverd.moc"
