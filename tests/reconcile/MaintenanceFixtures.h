#pragma once
// Small hand-made states for the maintenance planner: ClusterFixtures' cluster plus the pods,
// VMs, budgets and Ceph facts a drain reads, in a few words each.
#include "ClusterFixtures.h"
#include "MaintenancePlan.h"

namespace drover::reconcile::fixtures {

inline core::Pod pod(const QString &ns, const QString &name, const QString &host,
                     const QString &ownerKind = QStringLiteral("ReplicaSet"), QMap<QString, QString> labels = {})
{
    core::Pod p;
    p.meta.ns = ns;
    p.meta.name = name;
    p.meta.labels = std::move(labels);
    p.nodeName = host;
    p.phase = core::PodPhase::Running;
    if (!ownerKind.isEmpty())
        p.ownerReferences.append({QStringLiteral("apps/v1"), ownerKind, name + QStringLiteral("-owner"), {}, true});
    return p;
}

inline core::Pod dsPod(const QString &name, const QString &host)
{
    return pod(QStringLiteral("kube-system"), name + QLatin1Char('-') + host, host, QStringLiteral("DaemonSet"));
}

inline core::Pod launcher(const core::Vmi &v)
{
    core::Pod p = pod(v.meta.ns, QStringLiteral("virt-launcher-") + v.meta.name + QStringLiteral("-x7k2p"), v.nodeName, QString(),
                      {{QStringLiteral("kubevirt.io"), QStringLiteral("virt-launcher")},
                       {QStringLiteral("vm.kubevirt.io/name"), v.meta.name}});
    p.ownerReferences.append({QStringLiteral("kubevirt.io/v1"), QStringLiteral("VirtualMachineInstance"), v.meta.name, {}, true});
    return p;
}

inline core::Pod osdPod(int id, const QString &host)
{
    return pod(QStringLiteral("rook-ceph"), QStringLiteral("rook-ceph-osd-%1-5d9c7").arg(id), host, QStringLiteral("ReplicaSet"),
               {{QStringLiteral("app"), QStringLiteral("rook-ceph-osd")},
                {QStringLiteral("ceph-osd-id"), QString::number(id)},
                {QStringLiteral("topology-location-host"), host}});
}

inline core::PodDisruptionBudget pdb(const QString &ns, const QString &name, QMap<QString, QString> matchLabels,
                                     int allowed, int healthy = 3, int desired = 2)
{
    core::PodDisruptionBudget b;
    b.meta.ns = ns;
    b.meta.name = name;
    b.selector.matchLabels = std::move(matchLabels);
    b.disruptionsAllowed = allowed;
    b.currentHealthy = healthy;
    b.desiredHealthy = desired;
    b.expectedPods = healthy;
    b.generation = b.observedGeneration = 1;
    return b;
}

inline core::Vm vmOf(const core::Vmi &v, core::RunStrategy runStrategy = core::RunStrategy::Always)
{
    core::Vm vm;
    vm.meta.ns = v.meta.ns;
    vm.meta.name = v.meta.name;
    vm.runStrategy = runStrategy;
    vm.resources = v.resources;
    return vm;
}

inline const QString a01 = QStringLiteral("a01");

// cluster() with a VM and a virt-launcher pod per VMI, a DaemonSet pod on every host and a
// web-frontend pod on a01; KubeVirt's eviction strategy LiveMigrate (its default is None).
inline MaintenanceState maintenanceState()
{
    MaintenanceState s;
    s.cluster = cluster();
    for (const core::Vmi &v : std::as_const(s.cluster.vmis)) {
        s.vms << vmOf(v);
        s.pods << launcher(v);
    }
    for (const core::Node &n : std::as_const(s.cluster.nodes))
        s.pods << dsPod(QStringLiteral("kube-proxy"), n.meta.name);
    s.pods << pod(QStringLiteral("shop"), QStringLiteral("frontend-6f7d-abcde"), a01, QStringLiteral("ReplicaSet"),
                  {{QStringLiteral("app"), QStringLiteral("frontend")}});
    s.kubevirt.evictionStrategy = QStringLiteral("LiveMigrate");
    return s;
}

// maintenanceState() plus Ceph: osd.3 and osd.4 on a01, osd.5 on a03, Rook's default PDB.
inline MaintenanceState cephState()
{
    MaintenanceState s = maintenanceState();
    s.ceph.present = true;
    s.ceph.health = QStringLiteral("HEALTH_OK");
    s.ceph.osdsByHost = {{a01, {4, 3}}, {QStringLiteral("a03"), {5}}};
    s.pods << osdPod(3, a01) << osdPod(4, a01) << osdPod(5, QStringLiteral("a03"));
    s.pdbs << pdb(QStringLiteral("rook-ceph"), QStringLiteral("rook-ceph-osd"), {{QStringLiteral("app"), QStringLiteral("rook-ceph-osd")}}, 1);
    return s;
}

inline MaintenanceIntent enter(VmPolicy policy = VmPolicy::Refuse, const QString &node = a01)
{
    MaintenanceIntent i;
    i.node = node;
    i.policy = policy;
    return i;
}

inline const PlanItem *itemFor(const MaintenancePlan &p, const QString &key)
{
    for (const PlanItem &i : p.items)
        if (i.key == key)
            return &i;
    return nullptr;
}

inline const PlanStep *stepFor(const MaintenancePlan &p, StepKind kind, const QString &subject)
{
    for (const PlanStep &s : p.steps)
        if (s.kind == kind && s.subject == subject)
            return &s;
    return nullptr;
}

inline bool hasBlocker(const MaintenancePlan &p, Block b, const QString &key)
{
    for (const Blocker &x : p.blockers)
        if (x.block == b && x.key == key)
            return true;
    return false;
}

inline core::Vmi *vmiIn(MaintenanceState &s, const QString &name)
{
    for (core::Vmi &v : s.cluster.vmis)
        if (v.meta.name == name)
            return &v;
    return nullptr;
}

inline core::Node *nodeIn(MaintenanceState &s, const QString &name)
{
    for (core::Node &n : s.cluster.nodes)
        if (n.meta.name == name)
            return &n;
    return nullptr;
}

// The whole plan as text, for comparing two plans.
inline QString dump(const MaintenancePlan &p)
{
    QString out = QStringLiteral("%1 phase=%2 vms=%3 pods=%4 eta=%5\n")
                      .arg(p.node).arg(int(p.phase)).arg(p.vmsLeft).arg(p.podsLeft).arg(p.etaSeconds);
    for (const Blocker &b : p.blockers)
        out += QStringLiteral("B %1 %2 %3 %4\n").arg(int(b.block)).arg(b.key, b.subject, b.message);
    for (const PlanItem &i : p.items)
        out += QStringLiteral("I %1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(i.kind, i.key).arg(int(i.action)).arg(i.target, i.reason).arg(int(i.block)).arg(i.blockKey).arg(int(i.done));
    for (const PlanStep &s : p.steps)
        out += QStringLiteral("S %1 %2 %3 %4 %5 %6\n").arg(int(s.kind)).arg(s.subject, s.reason).arg(int(s.gate)).arg(s.waitsOn).arg(int(s.done));
    return out;
}

} // namespace drover::reconcile::fixtures
