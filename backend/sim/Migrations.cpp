#include "Migrations.h"

#include "Controllers.h"
#include "Evacuation.h"
#include "Placement.h"
#include "VmEvents.h"
#include "VmiJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

#include <cmath>

namespace drover::sim {

using core::MigrationPhase;
using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const auto kTotal = "sim.drover.io/data-total-bytes"_L1;
const auto kProcessed = "sim.drover.io/data-processed-bytes"_L1;
const auto kRemaining = "sim.drover.io/data-remaining-bytes"_L1;
const auto kFailRequest = "sim.drover.io/fail-migration"_L1;
constexpr int kTickDemoMs = 250;
constexpr int kUnschedulableTries = 6; // x 500 demo ms, then the migration fails

QString now()
{
    return rfc3339(QDateTime::currentDateTimeUtc());
}

QString annotationOf(const QJsonObject &obj, QLatin1StringView key)
{
    return objectAt(objectAt(obj, "metadata"_L1), "annotations"_L1).value(key).toString();
}

void setAnnotations(QJsonObject &obj, const QList<QPair<QLatin1StringView, QString>> &values)
{
    QJsonObject meta = objectAt(obj, "metadata"_L1);
    QJsonObject ann = objectAt(meta, "annotations"_L1);
    for (const auto &[k, v] : values)
        ann.insert(k, v);
    meta.insert("annotations"_L1, ann);
    obj.insert("metadata"_L1, meta);
}

// Edits the VMI's status.migrationState when it belongs to this migration (or is new).
void editVmiState(ObjectStore *store, const QString &ns, const QString &vmi, const QString &migUid,
                  const std::function<void(QJsonObject &vmiObj, QJsonObject &state)> &fn)
{
    (void)store->mutate(ApiResource::virtualMachineInstances(), ns, vmi, [&](QJsonObject &o) {
        QJsonObject status = objectAt(o, "status"_L1);
        QJsonObject state = objectAt(status, "migrationState"_L1);
        const QString owner = stringAt(state, "migrationUid"_L1);
        if (!owner.isEmpty() && owner != migUid && !state.value("completed"_L1).toBool())
            return; // another migration's state: not ours to touch
        fn(o, state);
        status = objectAt(o, "status"_L1); // fn may have changed other status fields
        if (!state.isEmpty())
            status.insert("migrationState"_L1, state);
        o.insert("status"_L1, status);
    });
}

} // namespace

MigrationController::MigrationController(ObjectStore *store, const Controllers *controllers, QObject *parent)
    : QObject(parent), m_store(store), m_controllers(controllers)
{
    connect(m_store, &ObjectStore::changed, this, &MigrationController::onChanged);
}

void MigrationController::onChanged(const ApiResource &r, const QString &type, const QJsonObject &obj)
{
    if (r.plural != ApiResource::migrations().plural || r.group != ApiResource::migrations().group)
        return;
    if (type == "ADDED"_L1)
        later(0, namespaceOf(obj), nameOf(obj), uidOf(obj));
    else if (type == "DELETED"_L1 && !core::isFinal(core::migrationPhaseOf(obj)))
        aborted(obj);
    if (type == "DELETED"_L1)
        m_waiting.remove(uidOf(obj));
    if ((type == "DELETED"_L1 || core::isFinal(core::migrationPhaseOf(obj))) && !m_waiting.isEmpty()) {
        // A slot may have freed: the Pending ones try again (migration.go requeues them).
        for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it)
            later(0, it->first, it->second, it.key());
        m_waiting.clear();
    }
}

void MigrationController::later(int demoMs, const QString &ns, const QString &name, const QString &uid)
{
    const int ms = int(std::lround(demoMs * m_controllers->timeScale()));
    QTimer::singleShot(ms, this, [this, ns, name, uid] { step(ns, name, uid); });
}

