// The VM status that follows its VMI, and the state change requests the lifecycle subresources
// leave for virt-controller (pkg/virt-controller/watch/vm.go: setPrintableStatus, syncConditions,
// isTrimFirstChangeRequestNeeded).
#include "VmiJson.h"

namespace drover::sim {

using namespace Qt::StringLiterals;

namespace {

QJsonArray requestsOf(const QJsonObject &vm)
{
    return objectAt(vm, "status"_L1).value("stateChangeRequests"_L1).toArray();
}

QJsonArray conditionsOf(const QJsonObject &obj)
{
    return objectAt(obj, "status"_L1).value("conditions"_L1).toArray();
}

} // namespace

QString printableStatusFor(const QJsonObject &vm, const std::optional<QJsonObject> &vmi)
{
    if (markedForDeletion(vm))
        return u"Terminating"_s;
    if (vmi && !isFinal(*vmi)) {
        if (markedForDeletion(*vmi) || runStrategyOf(vm) == core::RunStrategy::Halted || hasStopRequestFor(vm, uidOf(*vmi)))
            return u"Stopping"_s;
        const QJsonObject migration = objectAt(objectAt(*vmi, "status"_L1), "migrationState"_L1);
        if (!migration.isEmpty() && !migration.value("completed"_L1).toBool() &&
            !migration.value("failed"_L1).toBool())
            return u"Migrating"_s;
        using core::VmiPhase;
        const VmiPhase phase = core::vmiPhaseOf(*vmi);
        if (phase == VmiPhase::Running)
            return conditionTrue(*vmi, u"Paused"_s) ? u"Paused"_s : u"Running"_s;
        const auto scheduled = conditionOf(*vmi, u"PodScheduled"_s);
        if (scheduled && scheduled->value("status"_L1).toString() == "False"_L1 &&
            scheduled->value("reason"_L1).toString() == "Unschedulable"_L1)
            return u"ErrorUnschedulable"_s;
        if (phase == VmiPhase::Unset || phase == VmiPhase::Pending || phase == VmiPhase::Scheduling ||
            phase == VmiPhase::Scheduled)
            return u"Starting"_s;
        return u"Unknown"_s;
    }
    return u"Stopped"_s;
}

QJsonObject vmStatusFor(const QJsonObject &vm, const std::optional<QJsonObject> &vmi)
{
    QJsonObject holder{{u"status"_s, objectAt(vm, "status"_L1)}};
    if (!vmi) {
        setCondition(holder, u"Ready"_s, false, u"VMINotExists"_s, u"VMI does not exist"_s);
    } else if (auto ready = conditionOf(*vmi, u"Ready"_s)) {
        removeCondition(holder, u"Ready"_s);
        QJsonObject st = objectAt(holder, "status"_L1);
        QJsonArray conds = st.value("conditions"_L1).toArray();
        conds.prepend(*ready);
        st.insert("conditions"_L1, conds);
        holder.insert("status"_L1, st);
    } else {
        setCondition(holder, u"Ready"_s, false, u"VMIConditionMissing"_s,
                     u"VMI is missing the Ready condition"_s);
    }
    // The VMI's other conditions are mirrored; ones the VMI no longer has are dropped.
    QJsonObject st = objectAt(holder, "status"_L1);
    QJsonArray conds;
    for (const QJsonValue &c : st.value("conditions"_L1).toArray()) {
        const QString type = c.toObject().value("type"_L1).toString();
        if (type == "Ready"_L1 || type == "Failure"_L1 || type == "RestartRequired"_L1)
            conds.append(c);
    }
    if (vmi)
        for (const QJsonValue &c : conditionsOf(*vmi)) {
            const QString type = c.toObject().value("type"_L1).toString();
            if (type != "Ready"_L1 && type != "Failure"_L1 && type != "RestartRequired"_L1)
                conds.append(c);
        }
    st.insert("conditions"_L1, conds);
    st.insert("printableStatus"_L1, printableStatusFor(vm, vmi));
    st.insert("created"_L1, vmi.has_value());
    st.insert("ready"_L1, vmi && !isFinal(*vmi) && conditionTrue(*vmi, u"Ready"_s));
    // vm.go updateStatus: status.runStrategy is first written once a VMI was made, so a new
    // RerunOnFailure VM starts when it may (shouldStartRerunOnFailure) even after earlier passes.
    if (st.contains("runStrategy"_L1) || vmi)
        st.insert("runStrategy"_L1, core::nameOf(runStrategyOf(vm)));
    return st;
}

QJsonObject startRequest(bool paused)
{
    QJsonObject r{{u"action"_s, u"Start"_s}};
    if (paused)
        r.insert("data"_L1, QJsonObject{{u"paused"_s, u"true"_s}});
    return r;
}

QJsonObject stopRequest(const QString &vmiUid)
{
    return QJsonObject{{u"action"_s, u"Stop"_s}, {u"uid"_s, vmiUid}};
}

bool hasStopRequestFor(const QJsonObject &vm, const QString &vmiUid)
{
    const QJsonArray reqs = requestsOf(vm);
    if (reqs.isEmpty())
        return false;
    const QJsonObject first = reqs.first().toObject();
    return first.value("action"_L1).toString() == "Stop"_L1 &&
           first.value("uid"_L1).toString() == vmiUid;
}

bool hasStartRequest(const QJsonObject &vm, bool *paused)
{
    const QJsonArray reqs = requestsOf(vm);
    if (reqs.isEmpty() || reqs.first().toObject().value("action"_L1).toString() != "Start"_L1)
        return false;
    if (paused)
        *paused =
            objectAt(reqs.first().toObject(), "data"_L1).value("paused"_L1).toString() == "true"_L1;
    return true;
}

} // namespace drover::sim
