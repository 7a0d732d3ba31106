#include "ObservedState.h"

#include "Vm.h"

namespace drover::ops {

reconcile::ClusterState clusterStateFrom(const kube::ObjectCache *nodes, const kube::ObjectCache *vmis,
                                         const kube::ObjectCache *migrations)
{
    reconcile::ClusterState s;
    if (nodes)
        for (const kube::LazyObject &o : nodes->objects())
            if (auto n = core::Node::fromJson(o.json()))
                s.nodes.append(*n);
    if (vmis)
        for (const kube::LazyObject &o : vmis->objects())
            if (auto v = core::Vmi::fromJson(o.json()))
                s.vmis.append(*v);
    if (migrations)
        for (const kube::LazyObject &o : migrations->objects())
            if (auto m = core::Migration::fromJson(o.json()))
                s.migrations.append(*m);
    return s;
}

reconcile::ClusterState clusterStateFrom(const ClusterConnection &connection)
{
    return clusterStateFrom(connection.nodes(), connection.vmis(), connection.migrations());
}

VmObserved observeVm(const ClusterConnection &connection, const QString &key)
{
    VmObserved o;
    const kube::ObjectCache *vms = connection.vms();
    if (!vms || !vms->contains(key))
        return o;
    o.exists = true;
    if (auto vm = core::Vm::fromJson(vms->getLazy(key).json()))
        o.status = vm->printableStatus;
    bool running = false, paused = false;
    if (const kube::ObjectCache *vmis = connection.vmis(); vmis && vmis->contains(key)) {
        if (auto vmi = core::Vmi::fromJson(vmis->getLazy(key).json())) {
            o.hasVmi = true;
            o.vmiUid = vmi->meta.uid;
            running = vmi->phase == core::VmiPhase::Running;
            paused = vmi->paused();
        }
    }
    // As models::VmSummary reads it, so that "done" here is what the table shows.
    if (o.status.isEmpty())
        o.status = o.hasVmi && running ? (paused ? QStringLiteral("Paused") : QStringLiteral("Running"))
                                       : QStringLiteral("Unknown");
    return o;
}

} // namespace drover::ops
