// droverd's lean caches (ops::daemonStrips): the same cluster through a plain connection (the
// console's) and a lean one (droverd's) decodes to the same core values — listed, and after watch
// events — while the lean one keeps fewer bytes. Vmi::interfaces and guestOsName are the console's
// only (droverd never reads them) and are the one difference allowed.
#include "LeanCaches.h"
#include "Node.h"
#include "OpsCluster.h"
#include "Intents.h"
#include "SchedulePlan.h"
#include "Snapshot.h"
#include "Vm.h"

#include <QJsonDocument>

#include <algorithm>

using namespace drover;

namespace {

QString text(const core::ObjectMeta &m)
{
    QStringList out{m.name, m.ns, m.uid, m.resourceVersion, m.creationTimestamp.toString(Qt::ISODateWithMs),
                    m.deletionTimestamp.toString(Qt::ISODateWithMs)};
    for (const auto *map : {&m.labels, &m.annotations})
        for (auto it = map->cbegin(); it != map->cend(); ++it)
            out << it.key() + QLatin1Char('=') + it.value();
    return out.join(QLatin1Char('|'));
}

QString text(const QList<core::Condition> &cs)
{
    QStringList out;
    for (const core::Condition &c : cs)
        out << QStringList{c.type, c.status, c.reason, c.message, c.lastTransitionTime.toString(Qt::ISODate)}.join(QLatin1Char(','));
    return out.join(QLatin1Char(';'));
}

QString text(const core::DomainResources &r)
{
    QStringList out{QString::number(r.cpuCores), QString::number(r.memoryBytes)};
    for (auto it = r.nodeSelector.cbegin(); it != r.nodeSelector.cend(); ++it)
        out << it.key() + QLatin1Char('=') + it.value();
    for (const auto &term : r.requiredNodeTerms)
        for (const auto &req : term)
            out << req.text();
    return out.join(QLatin1Char('|'));
}

QString text(const core::Vm &v)
{
    return QStringList{text(v.meta),
                       core::nameOf(v.runStrategy),
                       v.printableStatus,
                       QString::number(v.ready),
                       QString::number(v.created),
                       text(v.resources),
                       v.osName,
                       v.instancetype,
                       v.snapshotInProgress,
                       v.restoreInProgress,
                       text(v.conditions)}
        .join(QLatin1Char('\n'));
}

QString text(const core::Vmi &v)
{
    const core::VmiMigrationState &m = v.migrationState;
    return QStringList{text(v.meta),
                       core::nameOf(v.phase),
                       v.nodeName,
                       v.reason,
                       v.evacuationNodeName,
                       text(v.conditions),
                       QString::number(v.hasMigrationState),
                       m.sourceNode,
                       m.targetNode,
                       m.mode,
                       m.migrationUid,
                       QString::number(m.completed),
                       QString::number(m.failed),
                       text(v.resources),
                       v.evictionStrategy,
                       v.claimNames.join(QLatin1Char(',')),
                       v.hostDiskVolumes.join(QLatin1Char(',')),
                       v.hostDevices.join(QLatin1Char(','))}
        .join(QLatin1Char('\n'));
}

QString text(const core::Node &n)
{
    QStringList out{text(n.meta), QString::number(n.unschedulable), QString::number(n.cpuCapacityMillis), QString::number(n.cpuAllocatableMillis),
                    QString::number(n.memoryCapacityBytes), QString::number(n.memoryAllocatableBytes), text(n.conditions), n.kubeletVersion,
                    n.osImage, n.kernelVersion, n.architecture};
    for (const core::NodeAddress &a : n.addresses)
        out << a.type + QLatin1Char('=') + a.address;
    return out.join(QLatin1Char('\n'));
}

// What droverd reads of a snapshot: its metadata, its source and what the schedule planner sees.
QString text(const core::Snapshot &s)
{
    const reconcile::ScheduledSnapshot d = reconcile::scheduledFrom(s, s.meta.labels.value(QLatin1String(core::kScheduleLabel)));
    return QStringList{text(s.meta), s.sourceKind, s.sourceName, d.name, d.created.toString(Qt::ISODateWithMs),
                       QString::number(d.owned), d.scheduledFor.toString(Qt::ISODate), d.error, QString::number(int(d.state))}
        .join(QLatin1Char('\n'));
}

// Every object of both caches decodes to the same text; returns the bytes each keeps.
template <typename T>
QPair<qsizetype, qsizetype> compare(kube::ObjectCache *plain, kube::ObjectCache *lean)
{
    [&] { QCOMPARE(lean->keys().size(), plain->keys().size()); }();
    QPair<qsizetype, qsizetype> bytes{0, 0};
    for (const QString &key : plain->keys()) {
        const QJsonObject p = plain->getLazy(key).json(), l = lean->getLazy(key).json();
        bytes.first += QJsonDocument(p).toJson(QJsonDocument::Compact).size();
        bytes.second += QJsonDocument(l).toJson(QJsonDocument::Compact).size();
        auto a = T::fromJson(p), b = T::fromJson(l);
        [&] {
            QVERIFY2(a && b, qPrintable(key));
            QCOMPARE(text(*b), text(*a));
        }();
    }
    return bytes;
}

} // namespace

