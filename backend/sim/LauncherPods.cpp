// SimPods: virt-launcher pods, as KubeVirt's virt-controller renders them
// (pkg/virt-controller/services/template.go, rendervolumes.go) and follows them
// (pkg/virt-controller/watch/vmi/lifecycle.go), with the kubelet's part.
#include "SimPods.h"

#include "VmEvents.h"
#include "VmiJson.h"

#include <QTimer>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &PODS = ApiResource::pods();
const ApiResource &VMI = ApiResource::virtualMachineInstances();

// Volumes virt-controller gives every launcher pod as emptyDirs (rendervolumes.go, template.go).
const QStringList kLauncherEmptyDirs = {u"private"_s,         u"public"_s,          u"sockets"_s,
                                        u"virt-bin-share-dir"_s, u"libvirt-runtime"_s, u"ephemeral-disks"_s,
                                        u"container-disks"_s, u"hotplug-disks"_s};

bool finished(const QJsonObject &pod)
{
    return core::isFinal(core::podPhaseOf(pod));
}

QString nodeOf(const QJsonObject &pod)
{
    return stringAt(objectAt(pod, "spec"_L1), "nodeName"_L1);
}

// Sets a VMI condition through the store only when it changes (no write, no event otherwise).
void setVmiCondition(ObjectStore *store, const QJsonObject &vmi, const QString &type, bool status,
                     const QString &reason, const QString &message)
{
    QJsonObject next = vmi;
    setCondition(next, type, status, reason, message);
    if (next != vmi)
        (void)store->mutate(VMI, namespaceOf(vmi), nameOf(vmi), [&](QJsonObject &o) {
            setCondition(o, type, status, reason, message);
        });
}

} // namespace

void SimPods::createLauncher(const QJsonObject &vmi, const QString &node, const QString &migrationUid)
{
    const QString name = nameOf(vmi), uid = uidOf(vmi);
    PodSpec p;
    p.ns = namespaceOf(vmi);
    // The API server keeps generateName's base to 58 characters (names.SimpleNameGenerator).
    p.generateName = (u"virt-launcher-"_s + name).left(57) + u'-';
    p.node = node;
    // The VMI's labels are copied to its pod (template.go), then KubeVirt's own.
    const QJsonObject vmiLabels = objectAt(objectAt(vmi, "metadata"_L1), "labels"_L1);
    for (auto it = vmiLabels.begin(); it != vmiLabels.end(); ++it)
        if (it.key() != "kubevirt.io/nodeName"_L1)
            p.labels.insert(it.key(), it.value().toString());
    p.labels.insert(u"kubevirt.io"_s, u"virt-launcher"_s);
    p.labels.insert(u"kubevirt.io/created-by"_s, uid);
    p.labels.insert(u"vm.kubevirt.io/name"_s, name);
    if (!migrationUid.isEmpty())
        p.labels.insert(u"kubevirt.io/migrationJobUID"_s, migrationUid);
    p.annotations = {{u"kubevirt.io/domain"_s, name},
                     {u"kubectl.kubernetes.io/default-container"_s, u"compute"_s},
                     {u"kubevirt.io/migrationTransportUnix"_s, u"true"_s}};
    p.owner = {u"kubevirt.io/v1"_s, u"VirtualMachineInstance"_s, name, uid};
    p.container = u"compute"_s;
    p.image = u"quay.io/kubevirt/virt-launcher:v1.9.0"_s;
    p.emptyDirs = kLauncherEmptyDirs;
    const QJsonObject spec = objectAt(vmi, "spec"_L1);
    for (const QJsonValue &v : spec.value("volumes"_L1).toArray()) {
        const QJsonObject vol = v.toObject();
        QString claim = stringAt(objectAt(vol, "dataVolume"_L1), "name"_L1);
        if (claim.isEmpty())
            claim = stringAt(objectAt(vol, "persistentVolumeClaim"_L1), "claimName"_L1);
        if (!claim.isEmpty())
            p.claims.append(claim);
    }
    // The VMI's grace period plus KubeVirt's 15 s padding (template.go gracePeriodKillAfter).
    p.graceSeconds = spec.value("terminationGracePeriodSeconds"_L1).toInt(30) + 15;
    p.ready = migrationUid.isEmpty() && core::vmiPhaseOf(vmi) == core::VmiPhase::Running;
    const StoreResult r = createPod(p);
    if (r.ok())
        vmevents::launcherCreated(m_store, vmi, r.object);
}

