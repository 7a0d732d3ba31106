// vmevents: what KubeVirt v1.9's components, kube-scheduler and the kubelet record over a VM's
// life. Every message names the source file it comes from.
#include "VmEvents.h"

#include "SimEvents.h"
#include "VmiJson.h"

#include <QRandomGenerator>

namespace drover::sim::vmevents {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const QString kNormal = u"Normal"_s;
const QString kWarning = u"Warning"_s;

// virt-controller's VM, VMI and migration controllers share this recorder name
// (pkg/virt-controller/watch/application.go: newRecorder(..., "virtualmachine-controller")).
EventSource controller()
{
    return {u"virtualmachine-controller"_s, {}};
}

// cmd/virt-handler/virt-handler.go: EventSource{Component: "virt-handler", Host: HostOverride}.
EventSource handler(const QString &node)
{
    return {u"virt-handler"_s, node};
}

QString nodeOfVmi(const QJsonObject &vmi)
{
    return stringAt(objectAt(vmi, "status"_L1), "nodeName"_L1);
}

std::optional<QJsonObject> owningVm(ObjectStore *store, const QJsonObject &vmi)
{
    for (const QJsonValue &ref : objectAt(vmi, "metadata"_L1).value("ownerReferences"_L1).toArray())
        if (ref.toObject().value("kind"_L1).toString() == "VirtualMachine"_L1)
            return store->get(ApiResource::virtualMachines(), namespaceOf(vmi), ref.toObject().value("name"_L1).toString());
    return std::nullopt;
}

// kube-scheduler's events recorder: reportingInstance is "<scheduler name>-<hostname>"
// (client-go tools/events/event_broadcaster.go NewRecorder); it runs on a control-plane node.
// Worked out once, as the scheduler's is when it starts: a scan of every Node per pod made
// 5 x 10^8 lookups at 5,000 nodes and 100,000 VMs.
QString schedulerHost(ObjectStore *store)
{
    QString host;
    for (const QJsonObject &node : store->list(ApiResource::nodes())) {
        if (host.isEmpty())
            host = nameOf(node);
        if (objectAt(objectAt(node, "metadata"_L1), "labels"_L1).contains("node-role.kubernetes.io/control-plane"_L1)) {
            host = nameOf(node);
            break;
        }
    }
    return host;
}

// pkg/scheduler/schedule_one.go handleBindingCycle: "Scheduled", action "Binding".
void scheduled(ObjectStore *store, const QJsonObject &pod, const QString &node)
{
    SimEvents *rec = SimEvents::of(store);
    const QString instance =
        rec->instanceOf(u"default-scheduler"_s, [store] { return u"default-scheduler-"_s + schedulerHost(store); });
    rec->recordV1(pod, u"default-scheduler"_s, instance, kNormal, u"Scheduled"_s, u"Binding"_s,
                  QStringLiteral("Successfully assigned %1/%2 to %3").arg(namespaceOf(pod), nameOf(pod), node));
}

// The kubelet starting each container with its image present (IfNotPresent):
// pkg/kubelet/images/image_manager.go ("Pulled") and kuberuntime/kuberuntime_container.go
// startContainer ("Created", "Started"); messages as in Kubernetes 1.30.
void containersStarted(ObjectStore *store, const QJsonObject &pod, const QString &node)
{
    SimEvents *rec = SimEvents::of(store);
    for (const QJsonValue &c : objectAt(pod, "spec"_L1).value("containers"_L1).toArray()) {
        const QString name = stringAt(c.toObject(), "name"_L1), image = stringAt(c.toObject(), "image"_L1);
        const QString path = QStringLiteral("spec.containers{%1}").arg(name);
        const EventSource kubelet{u"kubelet"_s, node};
        rec->record(pod, kubelet, kNormal, u"Pulled"_s,
                    QStringLiteral("Container image \"%1\" already present on machine").arg(image), path);
        rec->record(pod, kubelet, kNormal, u"Created"_s, u"Created container "_s + name, path);
        rec->record(pod, kubelet, kNormal, u"Started"_s, u"Started container "_s + name, path);
    }
}

std::optional<QJsonObject> migrationByUid(ObjectStore *store, const QString &ns, const QString &uid)
{
    WatchFilter f;
    f.ns = ns;
    f.fields.append({u"metadata.uid"_s, uid, false});
    const QList<QJsonObject> found = store->list(ApiResource::migrations(), f);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

} // namespace

void vmiCreated(ObjectStore *store, const QJsonObject &vm, const QJsonObject &vmi)
{
    // pkg/virt-controller/watch/vm/vm.go startVMI.
    SimEvents::of(store)->record(vm, controller(), kNormal, u"SuccessfulCreate"_s,
                                 u"Started the virtual machine by creating the new virtual machine instance "_s + nameOf(vmi));
}

void vmiDeleted(ObjectStore *store, const QJsonObject &vmi)
{
    // pkg/virt-controller/watch/vm/vm.go stopVMI: the message names the VMI's uid.
    if (const auto vm = owningVm(store, vmi))
        SimEvents::of(store)->record(*vm, controller(), kNormal, u"SuccessfulDelete"_s,
                                     u"Stopped the virtual machine by deleting the virtual machine instance "_s + uidOf(vmi));
}

void launcherCreated(ObjectStore *store, const QJsonObject &vmi, const QJsonObject &pod)
{
    SimEvents *rec = SimEvents::of(store);
    const QString node = stringAt(objectAt(pod, "spec"_L1), "nodeName"_L1);
    const QString migrationUid = labelOf(pod, u"kubevirt.io/migrationJobUID"_s);
    const bool running = migrationUid.isEmpty() && core::vmiPhaseOf(vmi) == core::VmiPhase::Running;
    if (running)
        if (const auto vm = owningVm(store, vmi))
            vmiCreated(store, *vm, vmi);
    if (migrationUid.isEmpty()) {
        // pkg/virt-controller/watch/vmi/lifecycle.go sync.
        rec->record(vmi, controller(), kNormal, u"SuccessfulCreate"_s, u"Created virtual machine pod "_s + nameOf(pod));
    } else if (const auto mig = migrationByUid(store, namespaceOf(vmi), migrationUid)) {
        // pkg/virt-controller/watch/migration/migration.go createTargetPod.
        rec->record(*mig, controller(), kNormal, u"SuccessfulCreate"_s, u"Created migration target pod "_s + nameOf(pod));
    }
    if (node.isEmpty())
        return;
    scheduled(store, pod, node);
    containersStarted(store, pod, node);
    if (running)
        vmiStarted(store, vmi);
}

void launcherDeleted(ObjectStore *store, const QJsonObject &vmi, const QJsonObject &pod)
{
    // pkg/virt-controller/watch/vmi/lifecycle.go deleteAllMatchingPods.
    SimEvents::of(store)->record(vmi, controller(), kNormal, u"SuccessfulDelete"_s, u"Deleted virtual machine pod "_s + nameOf(pod));
}

void containersStopping(ObjectStore *store, const QJsonObject &pod)
{
    // pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer: "Killing".
    const QString node = stringAt(objectAt(pod, "spec"_L1), "nodeName"_L1);
    if (node.isEmpty())
        return;
    for (const QJsonValue &c : objectAt(pod, "spec"_L1).value("containers"_L1).toArray()) {
        const QString name = stringAt(c.toObject(), "name"_L1);
        SimEvents::of(store)->record(pod, {u"kubelet"_s, node}, kNormal, u"Killing"_s, u"Stopping container "_s + name,
                                     QStringLiteral("spec.containers{%1}").arg(name));
    }
}

void vmiStarted(ObjectStore *store, const QJsonObject &vmi)
{
    // pkg/virt-handler/vm.go: VMIDefined when the domain is created, VMIStarted on the phase
    // change to Running (recordPhaseChangeEvent); messages in pkg/virt-handler/controller.go.
    SimEvents *rec = SimEvents::of(store);
    rec->record(vmi, handler(nodeOfVmi(vmi)), kNormal, u"Created"_s, u"VirtualMachineInstance defined."_s);
    rec->record(vmi, handler(nodeOfVmi(vmi)), kNormal, u"Started"_s, u"VirtualMachineInstance started."_s);
}

void vmiShuttingDown(ObjectStore *store, const QJsonObject &vmi)
{
    // pkg/virt-handler/vm.go shutdownVMI: VMIGracefulShutdown, the first attempt only.
    if (!nodeOfVmi(vmi).isEmpty())
        SimEvents::of(store)->record(vmi, handler(nodeOfVmi(vmi)), kNormal, u"ShuttingDown"_s, u"Signaled Graceful Shutdown"_s);
}

void vmiShutDown(ObjectStore *store, const QJsonObject &vmi)
{
    // pkg/virt-handler/vm.go recordPhaseChangeEvent on Succeeded: VMIShutdown.
    if (!nodeOfVmi(vmi).isEmpty())
        SimEvents::of(store)->record(vmi, handler(nodeOfVmi(vmi)), kNormal, u"Stopped"_s,
                                     u"The VirtualMachineInstance was shut down."_s);
}

void vmiPaused(ObjectStore *store, const QJsonObject &vmi, bool paused)
{
    // pkg/virt-handler/rest/lifecycle.go PauseHandler / UnpauseHandler.
    SimEvents::of(store)->record(vmi, handler(nodeOfVmi(vmi)), kNormal, paused ? u"Paused"_s : u"Unpaused"_s,
                                 paused ? u"VirtualMachineInstance paused"_s : u"VirtualMachineInstance unpaused"_s);
}

void vmiSoftRebooted(ObjectStore *store, const QJsonObject &vmi)
{
    // pkg/virt-handler/rest/lifecycle.go SoftRebootHandler.
    SimEvents::of(store)->record(vmi, handler(nodeOfVmi(vmi)), kNormal, u"SoftRebooted"_s,
                                 u"VirtualMachineInstance soft rebooted"_s);
}

void vmiReset(ObjectStore *store, const QJsonObject &vmi)
{
    // pkg/virt-handler/rest/lifecycle.go ResetHandler.
    SimEvents::of(store)->record(vmi, handler(nodeOfVmi(vmi)), kNormal, u"Reset"_s, u"VirtualMachineInstance reset"_s);
}

void migrationHandedOver(ObjectStore *store, const QJsonObject &mig)
{
    // pkg/virt-controller/watch/migration/migration.go handleTargetPodHandoff.
    SimEvents::of(store)->record(mig, controller(), kNormal, u"SuccessfulHandOver"_s,
                                 u"Migration target pod is ready for preparation by virt-handler."_s);
}

void migrationTargetReady(ObjectStore *store, const QJsonObject &vmi, const QString &targetNode)
{
    // pkg/virt-handler/migration-target.go: VMIMigrationTargetPrepared, then the proxy's
    // listener ports (kernel-chosen, in map order) at the target virt-handler's address. The
    // simulator has no pod network for virt-handler: the address is taken in the node's podCIDR.
    SimEvents *rec = SimEvents::of(store);
    rec->record(vmi, handler(targetNode), kNormal, u"PreparingTarget"_s, u"VirtualMachineInstance Migration Target Prepared."_s);
    const auto node = store->get(ApiResource::nodes(), {}, targetNode);
    const QString cidr = node ? stringAt(objectAt(*node, "spec"_L1), "podCIDR"_L1) : QString();
    const QString address = cidr.isEmpty() ? u"10.244.0.2"_s : cidr.section(u'.', 0, 2) + u".2"_s;
    auto *rnd = QRandomGenerator::global();
    const QString ports = QStringLiteral("%1,%2").arg(rnd->bounded(32768, 61000)).arg(rnd->bounded(32768, 61000));
    rec->record(vmi, handler(targetNode), kNormal, u"PreparingTarget"_s,
                QStringLiteral("Migration Target is listening at %1, on ports: %2").arg(address, ports));
}

void migrationRunning(ObjectStore *store, const QJsonObject &vmi, const QString &sourceNode)
{
    // pkg/virt-handler/migration-source.go migrateVMI: VMIMigrating.
    SimEvents::of(store)->record(vmi, handler(sourceNode), kNormal, u"Migrating"_s, u"VirtualMachineInstance is migrating."_s);
}

void migrationSucceeded(ObjectStore *store, const QJsonObject &mig, const QJsonObject &vmi, const QString &targetNode)
{
    // pkg/virt-handler/migration-target.go finalizeMigration, then the migration controller
    // (pkg/virt-controller/watch/migration/migration.go updateStatus).
    SimEvents *rec = SimEvents::of(store);
    rec->record(vmi, handler(targetNode), kNormal, u"Migrated"_s,
                QStringLiteral("The VirtualMachineInstance migrated to node %1.").arg(targetNode));
    rec->record(mig, controller(), kNormal, u"SuccessfulMigration"_s, u"Source node reported migration succeeded"_s);
}

void migrationFailed(ObjectStore *store, const QJsonObject &mig, const QJsonObject &vmi, const QString &sourceNode,
                     const QString &reason)
{
    // pkg/virt-handler/migration-source.go (the source reports it), then migration.go.
    SimEvents *rec = SimEvents::of(store);
    rec->record(vmi, handler(sourceNode), kWarning, u"Migrated"_s,
                QStringLiteral("VirtualMachineInstance migration uid %1 failed. reason:%2").arg(uidOf(mig), reason));
    rec->record(mig, controller(), kWarning, u"FailedMigration"_s, u"source node reported migration failed"_s);
}

} // namespace drover::sim::vmevents