void MigrationController::setPhase(const QString &ns, const QString &name, core::MigrationPhase to,
                                   const std::function<void(QJsonObject &status)> &more)
{
    const QString phase = core::nameOf(to);
    (void)m_store->mutate(ApiResource::migrations(), ns, name, [&](QJsonObject &o) {
        QJsonObject status = objectAt(o, "status"_L1);
        status.insert("phase"_L1, phase);
        QJsonArray times = status.value("phaseTransitionTimestamps"_L1).toArray();
        times.append(QJsonObject{{u"phase"_s, phase}, {u"phaseTransitionTimestamp"_s, now()}});
        status.insert("phaseTransitionTimestamps"_L1, times);
        if (more)
            more(status);
        o.insert("status"_L1, status);
    });
}

void MigrationController::step(const QString &ns, const QString &name, const QString &uid)
{
    const auto mig = m_store->get(ApiResource::migrations(), ns, name);
    if (!mig || uidOf(*mig) != uid)
        return; // deleted (aborted) or replaced meanwhile
    const MigrationPhase phase = core::migrationPhaseOf(*mig);
    const QString vmiName = stringAt(objectAt(*mig, "spec"_L1), "vmiName"_L1);
    const auto vmi = m_store->get(ApiResource::virtualMachineInstances(), ns, vmiName);
    if (core::isFinal(phase))
        return;
    if (!vmi || isFinal(*vmi) || markedForDeletion(*vmi)) {
        fail(*mig, QStringLiteral("VMI %1/%2 is not running any more").arg(ns, vmiName), false);
        return;
    }
    const QJsonObject vmiStatus = objectAt(*vmi, "status"_L1);
    if (phase == MigrationPhase::Unset) {
        // What KubeVirt's admission webhook checks before a migration may exist.
        QString refusal;
        const auto lm = conditionOf(*vmi, u"LiveMigratable"_s);
        if (core::vmiPhaseOf(*vmi) != core::VmiPhase::Running)
            refusal = QStringLiteral("Cannot migrate VMI in phase %1").arg(phaseOf(*vmi));
        else if (!lm || lm->value("status"_L1).toString() != "True"_L1)
            refusal = QStringLiteral("Cannot migrate VMI, Reason: %1, Message: %2")
                          .arg(lm ? lm->value("reason"_L1).toString() : u"NotMigratable"_s,
                               lm ? lm->value("message"_L1).toString() : u"no LiveMigratable condition"_s);
        else {
            const QJsonObject state = objectAt(vmiStatus, "migrationState"_L1);
            if (!state.isEmpty() && !state.value("completed"_L1).toBool() && stringAt(state, "migrationUid"_L1) != uid)
                refusal = QStringLiteral("in-flight migration detected. Active migration job (%1) is currently already in progress for VMI %2.")
                              .arg(stringAt(state, "migrationUid"_L1), vmiName);
        }
        if (!refusal.isEmpty()) {
            fail(*mig, refusal, false);
            return;
        }
        setPhase(ns, name, MigrationPhase::Pending);
        later(100, ns, name, uid);
    } else if (phase == MigrationPhase::Pending) {
        if (!migrationMustWait(*m_store, *mig, *vmi).isEmpty()) {
            m_waiting.insert(uid, {ns, name});
            return;
        }
        setPhase(ns, name, MigrationPhase::Scheduling);
        later(300, ns, name, uid);
    } else if (phase == MigrationPhase::Scheduling) {
        QJsonObject spec = objectAt(*vmi, "spec"_L1);
        QJsonObject selector = objectAt(spec, "nodeSelector"_L1);
        const QJsonObject added = objectAt(objectAt(*mig, "spec"_L1), "addedNodeSelector"_L1);
        for (auto it = added.begin(); it != added.end(); ++it)
            selector.insert(it.key(), it.value());
        spec.insert("nodeSelector"_L1, selector);
        const QString source = stringAt(vmiStatus, "nodeName"_L1);
        const Placement::Choice choice = Placement(*m_store).pick(spec, source);
        if (choice.node.isEmpty()) {
            const int tries = annotationOf(*mig, "sim.drover.io/schedule-attempts"_L1).toInt() + 1;
            if (tries >= kUnschedulableTries) {
                fail(*mig, QStringLiteral("Migration target pod is unschedulable: %1").arg(choice.reason), false);
                return;
            }
            (void)m_store->mutate(ApiResource::migrations(), ns, name, [&](QJsonObject &o) {
                setAnnotations(o, {{"sim.drover.io/schedule-attempts"_L1, QString::number(tries)}});
            });
            later(500, ns, name, uid);
            return;
        }
        const QJsonObject state{{u"sourceNode"_s, source}, {u"targetNode"_s, choice.node},
                                {u"migrationUid"_s, uid}, {u"mode"_s, u"PreCopy"_s}};
        setPhase(ns, name, MigrationPhase::Scheduled, [&](QJsonObject &status) { status.insert("migrationState"_L1, state); });
        editVmiState(m_store, ns, vmiName, uid, [&](QJsonObject &, QJsonObject &st) { st = state; });
        later(200, ns, name, uid);
    } else if (phase == MigrationPhase::Scheduled) {
        vmevents::migrationHandedOver(m_store, *mig); // the target pod is there by now
        setPhase(ns, name, MigrationPhase::PreparingTarget);
        later(300, ns, name, uid);
    } else if (phase == MigrationPhase::PreparingTarget) {
        vmevents::migrationTargetReady(m_store, *vmi, stringAt(objectAt(vmiStatus, "migrationState"_L1), "targetNode"_L1));
        setPhase(ns, name, MigrationPhase::TargetReady);
        later(200, ns, name, uid);
    } else if (phase == MigrationPhase::TargetReady) {
        const QString started = now();
        const qint64 total = qMax<qint64>(Placement::needOf(objectAt(*vmi, "spec"_L1)).memBytes, 512LL << 20);
        setPhase(ns, name, MigrationPhase::Running, [&](QJsonObject &status) {
            QJsonObject st = objectAt(status, "migrationState"_L1);
            st.insert("startTimestamp"_L1, started);
            status.insert("migrationState"_L1, st);
        });
        (void)m_store->mutate(ApiResource::migrations(), ns, name, [&](QJsonObject &o) {
            setAnnotations(o, {{kTotal, QString::number(total)}, {kProcessed, u"0"_s}, {kRemaining, QString::number(total)}});
        });
        editVmiState(m_store, ns, vmiName, uid, [&](QJsonObject &, QJsonObject &st) { st.insert("startTimestamp"_L1, started); });
        vmevents::migrationRunning(m_store, *vmi, stringAt(vmiStatus, "nodeName"_L1));
        later(kTickDemoMs, ns, name, uid);
    } else if (phase == MigrationPhase::Running) {
        transfer(*mig, *vmi);
    }
}