class TestLeanCaches : public QObject
{
    Q_OBJECT
    test::OpsCluster m_cluster;
    ops::ClusterConnection m_lean;

    bool leanSyncedWithPlain()
    {
        const auto same = [](kube::ObjectCache *a, kube::ObjectCache *b) {
            for (const QString &k : a->keys())
                if (a->resourceVersion(k) != b->resourceVersion(k))
                    return false;
            return a->size() == b->size();
        };
        return QTest::qWaitFor([&] {
            return same(m_cluster.connection.vms(), m_lean.vms()) && same(m_cluster.connection.vmis(), m_lean.vmis()) &&
                   same(m_cluster.connection.nodes(), m_lean.nodes());
        }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_cluster.start(QStringLiteral("0")));
        auto config = kube::Kubeconfig::load({m_cluster.sim.kubeconfig()});
        QVERIFY(config);
        m_lean.setStrips(ops::daemonStrips());
        QVERIFY(m_lean.open(*config));
        QVERIFY(QTest::qWaitFor([this] { return m_lean.state() == ops::ClusterConnection::State::Synced; }, 20000));
        QVERIFY(leanSyncedWithPlain());
    }

    void listedObjectsDecodeTheSame()
    {
        const auto vms = compare<core::Vm>(m_cluster.connection.vms(), m_lean.vms());
        const auto vmis = compare<core::Vmi>(m_cluster.connection.vmis(), m_lean.vmis());
        const auto nodes = compare<core::Node>(m_cluster.connection.nodes(), m_lean.nodes());
        qInfo("bytes kept, plain -> lean: VMs %lld -> %lld, VMIs %lld -> %lld, nodes %lld -> %lld", qint64(vms.first), qint64(vms.second),
              qint64(vmis.first), qint64(vmis.second), qint64(nodes.first), qint64(nodes.second));
        QVERIFY(vms.second < vms.first * 3 / 4);
        QVERIFY(vmis.second < vmis.first * 3 / 4);
    }

