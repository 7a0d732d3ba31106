#pragma once
// The objects KubeVirt's clone controller writes for a VirtualMachineClone
// (pkg/virt-controller/watch/clone/util.go and vm-target.go, v1.9): its temporary snapshot and
// restore, the patches that make the copy a new machine, and its conditions. Pure functions.
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace drover::sim::clone {

inline constexpr QLatin1StringView kApiVersion{"clone.kubevirt.io/v1beta1"};
inline constexpr QLatin1StringView kKind{"VirtualMachineClone"};

// k8s.io/apimachinery/pkg/util/rand.String: n characters of "bcdfghjklmnpqrstvwxz2456789".
QString randomString(int n);

// getCloneOwnerReference: controller and blockOwnerDeletion true.
QJsonObject ownerRef(const QJsonObject &vmClone);

// generateSnapshot: tmp-snapshot-<clone uid> of the source VM, owned by the clone.
QJsonObject snapshotFor(const QJsonObject &vmClone, const QString &sourceVm);

// generateRestore: tmp-restore-<clone uid>, owned by the clone, onto spec.target (named
// "<source>-clone-<5 random>" when it has no name), with the patches and the volumeNamePolicy as
// volumeRestorePolicy.
QJsonObject restoreFor(const QJsonObject &vmClone, const QString &sourceVm, const QString &snapshotName,
                       const QStringList &patches);

// generatePatches: each interface's macAddress replaced by spec.newMacAddresses[name] or "";
// with a firmware, its serial (spec.newSMBiosSerial or "") and uuid ("") replaced; the VM's and
// its template's labels and annotations that the filters do not keep removed (no filter: all
// kept; restore.kubevirt.io/lastRestoreUID always kept); then spec.patches. Each a JSON
// patch operation as Go's encoding/json writes the struct (a remove carries "value":null).
// sourceVm: the VM as the snapshot content holds it (metadata and spec).
QStringList generatePatches(const QJsonObject &sourceVm, const QJsonObject &cloneSpec);

// updateCondition with includeReason: replaced when its status or reason changes, else kept
// (with its lastTransitionTime); appended when absent.
void updateCondition(QJsonArray &conditions, const QString &type, bool status, const QString &reason);

} // namespace drover::sim::clone