// Follows one VMI: its first pod when it is scheduled, a target pod while it migrates, the source
// pod Succeeded (and soon gone) after a successful migration, the target's Failed after a failed
// one, every pod finished with a finished VMI and deleted with a deleted one.
void SimPods::syncLauncher(const QString &vmiKey)
{
    const QString ns = vmiKey.section(u'/', 0, 0), name = vmiKey.section(u'/', 1);
    const auto vmi = m_store->get(VMI, ns, name);
    const QString oldUid = m_vmiUid.value(vmiKey);
    if (!oldUid.isEmpty() && (!vmi || uidOf(*vmi) != oldUid)) {
        // Garbage collection: the pods of a VMI that is gone go with it.
        for (const QString &podKey : m_launchers.take(oldUid))
            (void)m_store->remove(PODS, ns, podKey.section(u'/', 1));
        m_vmiUid.remove(vmiKey);
        m_launched.remove(oldUid);
    }
    if (!vmi)
        return;
    const QString uid = uidOf(*vmi);
    m_vmiUid.insert(vmiKey, uid);
    const QJsonObject status = objectAt(*vmi, "status"_L1);
    const QString node = stringAt(status, "nodeName"_L1);
    const bool final = isFinal(*vmi), deleting = markedForDeletion(*vmi);
    QSet<QString> &launched = m_launched[uid];
    if (!node.isEmpty() && !final && !deleting && !launched.contains(u"initial"_s)) {
        launched.insert(u"initial"_s);
        createLauncher(*vmi, node, {});
    }
    const QJsonObject state = objectAt(status, "migrationState"_L1);
    const QString migUid = stringAt(state, "migrationUid"_L1), target = stringAt(state, "targetNode"_L1);
    const bool completed = state.value("completed"_L1).toBool(), failed = state.value("failed"_L1).toBool();
    if (!final && !migUid.isEmpty() && !target.isEmpty() && !completed && !launched.contains(migUid)) {
        launched.insert(migUid);
        createLauncher(*vmi, target, migUid);
    }
    for (const QString &podKey : m_launchers.value(uid)) {
        const auto pod = m_store->get(PODS, ns, podKey.section(u'/', 1));
        if (!pod || finished(*pod))
            continue;
        const QString podNode = nodeOf(*pod);
        const bool isTarget = labelOf(*pod, u"kubevirt.io/migrationJobUID"_s) == migUid && !migUid.isEmpty();
        if (final) {
            finishPod(*pod,
                      core::vmiPhaseOf(*vmi) == core::VmiPhase::Succeeded ? core::PodPhase::Succeeded : core::PodPhase::Failed);
        } else if (deleting) {
            if (!markedForDeletion(*pod))
                vmevents::launcherDeleted(m_store, *vmi, *pod);
            (void)deletePod(ns, nameOf(*pod));
        } else if (completed && !failed && podNode != node) {
            finishPod(*pod, core::PodPhase::Succeeded); // the source: its virt-launcher exits after handing over
        } else if (completed && failed && isTarget && podNode != node) {
            finishPod(*pod, core::PodPhase::Failed);
        } else if (podNode == node && !markedForDeletion(*pod)) {
            const bool ready = core::vmiPhaseOf(*vmi) == core::VmiPhase::Running;
            if (conditionTrue(*pod, u"Ready"_s) != ready)
                (void)m_store->mutate(PODS, ns, nameOf(*pod), [ready](QJsonObject &o) {
                    setCondition(o, u"ContainersReady"_s, ready);
                    setCondition(o, u"Ready"_s, ready);
                });
        } else if (podNode == node) {
            // lifecycle.go syncReadyConditionFromPod: the VMI's pod is going down.
            setVmiCondition(m_store, *vmi, u"Ready"_s, false, u"PodTerminating"_s, u"virt-launcher pod is terminating"_s);
        }
    }
    syncActivePods(ns, name, uid);
}

