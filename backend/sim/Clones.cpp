// CloneController's plumbing: what wakes a clone up, the work queue, the status update
// (clone.go updateStatus) and events. The sync itself is in CloneSync.cpp.
#include "Clones.h"

#include "CloneJson.h"
#include "Controllers.h"
#include "SimEvents.h"
#include "VmiJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>

#include <cmath>
#include <utility>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &CLONES = ApiResource::virtualMachineClones();

constexpr int kReactMs = 100; // from a change to the sync it causes, at demo pace

// The clone that owns obj ("" when none).
QString owningClone(const QJsonObject &obj)
{
    for (const QJsonValue &ref : objectAt(obj, "metadata"_L1).value("ownerReferences"_L1).toArray())
        if (stringAt(ref.toObject(), "kind"_L1) == clone::kKind && stringAt(ref.toObject(), "apiVersion"_L1) == clone::kApiVersion)
            return stringAt(ref.toObject(), "name"_L1);
    return {};
}

} // namespace

CloneController::CloneController(ObjectStore *store, const Controllers *controllers, QObject *parent)
    : QObject(parent), m_store(store), m_controllers(controllers)
{
    connect(m_store, &ObjectStore::changed, this, &CloneController::onChanged);
}

void CloneController::registerResources(ObjectStore &store)
{
    if (!store.find(CLONES.group, CLONES.version, CLONES.plural))
        store.registerResource(CLONES);
}

void CloneController::onChanged(const ApiResource &r, const QString &type, const QJsonObject &obj)
{
    const QString ns = namespaceOf(obj), name = nameOf(obj);
    if (r == CLONES) {
        if (type == "DELETED"_L1)
            return;
        enqueue(ns, name);
    } else if (r == ApiResource::snapshots() || r == ApiResource::restores()) {
        if (const QString owner = owningClone(obj); !owner.isEmpty())
            enqueue(ns, owner);
        if (r == ApiResource::snapshots()) // clones of a snapshot
            enqueueFor(ns, [&](const QJsonObject &c) {
                const QJsonObject source = objectAt(objectAt(c, "spec"_L1), "source"_L1);
                return stringAt(source, "kind"_L1) == "VirtualMachineSnapshot"_L1 && stringAt(source, "name"_L1) == name;
            });
    } else if (r == ApiResource::virtualMachines()) {
        enqueueFor(ns, [&](const QJsonObject &c) {
            const QJsonObject spec = objectAt(c, "spec"_L1);
            const QJsonObject source = objectAt(spec, "source"_L1);
            return (stringAt(source, "kind"_L1) == "VirtualMachine"_L1 && stringAt(source, "name"_L1) == name) ||
                   stringAt(objectAt(spec, "target"_L1), "name"_L1) == name ||
                   stringAt(objectAt(c, "status"_L1), "targetName"_L1) == name;
        });
    }
}

void CloneController::enqueueFor(const QString &ns, const std::function<bool(const QJsonObject &)> &wants)
{
    WatchFilter inNs;
    inNs.ns = ns;
    for (const QJsonObject &c : m_store->list(CLONES, inNs))
        if (wants(c))
            enqueue(ns, nameOf(c));
}

void CloneController::enqueue(const QString &ns, const QString &name)
{
    m_queue.insert(ns + u'/' + name);
    if (!std::exchange(m_drainQueued, true))
        QTimer::singleShot(int(std::lround(kReactMs * m_controllers->timeScale())), this, &CloneController::drain);
}

void CloneController::drain()
{
    m_drainQueued = false;
    for (const QString &key : std::exchange(m_queue, {}))
        execute(key.section(u'/', 0, 0), key.section(u'/', 1));
}

void CloneController::execute(const QString &ns, const QString &name)
{
    const auto vmClone = m_store->get(CLONES, ns, name);
    if (!vmClone)
        return;
    const QJsonObject status = objectAt(*vmClone, "status"_L1);
    if (stringAt(status, "phase"_L1) == "Succeeded"_L1 &&
        !m_store->get(ApiResource::virtualMachines(), ns, stringAt(status, "targetName"_L1))) {
        if (!markedForDeletion(*vmClone)) // its VM is gone: so is the clone
            (void)m_store->remove(CLONES, ns, name);
        return;
    }
    if (const auto info = sync(*vmClone))
        updateStatus(*vmClone, *info);
}

void CloneController::updateStatus(const QJsonObject &vmClone, const SyncInfo &info)
{
    const QJsonObject orig = objectAt(vmClone, "status"_L1);
    QJsonObject st = orig;
    QJsonArray conds = st.value("conditions"_L1).toArray();
    auto conditions = [&](bool progressing, const QString &progressReason, bool ready, const QString &readyReason) {
        clone::updateCondition(conds, u"Progressing"_s, progressing, progressReason);
        clone::updateCondition(conds, u"Ready"_s, ready, readyReason);
    };
    QString phase = stringAt(st, "phase"_L1);
    if (info.pending) {
        record(vmClone, u"Normal"_s, info.event, info.reason);
        conditions(false, u"Pending"_s, false, info.reason);
    } else if (info.failing) {
        record(vmClone, u"Normal"_s, info.event, info.reason);
        phase = u"Failed"_s;
        conditions(false, u"Failed"_s, false, info.reason);
    } else {
        conditions(true, u"Still processing"_s, false, u"Still processing"_s);
    }
    if (phase.isEmpty() && !info.pending)
        phase = u"SnapshotInProgress"_s;
    if (phase == "SnapshotInProgress"_L1) {
        if (!info.snapshotName.isEmpty())
            st.insert("snapshotName"_L1, info.snapshotName);
        if (info.snapshotReady)
            phase = u"RestoreInProgress"_s;
    }
    if (phase == "RestoreInProgress"_L1) {
        if (!info.restoreName.isEmpty())
            st.insert("restoreName"_L1, info.restoreName);
        if (info.restoreReady)
            phase = u"CreatingTargetVM"_s;
    }
    if (phase == "CreatingTargetVM"_L1) {
        if (!info.targetVmName.isEmpty())
            st.insert("targetName"_L1, info.targetVmName);
        if (info.targetVmCreated)
            phase = u"Succeeded"_s;
    }
    if (phase == "Succeeded"_L1)
        conditions(false, u"Ready"_s, true, u"Ready"_s);
    if (info.pvcBound) {
        st.remove("snapshotName"_L1);
        st.remove("restoreName"_L1);
    }
    if (!phase.isEmpty())
        st.insert("phase"_L1, phase);
    st.insert("conditions"_L1, conds);
    if (st == orig)
        return;
    (void)m_store->mutate(CLONES, namespaceOf(vmClone), nameOf(vmClone), [&st](QJsonObject &o) { o.insert("status"_L1, st); });
}

void CloneController::record(const QJsonObject &vmClone, const QString &type, const QString &reason, const QString &message)
{
    // One event per reason and message: the controller records on every pass, and a real one
    // records a phase's event once. The recorder is named "clone-controller"
    // (pkg/virt-controller/watch/application.go).
    const QString key = uidOf(vmClone) + u'|' + reason + u'|' + message;
    if (reason.isEmpty() || m_recorded.contains(key))
        return;
    m_recorded.insert(key);
    SimEvents::of(m_store)->record(vmClone, {u"clone-controller"_s, {}}, type, reason, message);
}

} // namespace drover::sim