void MigrationController::transfer(const QJsonObject &mig, const QJsonObject &vmi)
{
    const QString ns = namespaceOf(mig), name = nameOf(mig), uid = uidOf(mig);
    const double total = annotationOf(mig, kTotal).toDouble();
    // A real link's throughput wobbles (other traffic, compression, dirty pages re-sent): 70–130 %.
    const double wobble = 0.7 + 0.6 * QRandomGenerator::global()->generateDouble();
    const double processed = annotationOf(mig, kProcessed).toDouble() + wobble * kBytesPerDemoSecond * kTickDemoMs / 1000.0;
    const bool dirty = labelOf(vmi, u"drover.io/dirty-rate"_s) == "high"_L1;
    // A guest that dirties memory faster than the link copies it never gets below a third left.
    const double remaining = dirty ? qMax(total / 3, total - processed) : qMax(0.0, total - processed);
    QString failure = annotationOf(mig, kFailRequest);
    if (failure.isEmpty())
        failure = annotationOf(vmi, kFailRequest);
    if (!failure.isEmpty() && processed >= total / 2) {
        fail(mig, failure, true);
        return;
    }
    if (dirty && processed >= 3 * total) {
        const int gib = qMax(1, int(std::ceil(total / (1024.0 * 1024 * 1024))));
        fail(mig, QStringLiteral("Live migration is not completed after %1 sec and has been aborted").arg(150 * gib), true);
        return;
    }
    (void)m_store->mutate(ApiResource::migrations(), ns, name, [&](QJsonObject &o) {
        setAnnotations(o, {{kProcessed, QString::number(qint64(processed))}, {kRemaining, QString::number(qint64(remaining))}});
    });
    if (remaining <= 0) {
        const auto fresh = m_store->get(ApiResource::migrations(), ns, name);
        if (fresh)
            finish(*fresh);
        return;
    }
    later(kTickDemoMs, ns, name, uid);
}

