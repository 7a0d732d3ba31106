// Hotplug volumes on the running VMI and their status.volumeStatus (HotplugVolumes.h), after
// KubeVirt v1.9's pkg/storage/hotplug/hotplug.go, pkg/storage/admitters/storagehotplug.go,
// pkg/virt-controller/watch/vmi/storage.go and pkg/virt-handler/vm.go.
#include "HotplugVolumes.h"

#include "LiveUpdate.h"
#include "VmiJson.h"

#include <QHash>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace drover::sim::hotplug {

using kube::ApiResource;
using liveupdate::byName;
using liveupdate::disksOf;
using liveupdate::isHotplugVolume;
using namespace Qt::StringLiterals;

namespace {

QString claimOf(const QJsonObject &volume)
{
    const QString dv = stringAt(objectAt(volume, "dataVolume"_L1), "name"_L1);
    return dv.isEmpty() ? stringAt(objectAt(volume, "persistentVolumeClaim"_L1), "claimName"_L1) : dv;
}

QString busOf(const QJsonObject &disk)
{
    for (const QLatin1StringView kind : {"disk"_L1, "lun"_L1, "cdrom"_L1})
        if (disk.value(kind).isObject())
            return stringAt(objectAt(disk, kind), "bus"_L1);
    return {};
}

// ValidateHotplugDiskConfiguration with the prefix the VMI update webhook uses; empty: fine.
// An unset bus of a hotplugged disk is defaulted to scsi by the mutator.
QString diskProblem(const QJsonObject &disk, const QString &name)
{
    const QString bus = busOf(disk).isEmpty() ? u"scsi"_s : busOf(disk);
    if (disk.value("disk"_L1).isObject()) {
        if (bus != "scsi"_L1 && bus != "virtio"_L1)
            return u"Hotplug configuration for disk [%1] requires bus to be 'scsi' or 'virtio'. [%2] is not permitted."_s.arg(name, bus);
    } else if (disk.value("lun"_L1).isObject()) {
        if (bus != "scsi"_L1)
            return u"Hotplug configuration for LUN [%1] requires bus to be 'scsi'. [%2] is not permitted."_s.arg(name, bus);
    } else {
        return u"Hotplug configuration for [%1] requires diskDevice of type 'disk' or 'lun' to be used."_s.arg(name);
    }
    return {};
}

QJsonObject pvcInfo(const QJsonObject &pvc)
{
    const QJsonObject spec = objectAt(pvc, "spec"_L1);
    QJsonObject info{{u"claimName"_s, nameOf(pvc)},
                     {u"accessModes"_s, spec.value("accessModes"_L1)},
                     {u"volumeMode"_s, stringAt(spec, "volumeMode"_L1).isEmpty() ? u"Filesystem"_s : stringAt(spec, "volumeMode"_L1)},
                     {u"capacity"_s, objectAt(objectAt(pvc, "status"_L1), "capacity"_L1)},
                     {u"requests"_s, objectAt(objectAt(spec, "resources"_L1), "requests"_L1)},
                     {u"filesystemOverhead"_s, u"0.055"_s}}; // CDI's default overhead
    return info;
}

// The device name virt-handler reads from the domain: vdX for virtio, sdX for the others, in
// disk order, skipping the names already taken.
QString nextTarget(const QString &bus, QSet<QString> &taken)
{
    const QString prefix = bus == "virtio"_L1 ? u"vd"_s : u"sd"_s;
    for (char c = 'a'; c <= 'z'; ++c) {
        const QString t = prefix + QLatin1Char(c);
        if (!taken.contains(t)) {
            taken.insert(t);
            return t;
        }
    }
    return {};
}

void setPhase(QJsonObject &st, const QString &phase, const QString &reason, const QString &message)
{
    st.insert("phase"_L1, phase);
    st.insert("reason"_L1, reason);
    st.insert("message"_L1, message);
}

// One phase further for a hotplug volume; true while more are due.
bool stepHotplug(QJsonObject &st, const QString &name, const std::optional<QJsonObject> &pvc,
                 const QString &claim, const QString &bus, QSet<QString> &taken)
{
    const QString phase = stringAt(st, "phase"_L1);
    QJsonObject hp = objectAt(st, "hotplugVolume"_L1);
    if (phase.isEmpty() || phase == "Pending"_L1 || phase == "Bound"_L1) {
        const QString claimPhase = pvc ? stringAt(objectAt(*pvc, "status"_L1), "phase"_L1) : QString();
        if (!pvc) {
            setPhase(st, u"Pending"_s, u"FailedPvcNotFound"_s, u"PVC %1 not found"_s.arg(claim));
        } else if (claimPhase != "Bound"_L1) {
            setPhase(st, u"Pending"_s, u"PVCNotReady"_s,
                     claimPhase == "Lost"_L1 ? u"PVC is in phase Lost"_s : u"PVC is in phase ClaimPending"_s);
        } else if (phase != "Bound"_L1) {
            setPhase(st, u"Bound"_s, u"PVCNotReady"_s, u"PVC is in phase Bound"_s);
            return true;
        } else {
            // The VMI controller creates the attachment pod (generateName hp-volume-).
            static const char alphabet[] = "bcdfghjklmnpqrstvwxz2456789";
            QString pod = u"hp-volume-"_s;
            for (int i = 0; i < 5; ++i)
                pod += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof alphabet) - 1)]);
            hp.insert("attachPodName"_L1, pod);
            hp.insert("attachPodUID"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces));
            setPhase(st, u"AttachedToNode"_s, u"SuccessfulCreate"_s,
                     u"Created hotplug attachment pod %1, for volume %2"_s.arg(pod, name));
            st.insert("hotplugVolume"_L1, hp);
            return true;
        }
        st.insert("hotplugVolume"_L1, hp);
        return false; // a claim change brings the next step
    }
    if (phase == "AttachedToNode"_L1) {
        setPhase(st, u"MountedToPod"_s, u"VolumeMountedToPod"_s, u"Volume %1 has been mounted in virt-launcher pod"_s.arg(name));
        return true;
    }
    if (phase == "MountedToPod"_L1) {
        st.insert("target"_L1, nextTarget(bus, taken));
        setPhase(st, u"Ready"_s, u"VolumeReady"_s, u"Successfully attach hotplugged volume %1 to VM"_s.arg(name));
    }
    return false;
}

} // namespace

