// LiveUpdateController (LiveUpdateController.h): KubeVirt v1.9's live update of running VMs.
#include "LiveUpdateController.h"

#include "HotplugVolumes.h"
#include "Instancetype.h"
#include "LiveUpdate.h"
#include "ObjectMeta.h"
#include "VmiJson.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const auto kRestartRequired = u"RestartRequired"_s;
const auto kCpuChange = u"HotVCPUChange"_s;
const auto kMemoryChange = u"HotMemoryChange"_s;
// How long a hotplug takes at demo pace: the live migration real KubeVirt runs for it.
constexpr int kHotplugMs = 1500;
constexpr int kVolumeStepMs = 400;

QString keyOf(const QJsonObject &obj)
{
    return namespaceOf(obj) + u'/' + nameOf(obj);
}

QJsonObject templateSpecOf(const QJsonObject &vm)
{
    return objectAt(objectAt(objectAt(vm, "spec"_L1), "template"_L1), "spec"_L1);
}

bool ownedBy(const QJsonObject &vmi, const QJsonObject &vm)
{
    for (const QJsonValue &ref : objectAt(vmi, "metadata"_L1).value("ownerReferences"_L1).toArray())
        if (stringAt(ref.toObject(), "kind"_L1) == "VirtualMachine"_L1 && stringAt(ref.toObject(), "uid"_L1) == uidOf(vm))
            return true;
    return false;
}

// The revision a VMI started from: its status.virtualMachineRevisionName, else its uid.
QString revisionKey(const QJsonObject &vmi)
{
    const QString name = liveupdate::revisionNameOf(vmi);
    return name.isEmpty() ? u"vmi-"_s + uidOf(vmi) : name;
}

bool running(const QJsonObject &vmi)
{
    return core::vmiPhaseOf(vmi) == core::VmiPhase::Running && !markedForDeletion(vmi);
}

} // namespace

LiveUpdateController::LiveUpdateController(ObjectStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(store, &ObjectStore::changed, this, &LiveUpdateController::onChanged);
}

void LiveUpdateController::onChanged(const ApiResource &r, const QString &type, const QJsonObject &obj)
{
    if (r == ApiResource::virtualMachines()) {
        enqueue(keyOf(obj));
    } else if (r == ApiResource::virtualMachineInstances()) {
        const QString rev = revisionKey(obj);
        if (type == "ADDED"_L1 && !m_revisions.contains(rev)) {
            // vm.go startVMI took the revision of the VM it started the VMI from.
            const auto vm = m_store->get(ApiResource::virtualMachines(), namespaceOf(obj), nameOf(obj));
            // Kept expanded: vm.go syncRestartRequired expands the stored VM spec with the
            // instancetype revision it started with (ApplyToVM on lastSeenVM).
            if (vm && ownedBy(obj, *vm))
                m_revisions.insert(rev, instancetype::expandedTemplateSpec(*vm, instancetype::find(*m_store, *vm)));
        } else if (type == "DELETED"_L1) {
            m_revisions.remove(rev);
            m_volumeSteps.remove(uidOf(obj));
        }
        if (type != "DELETED"_L1 && hotplug::hasHotplugState(obj))
            m_hotplugVmis.insert(keyOf(obj));
        else
            m_hotplugVmis.remove(keyOf(obj));
        enqueue(keyOf(obj));
    } else if (r == ApiResource::persistentVolumeClaims()) {
        // A claim came or changed: hotplug volumes waiting for it look again.
        const QString prefix = namespaceOf(obj) + u'/';
        for (const QString &key : std::as_const(m_hotplugVmis))
            if (key.startsWith(prefix))
                enqueue(key);
    }
}

void LiveUpdateController::enqueue(const QString &key)
{
    if (m_queued.contains(key))
        return;
    m_queued.insert(key);
    m_queue.append(key);
    if (!std::exchange(m_drainQueued, true))
        QTimer::singleShot(0, this, &LiveUpdateController::drain);
}

void LiveUpdateController::drain()
{
    m_drainQueued = false;
    const QStringList keys = std::exchange(m_queue, {});
    m_queued.clear();
    for (const QString &key : keys)
        sync(key);
}

