// kubectl, a real Kubernetes client, against drover-sim: what kubectl writes, Drover's client
// reads back, and the other way round.
#include "KubeClient.h"
#include "Kubeconfig.h"
#include "SimProcess.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace drover;
using namespace drover::kube;

class TestKubectl : public QObject
{
    Q_OBJECT
    test::SimProcess m_sim;
    KubeClient *m_client = nullptr;
    QString m_kubectl;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run kubectl(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        p.start(m_kubectl, QStringList{QStringLiteral("--kubeconfig"), m_sim.kubeconfig()} + args);
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        Run r;
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            r.err = QStringLiteral("timeout");
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    Response get(const ApiResource &res, const QString &ns, const QString &name)
    {
        QObject ctx;
        std::optional<Response> out;
        m_client->get(res, ns, name, &ctx, [&](const Response &r) { out = r; });
        QDeadlineTimer d(15000);
        while (!out && !d.hasExpired())
            QTest::qWait(5);
        return out.value_or(Response{});
    }
    QStringList names(const ApiResource &res)
    {
        QObject ctx;
        std::optional<ListResult> out;
        m_client->listAll(res, {}, 500, &ctx, [&](const ListResult &r) { out = r; });
        QDeadlineTimer d(15000);
        while (!out && !d.hasExpired())
            QTest::qWait(5);
        QStringList n;
        if (out)
            for (const auto &o : out->items)
                n << o.object[QStringLiteral("metadata")][QStringLiteral("name")].toString();
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_kubectl = QStandardPaths::findExecutable(QStringLiteral("kubectl"));
        QVERIFY2(!m_kubectl.isEmpty(), "kubectl is not installed: scripts/setup.sh installs it");
        QVERIFY2(m_sim.start({QStringLiteral("--time-scale"), QStringLiteral("0.05")}), qPrintable(m_sim.error()));
        auto kc = Kubeconfig::load({m_sim.kubeconfig()});
        QVERIFY(kc);
        auto ctx = kc->resolve();
        QVERIFY(ctx);
        auto c = KubeClient::create(*ctx, this);
        QVERIFY(c);
        m_client = *c;
    }

    void getNodes()
    {
        const QStringList nodes = names(ApiResource::nodes());
        QVERIFY(nodes.size() >= 3);
        Run r = kubectl({QStringLiteral("get"), QStringLiteral("nodes")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QStringLiteral("NAME")));
        for (const auto &n : nodes)
            QVERIFY2(r.out.contains(n), qPrintable(n));
        Run js = kubectl({QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("-o"), QStringLiteral("json")});
        QCOMPARE(js.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(js.out.toUtf8())[QStringLiteral("items")].toArray().size(), nodes.size());
    }

    void getVmsInAllNamespaces()
    {
        const QStringList vms = names(ApiResource::virtualMachines());
        QVERIFY(vms.size() >= 40);
        Run r = kubectl({QStringLiteral("get"), QStringLiteral("vm"), QStringLiteral("-A")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("NAMESPACE")));
        for (const auto &n : vms)
            QVERIFY2(r.out.contains(n), qPrintable(n));
    }

    void applyCreatesThenConfigures()
    {
        const QByteArray yaml = R"(apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: from-kubectl
  namespace: default
  labels:
    owner: alice
spec:
  runStrategy: Halted
  template:
    spec:
      domain:
        cpu: {cores: 2}
        memory: {guest: 2Gi}
        devices: {}
)";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("vm.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();
        Run r = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("created")), qPrintable(r.out));
        Response got = get(ApiResource::virtualMachines(), QStringLiteral("default"), QStringLiteral("from-kubectl"));
        QVERIFY2(got.ok(), qPrintable(got.error.userMessage()));
        QCOMPARE(got.object[QStringLiteral("metadata")][QStringLiteral("labels")][QStringLiteral("owner")].toString(), QStringLiteral("alice"));
        QCOMPARE(got.object[QStringLiteral("spec")][QStringLiteral("template")][QStringLiteral("spec")][QStringLiteral("domain")][QStringLiteral("memory")][QStringLiteral("guest")].toString(), QStringLiteral("2Gi"));

        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(yaml).replace("owner: alice", "owner: bob"));
        f.close();
        Run again = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), path});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err + again.out));
        QVERIFY2(again.out.contains(QStringLiteral("configured")), qPrintable(again.out));
        got = get(ApiResource::virtualMachines(), QStringLiteral("default"), QStringLiteral("from-kubectl"));
        QCOMPARE(got.object[QStringLiteral("metadata")][QStringLiteral("labels")][QStringLiteral("owner")].toString(), QStringLiteral("bob"));
    }

    // Drover's own kinds read as on a real cluster: by their CRD's short name, with the server's
    // defaults filled in and the CRD's printer columns (a Table the simulator builds).
    void droverKindsByShortNameWithColumns()
    {
        const QByteArray yaml = R"(apiVersion: drover.io/v1alpha1
kind: HostMaintenance
metadata: {name: by-kubectl}
spec: {nodeName: nvme-a01, reason: firmware}
)";
        Run a = kubectl({QStringLiteral("apply"), QStringLiteral("-f"), QStringLiteral("-")}, yaml);
        QVERIFY2(a.exitCode == 0, qPrintable(a.err + a.out));
        Run r = kubectl({QStringLiteral("get"), QStringLiteral("hm")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0).split(QLatin1Char(' '), Qt::SkipEmptyParts),
                 (QStringList{QStringLiteral("NAME"), QStringLiteral("NODE"), QStringLiteral("POLICY"), QStringLiteral("PHASE"),
                              QStringLiteral("DONE"), QStringLiteral("AGE")}));
        const QString row = lines.filter(QStringLiteral("by-kubectl")).value(0);
        QVERIFY2(row.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 3) ==
                     (QStringList{QStringLiteral("by-kubectl"), QStringLiteral("nvme-a01"), QStringLiteral("Refuse")}),
                 qPrintable(r.out)); // policy: the CRD's default
        Run d = kubectl({QStringLiteral("delete"), QStringLiteral("hm"), QStringLiteral("by-kubectl")});
        QVERIFY2(d.exitCode == 0, qPrintable(d.err));
    }

    void patchMergeAndJson()
    {
        Run m = kubectl({QStringLiteral("patch"), QStringLiteral("vm"), QStringLiteral("from-kubectl"), QStringLiteral("-n"), QStringLiteral("default"),
                         QStringLiteral("--type"), QStringLiteral("merge"), QStringLiteral("-p"), QStringLiteral(R"({"metadata":{"labels":{"tier":"gold"}}})")});
        QVERIFY2(m.exitCode == 0, qPrintable(m.err));
        QCOMPARE(get(ApiResource::virtualMachines(), QStringLiteral("default"), QStringLiteral("from-kubectl"))
                     .object[QStringLiteral("metadata")][QStringLiteral("labels")][QStringLiteral("tier")].toString(), QStringLiteral("gold"));
        Run j = kubectl({QStringLiteral("patch"), QStringLiteral("vm"), QStringLiteral("from-kubectl"), QStringLiteral("-n"), QStringLiteral("default"),
                         QStringLiteral("--type"), QStringLiteral("json"), QStringLiteral("-p"),
                         QStringLiteral(R"([{"op":"replace","path":"/spec/runStrategy","value":"Manual"}])")});
        QVERIFY2(j.exitCode == 0, qPrintable(j.err));
        QCOMPARE(get(ApiResource::virtualMachines(), QStringLiteral("default"), QStringLiteral("from-kubectl"))
                     .object[QStringLiteral("spec")][QStringLiteral("runStrategy")].toString(), QStringLiteral("Manual"));
        Run bad = kubectl({QStringLiteral("patch"), QStringLiteral("vm"), QStringLiteral("nope"), QStringLiteral("-n"), QStringLiteral("default"),
                           QStringLiteral("--type"), QStringLiteral("merge"), QStringLiteral("-p"), QStringLiteral("{}")});
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains(QStringLiteral("not found")), qPrintable(bad.err));
    }

    void watchSeesWhatTheClientDoes()
    {
        QProcess w;
        w.start(m_kubectl, {QStringLiteral("--kubeconfig"), m_sim.kubeconfig(), QStringLiteral("get"), QStringLiteral("vmi"),
                            QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("-w")});
        QVERIFY(w.waitForStarted());
        QTest::qWait(1500); // let kubectl list and open its watch
        QObject ctx;
        bool done = false;
        m_client->kubevirtAction(QStringLiteral("virtualmachines"), QStringLiteral("default"), QStringLiteral("from-kubectl"),
                                 QStringLiteral("start"), {}, &ctx, [&](const Response &r) {
                                     QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
                                     done = true;
                                 });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QString seen;
        QDeadlineTimer d(20000);
        while (!seen.contains(QStringLiteral("from-kubectl")) && !d.hasExpired()) {
            w.waitForReadyRead(200);
            seen += QString::fromUtf8(w.readAllStandardOutput());
        }
        w.kill();
        w.waitForFinished();
        QVERIFY2(seen.contains(QStringLiteral("from-kubectl")), qPrintable(seen + QString::fromUtf8(w.readAllStandardError())));
    }

    // `kubectl get vm NAME -w` prints the object it GETs, drops the watch's first event (for a
    // single object it expects the synthetic ADDED a watch from resourceVersion "0" starts with:
    // kubectl's get.go, "drop the initial watch event in the single resource case") and prints the
    // rest. Against a real API server: 4 rows after three annotations. A simulator that sent no
    // initial ADDED lost the first annotation's row (3 rows).
    void watchNamedVmPrintsEveryChange()
    {
        const QByteArray yaml = "apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: watched\n"
                                "  namespace: default\nspec:\n  runStrategy: Halted\n  template:\n    spec:\n"
                                "      domain:\n        devices: {}\n        memory: {guest: 1Gi}\n";
        const Run created = kubectl({QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")}, yaml);
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        // Let the controllers finish with it: no update of their own may land among the rows.
        QString rv;
        QDeadlineTimer settle(20000);
        for (QString last; !settle.hasExpired(); QTest::qWait(1000)) {
            rv = get(ApiResource::virtualMachines(), QStringLiteral("default"), QStringLiteral("watched"))
                     .object[QStringLiteral("metadata")][QStringLiteral("resourceVersion")].toString();
            if (rv == last)
                break;
            last = rv;
        }
        QProcess w;
        w.start(m_kubectl, {QStringLiteral("--kubeconfig"), m_sim.kubeconfig(), QStringLiteral("get"), QStringLiteral("vm"),
                            QStringLiteral("watched"), QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("-w"),
                            QStringLiteral("--no-headers"), QStringLiteral("-o"),
                            QStringLiteral("custom-columns=NAME:.metadata.name,STEP:.metadata.annotations.step")});
        QVERIFY(w.waitForStarted());
        QString seen;
        QDeadlineTimer first(15000);
        while (!seen.contains(QLatin1Char('\n')) && !first.hasExpired()) {
            w.waitForReadyRead(100);
            seen += QString::fromUtf8(w.readAllStandardOutput());
        }
        QTest::qWait(1500); // kubectl opens its watch after printing the object
        for (int step = 1; step <= 3; ++step) {
            const Run a = kubectl({QStringLiteral("annotate"), QStringLiteral("vm"), QStringLiteral("watched"), QStringLiteral("-n"),
                                   QStringLiteral("default"), QStringLiteral("--overwrite"), QStringLiteral("step=%1").arg(step)});
            QVERIFY2(a.exitCode == 0, qPrintable(a.err));
        }
        QDeadlineTimer d(15000);
        while (seen.count(QLatin1Char('\n')) < 4 && !d.hasExpired()) {
            w.waitForReadyRead(100);
            seen += QString::fromUtf8(w.readAllStandardOutput());
        }
        QTest::qWait(500); // and no more
        seen += QString::fromUtf8(w.readAllStandardOutput());
        w.kill();
        w.waitForFinished();
        QStringList rows;
        for (const QString &line : seen.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            rows << line.simplified();
        QCOMPARE(rows, (QStringList{QStringLiteral("watched <none>"), QStringLiteral("watched 1"), QStringLiteral("watched 2"),
                                    QStringLiteral("watched 3")}));
        QVERIFY(kubectl({QStringLiteral("delete"), QStringLiteral("vm"), QStringLiteral("watched"), QStringLiteral("-n"),
                         QStringLiteral("default"), QStringLiteral("--wait=false")}).exitCode == 0);
    }

    void deleteWithKubectl()
    {
        Run r = kubectl({QStringLiteral("delete"), QStringLiteral("vm"), QStringLiteral("from-kubectl"), QStringLiteral("-n"), QStringLiteral("default"),
                         QStringLiteral("--wait=false")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(get(ApiResource::virtualMachines(), QStringLiteral("default"), QStringLiteral("from-kubectl")).error.kind, ErrorKind::NotFound);
    }

    void migrationFromKubectl()
    {
        // A migration created by kubectl runs like one from the GUI: the VMI lands on the host
        // its addedNodeSelector names.
        const Response vmi = get(ApiResource::virtualMachineInstances(), QStringLiteral("prod"), QStringLiteral("kafka-01"));
        QVERIFY(vmi.ok());
        const QString source = vmi.object.value(QStringLiteral("status")).toObject().value(QStringLiteral("nodeName")).toString();
        const QString target = source == QLatin1String("nvme-a02") ? QStringLiteral("nvme-a03") : QStringLiteral("nvme-a02");
        const QByteArray yaml = "apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstanceMigration\n"
                                "metadata:\n  name: kafka-01-move\n  namespace: prod\n"
                                "spec:\n  vmiName: kafka-01\n  addedNodeSelector:\n    kubernetes.io/hostname: " +
                                target.toUtf8() + "\n";
        const Run created = kubectl({QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")}, yaml);
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY2(created.out.contains(QStringLiteral("kafka-01-move created")), qPrintable(created.out));
        QString phase;
        QDeadlineTimer d(30000);
        while (phase != QLatin1String("Succeeded") && phase != QLatin1String("Failed") && !d.hasExpired()) {
            QTest::qWait(200);
            phase = kubectl({QStringLiteral("get"), QStringLiteral("virtualmachineinstancemigrations"), QStringLiteral("-n"),
                             QStringLiteral("prod"), QStringLiteral("kafka-01-move"), QStringLiteral("-o"),
                             QStringLiteral("jsonpath={.status.phase}")}).out;
        }
        QCOMPARE(phase, QStringLiteral("Succeeded"));
        const Run node = kubectl({QStringLiteral("get"), QStringLiteral("vmi"), QStringLiteral("-n"), QStringLiteral("prod"),
                                  QStringLiteral("kafka-01"), QStringLiteral("-o"), QStringLiteral("jsonpath={.status.nodeName}")});
        QCOMPARE(node.out, target);
    }

    void cleanupTestCase() { m_sim.stop(); }
};

QTEST_GUILESS_MAIN(TestKubectl)
#include "test_kubectl.moc"