Result<bool> syncVmiVolumes(QJsonObject &vmi, const QJsonObject &vmTemplateSpec)
{
    const QJsonObject spec = objectAt(vmi, "spec"_L1);
    const QHash<QString, QJsonObject> vmVolumes = byName(vmTemplateSpec.value("volumes"_L1).toArray());
    const QHash<QString, QJsonObject> vmDisks = byName(disksOf(vmTemplateSpec));
    const QHash<QString, QJsonObject> vmiVolumes = byName(spec.value("volumes"_L1).toArray());
    QSet<QString> withStatus;
    for (const QJsonValue &s : objectAt(vmi, "status"_L1).value("volumeStatus"_L1).toArray())
        withStatus.insert(stringAt(s.toObject(), "name"_L1));
    // filterHotplugVMIVolumes + getNewHotplugVMVolumes
    QJsonArray volumes;
    QSet<QString> names;
    for (const QJsonValue &v : spec.value("volumes"_L1).toArray()) {
        const QString name = stringAt(v.toObject(), "name"_L1);
        if (isHotplugVolume(v.toObject()) &&
            (!vmVolumes.contains(name) || (isHotplugVolume(vmVolumes.value(name)) && vmVolumes.value(name) != v.toObject())))
            continue;
        volumes.append(v);
        names.insert(name);
    }
    for (const QJsonValue &v : vmTemplateSpec.value("volumes"_L1).toArray()) {
        const QString name = stringAt(v.toObject(), "name"_L1);
        if (isHotplugVolume(v.toObject()) && !vmiVolumes.contains(name) && !withStatus.contains(name)) {
            volumes.append(v);
            names.insert(name);
        }
    }
    // filterHotplugVMIDisks + getNewHotplugVMDisks
    QJsonArray disks;
    QSet<QString> diskNames;
    for (const QJsonValue &d : disksOf(spec)) {
        const QString name = stringAt(d.toObject(), "name"_L1);
        const bool cdrom = d.toObject().contains("cdrom"_L1) && vmDisks.value(name).contains("cdrom"_L1);
        if (!names.contains(name) && (!vmDisks.contains(name) || (vmVolumes.contains(name) && !cdrom)))
            continue;
        disks.append(d);
        diskNames.insert(name);
    }
    for (const QJsonValue &d : disksOf(vmTemplateSpec)) {
        const QString name = stringAt(d.toObject(), "name"_L1);
        if (diskNames.contains(name) || !names.contains(name) || !isHotplugVolume(vmVolumes.value(name)) || vmiVolumes.contains(name))
            continue;
        // The VMI update webhook (AdmitHotplugStorage) checks each new hotplug disk.
        if (const QString problem = diskProblem(d.toObject(), name); !problem.isEmpty())
            return Result<bool>::failure(
                u"admission webhook \"virtualmachineinstance-validator.kubevirt.io\" denied the request: "_s + problem);
        disks.append(d);
    }
    if (volumes == spec.value("volumes"_L1).toArray() && disks == disksOf(spec))
        return false;
    QJsonObject next = spec;
    next.insert("volumes"_L1, volumes);
    QJsonObject domain = objectAt(next, "domain"_L1);
    QJsonObject devices = objectAt(domain, "devices"_L1);
    devices.insert("disks"_L1, disks);
    domain.insert("devices"_L1, devices);
    next.insert("domain"_L1, domain);
    vmi.insert("spec"_L1, next);
    return true;
}

