// drover-sim's live migrations, in-process on a real ObjectStore with the real controllers: the
// phases, the VMI landing on its target, addedNodeSelector, and every way a migration fails.
#include "Controllers.h"
#include "Migrations.h"
#include "Scenario.h"
#include "VmiJson.h"

#include <QJsonArray>
#include <QTest>

using namespace drover::sim;
using drover::kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &VMI = ApiResource::virtualMachineInstances();
const ApiResource &MIG = ApiResource::migrations();

struct Cluster
{
    ObjectStore store;
    Controllers controllers{&store};
    MigrationController migrations{&store, &controllers};
    QStringList phases; // migration phases in commit order, deduplicated

    explicit Cluster(double scale)
    {
        for (const ApiResource *r : {&ApiResource::namespaces(), &ApiResource::nodes(), &ApiResource::pods(),
                                     &ApiResource::virtualMachines(), &VMI, &MIG})
            store.registerResource(*r);
        controllers.setTimeScale(scale);
        QObject::connect(&store, &ObjectStore::changed, &store, [this](const ApiResource &r, const QString &, const QJsonObject &o) {
            if (r == MIG) {
                const QString p = stringAt(objectAt(o, "status"_L1), "phase"_L1);
                if (!p.isEmpty() && (phases.isEmpty() || phases.last() != p))
                    phases << p;
            }
        });
        Scenario s;
        for (int i = 1; i <= 3; ++i) {
            HostSpec h;
            h.name = QStringLiteral("h%1").arg(i);
            h.cpuCores = 16;
            h.memoryBytes = 64LL << 30;
            s.hosts << h;
        }
        for (const char *name : {"web", "db", "legacy", "busy"}) {
            VmSpec v;
            v.name = QLatin1String(name);
            v.ns = u"prod"_s;
            v.cpu = 2;
            v.memoryBytes = 4LL << 30;
            v.running = true;
            v.migratable = v.name != "legacy"_L1;
            v.host = u"h1"_s;
            if (v.name == "busy"_L1)
                v.dirtyRate = u"high"_s; // as a scenario says it: dirtyRate: high
            s.vms << v;
        }
        populate(store, s, true);
        // Unpin them (populate pins with a nodeSelector) so that they may move.
        for (const char *name : {"web", "db", "legacy", "busy"})
            (void)store.mutate(VMI, u"prod"_s, QLatin1String(name), [](QJsonObject &o) {
                QJsonObject spec = objectAt(o, "spec"_L1);
                spec.remove("nodeSelector"_L1);
                o.insert("spec"_L1, spec);
            });
    }
    QString migrate(const QString &vmi, const QString &toHost = {}, const QJsonObject &annotations = {})
    {
        QJsonObject spec{{u"vmiName"_s, vmi}};
        if (!toHost.isEmpty())
            spec.insert("addedNodeSelector"_L1, QJsonObject{{u"kubernetes.io/hostname"_s, toHost}});
        QJsonObject meta{{u"generateName"_s, vmi + u"-mig-"_s}};
        if (!annotations.isEmpty())
            meta.insert("annotations"_L1, annotations);
        const StoreResult r = store.create(MIG, u"prod"_s, QJsonObject{{u"metadata"_s, meta}, {u"spec"_s, spec}});
        return r.ok() ? nameOf(r.object) : QString();
    }
    QJsonObject mig(const QString &name) { return store.get(MIG, u"prod"_s, name).value_or(QJsonObject()); }
    QString phase(const QString &name) { return stringAt(objectAt(mig(name), "status"_L1), "phase"_L1); }
    QJsonObject state(const QString &vmi)
    {
        return objectAt(objectAt(store.get(VMI, u"prod"_s, vmi).value_or(QJsonObject()), "status"_L1), "migrationState"_L1);
    }
    QString nodeOf(const QString &vmi)
    {
        return stringAt(objectAt(store.get(VMI, u"prod"_s, vmi).value_or(QJsonObject()), "status"_L1), "nodeName"_L1);
    }
    QString failure(const QString &name)
    {
        return stringAt(objectAt(objectAt(mig(name), "status"_L1), "migrationState"_L1), "failureReason"_L1);
    }
};

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void movesToTheChosenHost()
    {
        Cluster c(0);
        QTRY_COMPARE(c.nodeOf(u"web"_s), u"h1"_s);
        const QString m = c.migrate(u"web"_s, u"h3"_s);
        QVERIFY(!m.isEmpty());
        QTRY_COMPARE(c.phase(m), u"Succeeded"_s);
        QCOMPARE(c.phases, (QStringList{u"Pending"_s, u"Scheduling"_s, u"Scheduled"_s, u"PreparingTarget"_s,
                                        u"TargetReady"_s, u"Running"_s, u"Succeeded"_s}));
        QCOMPARE(c.nodeOf(u"web"_s), u"h3"_s);
        QCOMPARE(labelOf(c.store.get(VMI, u"prod"_s, u"web"_s).value(), u"kubevirt.io/nodeName"_s), u"h3"_s);
        const QJsonObject st = c.state(u"web"_s);
        QCOMPARE(stringAt(st, "sourceNode"_L1), u"h1"_s);
        QCOMPARE(stringAt(st, "targetNode"_L1), u"h3"_s);
        QCOMPARE(stringAt(st, "migrationUid"_L1), uidOf(c.mig(m)));
        QVERIFY(st.value("completed"_L1).toBool());
        QVERIFY(!st.value("failed"_L1).toBool());
        QVERIFY(!stringAt(st, "startTimestamp"_L1).isEmpty());
        QVERIFY(!stringAt(st, "endTimestamp"_L1).isEmpty());
        // Progress annotations reach the whole memory.
        const QJsonObject ann = objectAt(objectAt(c.mig(m), "metadata"_L1), "annotations"_L1);
        QCOMPARE(ann.value("sim.drover.io/data-total-bytes"_L1).toString(), QString::number(4LL << 30));
        QCOMPARE(ann.value("sim.drover.io/data-remaining-bytes"_L1).toString(), u"0"_s);
        QCOMPARE(objectAt(c.mig(m), "status"_L1).value("phaseTransitionTimestamps"_L1).toArray().size(), 7);
    }

    void withoutATargetTheRoomiestOtherHost()
    {
        Cluster c(0);
        const QString m = c.migrate(u"db"_s);
        QTRY_COMPARE(c.phase(m), u"Succeeded"_s);
        QVERIFY(QStringList({u"h2"_s, u"h3"_s}).contains(c.nodeOf(u"db"_s))); // never the source
    }

    void refusedUpFront_data()
    {
        QTest::addColumn<QString>("vmi");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not migratable") << u"legacy"_s << u"Cannot migrate VMI, Reason: DisksNotLiveMigratable"_s;
        QTest::newRow("no such vmi") << u"ghost"_s << u"VMI prod/ghost is not running any more"_s;
    }
    void refusedUpFront()
    {
        QFETCH(QString, vmi);
        QFETCH(QString, reason);
        Cluster c(0);
        const QString m = c.migrate(vmi);
        QTRY_COMPARE(c.phase(m), u"Failed"_s);
        QVERIFY2(c.failure(m).startsWith(reason), qPrintable(c.failure(m)));
        QCOMPARE(c.phases, QStringList{u"Failed"_s});
    }

    void unschedulableTargetFails()
    {
        Cluster c(0);
        const QString m = c.migrate(u"web"_s, u"h9"_s);
        QTRY_COMPARE(c.phase(m), u"Failed"_s);
        QVERIFY2(c.failure(m).startsWith(u"Migration target pod is unschedulable: 0/3 nodes are available"_s), qPrintable(c.failure(m)));
        QCOMPARE(c.nodeOf(u"web"_s), u"h1"_s);
    }

    void dirtyGuestDoesNotConverge()
    {
        Cluster c(0);
        QCOMPARE(labelOf(c.store.get(VMI, u"prod"_s, u"busy"_s).value(), u"drover.io/dirty-rate"_s), u"high"_s);
        const QString m = c.migrate(u"busy"_s, u"h2"_s);
        QTRY_COMPARE(c.phase(m), u"Failed"_s);
        QCOMPARE(c.failure(m), u"Live migration is not completed after 600 sec and has been aborted"_s);
        QCOMPARE(c.nodeOf(u"busy"_s), u"h1"_s); // still on its source
        QVERIFY(c.state(u"busy"_s).value("failed"_L1).toBool());
    }

    void failsOnRequest()
    {
        Cluster c(0);
        const QString m = c.migrate(u"web"_s, u"h2"_s, QJsonObject{{u"sim.drover.io/fail-migration"_s, u"target virt-handler crashed"_s}});
        QTRY_COMPARE(c.phase(m), u"Failed"_s);
        QCOMPARE(c.failure(m), u"target virt-handler crashed"_s);
        QCOMPARE(stringAt(c.state(u"web"_s), "failureReason"_L1), u"target virt-handler crashed"_s);
        QCOMPARE(c.nodeOf(u"web"_s), u"h1"_s);
        // A second try (without the request) succeeds: the failed state does not block it.
        const QString again = c.migrate(u"web"_s, u"h2"_s);
        QTRY_COMPARE(c.phase(again), u"Succeeded"_s);
        QCOMPARE(c.nodeOf(u"web"_s), u"h2"_s);
    }

    void secondMigrationOfTheSameVmIsRefused()
    {
        Cluster c(0.2); // slow enough for the first to be in flight
        const QString first = c.migrate(u"web"_s, u"h2"_s);
        QTRY_COMPARE(c.phase(first), u"Scheduled"_s);
        const QString second = c.migrate(u"web"_s, u"h3"_s);
        QTRY_COMPARE(c.phase(second), u"Failed"_s);
        QVERIFY2(c.failure(second).startsWith(u"in-flight migration detected"_s), qPrintable(c.failure(second)));
        QTRY_COMPARE_WITH_TIMEOUT(c.phase(first), u"Succeeded"_s, 10000);
        QCOMPARE(c.nodeOf(u"web"_s), u"h2"_s);
    }

    void deletingAbortsAndTheVmStays()
    {
        Cluster c(0.2);
        const QString m = c.migrate(u"web"_s, u"h2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(c.phase(m), u"Running"_s, 10000);
        QVERIFY(c.store.remove(MIG, u"prod"_s, m).ok());
        QTRY_VERIFY(c.state(u"web"_s).value("abortRequested"_L1).toBool());
        const QJsonObject st = c.state(u"web"_s);
        QCOMPARE(stringAt(st, "abortStatus"_L1), u"Succeeded"_s);
        QVERIFY(st.value("failed"_L1).toBool());
        QTest::qWait(600); // the pending transfer steps find the migration gone and stop
        QCOMPARE(c.nodeOf(u"web"_s), u"h1"_s);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
