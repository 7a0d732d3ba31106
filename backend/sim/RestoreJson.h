#pragma once
// The objects a VirtualMachineRestore makes when its target VM does not exist yet, as KubeVirt's
// pkg/storage/snapshot/restore.go writes them. Pure functions: no store, no clock beyond "now".
//  restore: the VirtualMachineRestore; content: its snapshot's VirtualMachineSnapshotContent;
//  snapshotVm: content.spec.source.virtualMachine (metadata and spec of the VM snapshotted).
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace drover::sim::restore {

// restore.kubevirt.io/lastRestoreUID's value: "<restore name>-<restore uid>" (getRestoreAnnotationValue).
QString lastRestoreValue(const QJsonObject &restore);

// The claim (and DataVolume) name a volume is restored into (restoreVolumeName):
// "restore-<restore uid>-<volume>" (RandomizeNames, the default), or openshift's
// naming.GetName(<target>, <volume>, 63) for volumeRestorePolicy PrefixTargetName.
QString volumeName(const QJsonObject &restore, const QString &volume);

// status.restores: one VolumeRestore per volume backup {volumeName, persistentVolumeClaim,
// volumeSnapshotName, dataVolumeName when the volume is one of the VM's DataVolume templates}.
QJsonArray volumeRestores(const QJsonObject &restore, const QJsonObject &content);

// The claim a backup is restored into (CreateRestorePVCDefFromVMRestore, createRestorePVC): the
// backup claim's labels (plus restore.kubevirt.io/source-vm-name and -namespace), its
// annotations without the provisioner's and CDI's, restore.kubevirt.io/name and lastRestoreUID;
// cdi.kubevirt.io/storage.populatedFor the DataVolume when there is one, else
// restore.kubevirt.io/owned-by-vm when the VM owned the old claim; spec from the backup with
// the VolumeSnapshot as dataSource and dataSourceRef. Bound at once (drover-sim's storage).
QJsonObject claimFor(const QJsonObject &restore, const QJsonObject &backup, const QJsonObject &volumeRestore,
                     const QJsonObject &snapshotVm);

// The target VM's spec before the patches (generateRestoredVMSpec for a VM that does not exist):
// the snapshot's labels, annotations (plus lastRestoreUID) and spec, runStrategy Halted (or
// running false when the spec used running), DataVolume templates and claim volumes renamed as
// status.restores says; memory dump volumes dropped.
QJsonObject newVm(const QJsonObject &restore, const QJsonObject &snapshotVm);

// A DataVolume for one of the new VM's templates, as the restore makes it before the VM
// (createDataVolume): the template's metadata and spec, annotated restore.kubevirt.io/name and
// cdi.kubevirt.io/storage.prePopulated "true"; no owner.
QJsonObject dataVolumeFor(const QJsonObject &restore, const QJsonObject &tmpl);

// restore.spec.patches (each a JSON patch operation in a string) as one JSON patch; nullopt
// when one does not parse.
std::optional<QJsonArray> patches(const QJsonObject &restore);

} // namespace drover::sim::restore
