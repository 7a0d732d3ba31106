// drover-sim's scenarios: the YAML loader, the demo, the generator, and populate() filling a
// store that the controllers then find nothing to correct in.
#include "Controllers.h"
#include "Scenario.h"
#include "VmiJson.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace drover::sim;
using drover::kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &VM = ApiResource::virtualMachines();
const ApiResource &VMI = ApiResource::virtualMachineInstances();

// A store with the resources drover-sim serves, and instant controllers on it.
struct Cluster
{
    ObjectStore store;
    Controllers controllers{&store};

    Cluster()
    {
        for (const ApiResource *r : {&ApiResource::namespaces(), &ApiResource::nodes(), &VM, &VMI})
            store.registerResource(*r);
        controllers.setTimeScale(0);
    }
};

QString scenarioDir()
{
    const QString env = qEnvironmentVariable("DROVER_TEST_DATA");
    const QString base =
        env.isEmpty() ? QFileInfo(QString::fromUtf8(__FILE__)).absolutePath() + u"/../data"_s : env;
    return base + u"/scenarios"_s;
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoScenarioShape()
    {
        const Scenario s = demoScenario();
        QCOMPARE(s.hosts.size(), 6);
        QCOMPARE(s.vms.size(), 40);
        QSet<QString> namespaces, names;
        int windows = 0, stopped = 0, pinned = 0;
        QStringList notMigratable;
        for (const VmSpec &v : s.vms) {
            namespaces.insert(v.ns);
            names.insert(v.ns + u'/' + v.name);
            windows += v.os == "windows"_L1;
            stopped += !v.running;
            pinned += !v.host.isEmpty();
            if (!v.migratable)
                notMigratable << v.name;
        }
        QCOMPARE(namespaces, QSet<QString>({u"prod"_s, u"staging"_s, u"ci"_s}));
        QCOMPARE(names.size(), 40);
        QVERIFY(windows >= 5);
        QVERIFY(stopped >= 3 && stopped <= 8);
        QCOMPARE(notMigratable.size(), 1);
        QCOMPARE(pinned, 1);
        for (const HostSpec &h : s.hosts) {
            QVERIFY(h.name.startsWith("nvme-a0"_L1));
            QVERIFY(h.cpuCores >= 32 && h.cpuCores <= 64);
            QVERIFY(h.memoryBytes >= 256LL << 30 && h.memoryBytes <= 512LL << 30);
            QVERIFY(h.labels.contains(u"topology.kubernetes.io/zone"_s));
        }

        Cluster c;
        populate(c.store, s, true);
        QCOMPARE(c.store.count(VMI), 40 - stopped);
        const QJsonObject node = *c.store.get(ApiResource::nodes(), {}, u"nvme-a01"_s);
        QCOMPARE(labelOf(node, u"kubernetes.io/hostname"_s), u"nvme-a01"_s);
        QCOMPARE(
            objectAt(objectAt(node, "status"_L1), "nodeInfo"_L1).value("osImage"_L1).toString(),
            u"Debian GNU/Linux 12 (bookworm)"_s);
        QVERIFY(objectAt(node, "status"_L1)
                    .value("addresses"_L1)[0]
                    .toObject()
                    .value("address"_L1)
                    .toString()
                    .startsWith("192.0.2."_L1));
        const QJsonObject archive = *c.store.get(VMI, u"prod"_s, notMigratable.first());
        QCOMPARE(conditionOf(archive, u"LiveMigratable"_s)->value("reason"_L1).toString(),
                 u"DisksNotLiveMigratable"_s);
        QCOMPARE(stringAt(objectAt(*c.store.get(VMI, u"prod"_s, u"flexlm-01"_s), "status"_L1),
                          "nodeName"_L1),
                 u"nvme-a03"_s);
        const QJsonObject dc = *c.store.get(VMI, u"prod"_s, u"dc-01"_s);
        QCOMPARE(objectAt(objectAt(dc, "status"_L1), "guestOSInfo"_L1).value("id"_L1).toString(),
                 u"mswindows"_s);
        // The controllers find nothing to correct in a populated cluster.
        const qint64 rv = c.store.currentRv();
        QTest::qWait(30);
        QCOMPARE(c.store.currentRv(), rv);
    }

    void generatedAtScale()
    {
        const Scenario s = generateScenario(500, 10000, 42);
        QCOMPARE(s.hosts.size(), 500);
        QCOMPARE(s.vms.size(), 10000);
        QCOMPARE(generateScenario(500, 10000, 42).vms.last().name,
                 s.vms.last().name); // deterministic
        int running = 0;
        for (const VmSpec &v : s.vms)
            running += v.running;
        QVERIFY(running > 8500);
        Cluster c;
        QElapsedTimer t;
        t.start();
        populate(c.store, s, true);
        qInfo("populated 500 hosts / 10,000 VMs in %lld ms", t.elapsed());
        QCOMPARE(c.store.count(VM), 10000);
        QCOMPARE(c.store.count(VMI), running); // every running VM found a host
        const qint64 rv = c.store.currentRv();
        t.restart();
        QTRY_VERIFY(t.elapsed() > 50); // let the controllers look at all of it
        QCOMPARE(c.store.currentRv(), rv);
    }

    void loadSmallScenario()
    {
        const auto s = loadScenario(scenarioDir() + u"/small.yaml"_s);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->name, u"small"_s);
        QCOMPARE(s->hosts.size(), 3);
        QCOMPARE(s->vms.size(), 5);
        QVERIFY(s->hosts[2].unschedulable);
        QCOMPARE(s->vms[2].host, u"nvme-b01"_s);
        QVERIFY(!s->vms[2].migratable);
        QCOMPARE(s->vms[2].memoryBytes, 32LL << 30);
        QVERIFY(!s->vms[4].running);
        QCOMPARE(s->vms[4].ns, u"staging"_s);
    }

    void loadErrors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error"); // after "<path>:"
        QTest::newRow("syntax") << QByteArray("hosts:\n  - name: a\n    labels: {zone: [a, b\n")
                                << u"4:1: end of sequence flow not found"_s;
        QTest::newRow("unknown key") << QByteArray("hosts:\n  - name: a\n    cpus: 4\n")
                                     << u"3: unknown key 'cpus' in a host"_s;
        QTest::newRow("bad number") << QByteArray("hosts:\n  - {name: a, cpu: many}\n")
                                    << u"2: cpu must be a whole number of at least 1, not 'many'"_s;
        QTest::newRow("bad size") << QByteArray("hosts:\n- name: a\n  memory: lots\n")
                                  << u"3: memory: 'lots' is not a size such as 8Gi"_s;
        QTest::newRow("bad name") << QByteArray("hosts:\n- name: Host_A\n")
                                  << u"2: name 'Host_A' is not a valid Kubernetes name"_s;
        QTest::newRow("unknown host")
            << QByteArray("hosts: [{name: a}]\nvms:\n  - {name: v, host: b}\n")
            << u"3: host 'b' is not among the hosts"_s;
        QTest::newRow("duplicate vm")
            << QByteArray("hosts: [{name: a}]\nvms:\n- name: v\n- name: v\n")
            << u"4: VM default/v is listed twice"_s;
        QTest::newRow("no hosts") << QByteArray("vms: []\n") << u"1: the scenario has no hosts"_s;
        QTest::newRow("empty") << QByteArray("") << u" the file is empty"_s;
    }
    void loadErrors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.yaml"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(yaml);
        f.close();
        const auto s = loadScenario(path);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.startsWith(path + u':' + error), qPrintable(s.error().message));
    }

    void loadGenerateAndMissingFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"gen.yaml"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "name: lab\ngenerate: {hosts: 3, vms: 20, seed: 7}\nhosts: [{name: extra, cpu: 8}]\n");
        f.close();
        const auto s = loadScenario(f.fileName());
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(s->name, u"lab"_s);
        QCOMPARE(s->hosts.size(), 4);
        QCOMPARE(s->vms.size(), 20);
        const auto missing = loadScenario(dir.filePath(u"nope.yaml"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains("cannot read"_L1));
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "test_scenario.moc"