void MigrationController::fail(const QJsonObject &mig, const QString &reason, bool touchVmi)
{
    const QString ns = namespaceOf(mig), uid = uidOf(mig), ended = now();
    setPhase(ns, nameOf(mig), MigrationPhase::Failed, [&](QJsonObject &status) {
        QJsonObject st = objectAt(status, "migrationState"_L1);
        st.insert("failed"_L1, true);
        st.insert("completed"_L1, true);
        st.insert("failureReason"_L1, reason);
        st.insert("endTimestamp"_L1, ended);
        status.insert("migrationState"_L1, st);
    });
    if (!touchVmi)
        return;
    const QString vmiName = stringAt(objectAt(mig, "spec"_L1), "vmiName"_L1);
    editVmiState(m_store, ns, vmiName, uid, [&](QJsonObject &, QJsonObject &st) {
        st.insert("failed"_L1, true);
        st.insert("completed"_L1, true);
        st.insert("failureReason"_L1, reason);
        st.insert("endTimestamp"_L1, ended);
    });
    if (const auto vmi = m_store->get(ApiResource::virtualMachineInstances(), ns, vmiName))
        vmevents::migrationFailed(m_store, mig, *vmi, stringAt(objectAt(objectAt(*vmi, "status"_L1), "migrationState"_L1), "sourceNode"_L1),
                                  reason);
}

void MigrationController::finish(const QJsonObject &mig)
{
    const QString ns = namespaceOf(mig), uid = uidOf(mig), ended = now();
    const QString target = stringAt(objectAt(objectAt(mig, "status"_L1), "migrationState"_L1), "targetNode"_L1);
    editVmiState(m_store, ns, stringAt(objectAt(mig, "spec"_L1), "vmiName"_L1), uid, [&](QJsonObject &o, QJsonObject &st) {
        st.insert("completed"_L1, true);
        st.insert("endTimestamp"_L1, ended);
        QJsonObject status = objectAt(o, "status"_L1);
        status.insert("nodeName"_L1, target);
        status.remove("evacuationNodeName"_L1); // pkg/virt-handler/migration-target.go
        o.insert("status"_L1, status);
        QJsonObject meta = objectAt(o, "metadata"_L1);
        QJsonObject labels = objectAt(meta, "labels"_L1);
        labels.insert("kubevirt.io/nodeName"_L1, target);
        meta.insert("labels"_L1, labels);
        o.insert("metadata"_L1, meta);
    });
    setPhase(ns, nameOf(mig), MigrationPhase::Succeeded, [&](QJsonObject &status) {
        QJsonObject st = objectAt(status, "migrationState"_L1);
        st.insert("completed"_L1, true);
        st.insert("endTimestamp"_L1, ended);
        status.insert("migrationState"_L1, st);
    });
    const QString vmiName = stringAt(objectAt(mig, "spec"_L1), "vmiName"_L1);
    if (const auto vmi = m_store->get(ApiResource::virtualMachineInstances(), ns, vmiName))
        vmevents::migrationSucceeded(m_store, mig, *vmi, target);
}

void MigrationController::aborted(const QJsonObject &mig)
{
    // Deleting a running migration is how a user cancels it (virtctl migrate-cancel does that).
    const QString ended = now();
    editVmiState(m_store, namespaceOf(mig), stringAt(objectAt(mig, "spec"_L1), "vmiName"_L1), uidOf(mig),
                 [&](QJsonObject &, QJsonObject &st) {
                     if (st.isEmpty() || st.value("completed"_L1).toBool())
                         return;
                     st.insert("abortRequested"_L1, true);
                     st.insert("abortStatus"_L1, u"Succeeded"_s);
                     st.insert("failed"_L1, true);
                     st.insert("completed"_L1, true);
                     st.insert("failureReason"_L1, u"Live migration aborted"_s);
                     st.insert("endTimestamp"_L1, ended);
                 });
}

} // namespace drover::sim
