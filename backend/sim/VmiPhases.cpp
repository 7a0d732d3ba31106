// Controllers: a VMI's way through its phases (virt-controller and the scheduler), what
// virt-handler reports once it runs, and what happens to VMIs on a node that stops reporting.
#include "Controllers.h"
#include "ObjectMeta.h"

#include "Placement.h"
#include "VmEvents.h"
#include "VmiJson.h"

namespace drover::sim {

using core::VmiPhase;
using kube::ApiResource;
using namespace Qt::StringLiterals;

void Controllers::runStep(const Work &w, std::optional<Placement> &placement)
{
    const auto &VMI = ApiResource::virtualMachineInstances();
    if (w.step == Step::FailNode) {
        m_failingNodes.remove(w.key);
        failVmisOn(w.key);
        return;
    }
    const QString ns = core::namespaceOfKey(w.key), name = core::nameOfKey(w.key);
    const auto vmi = m_store->get(VMI, ns, name);
    if (!vmi || uidOf(*vmi) != w.uid)
        return; // deleted, or deleted and created anew, since the step was armed
    const VmiPhase phase = core::vmiPhaseOf(*vmi);
    const bool deleting = markedForDeletion(*vmi);
    switch (w.step) {
    case Step::ToScheduling:
        if (deleting || !(phase == VmiPhase::Unset || phase == VmiPhase::Pending))
            return;
        (void)m_store->mutate(VMI, ns, name, [](QJsonObject &o) { setPhase(o, VmiPhase::Scheduling); });
        later(300, {Step::Schedule, w.key, w.uid});
        return;
    case Step::Schedule:
        if (deleting || phase != VmiPhase::Scheduling)
            return;
        if (!placement)
            placement.emplace(*m_store);
        schedule(*vmi, *placement);
        return;
    case Step::ToRunning: {
        if (deleting || phase != VmiPhase::Scheduled)
            return;
        const QString node = stringAt(objectAt(*vmi, "status"_L1), "nodeName"_L1);
        const auto host = m_store->get(ApiResource::nodes(), {}, node);
        if (!host || !conditionTrue(*host, u"Ready"_s))
            return; // the node went away meanwhile: failVmisOn() deals with the VMI
        if (!placement)
            placement.emplace(*m_store);
        const QString ip = placement->allocateIp(node);
        const StoreResult r = m_store->mutate(VMI, ns, name, [&](QJsonObject &o) { markRunning(o, node, ip); });
        if (r.ok())
            vmevents::vmiStarted(m_store, r.object);
        return;
    }
    case Step::Pause:
        if (phase == VmiPhase::Running) {
            const StoreResult r = m_store->mutate(VMI, ns, name, [](QJsonObject &o) {
                setCondition(o, u"Paused"_s, true, u"PausedByUser"_s, u"VMI was paused by user"_s);
            });
            vmevents::vmiPaused(m_store, r.object, true);
        }
        return;
    case Step::Unpause:
        // virt-handler removes the condition rather than setting it False.
        if (phase == VmiPhase::Running) {
            const StoreResult r = m_store->mutate(VMI, ns, name,
                                                  [](QJsonObject &o) { removeCondition(o, u"Paused"_s); });
            vmevents::vmiPaused(m_store, r.object, false);
        }
        return;
    case Step::Delete:
        if (phase == VmiPhase::Running)
            vmevents::vmiShutDown(m_store, *vmi); // the domain is gone; then the finalizer
        (void)m_store->remove(VMI, ns, name);
        return;
    case Step::FailNode:
        return;
    }
}

void Controllers::schedule(const QJsonObject &vmi, Placement &placement)
{
    const auto &VMI = ApiResource::virtualMachineInstances();
    const QString ns = namespaceOf(vmi), name = nameOf(vmi), uid = uidOf(vmi);
    const QJsonObject spec = objectAt(vmi, "spec"_L1);
    const Placement::Choice choice = placement.pick(spec);
    if (choice.node.isEmpty()) {
        // The launcher pod stays Pending; virt-controller copies its PodScheduled condition.
        QJsonObject updated = vmi;
        setCondition(updated, u"PodScheduled"_s, false, u"Unschedulable"_s, choice.reason);
        if (updated != vmi)
            (void)m_store->mutate(VMI, ns, name, [&](QJsonObject &o) {
                setCondition(o, u"PodScheduled"_s, false, u"Unschedulable"_s, choice.reason);
            });
        // Tried again when a node appears, recovers or is uncordoned, or a VMI goes away.
        m_waiting.insert(ns + u'/' + name, uid);
        return;
    }
    placement.add(choice.node, choice.need);
    (void)m_store->mutate(VMI, ns, name, [&](QJsonObject &o) { markScheduled(o, choice.node); });
    later(900, {Step::ToRunning, ns + u'/' + name, uid});
}

void Controllers::failVmisOn(const QString &node)
{
    const auto host = m_store->get(ApiResource::nodes(), {}, node);
    if (host && conditionTrue(*host, u"Ready"_s))
        return; // it came back before virt-controller gave up on it
    const auto &VMI = ApiResource::virtualMachineInstances();
    for (const QJsonObject &vmi : m_store->list(VMI)) {
        if (isFinal(vmi) || stringAt(objectAt(vmi, "status"_L1), "nodeName"_L1) != node)
            continue;
        (void)m_store->mutate(VMI, namespaceOf(vmi), nameOf(vmi),
                              [](QJsonObject &o) { markNodeUnresponsive(o); });
    }
}

} // namespace drover::sim
