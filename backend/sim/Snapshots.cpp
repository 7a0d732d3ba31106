#include "Snapshots.h"

#include "Controllers.h"
#include "SnapshotUtil.h"
#include "VmiJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

#include <cmath>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

using snaputil::condition;
using snaputil::now;
using snaputil::setStatus;

// The storage classes of the VM's DataVolume templates that have no VolumeSnapshotClass.
QString unsnapshottable(const QJsonObject &vm)
{
    const QJsonArray dvts = objectAt(vm, "spec"_L1).value("dataVolumeTemplates"_L1).toArray();
    for (const QJsonValue &d : dvts) {
        const QJsonObject spec = objectAt(d.toObject(), "spec"_L1);
        const QString sc = stringAt(objectAt(spec, "pvc"_L1), "storageClassName"_L1) +
                           stringAt(objectAt(spec, "storage"_L1), "storageClassName"_L1);
        if (!snaputil::hasVolumeSnapshotClass(sc))
            return sc;
    }
    return {};
}

// What a content keeps of the VM (source.go getSimplifiedMetaObject): its metadata and spec.
QJsonObject keptVm(const QJsonObject &vm)
{
    QJsonObject meta = objectAt(vm, "metadata"_L1);
    meta.remove("managedFields"_L1);
    return {{u"metadata"_s, meta}, {u"spec"_s, objectAt(vm, "spec"_L1)}, {u"status"_s, QJsonObject()}};
}

} // namespace

SnapshotController::SnapshotController(ObjectStore *store, const Controllers *controllers, QObject *parent)
    : QObject(parent), m_store(store), m_controllers(controllers)
{
    connect(m_store, &ObjectStore::changed, this, &SnapshotController::onChanged);
}

void SnapshotController::later(int demoMs, std::function<void()> fn)
{
    QTimer::singleShot(int(std::lround(demoMs * m_controllers->timeScale())), this, std::move(fn));
}

void SnapshotController::onChanged(const ApiResource &r, const QString &type, const QJsonObject &obj)
{
    const QString ns = namespaceOf(obj), name = nameOf(obj), uid = uidOf(obj);
    queueVolumeStatuses(r, obj);
    if (r == ApiResource::snapshots()) {
        if (type == "ADDED"_L1)
            later(0, [=, this] { takeSnapshot(ns, name, uid); });
        else if (type == "DELETED"_L1) {
            m_contents.remove(uid);
            m_store->remove(ApiResource::snapshotContents(), ns, u"vmsnapshot-content-"_s + uid); // deletionPolicy Delete
        }
    } else if (r == ApiResource::restores() && type == "ADDED"_L1) {
        later(100, [=, this] { restore(ns, name, uid); });
    }
}

void SnapshotController::takeSnapshot(const QString &ns, const QString &name, const QString &uid)
{
    const auto snap = m_store->get(ApiResource::snapshots(), ns, name);
    if (!snap || uidOf(*snap) != uid)
        return;
    const QString vmName = stringAt(objectAt(objectAt(*snap, "spec"_L1), "source"_L1), "name"_L1);
    const auto vm = m_store->get(ApiResource::virtualMachines(), ns, vmName);
    auto fail = [&](const QString &message) {
        setStatus(m_store, ApiResource::snapshots(), ns, name, [&](QJsonObject &st) {
            st.insert("phase"_L1, u"Failed"_s);
            st.insert("readyToUse"_L1, false);
            st.insert("error"_L1, QJsonObject{{u"message"_s, message}, {u"time"_s, now()}});
            st.insert("conditions"_L1, QJsonArray{condition(u"Progressing"_s, false, u"Failed"_s, message),
                                                  condition(u"Ready"_s, false, u"Failed"_s, message)});
        });
    };
    if (!vm) {
        fail(QStringLiteral("VirtualMachine %1 does not exist").arg(vmName));
        return;
    }
    if (const QString sc = unsnapshottable(*vm); !sc.isEmpty()) {
        fail(QStringLiteral("no VolumeSnapshotClass found for storage class %1 (the disk of %2 cannot be snapshotted)").arg(sc, vmName));
        return;
    }
    m_contents.insert(uid, keptVm(*vm));
    const bool online = m_store->get(ApiResource::virtualMachineInstances(), ns, vmName).has_value();
    setStatus(m_store, ApiResource::snapshots(), ns, name, [&](QJsonObject &st) {
        st.insert("phase"_L1, u"InProgress"_s);
        st.insert("readyToUse"_L1, false);
        st.insert("sourceUID"_L1, uidOf(*vm));
        st.insert("indications"_L1, online ? QJsonArray{u"Online"_s, u"GuestAgent"_s} : QJsonArray{});
        st.insert("conditions"_L1, QJsonArray{condition(u"Progressing"_s, true, u"InProgress"_s, u"Source locked and operation in progress"_s),
                                              condition(u"Ready"_s, false, u"InProgress"_s, u"Not ready"_s)});
    });
    later(1500, [=, this] { finishSnapshot(ns, name, uid); });
}