void LiveUpdateController::sync(const QString &key)
{
    const QString ns = core::namespaceOfKey(key), name = core::nameOfKey(key);
    const auto vm = m_store->get(ApiResource::virtualMachines(), ns, name);
    if (!vm || markedForDeletion(*vm))
        return;
    auto vmi = m_store->get(ApiResource::virtualMachineInstances(), ns, name);
    if (!vmi || !ownedBy(*vmi, *vm)) {
        setRestartRequired(*vm, {}); // cleanupRestartRequired: stopped
        return;
    }
    // vm.go sync: the instancetype controller's Sync fails first when the instancetype or
    // preference is missing (the VM controller reports it); nothing below runs then.
    const instancetype::Found types = instancetype::find(*m_store, *vm);
    if (!types.reason.isEmpty())
        return;
    const liveupdate::Config cfg = liveupdate::configOf(*m_store);
    // syncRestartRequired and the live update handlers compare the VM with its instancetype
    // applied (ApplyToVM on a copy): a new instancetype is a change of sockets and guest memory.
    const QJsonObject current = instancetype::expandedTemplateSpec(*vm, types);
    const QString rev = revisionKey(*vmi);
    if (!m_revisions.contains(rev))
        m_revisions.insert(rev, current); // no revision known: the VMI counts as started from now
    const bool migration = stringAt(objectAt(*vm, "spec"_L1), "updateVolumesStrategy"_L1) == "Migration"_L1;
    QString message;
    if (liveupdate::nonLiveChange(m_revisions.value(rev), current, *vmi, cfg, migration))
        message = liveupdate::nonLiveMessage();
    if (running(*vmi)) {
        syncVolumes(*vm, *vmi); // handleDeclarativeVolumeHotplug: in any rollout mode
        vmi = m_store->get(ApiResource::virtualMachineInstances(), ns, name);
        if (vmi && message.isEmpty() && cfg.liveUpdate)
            message = liveUpdate(current, *vmi);
    }
    setRestartRequired(*vm, message);
}

QString LiveUpdateController::liveUpdate(const QJsonObject &spec, const QJsonObject &vmi)
{
    using liveupdate::Verdict;
    QJsonObject next = vmi;
    QString message; // a later handler's setRestartRequired replaces an earlier one's message
    const Verdict cpu = liveupdate::cpuVerdict(spec, vmi);
    if (cpu.kind == Verdict::RestartRequired)
        message = cpu.message;
    if (cpu.kind == Verdict::Apply) {
        liveupdate::applyCpu(next, spec);
        setCondition(next, kCpuChange, true); // the VMI controller: requireCPUHotplug
    }
    if (!liveupdate::isMigrating(vmi))
        liveupdate::applyPlacement(next, spec);
    liveupdate::applyNics(next, spec);
    const Verdict memory = liveupdate::memoryVerdict(spec, vmi);
    if (memory.kind == Verdict::RestartRequired)
        message = memory.message;
    if (memory.kind == Verdict::Apply) {
        liveupdate::applyMemory(next, spec);
        setCondition(next, kMemoryChange, true); // the VMI controller: requireMemoryHotplug
    }
    if (next == vmi)
        return message;
    const StoreResult r = m_store->mutate(ApiResource::virtualMachineInstances(), namespaceOf(vmi), nameOf(vmi),
                                          [&next](QJsonObject &o) {
                                              o.insert("spec"_L1, next.value("spec"_L1));
                                              o.insert("status"_L1, next.value("status"_L1));
                                          });
    if (r.ok() && cpu.kind == Verdict::Apply)
        later(kHotplugMs, Step::FinishCpu, keyOf(vmi), uidOf(vmi));
    if (r.ok() && memory.kind == Verdict::Apply)
        later(kHotplugMs, Step::FinishMemory, keyOf(vmi), uidOf(vmi));
    return message;
}

void LiveUpdateController::syncVolumes(const QJsonObject &vm, const QJsonObject &vmi)
{
    QJsonObject next = vmi;
    // A refusal is reported on the VM by the VM controller (applyHotplugSyncError).
    if (const Result<bool> changed = hotplug::syncVmiVolumes(next, templateSpecOf(vm)); changed.ok() && *changed)
        (void)m_store->mutate(ApiResource::virtualMachineInstances(), namespaceOf(vmi), nameOf(vmi),
                              [&next](QJsonObject &o) { o.insert("spec"_L1, next.value("spec"_L1)); });
    if (hotplug::hasHotplugState(next) && !m_volumeSteps.contains(uidOf(vmi))) {
        m_volumeSteps.insert(uidOf(vmi));
        later(kVolumeStepMs, Step::Volumes, keyOf(vmi), uidOf(vmi));
    }
}

