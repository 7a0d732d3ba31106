#pragma once
// A VM's disks as a person deciding what to delete sees them: spec.template.spec.volumes, each
// joined with the spec.dataVolumeTemplates entry that makes it, and the JSON patches and
// DeleteOptions a delete that keeps some of them sends. Ownership as KubeVirt and CDI set it:
// a DataVolume from a template is controller-owned by its VM, a claim by its DataVolume, so
// deleting the VM takes them along unless the owner reference is stripped first (what the
// OpenShift console does to keep a disk: vm-lifecycle-facts.md, DELETE).
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace drover::core {

struct VmDisk
{
    enum class Kind {
        DataVolume,    // volumes[].dataVolume: a DataVolume (and its claim) of that name
        Claim,         // volumes[].persistentVolumeClaim: a claim
        ContainerDisk, // an image pulled for each boot: nothing stays behind
        CloudInit,     // cloudInitNoCloud / cloudInitConfigDrive: made from the VM's spec
        Other,         // configMap, secret, sysprep, hostDisk, ...: not the VM's to delete
    };
    QString volume;         // the volume's name
    Kind kind = Kind::Other;
    QString claim;          // DataVolume and Claim: the object's name
    int templateIndex = -1; // its spec.dataVolumeTemplates index; -1: not made from a template
    QString size;           // the template's requested storage ("30Gi"); empty when unknown
    QString storageClass;   // the template's storageClassName
    QStringList accessModes;
    // Where the template's DataVolume takes its data: spec.sourceRef (kind "DataSource") or the
    // spec.source key (http, registry, pvc, snapshot, blank, upload, ...); sourceRef is the URL or
    // the "namespace/name" it names. Empty when not made from a template.
    QString sourceKind;
    QString sourceRef;
    QString image;          // ContainerDisk: the image
    bool hotpluggable = false; // the volume is hot-plugged (addvolume, or hotpluggable: true)
    QString device;         // spec.domain.devices.disks[]: disk, cdrom, lun; empty when not listed
    QString bus;            // virtio, sata, scsi, ...
    bool persistent() const { return kind == Kind::DataVolume || kind == Kind::Claim; }
};

// Every volume of the VM, in spec order.
QList<VmDisk> vmDisksFromJson(const QJsonObject &vm);

// What the cluster says of a persistent disk now: its claim (capacity granted, class, access and
// volume mode as bound) and, for a DataVolume, CDI's phase and progress ("45.00%") with the
// message of a Running condition that is False (why an import is stuck). Empty fields: unknown.
struct DiskState
{
    QString claimPhase;  // Pending, Bound, Lost
    QString capacity;    // status.capacity.storage
    QString storageClass;
    QStringList accessModes;
    QString volumeMode;  // Filesystem, Block
    QString dvPhase;     // ImportScheduled, ImportInProgress, CloneInProgress, Succeeded, Failed, ...
    QString progress;    // "N/A", "45.00%"
    QString message;
};

// pvc and dv may be empty (not read, or not there).
DiskState diskStateFromJson(const QJsonObject &pvc, const QJsonObject &dv);

// obj's metadata.ownerReferences name uid.
bool isOwnedBy(const QJsonObject &obj, const QString &uid);

// RFC 6902 patch for a VM that removes the dataVolumeTemplates at the given indices, each after a
// test of its name (a template list changed meanwhile fails the patch instead of dropping the
// wrong one). Highest index first, so the others do not shift.
QByteArray removeTemplatesPatch(QList<std::pair<int, QString>> templates);

// RFC 6902 patch for obj that removes each ownerReference naming ownerUid, each after a test
// of that uid. Empty when obj names no such owner.
QByteArray stripOwnerPatch(const QJsonObject &obj, const QString &ownerUid);

// The DeleteOptions body ({"kind":"DeleteOptions","apiVersion":"v1",...}); empty (no body, the
// server's defaults) when neither is given.
QJsonObject deleteOptionsFor(std::optional<int> gracePeriodSeconds, const QString &propagationPolicy = {});

} // namespace drover::core
