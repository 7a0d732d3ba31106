// status.volumeSnapshotStatuses, as KubeVirt's snapshot controller keeps it on every VM
// (pkg/storage/snapshot/snapshot.go updateVolumeSnapshotStatuses, getVolumeSnapshotStatus,
// getVolumeStorageClass, getStorageClassNameForDV): one entry per volume, enabled when the volume
// is a claim whose storage class has a VolumeSnapshotClass. A VirtualMachineClone of a VM waits
// until every claim volume says enabled (Clones.h).
#include "Snapshots.h"

#include "SnapshotUtil.h"

#include <QTimer>

#include <utility>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &VM = ApiResource::virtualMachines();
const ApiResource &DV = ApiResource::dataVolumes();
const ApiResource &PVC = ApiResource::persistentVolumeClaims();

// The name of obj's owner of that kind ("" when none).
QString ownerOf(const QJsonObject &obj, QLatin1StringView kind)
{
    for (const QJsonValue &ref : objectAt(obj, "metadata"_L1).value("ownerReferences"_L1).toArray())
        if (stringAt(ref.toObject(), "kind"_L1) == kind)
            return stringAt(ref.toObject(), "name"_L1);
    return {};
}

// A claim's storage class; nullopt (the claim is not there) reads "PVC not found".
std::optional<QString> claimClass(const ObjectStore &store, const QString &ns, const QString &claim)
{
    const auto pvc = store.get(PVC, ns, claim);
    if (!pvc)
        return std::nullopt;
    return stringAt(objectAt(*pvc, "spec"_L1), "storageClassName"_L1);
}

// getStorageClassNameForDV: the DataVolume's spec.pvc class, its owner VM's template's, else its claim's.
std::optional<QString> dataVolumeClass(const ObjectStore &store, const QString &ns, const QString &name)
{
    const auto dv = store.get(DV, ns, name);
    if (!dv)
        return claimClass(store, ns, name);
    const QString own = stringAt(objectAt(objectAt(*dv, "spec"_L1), "pvc"_L1), "storageClassName"_L1);
    if (!own.isEmpty())
        return own;
    if (const auto vm = store.get(VM, ns, ownerOf(*dv, "VirtualMachine"_L1)))
        for (const QJsonValue &t : objectAt(*vm, "spec"_L1).value("dataVolumeTemplates"_L1).toArray()) {
            const QJsonObject pvcSpec = objectAt(objectAt(t.toObject(), "spec"_L1), "pvc"_L1);
            if (stringAt(objectAt(t.toObject(), "metadata"_L1), "name"_L1) == name && pvcSpec.contains("storageClassName"_L1))
                return stringAt(pvcSpec, "storageClassName"_L1);
        }
    return claimClass(store, ns, name);
}

QJsonObject volumeStatus(const ObjectStore &store, const QString &ns, const QJsonObject &volume)
{
    const QString name = stringAt(volume, "name"_L1);
    auto disabled = [&](const QString &reason) {
        return QJsonObject{{u"name"_s, name}, {u"enabled"_s, false}, {u"reason"_s, reason}};
    };
    std::optional<QString> sc;
    if (volume.contains("dataVolume"_L1))
        sc = dataVolumeClass(store, ns, snaputil::claimOf(volume));
    else if (volume.contains("persistentVolumeClaim"_L1))
        sc = claimClass(store, ns, snaputil::claimOf(volume));
    else if (volume.contains("memoryDump"_L1))
        sc = claimClass(store, ns, stringAt(objectAt(volume, "memoryDump"_L1), "claimName"_L1));
    else
        return disabled(QStringLiteral("Snapshot is not supported for this volumeSource type [%1]").arg(name));
    if (!sc)
        return disabled(u"PVC not found"_s);
    if (!snaputil::hasVolumeSnapshotClass(*sc))
        return disabled(QStringLiteral("No VolumeSnapshotClass: Volume snapshots are not configured for this StorageClass [%1] [%2]")
                            .arg(*sc, name));
    return {{u"name"_s, name}, {u"enabled"_s, true}};
}

} // namespace

void SnapshotController::populate()
{
    for (const QJsonObject &vm : m_store->list(VM))
        updateVolumeStatuses(vm);
}

void SnapshotController::queueVolumeStatuses(const ApiResource &r, const QJsonObject &obj)
{
    QString vm;
    if (r == VM && markedForDeletion(obj))
        return;
    if (r == VM)
        vm = nameOf(obj);
    else if (r == DV)
        vm = ownerOf(obj, "VirtualMachine"_L1);
    else if (r == PVC)
        if (const auto dv = m_store->get(DV, namespaceOf(obj), ownerOf(obj, "DataVolume"_L1)))
            vm = ownerOf(*dv, "VirtualMachine"_L1);
    if (vm.isEmpty())
        return;
    m_vmQueue.insert(namespaceOf(obj) + u'/' + vm);
    if (!std::exchange(m_vmDrainQueued, true))
        QTimer::singleShot(0, this, &SnapshotController::drainVolumeStatuses);
}

void SnapshotController::drainVolumeStatuses()
{
    m_vmDrainQueued = false;
    for (const QString &key : std::exchange(m_vmQueue, {}))
        if (const auto vm = m_store->get(VM, key.section(u'/', 0, 0), key.section(u'/', 1)))
            updateVolumeStatuses(*vm);
}

void SnapshotController::updateVolumeStatuses(const QJsonObject &vm)
{
    QJsonArray statuses;
    for (const QJsonValue &v : snaputil::volumesOf(vm))
        statuses.append(volumeStatus(*m_store, namespaceOf(vm), v.toObject()));
    if (objectAt(vm, "status"_L1).value("volumeSnapshotStatuses"_L1).toArray() == statuses)
        return;
    snaputil::setStatus(m_store, VM, namespaceOf(vm), nameOf(vm), [&](QJsonObject &st) {
        if (statuses.isEmpty())
            st.remove("volumeSnapshotStatuses"_L1);
        else
            st.insert("volumeSnapshotStatuses"_L1, statuses);
    });
}

} // namespace drover::sim
