// Controllers: event intake, the work queue, and the VM controller (KubeVirt's
// pkg/virt-controller/watch/vm.go syncRunStrategy and status update, simplified).
#include "Controllers.h"

#include "Cdi.h"
#include "Instancetype.h"
#include "LiveUpdate.h"
#include "LiveUpdateController.h"
#include "ObjectMeta.h"
#include "Placement.h"
#include "VmEvents.h"
#include "VmiJson.h"

#include <QDateTime>
#include <QTimer>

namespace drover::sim {

using core::RunStrategy;
using core::VmiPhase;
using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

QString keyOf(const QJsonObject &obj)
{
    return namespaceOf(obj) + u'/' + nameOf(obj);
}

// A VMI owned by a VirtualMachine (as opposed to one created on its own).
bool ownedByVm(const QJsonObject &vmi)
{
    for (const QJsonValue &ref : objectAt(vmi, "metadata"_L1).value("ownerReferences"_L1).toArray())
        if (ref.toObject().value("kind"_L1).toString() == "VirtualMachine"_L1)
            return true;
    return false;
}

} // namespace

Controllers::Controllers(ObjectStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(store, &ObjectStore::changed, this, &Controllers::onChanged);
}

void Controllers::onChanged(const ApiResource &r, const QString &type, const QJsonObject &obj)
{
    // Only bookkeeping here: the store is in the middle of a commit.
    if (r == ApiResource::virtualMachines()) {
        enqueueVm(keyOf(obj));
    } else if (r == ApiResource::virtualMachineInstances()) {
        onVmiChanged(type, obj);
    } else if (r == ApiResource::nodes()) {
        onNodeChanged(type, obj);
    } else if (r == ApiResource::clusterInstancetypes() || r == ApiResource::instancetypes() ||
               r == ApiResource::clusterPreferences() || r == ApiResource::preferences()) {
        // vm.go retries a VM whose sync failed (AddRateLimited); here the VMs still missing an
        // instancetype or preference look again when one comes.
        if (type != "DELETED"_L1)
            for (const QJsonObject &vm : m_store->list(ApiResource::virtualMachines()))
                if (const auto f = conditionOf(vm, u"Failure"_s); f && stringAt(*f, "reason"_L1).startsWith("FailedFind"_L1))
                    enqueueVm(keyOf(vm));
    } else if (r == ApiResource::dataVolumes()) {
        // vm.go's DataVolume handlers: the controlling VM looks again.
        for (const QJsonValue &ref : objectAt(obj, "metadata"_L1).value("ownerReferences"_L1).toArray())
            if (ref.toObject().value("controller"_L1).toBool() && stringAt(ref.toObject(), "kind"_L1) == "VirtualMachine"_L1)
                enqueueVm(namespaceOf(obj) + u'/' + stringAt(ref.toObject(), "name"_L1));
    }
}

void Controllers::onVmiChanged(const QString &type, const QJsonObject &vmi)
{
    const QString key = keyOf(vmi);
    enqueueVm(key); // the VM of the same name, if any, follows its VMI
    if (type == "DELETED"_L1) {
        m_waiting.remove(key);
        retryUnschedulable(); // capacity was freed
        return;
    }
    if (isFinal(vmi)) {
        m_waiting.remove(key);
        retryUnschedulable();
        return;
    }
    if (type != "ADDED"_L1)
        return;
    // A new VMI, ours or created through the API: start its way through the phases.
    const QString uid = uidOf(vmi);
    switch (core::vmiPhaseOf(vmi)) {
    case VmiPhase::Unset:
    case VmiPhase::Pending: later(300, {Step::ToScheduling, key, uid}); break;
    case VmiPhase::Scheduling: later(0, {Step::Schedule, key, uid}); break;
    case VmiPhase::Scheduled: later(900, {Step::ToRunning, key, uid}); break;
    default: break;
    }
}

void Controllers::onNodeChanged(const QString &type, const QJsonObject &node)
{
    const QString name = nameOf(node);
    const bool ready = type != "DELETED"_L1 && conditionTrue(node, u"Ready"_s);
    if (!ready && !m_failingNodes.contains(name)) {
        // virt-handler stops heart-beating; virt-controller gives its VMIs up a while later.
        m_failingNodes.insert(name);
        later(2000, {Step::FailNode, name, {}});
    }
    if (ready)
        retryUnschedulable(); // a node came, recovered or was uncordoned
}

