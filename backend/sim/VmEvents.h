#pragma once
// The Events a VM's life leaves in a KubeVirt v1.9 cluster on Kubernetes 1.30, each with the
// reason, message, type and recorder of the component that writes it (SimEvents records them):
//  - virt-controller's VM and VMI controllers and its migration controller, whose recorders are
//    named "virtualmachine-controller" (pkg/virt-controller/watch/application.go newRecorder);
//  - virt-handler on the VMI's node (cmd/virt-handler/virt-handler.go: component virt-handler,
//    host the node);
//  - kube-scheduler (events.k8s.io/v1: reportingController default-scheduler, reportingInstance
//    default-scheduler-<its host>) and the kubelet (component kubelet, host the node).
// The callers are the simulator's controllers at the moment the real component would act.
#include "ObjectStore.h"

namespace drover::sim::vmevents {

// The VM controller started the VM: it created the VMI (vm/vm.go startVMI).
void vmiCreated(ObjectStore *store, const QJsonObject &vm, const QJsonObject &vmi);
// The VM controller stopped the VM: it deleted the VMI (vm/vm.go stopVMI). Nothing for a VMI
// no VM owns.
void vmiDeleted(ObjectStore *store, const QJsonObject &vmi);

// A virt-launcher pod was made: by the VMI controller (the VMI's first) or the migration
// controller (a target, labelled kubevirt.io/migrationJobUID), then bound by the scheduler and
// started by the kubelet. A first pod made for a VMI that already runs (a cluster populated at
// start) also gets the VM's start and virt-handler's events, so the story is whole.
void launcherCreated(ObjectStore *store, const QJsonObject &vmi, const QJsonObject &pod);
// The VMI controller deleted the pod of a VMI that is being deleted (vmi/lifecycle.go).
void launcherDeleted(ObjectStore *store, const QJsonObject &vmi, const QJsonObject &pod);
// The kubelet stops a pod's containers for a graceful deletion (any pod on a node).
void containersStopping(ObjectStore *store, const QJsonObject &pod);

// virt-handler: the domain defined and running (Created, Started).
void vmiStarted(ObjectStore *store, const QJsonObject &vmi);
// virt-handler: the graceful shutdown signalled, and the domain gone.
void vmiShuttingDown(ObjectStore *store, const QJsonObject &vmi);
void vmiShutDown(ObjectStore *store, const QJsonObject &vmi);
// virt-handler's REST handlers for pause and unpause (pkg/virt-handler/rest/lifecycle.go).
void vmiPaused(ObjectStore *store, const QJsonObject &vmi, bool paused);
void vmiSoftRebooted(ObjectStore *store, const QJsonObject &vmi);
void vmiReset(ObjectStore *store, const QJsonObject &vmi);

// A live migration's way (mig: the VirtualMachineInstanceMigration, vmi as it is then).
void migrationHandedOver(ObjectStore *store, const QJsonObject &mig);
void migrationTargetReady(ObjectStore *store, const QJsonObject &vmi, const QString &targetNode);
void migrationRunning(ObjectStore *store, const QJsonObject &vmi, const QString &sourceNode);
void migrationSucceeded(ObjectStore *store, const QJsonObject &mig, const QJsonObject &vmi,
                        const QString &targetNode);
void migrationFailed(ObjectStore *store, const QJsonObject &mig, const QJsonObject &vmi,
                     const QString &sourceNode, const QString &reason);

} // namespace drover::sim::vmevents