// status.activePods: every pod the VMI controls, its uid to its node, finished or not, a
// migration's target among them (vmi/lifecycle.go setActivePods). Left unset until a pod exists.
void SimPods::syncActivePods(const QString &ns, const QString &name, const QString &vmiUid)
{
    const auto vmi = m_store->get(VMI, ns, name);
    if (!vmi || uidOf(*vmi) != vmiUid)
        return;
    QJsonObject active;
    for (const QString &podKey : m_launchers.value(vmiUid))
        if (const auto pod = m_store->get(PODS, ns, podKey.section(u'/', 1)))
            active.insert(uidOf(*pod), nodeOf(*pod));
    const QJsonObject status = objectAt(*vmi, "status"_L1);
    if ((active.isEmpty() && !status.contains("activePods"_L1)) || status.value("activePods"_L1) == active)
        return;
    (void)m_store->mutate(VMI, ns, name, [&active](QJsonObject &o) {
        QJsonObject st = objectAt(o, "status"_L1);
        st.insert("activePods"_L1, active);
        o.insert("status"_L1, st);
    });
}

// The kubelet reports the pod's containers exited; virt-controller deletes a finished source or
// target pod a moment later (the finished pods of a finished VMI stay until the VMI goes).
void SimPods::finishPod(const QJsonObject &pod, core::PodPhase phase)
{
    const QString ns = namespaceOf(pod), name = nameOf(pod), uid = uidOf(pod);
    (void)m_store->mutate(PODS, ns, name, [phase](QJsonObject &o) {
        QJsonObject st = objectAt(o, "status"_L1);
        st.insert("phase"_L1, core::nameOf(phase));
        o.insert("status"_L1, st);
        setCondition(o, u"ContainersReady"_s, false, u"PodCompleted"_s);
        setCondition(o, u"Ready"_s, false, u"PodCompleted"_s);
    });
    const auto vmi = m_store->get(VMI, ns, pod.value("metadata"_L1).toObject().value("annotations"_L1).toObject()
                                               .value("kubevirt.io/domain"_L1).toString());
    if (vmi && isFinal(*vmi))
        return;
    QTimer::singleShot(scaled(1000), this, [this, ns, name, uid] {
        const auto cur = m_store->get(PODS, ns, name);
        if (cur && uidOf(*cur) == uid)
            (void)m_store->remove(PODS, ns, name);
    });
}

// A launcher pod is gone. If it was the running VMI's own pod (not a finished source or target),
// the VMI fails: lifecycle.go "setting VMI to failed while running because pod does not exist".
void SimPods::launcherGone(const QJsonObject &pod)
{
    if (finished(pod))
        return;
    const QString ns = namespaceOf(pod);
    const QString name = objectAt(objectAt(pod, "metadata"_L1), "annotations"_L1).value("kubevirt.io/domain"_L1).toString();
    const auto vmi = m_store->get(VMI, ns, name);
    if (!vmi || uidOf(*vmi) != labelOf(pod, u"kubevirt.io/created-by"_s) || isFinal(*vmi) || markedForDeletion(*vmi))
        return;
    if (stringAt(objectAt(*vmi, "status"_L1), "nodeName"_L1) != nodeOf(pod))
        return; // a target pod of a migration that did not happen
    (void)m_store->mutate(VMI, ns, name, [](QJsonObject &o) {
        setPhase(o, core::VmiPhase::Failed);
        setCondition(o, u"Ready"_s, false, u"PodNotExists"_s, u"virt-launcher pod has not yet been scheduled"_s);
    });
}

} // namespace drover::sim