void Controllers::retryUnschedulable()
{
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it)
        m_steps.append({Step::Schedule, it.key(), it.value()});
    if (!m_waiting.isEmpty())
        kick();
    m_waiting.clear();
}

void Controllers::enqueueVm(const QString &key)
{
    if (m_vmQueued.contains(key))
        return;
    m_vmQueued.insert(key);
    m_vmQueue.append(key);
    kick();
}

void Controllers::kick()
{
    if (m_drainQueued)
        return;
    m_drainQueued = true;
    QTimer::singleShot(0, this, &Controllers::drain);
}

void Controllers::later(int demoMs, Work w)
{
    const int ms = qRound(demoMs * m_scale);
    QTimer::singleShot(ms, this, [this, work = std::move(w)] {
        m_steps.append(work);
        kick();
    });
}

void Controllers::drain()
{
    // Anything recorded while this runs goes to the next turn's drain.
    m_drainQueued = false;
    const QList<Work> steps = std::exchange(m_steps, {});
    std::optional<Placement> placement; // built on first need, shared by the batch
    for (const Work &w : steps)
        runStep(w, placement);
    const QStringList vms = std::exchange(m_vmQueue, {});
    m_vmQueued.clear();
    for (const QString &key : vms)
        syncVm(key);
}

void Controllers::syncVm(const QString &key)
{
    const QString ns = core::namespaceOfKey(key), name = core::nameOfKey(key);
    const auto &VM = ApiResource::virtualMachines();
    const auto &VMI = ApiResource::virtualMachineInstances();
    const auto vm = m_store->get(VM, ns, name);
    auto vmi = m_store->get(VMI, ns, name);
    if (!vm) {
        // Garbage collection of the VM's VMI (ownerReferences with blockOwnerDeletion).
        if (vmi && ownedByVm(*vmi))
            (void)m_store->remove(VMI, ns, name);
        return;
    }
    if (markedForDeletion(*vm))
        return;
    const RunStrategy strategy = runStrategyOf(*vm);
    QJsonObject status = objectAt(*vm, "status"_L1);
    QJsonArray requests = status.value("stateChangeRequests"_L1).toArray();
    const bool stopRequested = vmi && hasStopRequestFor(*vm, uidOf(*vmi));
    bool startPaused = false;
    const bool startRequested = hasStartRequest(*vm, &startPaused);
    // vm.go sync: until its DataVolumes are ready a VM that is not Halted waits (no VMI made).
    const cdi::VmDisks disks = cdi::vmDisks(*m_store, *vm);
    // The instancetype controller's Sync runs before both: a missing instancetype or preference
    // ends the pass (pkg/instancetype/controller/vm/controller.go checkResourcesExist).
    const instancetype::Found types = instancetype::find(*m_store, *vm);

    // syncRunStrategy: create or delete the VMI.
    if (!types.reason.isEmpty()) {
        // neither started nor stopped
    } else if (!disks.ready && strategy != RunStrategy::Halted) {
        // waiting on DataVolumes
    } else if (strategy == RunStrategy::Always) {
        if (vmi && (stopRequested || isFinal(*vmi)))
            stopVmi(*vmi, false);
        else if (!vmi)
            startVmi(*vm, startRequested && startPaused);
    } else if (strategy == RunStrategy::RerunOnFailure) {
        if (vmi) {
            const bool failed = core::vmiPhaseOf(*vmi) == VmiPhase::Failed;
            if (!markedForDeletion(*vmi) && (stopRequested || isFinal(*vmi))) {
                stopVmi(*vmi, false);
                if (failed)
                    requests.append(startRequest(false));
            }
        } else if (startRequested || core::runStrategyFromName(stringAt(status, "runStrategy"_L1)) != strategy) {
            // A new VM, or one coming from another runStrategy, starts; a stopped one waits.
            startVmi(*vm, startPaused);
        }
    } else if (strategy == RunStrategy::Manual) {
        if (vmi && stopRequested)
            stopVmi(*vmi, false);
        else if (!vmi && startRequested)
            startVmi(*vm, startPaused);
    } else if (strategy == RunStrategy::Halted) {
        if (!vmi && startRequested) {
            // A paused start of a halted VM: it becomes Always; the start request stays for the
            // next pass, which creates the VMI paused.
            (void)m_store->mutate(VM, ns, name, [](QJsonObject &o) {
                QJsonObject spec = objectAt(o, "spec"_L1);
                spec.insert("runStrategy"_L1, core::nameOf(RunStrategy::Always));
                spec.remove("running"_L1);
                o.insert("spec"_L1, spec);
            });
            return;
        }
        if (vmi)
            stopVmi(*vmi, false);
    } else if (strategy == RunStrategy::Once) {
        if (!vmi)
            startVmi(*vm, false);
    }

    // Status: first trim the change request this pass has honoured, then follow the VMI.
    vmi = m_store->get(VMI, ns, name);
    if (!requests.isEmpty()) {
        const QJsonObject head = requests.first().toObject();
        const QString action = stringAt(head, "action"_L1);
        if (action == "Stop"_L1 && (!vmi || stringAt(head, "uid"_L1) != uidOf(*vmi)))
            requests.removeFirst();
        else if (action == "Start"_L1 && vmi && !markedForDeletion(*vmi) && !isFinal(*vmi))
            requests.removeFirst();
    }
    if (requests.isEmpty())
        status.remove("stateChangeRequests"_L1);
    else
        status.insert("stateChangeRequests"_L1, requests);
    QJsonObject next = *vm;
    next.insert("status"_L1, status);
    status = vmStatusFor(next, vmi);
    cdi::applyVmDisks(status, disks);
    instancetype::applyStatusRefs(status, *vm, types);
    if (!types.reason.isEmpty()) { // processFailureCondition with the sync error
        QJsonObject holder{{u"status"_s, status}};
        setCondition(holder, u"Failure"_s, true, types.reason, types.message);
        status = objectAt(holder, "status"_L1);
    }
    applyHotplugSyncError(status, *vm, vmi);
    if (status == objectAt(*vm, "status"_L1))
        return; // nothing changed: no write, no watch event, no further pass
    (void)m_store->mutate(VM, ns, name,
                          [&status](QJsonObject &o) { o.insert("status"_L1, status); });
}