void LiveUpdateController::setRestartRequired(const QJsonObject &vm, const QString &message)
{
    const auto now = conditionOf(vm, kRestartRequired);
    if (message.isEmpty() && !now)
        return;
    if (now && stringAt(*now, "status"_L1) == "True"_L1 && stringAt(*now, "message"_L1) == message)
        return;
    (void)m_store->mutate(ApiResource::virtualMachines(), namespaceOf(vm), nameOf(vm), [&message](QJsonObject &o) {
        if (message.isEmpty())
            removeCondition(o, kRestartRequired);
        else
            setCondition(o, kRestartRequired, true, {}, message); // vm.go setRestartRequired: no reason
    });
}

void LiveUpdateController::later(int demoMs, Step step, const QString &key, const QString &uid)
{
    QTimer::singleShot(qRound(demoMs * m_scale), this, [this, step, key, uid] { runStep(step, key, uid); });
}

void LiveUpdateController::runStep(Step step, const QString &key, const QString &uid)
{
    const QString ns = core::namespaceOfKey(key), name = core::nameOfKey(key);
    const auto &VMI = ApiResource::virtualMachineInstances();
    if (step == Step::Volumes)
        m_volumeSteps.remove(uid);
    const auto vmi = m_store->get(VMI, ns, name);
    if (!vmi || uidOf(*vmi) != uid)
        return;
    QJsonObject next = *vmi;
    const QJsonObject domain = objectAt(objectAt(next, "spec"_L1), "domain"_L1);
    QJsonObject st = objectAt(next, "status"_L1);
    bool more = false;
    if (step == Step::FinishCpu && conditionOf(next, kCpuChange)) {
        // virt-handler (migration-target.go hotplugCPU): the topology now running.
        const QJsonObject cpu = objectAt(domain, "cpu"_L1);
        st.insert("currentCPUTopology"_L1, QJsonObject{{u"sockets"_s, cpu.value("sockets"_L1).toInt(1)},
                                                       {u"cores"_s, cpu.value("cores"_L1).toInt(1)},
                                                       {u"threads"_s, cpu.value("threads"_L1).toInt(1)}});
        next.insert("status"_L1, st);
        removeCondition(next, kCpuChange);
    } else if (step == Step::FinishMemory && conditionOf(next, kMemoryChange)) {
        // hotplugMemory sets guestRequested; virt-handler then reads guestCurrent off the domain.
        QJsonObject memory = objectAt(st, "memory"_L1);
        const QJsonValue guest = objectAt(domain, "memory"_L1).value("guest"_L1);
        memory.insert("guestRequested"_L1, guest);
        memory.insert("guestCurrent"_L1, guest);
        st.insert("memory"_L1, memory);
        next.insert("status"_L1, st);
        removeCondition(next, kMemoryChange);
    } else if (step == Step::Volumes && running(next)) {
        more = hotplug::advanceVolumeStatus(next, *m_store);
    }
    if (next != *vmi)
        (void)m_store->mutate(VMI, ns, name, [&next](QJsonObject &o) { o.insert("status"_L1, next.value("status"_L1)); });
    if (more && !m_volumeSteps.contains(uid)) {
        m_volumeSteps.insert(uid);
        later(kVolumeStepMs, Step::Volumes, key, uid);
    }
}

void applyHotplugSyncError(QJsonObject &vmStatus, const QJsonObject &vm, const std::optional<QJsonObject> &vmi)
{
    if (!vmi || !running(*vmi))
        return;
    const QJsonArray volumes = templateSpecOf(vm).value("volumes"_L1).toArray();
    if (std::none_of(volumes.begin(), volumes.end(),
                     [](const QJsonValue &v) { return liveupdate::isHotplugVolume(v.toObject()); }))
        return; // the common case, cheaply
    QJsonObject holder{{u"status"_s, vmStatus}};
    if (conditionOf(holder, u"Failure"_s))
        return; // an earlier sync error of the same pass
    QJsonObject copy = *vmi;
    const Result<bool> synced = hotplug::syncVmiVolumes(copy, templateSpecOf(vm));
    if (synced)
        return;
    setCondition(holder, u"Failure"_s, true, u"HotPlugVolumeError"_s,
                 u"Error encountered while handling declarative hotplug volumes: "_s + synced.error().message);
    vmStatus = objectAt(holder, "status"_L1);
}

} // namespace drover::sim
