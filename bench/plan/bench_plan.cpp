// bench_plan: how long the maintenance planner takes to preflight and plan one host of a large
// cluster (goal: median <= 20 ms per pass). The state is built in process, deterministically:
// 500 hosts, 10,000 VMs (VMI, VM and virt-launcher pod each), DaemonSet, OSD and application
// pods, Rook's and the tenants' PodDisruptionBudgets, RWO claims, a few migrations in flight.
// Each pass is one planMaintenance() call, exactly what droverd and the GUI run per change.
// Usage: bench_plan [passes]
#include "BenchStats.h"
#include "MaintenancePlan.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace drover;
using namespace drover::reconcile;

namespace {

constexpr int kHosts = 500;
constexpr int kVms = 10000;
constexpr int kOsdsPerHost = 4;
constexpr int kTenants = 40;
constexpr qint64 kGiB = 1024LL * 1024 * 1024;

// A fixed linear congruential sequence: the same cluster on every run and machine.
struct Lcg
{
    quint32 x = 12345;
    int next(int n)
    {
        x = x * 1664525u + 1013904223u;
        return int((x >> 8) % quint32(n));
    }
};

QString hostName(int i)
{
    return QStringLiteral("host-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
}

core::Pod makePod(const QString &ns, const QString &name, const QString &host, const QString &ownerKind,
                  QMap<QString, QString> labels)
{
    core::Pod p;
    p.meta.ns = ns;
    p.meta.name = name;
    p.meta.labels = std::move(labels);
    p.nodeName = host;
    p.phase = core::PodPhase::Running;
    p.ownerReferences.append({QStringLiteral("apps/v1"), ownerKind, name.section(QLatin1Char('-'), 0, -2), {}, true});
    return p;
}

void addNodes(MaintenanceState &s)
{
    for (int i = 0; i < kHosts; ++i) {
        core::Node n;
        n.meta.name = hostName(i);
        n.meta.labels = {{QStringLiteral("kubernetes.io/hostname"), n.meta.name},
                         {QStringLiteral("topology.kubernetes.io/zone"), QStringLiteral("zone-%1").arg(QChar(u'a' + i % 3))}};
        if (i < 3)
            n.meta.labels.insert(QStringLiteral("node-role.kubernetes.io/control-plane"), QString());
        if (i % 25 == 0)
            n.meta.labels.insert(QStringLiteral("drover.io/gpu"), QStringLiteral("a100"));
        n.cpuAllocatableMillis = n.cpuCapacityMillis = 96 * 1000;
        n.memoryAllocatableBytes = n.memoryCapacityBytes = 768 * kGiB;
        core::Condition ready;
        ready.type = QStringLiteral("Ready");
        ready.status = QStringLiteral("True");
        n.conditions = {ready};
        s.cluster.nodes << n;
    }
}

void addVm(MaintenanceState &s, Lcg &g, int i)
{
    core::Vmi v;
    v.meta.ns = QStringLiteral("tenant-%1").arg(i % kTenants, 2, 10, QLatin1Char('0'));
    v.meta.name = QStringLiteral("vm-%1").arg(i, 5, 10, QLatin1Char('0'));
    v.meta.uid = QStringLiteral("uid-%1").arg(i);
    v.phase = core::VmiPhase::Running;
    v.nodeName = hostName(i % kHosts);
    v.resources.cpuCores = 1 + g.next(6);
    v.resources.memoryBytes = (2 + g.next(23)) * kGiB;
    const int slot = i / kHosts; // the VM's place on its host: every host gets the same mix
    if (slot == 7)
        v.resources.nodeSelector.insert(QStringLiteral("topology.kubernetes.io/zone"), QStringLiteral("zone-b"));
    if (slot == 3)
        v.evictionStrategy = QStringLiteral("LiveMigrateIfPossible");
    core::Condition lm;
    lm.type = QStringLiteral("LiveMigratable");
    lm.status = QStringLiteral("True");
    v.claimNames << v.meta.name + QStringLiteral("-root");
    if (slot == 11) { // one VM in twenty sits on a ReadWriteOnce claim
        lm.status = QStringLiteral("False");
        lm.reason = QStringLiteral("DisksNotLiveMigratable");
        lm.message = QStringLiteral("cannot migrate VMI: PVC %1 is not shared, live migration requires that all PVCs must be shared "
                                    "(using ReadWriteMany access mode)").arg(v.claimNames.first());
        core::PersistentVolumeClaim pvc;
        pvc.meta.ns = v.meta.ns;
        pvc.meta.name = v.claimNames.first();
        pvc.accessModes = {QStringLiteral("ReadWriteOnce")};
        s.pvcs << pvc;
    }
    v.conditions = {lm};
    core::Vm vm;
    vm.meta.ns = v.meta.ns;
    vm.meta.name = v.meta.name;
    vm.runStrategy = core::RunStrategy::Always;
    vm.resources = v.resources;
    core::Pod launcher = makePod(v.meta.ns, QStringLiteral("virt-launcher-%1-x7k2p").arg(v.meta.name), v.nodeName, QString(),
                                 {{QStringLiteral("kubevirt.io"), QStringLiteral("virt-launcher")},
                                  {QStringLiteral("kubevirt.io/created-by"), v.meta.uid},
                                  {QStringLiteral("vm.kubevirt.io/name"), v.meta.name}});
    launcher.ownerReferences = {{QStringLiteral("kubevirt.io/v1"), QStringLiteral("VirtualMachineInstance"), v.meta.name, v.meta.uid, true}};
    s.cluster.vmis << v;
    s.vms << vm;
    s.pods << launcher;
}

void addHostPods(MaintenanceState &s)
{
    const QString rook = QStringLiteral("rook-ceph");
    for (int h = 0; h < kHosts; ++h) {
        const QString host = hostName(h);
        for (const char *ds : {"kube-proxy", "node-exporter", "csi-rbdplugin"})
            s.pods << makePod(QStringLiteral("kube-system"), QStringLiteral("%1-%2").arg(QLatin1String(ds), host), host,
                              QStringLiteral("DaemonSet"), {{QStringLiteral("app"), QLatin1String(ds)}});
        QList<int> osds;
        for (int o = 0; o < kOsdsPerHost; ++o) {
            const int id = h * kOsdsPerHost + o;
            osds << id;
            s.pods << makePod(rook, QStringLiteral("rook-ceph-osd-%1-5d9c7").arg(id), host, QStringLiteral("ReplicaSet"),
                              {{QStringLiteral("app"), QStringLiteral("rook-ceph-osd")},
                               {QStringLiteral("ceph-osd-id"), QString::number(id)},
                               {QStringLiteral("topology-location-host"), host}});
        }
        s.ceph.osdsByHost.insert(host, osds);
        const QString tenant = QStringLiteral("tenant-%1").arg(h % kTenants, 2, 10, QLatin1Char('0'));
        s.pods << makePod(tenant, QStringLiteral("web-%1-abcde").arg(h), host, QStringLiteral("ReplicaSet"),
                          {{QStringLiteral("app"), QStringLiteral("web")}});
        if (h < 3)
            s.pods << makePod(rook, QStringLiteral("rook-ceph-mon-%1-abcde").arg(QChar(u'a' + h)), host, QStringLiteral("ReplicaSet"),
                              {{QStringLiteral("app"), QStringLiteral("rook-ceph-mon")}});
    }
}

core::PodDisruptionBudget budget(const QString &ns, const QString &name, const QString &app, int allowed)
{
    core::PodDisruptionBudget b;
    b.meta.ns = ns;
    b.meta.name = name;
    b.selector.matchLabels.insert(QStringLiteral("app"), app);
    b.disruptionsAllowed = allowed;
    b.generation = b.observedGeneration = 1;
    b.currentHealthy = b.expectedPods = 10;
    b.desiredHealthy = 10 - allowed;
    return b;
}

MaintenanceState buildState()
{
    MaintenanceState s;
    Lcg g;
    addNodes(s);
    for (int i = 0; i < kVms; ++i)
        addVm(s, g, i);
    addHostPods(s);
    s.pdbs << budget(QStringLiteral("rook-ceph"), QStringLiteral("rook-ceph-osd"), QStringLiteral("rook-ceph-osd"), 1)
           << budget(QStringLiteral("rook-ceph"), QStringLiteral("rook-ceph-mon-pdb"), QStringLiteral("rook-ceph-mon"), 1);
    for (int t = 0; t < kTenants; ++t)
        s.pdbs << budget(QStringLiteral("tenant-%1").arg(t, 2, 10, QLatin1Char('0')), QStringLiteral("web"), QStringLiteral("web"), 1);
    // A few migrations elsewhere take slots and room.
    for (int m = 0; m < 3; ++m) {
        core::Migration mig;
        mig.meta.ns = s.cluster.vmis[m].meta.ns;
        mig.meta.name = s.cluster.vmis[m].meta.name + QStringLiteral("-mig");
        mig.vmiName = s.cluster.vmis[m].meta.name;
        mig.phase = core::MigrationPhase::Running;
        mig.migrationState.targetNode = hostName(kHosts - 1 - m);
        s.cluster.migrations << mig;
    }
    s.kubevirt.evictionStrategy = QStringLiteral("LiveMigrate");
    s.kubevirt.present = true;
    s.ceph.present = true;
    s.ceph.health = QStringLiteral("HEALTH_OK");
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    const int passes = argc > 1 ? qMax(5, atoi(argv[1])) : 200;
    QElapsedTimer t;
    t.start();
    MaintenanceState s = buildState();
    const QString host = hostName(kHosts / 2);
    OkToStop ok;
    ok.known = ok.ok = true;
    ok.osds = s.ceph.osdsByHost.value(host);
    ok.numOkPgs = 412;
    s.ceph.okToStop.insert(host, ok);
    MaintenanceIntent intent;
    intent.node = host;
    intent.policy = VmPolicy::StopAndRestartAfter;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1740823200, Qt::UTC);
    std::printf("state: %d hosts, %d VMs, %lld pods, %lld PDBs, built in %lld ms\n", kHosts, kVms,
                static_cast<long long>(s.pods.size()), static_cast<long long>(s.pdbs.size()),
                static_cast<long long>(t.elapsed()));

    MaintenancePlan plan = planMaintenance(s, intent, now); // warm-up, and what a pass yields
    int stops = 0, moves = 0;
    for (const PlanItem &i : plan.items) {
        stops += i.action == ItemAction::StopAndRestart ? 1 : 0;
        moves += i.action == ItemAction::LiveMigrate ? 1 : 0;
    }
    std::printf("plan for %s: %lld items (%d live migrations, %d stops), %lld steps, %lld blockers, eta %d s\n",
                qPrintable(host), static_cast<long long>(plan.items.size()), moves, stops,
                static_cast<long long>(plan.steps.size()), static_cast<long long>(plan.blockers.size()), plan.etaSeconds);

    std::vector<double> ms;
    ms.reserve(size_t(passes));
    for (int pass = 0; pass < passes; ++pass) {
        t.restart();
        plan = planMaintenance(s, intent, now);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    const double median = bench::median(ms);
    const double p90 = bench::percentile(ms, 0.9);
    const double rss = bench::statusMb("VmRSS:"), peak = bench::statusMb("VmHWM:");
    std::printf("%d passes: median %.2f ms, p90 %.2f ms, min %.2f ms, max %.2f ms; rss %.1f MB, peak %.1f MB\n",
                passes, median, p90, ms.front(), ms.back(), rss, peak);
    std::printf("RESULT plan_median_ms=%.2f plan_p90_ms=%.2f rss_mb=%.1f hosts=%d vms=%d\n", median, p90, rss, kHosts, kVms);
    return 0;
}