    void watchedChangesDecodeTheSame()
    {
        // A label on a VM, an annotation on a VMI and the cordon of a node arrive as watch events.
        const QString vm = m_cluster.connection.vmis()->keys().value(0);
        QVERIFY(!vm.isEmpty());
        QVERIFY(m_cluster.patch(kube::ApiResource::virtualMachines(), vm, R"({"metadata":{"labels":{"lean":"yes"}}})"));
        QVERIFY(m_cluster.patch(kube::ApiResource::virtualMachineInstances(), vm,
                                R"({"metadata":{"annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{}","x":"y"}}})"));
        const QString node = m_cluster.connection.nodes()->keys().value(0);
        QVERIFY(m_cluster.patch(kube::ApiResource::nodes(), QLatin1Char('/') + node, R"({"spec":{"unschedulable":true}})"));
        QVERIFY(QTest::qWaitFor([&] { return m_lean.vms()->getLazy(vm).json().value(QLatin1String("metadata")).toObject()
                                                 .value(QLatin1String("labels")).toObject().contains(QLatin1String("lean")); }, 10000));
        QVERIFY(leanSyncedWithPlain());
        compare<core::Vm>(m_cluster.connection.vms(), m_lean.vms());
        compare<core::Node>(m_cluster.connection.nodes(), m_lean.nodes());
        // kubectl's last-applied copy is the one annotation the lean cache leaves out.
        const auto plain = core::Vmi::fromJson(m_cluster.connection.vmis()->getLazy(vm).json());
        const auto lean = core::Vmi::fromJson(m_lean.vmis()->getLazy(vm).json());
        QVERIFY(plain && lean);
        QVERIFY(plain->meta.annotations.contains(QStringLiteral("kubectl.kubernetes.io/last-applied-configuration")));
        QVERIFY(!lean->meta.annotations.contains(QStringLiteral("kubectl.kubernetes.io/last-applied-configuration")));
        QCOMPARE(lean->meta.annotations.value(QStringLiteral("x")), QStringLiteral("y"));
    }

    void snapshotsDecodeTheSameForTheScheduler()
    {
        // One taken the way droverd takes them, and read back once the simulated KubeVirt is done
        // with it: Succeeded, or Failed for a VM whose volumes cannot be snapshotted (then the
        // error must survive the strip). The first VM by name, so every run takes the same one.
        QStringList vms = m_cluster.connection.vms()->keys();
        std::sort(vms.begin(), vms.end());
        const QString vm = vms.value(0);
        const QString ns = vm.section(QLatin1Char('/'), 0, 0);
        const QJsonObject body = core::scheduledSnapshotFor(ns, vm.section(QLatin1Char('/'), 1), QStringLiteral("lean"),
                                                            QDateTime(QDate(2026, 12, 3), QTime(1, 0), Qt::UTC));
        int ok = -1;
        m_cluster.connection.client()->create(kube::ApiResource::snapshots(), ns, body, &m_lean,
                                              [&ok](const kube::Response &r) { ok = r.ok() ? 1 : 0; });
        QVERIFY(QTest::qWaitFor([&ok] { return ok >= 0; }, 10000) && ok == 1);
        const QString key = ns + QLatin1Char('/') + body[QLatin1String("metadata")][QLatin1String("name")].toString();
        const auto settled = [&key](kube::ObjectCache *c) {
            auto s = core::Snapshot::fromJson(c->getLazy(key).json());
            return s && (s->phase == QLatin1String("Succeeded") || s->phase == QLatin1String("Failed"));
        };
        QVERIFY(QTest::qWaitFor([&] { return settled(m_cluster.connection.snapshots()) && settled(m_lean.snapshots()); }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return m_cluster.connection.snapshots()->resourceVersion(key) == m_lean.snapshots()->resourceVersion(key); }, 10000));
        const auto bytes = compare<core::Snapshot>(m_cluster.connection.snapshots(), m_lean.snapshots());
        qInfo("snapshot bytes kept, plain -> lean: %lld -> %lld", qint64(bytes.first), qint64(bytes.second));
        QVERIFY(bytes.second < bytes.first * 3 / 4);
    }

    void hostReportsKeepTheirNamesOnly()
    {
        kube::ObjectCache *plain = m_cluster.connection.hostReports(), *lean = m_lean.hostReports();
        QVERIFY(QTest::qWaitFor([&] { return lean->size() == plain->size(); }, 10000));
        for (const QString &key : lean->keys()) {
            const QJsonObject o = lean->getLazy(key).json();
            QVERIFY(!o.contains(QLatin1String("status")) && !o.contains(QLatin1String("spec")));
            QCOMPARE(o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(), key);
        }
    }
};

QTEST_GUILESS_MAIN(TestLeanCaches)
#include "test_leancaches.moc"
