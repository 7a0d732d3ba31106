// The host-level and pod-level preflight of a drain: what runs on the host, the control-plane
// rule (Harvester's, maintenance-facts §1.3), Ceph's gate (§1.5, §2) and every pod with its
// PodDisruptionBudgets as the eviction API will judge them (§1.1), Rook's OSD budgets apart (§3).
#include "MaintenanceDetail.h"

#include "ReconcileTr.h"

#include <QSet>

#include <algorithm>

namespace drover::reconcile::detail {
namespace {

const QString kDefaultOsdPdb = QStringLiteral("rook-ceph-osd");

bool isControlPlane(const core::Node &n)
{
    return n.meta.labels.contains(QStringLiteral("node-role.kubernetes.io/control-plane"))
           || n.meta.labels.contains(QStringLiteral("node-role.kubernetes.io/master"));
}

template <typename T>
void sortByKey(QList<const T *> *list)
{
    std::sort(list->begin(), list->end(), [](const T *a, const T *b) {
        return a->meta.ns != b->meta.ns ? a->meta.ns < b->meta.ns : a->meta.name < b->meta.name;
    });
}

QString osdList(QList<int> ids)
{
    std::sort(ids.begin(), ids.end());
    QStringList names;
    for (int id : ids)
        names << QStringLiteral("osd.%1").arg(id);
    return names.join(QStringLiteral(", "));
}

} // namespace

bool isOsdPod(const core::Pod &p)
{
    return p.meta.labels.value(QStringLiteral("app")) == QLatin1String("rook-ceph-osd");
}

bool stoppedFor(const core::Vm &vm, const QString &node)
{
    return vm.runStrategy == core::RunStrategy::Halted && vm.meta.annotations.value(annotations::stoppedFor) == node;
}

QString gib(std::int64_t bytes)
{
    const double g = double(bytes) / (1024.0 * 1024.0 * 1024.0);
    const bool whole = g == double(qint64(g));
    return QStringLiteral("%1 GiB").arg(g, 0, 'f', whole ? 0 : 1);
}

Host collect(const MaintenanceState &s, const MaintenanceIntent &intent, const QDateTime &now)
{
    Host h(s, intent, now);
    for (const core::Node &n : s.cluster.nodes)
        if (n.meta.name == intent.node)
            h.node = &n;
    if (!h.node)
        return h;
    h.cordoned = h.node->unschedulable;
    for (const core::Pod &p : s.pods)
        if (p.nodeName == intent.node && !p.finished())
            h.pods.append(&p);
    for (const core::Vmi &v : s.cluster.vmis)
        if (v.nodeName == intent.node && !core::isFinal(v.phase))
            h.vmis.append(&v);
    sortByKey(&h.pods);
    sortByKey(&h.vmis);
    QHash<QString, const core::Vmi *> byName; // names first: no key string built for every VM
    QSet<QString> here;
    for (const core::Vmi *v : std::as_const(h.vmis)) {
        byName.insert(v->meta.name, v);
        here.insert(v->meta.key());
    }
    for (const core::Vm &vm : s.vms) {
        if (vm.meta.annotations.value(annotations::stoppedFor) == intent.node)
            h.stoppedHere.append(&vm);
        const core::Vmi *v = byName.value(vm.meta.name);
        if (v && v->meta.ns == vm.meta.ns)
            h.vms.insert(v->meta.key(), &vm);
    }
    sortByKey(&h.stoppedHere);
    for (const core::Pod *p : std::as_const(h.pods)) {
        const QString key = p->vmiKey();
        // The running launcher wins over one already terminating.
        if (here.contains(key) && (!h.launchers.contains(key) || !p->meta.deletionTimestamp.isValid()))
            h.launchers.insert(key, p);
    }
    return h;
}

void checkControlPlane(const Host &h, QList<Blocker> *blockers)
{
    // Only before the cordon: once this host is in maintenance, a second one is the one refused.
    if (h.cordoned || !isControlPlane(*h.node))
        return;
    QStringList others, busy;
    for (const core::Node &n : h.s.cluster.nodes) {
        if (&n == h.node || !isControlPlane(n))
            continue;
        others << n.meta.name;
        if (n.unschedulable || !n.meta.annotations.value(annotations::state).isEmpty())
            busy << n.meta.name;
    }
    const QString &name = h.node->meta.name;
    if (others.isEmpty())
        blockers->append({Block::SingleControlPlane, QStringLiteral("SingleControlPlane"), name,
                          Tr::tr("%1 is the only control-plane node: single control-plane cluster, "
                                         "cannot place the control plane in maintenance mode").arg(name)});
    else if (!busy.isEmpty())
        blockers->append({Block::SecondControlPlane, QStringLiteral("SecondControlPlane"), name,
                          Tr::tr("another control-plane node (%1) is already in maintenance mode or cordoned, "
                                         "cannot place %2 in maintenance mode").arg(busy.join(QStringLiteral(", ")), name)});
}

CephVerdict checkCeph(const Host &h, QList<Blocker> *blockers)
{
    CephVerdict c;
    const CephState &ceph = h.s.ceph;
    const QString &name = h.node->meta.name;
    bool osdPods = false, osdPodsLeft = false;
    for (const core::Pod *p : h.pods) {
        if (!isOsdPod(*p))
            continue;
        osdPods = true;
        osdPodsLeft = osdPodsLeft || !p->meta.deletionTimestamp.isValid();
    }
    c.wanted = ceph.present && (!ceph.osdsByHost.value(name).isEmpty() || osdPods);
    c.done = !c.wanted; // no gate to pass
    if (!c.wanted)
        return c;
    const OkToStop ok = ceph.okToStop.value(name);
    c.osdList = osdList(ok.osds.isEmpty() ? ceph.osdsByHost.value(name) : ok.osds);
    // Once the OSD pods have left a cordoned host the gate was passed in an earlier pass.
    c.done = (ok.known && ok.ok) || (!osdPodsLeft && h.cordoned);
    if (c.done)
        return c;
    if (!ceph.drainingFailureDomain.isEmpty() && ceph.drainingFailureDomain != name && !ceph.pgsClean) {
        c.otherDomainBlocks = true;
        blockers->append({Block::CephOtherDomainDraining, QStringLiteral("CephOtherDomainDraining"), name,
                          Tr::tr("Rook is draining failure domain %1 and Ceph's placement groups are not all clean yet: "
                                         "stopping %2 now could leave data with too few copies").arg(ceph.drainingFailureDomain, c.osdList)});
    }
    if (!ok.known) {
        c.gate = Gate::CephOkToStop;
        c.waitsOn = Tr::tr("waiting for Ceph's answer to ok-to-stop for %1").arg(c.osdList);
        if (!ok.message.isEmpty())
            c.waitsOn += QStringLiteral(" (%1)").arg(ok.message);
        return c;
    }
    QString why;
    if (ok.exitStatus == 11)
        why = Tr::tr("Ceph cannot tell yet whether stopping %1 is safe: some placement groups are in an unknown state").arg(c.osdList);
    else
        why = Tr::tr("Ceph says stopping %1 would leave %2 placement groups without enough copies (%3 ok)")
                  .arg(c.osdList).arg(ok.numNotOkPgs).arg(ok.numOkPgs);
    c.gate = Gate::Blocked;
    c.waitsOn = why;
    blockers->append({Block::CephNotOkToStop, QStringLiteral("CephNotOkToStop"), name, why});
    return c;
}

namespace {

void block(PodDecision *d, Block b, const QString &key, const QString &why, QList<Blocker> *blockers)
{
    d->action = ItemAction::Blocked;
    d->block = b;
    d->blockKey = key;
    d->reason = why;
    if (blockers)
        blockers->append({b, key, d->key, why});
}

// Rook's OSD budgets (maintenance-facts §3): the default rook-ceph-osd PDB lets one OSD of this
// host go and Rook then lifts the rest of the host, so it never blocks here; a blocking
// rook-ceph-osd-<type>-<name> PDB at 0 means another failure domain drains.
void rookBudgets(const Host &h, const CephVerdict &ceph, QList<const core::PodDisruptionBudget *> *pdbs,
                 PodDecision *d, QList<Blocker> *blockers)
{
    for (auto it = pdbs->begin(); it != pdbs->end();) {
        const core::PodDisruptionBudget *b = *it;
        if (b->meta.name == kDefaultOsdPdb) {
            it = pdbs->erase(it);
            continue;
        }
        if (!b->meta.name.startsWith(kDefaultOsdPdb + QLatin1Char('-'))) {
            ++it;
            continue;
        }
        it = pdbs->erase(it);
        if (b->disruptionsAllowed > 0)
            continue;
        if (!h.s.ceph.pgsClean) {
            const QString other = h.s.ceph.drainingFailureDomain.isEmpty() ? Tr::tr("another failure domain")
                                                                            : h.s.ceph.drainingFailureDomain;
            block(d, Block::CephOtherDomainDraining, QStringLiteral("CephOtherDomainDraining"),
                  Tr::tr("Rook's budget %1 holds %2 while %3 drains and Ceph's placement groups are not clean")
                      .arg(b->meta.name, d->key, other),
                  ceph.otherDomainBlocks ? nullptr : blockers);
        } else {
            d->gate = Gate::Pdb;
            d->waitsOn = Tr::tr("Rook lifts %1 once it sees the placement groups clean").arg(b->meta.name);
        }
    }
}

void budgets(const Host &h, const CephVerdict &ceph, PodDecision *d, QList<Blocker> *blockers)
{
    QList<const core::PodDisruptionBudget *> pdbs;
    for (const core::PodDisruptionBudget &b : h.s.pdbs)
        if (b.matches(*d->pod))
            pdbs.append(&b);
    sortByKey(&pdbs);
    if (d->osd)
        rookBudgets(h, ceph, &pdbs, d, blockers);
    if (pdbs.size() > 1) {
        QStringList names;
        for (const auto *b : std::as_const(pdbs))
            names << b->meta.name;
        block(d, Block::PdbMultiple, QStringLiteral("PdbMultiple"),
              Tr::tr("%1 is guarded by %2 PodDisruptionBudgets (%3): the eviction API refuses such pods (500)")
                  .arg(d->key).arg(pdbs.size()).arg(names.join(QStringLiteral(", "))), blockers);
        return;
    }
    if (pdbs.isEmpty() || d->block != Block::None)
        return;
    const core::PodDisruptionBudget &b = *pdbs.first();
    Block kind = Block::None;
    QString key, why;
    if (b.observedGeneration < b.generation) {
        kind = Block::PdbStale;
        key = QStringLiteral("PdbStale");
        why = Tr::tr("the disruption budget %1 has not been processed since its last change "
                             "(observedGeneration %2 < generation %3): the eviction API answers 429")
                  .arg(b.meta.name).arg(b.observedGeneration).arg(b.generation);
    } else if (b.disruptionsAllowed <= 0) {
        kind = Block::PdbNoDisruptions;
        key = QStringLiteral("DisruptionBudget");
        why = Tr::tr("the disruption budget %1 needs %2 healthy pods and has %3: it allows no disruption now")
                  .arg(b.meta.name).arg(b.desiredHealthy).arg(b.currentHealthy);
    }
    if (kind == Block::None)
        return;
    // Before the drain this refuses it; once draining, our own evictions spend budgets, so a
    // budget at 0 is a wait (as kubectl drain retries every 5 s), not a reason to stop.
    if (!h.cordoned) {
        block(d, kind, key, why, blockers);
    } else {
        d->gate = Gate::Pdb;
        d->waitsOn = why;
    }
}

PodDecision decidePod(const Host &h, const CephVerdict &ceph, const core::Pod &p, QList<Blocker> *blockers)
{
    PodDecision d;
    d.pod = &p;
    d.key = p.meta.key();
    d.osd = isOsdPod(p);
    const core::OwnerReference *owner = p.controller();
    if (p.meta.deletionTimestamp.isValid()) {
        d.terminating = true;
        d.reason = Tr::tr("terminating: its eviction was accepted");
    } else if (p.isVirtLauncher()) {
        d.reason = Tr::tr("virt-launcher pod of %1, whose VMI does not run on this host (e.g. a migration's target pod)")
                       .arg(p.vmiKey().isEmpty() ? Tr::tr("an unknown VMI") : p.vmiKey());
    } else if (p.isDaemonSetPod()) {
        d.action = ItemAction::Stays;
        d.reason = Tr::tr("DaemonSet pod: stays (as kubectl drain --ignore-daemonsets leaves it)");
    } else if (p.isMirrorPod()) {
        d.action = ItemAction::Stays;
        d.reason = Tr::tr("static pod (mirror): the kubelet runs it here; it stays");
    } else if (!owner) {
        block(&d, Block::BarePod, QStringLiteral("BarePod"),
              Tr::tr("%1 has no controller: evicting it deletes it for good (kubectl drain refuses without --force)").arg(d.key),
              blockers);
    } else {
        d.reason = Tr::tr("evicted; its %1 %2 recreates it on another host").arg(owner->kind, owner->name);
        budgets(h, ceph, &d, blockers);
    }
    return d;
}

} // namespace

QList<PodDecision> decidePods(const Host &h, const CephVerdict &ceph, QList<Blocker> *blockers)
{
    QList<PodDecision> out;
    for (const core::Pod *p : h.pods) {
        // A launcher of a VMI on this host is part of that VM's item.
        if (p->isVirtLauncher() && h.launchers.contains(p->vmiKey()))
            continue;
        out.append(decidePod(h, ceph, *p, blockers));
    }
    return out;
}

} // namespace drover::reconcile::detail