void SnapshotController::finishSnapshot(const QString &ns, const QString &name, const QString &uid)
{
    const auto snap = m_store->get(ApiResource::snapshots(), ns, name);
    if (!snap || uidOf(*snap) != uid)
        return;
    const QString failure = objectAt(objectAt(*snap, "metadata"_L1), "annotations"_L1).value("sim.drover.io/fail-snapshot"_L1).toString();
    if (!failure.isEmpty()) {
        m_contents.remove(uid);
        setStatus(m_store, ApiResource::snapshots(), ns, name, [&](QJsonObject &st) {
            st.insert("phase"_L1, u"Failed"_s);
            st.insert("error"_L1, QJsonObject{{u"message"_s, failure}, {u"time"_s, now()}});
            st.insert("conditions"_L1, QJsonArray{condition(u"Progressing"_s, false, u"Failed"_s, failure),
                                                  condition(u"Ready"_s, false, u"Failed"_s, failure)});
        });
        return;
    }
    // As KubeVirt: the content object exists before the snapshot says it is ready and names it.
    QJsonArray included, excluded;
    const QJsonObject content = contentFor(*snap, &included, &excluded);
    (void)m_store->create(ApiResource::snapshotContents(), ns, content);
    m_contents.remove(uid);
    setStatus(m_store, ApiResource::snapshots(), ns, name, [&](QJsonObject &st) {
        st.insert("phase"_L1, u"Succeeded"_s);
        st.insert("readyToUse"_L1, true);
        st.insert("creationTime"_L1, now());
        st.insert("virtualMachineSnapshotContentName"_L1, nameOf(content));
        st.insert("snapshotVolumes"_L1, QJsonObject{{u"includedVolumes"_s, included}, {u"excludedVolumes"_s, excluded}});
        st.insert("conditions"_L1, QJsonArray{condition(u"Progressing"_s, false, u"Operation complete"_s),
                                              condition(u"Ready"_s, true, u"Operation complete"_s)});
    });
}

QJsonObject SnapshotController::contentFor(const QJsonObject &snap, QJsonArray *included, QJsonArray *excluded) const
{
    // KubeVirt's VirtualMachineSnapshotContent: the VM as it was, and one volume backup per volume
    // backed by a claim (a dataVolume or persistentVolumeClaim volume): the claim (metadata and
    // spec) and the VolumeSnapshot taken of it. A claim that is not stored (no CDI running) is
    // described by its DataVolume template; a bare one's size is then not known.
    const QString ns = namespaceOf(snap), uid = uidOf(snap);
    const QJsonObject vm = m_contents.value(uid);
    const QJsonObject vmSpec = objectAt(vm, "spec"_L1);
    QHash<QString, QJsonObject> claimSpecs; // DataVolume name -> the claim it makes
    for (const QJsonValue &t : vmSpec.value("dataVolumeTemplates"_L1).toArray()) {
        const QJsonObject dvSpec = objectAt(t.toObject(), "spec"_L1);
        claimSpecs.insert(stringAt(objectAt(t.toObject(), "metadata"_L1), "name"_L1),
                          dvSpec.contains("storage"_L1) ? objectAt(dvSpec, "storage"_L1) : objectAt(dvSpec, "pvc"_L1));
    }
    QJsonArray backups, statuses;
    for (const QJsonValue &v : snaputil::volumesOf(vm)) {
        const QString volume = stringAt(v.toObject(), "name"_L1);
        const QString pvc = snaputil::claimOf(v.toObject());
        if (pvc.isEmpty()) { // containerDisk, cloudInitNoCloud, …: nothing to snapshot
            excluded->append(volume);
            continue;
        }
        included->append(volume);
        const QString vs = u"vmsnapshot-%1-volume-%2"_s.arg(uid, volume);
        QJsonObject claim{{u"metadata"_s, QJsonObject{{u"name"_s, pvc}, {u"namespace"_s, ns}}}, {u"spec"_s, claimSpecs.value(pvc)}};
        if (const auto stored = m_store->get(ApiResource::persistentVolumeClaims(), ns, pvc))
            claim = QJsonObject{{u"metadata"_s, objectAt(*stored, "metadata"_L1)}, {u"spec"_s, objectAt(*stored, "spec"_L1)}};
        backups.append(QJsonObject{{u"volumeName"_s, volume}, {u"volumeSnapshotName"_s, vs}, {u"persistentVolumeClaim"_s, claim}});
        statuses.append(QJsonObject{{u"volumeSnapshotName"_s, vs}, {u"readyToUse"_s, true}, {u"creationTime"_s, now()}});
    }
    const QJsonObject owner{{u"apiVersion"_s, u"snapshot.kubevirt.io/v1beta1"_s}, {u"kind"_s, u"VirtualMachineSnapshot"_s},
                            {u"name"_s, nameOf(snap)}, {u"uid"_s, uid}, {u"controller"_s, true}, {u"blockOwnerDeletion"_s, true}};
    return {{u"apiVersion"_s, u"snapshot.kubevirt.io/v1beta1"_s},
            {u"kind"_s, u"VirtualMachineSnapshotContent"_s},
            {u"metadata"_s, QJsonObject{{u"name"_s, u"vmsnapshot-content-"_s + uid}, {u"namespace"_s, ns},
                                        {u"ownerReferences"_s, QJsonArray{owner}}}},
            {u"spec"_s, QJsonObject{{u"virtualMachineSnapshotName"_s, nameOf(snap)},
                                    {u"source"_s, QJsonObject{{u"virtualMachine"_s, vm}}},
                                    {u"volumeBackups"_s, backups}}},
            {u"status"_s, QJsonObject{{u"readyToUse"_s, true}, {u"creationTime"_s, now()}, {u"volumeSnapshotStatus"_s, statuses}}}};
}

} // namespace drover::sim