void Controllers::startVmi(const QJsonObject &vm, bool paused)
{
    QJsonObject vmi = vmiForVm(vm, paused);
    // vm.go startVMI: the instancetype and preference applied (instancetypeController.ApplyToVMI)
    // before the VMI is posted, so the VMI mutator's defaults below (pkg/defaults/defaults.go:
    // maxSockets, maxGuest) start from its CPUs and memory; then the start revision.
    instancetype::applyToVmi(vmi, vm, instancetype::find(*m_store, vm));
    liveupdate::applyVmiDefaults(vmi, liveupdate::configOf(*m_store));
    liveupdate::setRevisionName(vmi, vm);
    // The VMI controller's aggregateDataVolumesConditions (watch/vmi/datavolumes.go): its
    // DataVolumes are ready, or it would not have been made.
    for (const QJsonValue &v : objectAt(vmi, "spec"_L1).value("volumes"_L1).toArray())
        if (v.toObject().contains("dataVolume"_L1)) {
            setCondition(vmi, u"DataVolumesReady"_s, true, u"AllDVsReady"_s, u"All of the VMI's DVs are bound and ready"_s);
            break;
        }
    const StoreResult r = m_store->create(ApiResource::virtualMachineInstances(), namespaceOf(vm), vmi);
    if (r.ok())
        vmevents::vmiCreated(m_store, vm, r.object);
    // The VMI's ADDED event starts its phases (onVmiChanged).
}

void Controllers::stopVmi(const QJsonObject &vmi, bool force)
{
    const QString ns = namespaceOf(vmi), name = nameOf(vmi);
    const auto &VMI = ApiResource::virtualMachineInstances();
    if (force || isFinal(vmi)) {
        if (m_store->remove(VMI, ns, name).ok() && !markedForDeletion(vmi))
            vmevents::vmiDeleted(m_store, vmi);
        return;
    }
    if (markedForDeletion(vmi))
        return; // already shutting down
    // A graceful shutdown: the VMI shows its deletionTimestamp until virt-handler is done.
    const StoreResult r = m_store->mutate(VMI, ns, name, [](QJsonObject &o) {
        QJsonObject meta = objectAt(o, "metadata"_L1);
        const int grace =
            objectAt(o, "spec"_L1).value("terminationGracePeriodSeconds"_L1).toInt(30);
        meta.insert("deletionTimestamp"_L1,
                    rfc3339(QDateTime::currentDateTimeUtc().addSecs(grace)));
        meta.insert("deletionGracePeriodSeconds"_L1, grace);
        o.insert("metadata"_L1, meta);
    });
    vmevents::vmiDeleted(m_store, vmi);
    vmevents::vmiShuttingDown(m_store, r.object);
    later(800, {Step::Delete, ns + u'/' + name, uidOf(vmi)});
}

} // namespace drover::sim