bool hasHotplugState(const QJsonObject &vmi)
{
    for (const QJsonValue &v : objectAt(vmi, "spec"_L1).value("volumes"_L1).toArray())
        if (isHotplugVolume(v.toObject()))
            return true;
    for (const QJsonValue &s : objectAt(vmi, "status"_L1).value("volumeStatus"_L1).toArray())
        if (s.toObject().contains("hotplugVolume"_L1))
            return true;
    return false;
}

bool advanceVolumeStatus(QJsonObject &vmi, const ObjectStore &store)
{
    const QJsonObject spec = objectAt(vmi, "spec"_L1);
    QJsonObject status = objectAt(vmi, "status"_L1);
    QHash<QString, QJsonObject> old = byName(status.value("volumeStatus"_L1).toArray());
    const QHash<QString, QJsonObject> disks = byName(disksOf(spec));
    const auto &PVC = ApiResource::persistentVolumeClaims();
    const bool claims = store.find(PVC.group, PVC.version, PVC.plural).has_value();
    QSet<QString> taken;
    for (const QJsonObject &s : std::as_const(old))
        if (!stringAt(s, "target"_L1).isEmpty())
            taken.insert(stringAt(s, "target"_L1));
    QList<QJsonObject> next;
    bool pending = false;
    for (const QJsonValue &v : spec.value("volumes"_L1).toArray()) {
        const QJsonObject volume = v.toObject();
        const QString name = stringAt(volume, "name"_L1), claim = claimOf(volume);
        QJsonObject st = old.take(name);
        st.insert("name"_L1, name);
        const QString bus = busOf(disks.value(name));
        const auto pvc = claims && !claim.isEmpty() ? store.get(PVC, namespaceOf(vmi), claim) : std::nullopt;
        if (isHotplugVolume(volume))
            pending |= stepHotplug(st, name, pvc, claim, bus, taken);
        else if (!st.contains("target"_L1) && disks.contains(name))
            st.insert("target"_L1, nextTarget(bus, taken)); // virt-handler reads it from the domain
        if (!st.contains("target"_L1))
            st.insert("target"_L1, QString());
        if (pvc)
            st.insert("persistentVolumeClaimInfo"_L1, pvcInfo(*pvc));
        next.append(st);
    }
    // Removed volumes keep their status while the attachment pod goes (phaseForUnpluggedVolume).
    for (QJsonObject st : std::as_const(old)) {
        if (!st.contains("hotplugVolume"_L1) || stringAt(st, "phase"_L1) == "Detaching"_L1)
            continue; // gone with its attachment pod
        const QString pod = stringAt(objectAt(st, "hotplugVolume"_L1), "attachPodName"_L1);
        setPhase(st, u"Detaching"_s, u"SuccessfulDelete"_s,
                 u"Deleted hotplug attachment pod %1, for volume %2"_s.arg(pod, stringAt(st, "name"_L1)));
        next.append(st);
        pending = true;
    }
    std::sort(next.begin(), next.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return stringAt(a, "name"_L1) < stringAt(b, "name"_L1);
    });
    QJsonArray list;
    for (const QJsonObject &st : std::as_const(next))
        list.append(st);
    status.insert("volumeStatus"_L1, list);
    vmi.insert("status"_L1, status);
    return pending;
}

} // namespace drover::sim::hotplug
