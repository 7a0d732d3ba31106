// Controllers: KubeVirt's lifecycle subresources, after pkg/virt-api/rest/lifecycle.go and
// subresource.go. The VM verbs change desired state only (spec.runStrategy or
// status.stateChangeRequests) and answer 202 Accepted; the VMI verbs are validated here, carried
// out by the simulated virt-handler a moment later, and answer 200 OK with an empty body.
// Errors are metav1.Status values with KubeVirt's codes and messages.
#include "Controllers.h"

#include "VmEvents.h"
#include "VmiJson.h"

namespace drover::sim {

using core::RunStrategy;
using core::VmiPhase;
using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

// errors.NewConflict(v1.Resource(resource), name, err)
StoreResult conflict(const char *resource, const QString &name, const QString &err)
{
    return StoreResult::fail(
        409, u"Conflict"_s,
        QStringLiteral("Operation cannot be fulfilled on %1.kubevirt.io \"%2\": %3")
            .arg(QLatin1StringView(resource), name, err));
}

// errors.NewNotFound(v1.Resource(resource), name)
StoreResult notFound(const char *resource, const QString &name)
{
    return StoreResult::fail(
        404, u"NotFound"_s,
        QStringLiteral("%1.kubevirt.io \"%2\" not found").arg(QLatin1StringView(resource), name));
}

StoreResult internalError(const QString &err)
{
    return StoreResult::fail(500, u"InternalError"_s, u"Internal error occurred: "_s + err);
}

StoreResult noRoute()
{
    return StoreResult::fail(404, u"NotFound"_s,
                             u"the server could not find the requested resource"_s);
}

StoreResult withCode(int code)
{
    return StoreResult{code, {}, {}, {}};
}

// getChangeRequestJson: the requests a VM would hold after adding changes, or an error when a
// start/stop is already underway. A single Stop replaces whatever is pending.
std::optional<QJsonArray> withChangeRequests(const QJsonObject &vm, const QJsonArray &changes)
{
    const QJsonArray pending = objectAt(vm, "status"_L1).value("stateChangeRequests"_L1).toArray();
    if (pending.isEmpty())
        return changes;
    if (changes.size() == 1 && stringAt(changes.first().toObject(), "action"_L1) == "Stop"_L1)
        return changes;
    return std::nullopt;
}

std::optional<qint64> intIn(const QJsonObject &body, QLatin1StringView key)
{
    const QJsonValue v = body.value(key);
    if (v.isDouble())
        return v.toInteger();
    return std::nullopt;
}

} // namespace

StoreResult Controllers::action(const QString &plural, const QString &ns, const QString &name,
                                const QString &verb, const QJsonObject &body)
{
    if (plural == "virtualmachines"_L1)
        return vmAction(ns, name, verb, body);
    if (plural == "virtualmachineinstances"_L1)
        return vmiAction(ns, name, verb);
    return noRoute();
}

StoreResult Controllers::vmAction(const QString &ns, const QString &name, const QString &verb,
                                  const QJsonObject &body)
{
    if (verb != "start"_L1 && verb != "stop"_L1 && verb != "restart"_L1 && verb != "migrate"_L1)
        return noRoute();
    const auto &VM = ApiResource::virtualMachines();
    const auto &VMI = ApiResource::virtualMachineInstances();
    const std::optional<qint64> restartGrace = intIn(body, "gracePeriodSeconds"_L1);
    if (verb == "restart"_L1 && restartGrace && *restartGrace > 0)
        return StoreResult::fail(400, u"BadRequest"_s,
                                 u"For force restart, only gracePeriod=0 is supported for now"_s);
    if (verb == "restart"_L1 && restartGrace && *restartGrace < 0)
        return StoreResult::fail(400, u"BadRequest"_s,
                                 u"gracePeriod has to be greater or equal to 0"_s);

    const auto vm = m_store->get(VM, ns, name);
    if (!vm)
        return notFound("virtualmachine", name);
    const auto vmi = m_store->get(VMI, ns, name);
    const RunStrategy strategy = runStrategyOf(*vm);
    const QString vmiUid = vmi ? uidOf(*vmi) : QString();
    const bool vmiFinal = vmi && isFinal(*vmi);
    const VmiPhase phase = vmi ? core::vmiPhaseOf(*vmi) : VmiPhase::Unset;

    auto setStrategy = [&](RunStrategy s) {
        (void)m_store->mutate(VM, ns, name, [s](QJsonObject &o) {
            QJsonObject spec = objectAt(o, "spec"_L1);
            spec.insert("runStrategy"_L1, core::nameOf(s));
            spec.remove("running"_L1);
            o.insert("spec"_L1, spec);
        });
    };
    // Adds state change requests for virt-controller; false when one is already underway.
    auto request = [&](const QJsonArray &changes) {
        const auto next = withChangeRequests(*vm, changes);
        if (!next)
            return false;
        (void)m_store->mutate(VM, ns, name, [&next](QJsonObject &o) {
            QJsonObject st = objectAt(o, "status"_L1);
            st.insert("stateChangeRequests"_L1, *next);
            o.insert("status"_L1, st);
        });
        return true;
    };
    const QString underway = u"unable to complete request: stop/start already underway"_s;

    if (verb == "start"_L1) {
        if (vmi && !vmiFinal && phase != VmiPhase::Unknown && phase != VmiPhase::Unset)
            return conflict("virtualmachine", name, u"VM is already running"_s);
        const bool paused = body.value("paused"_L1).toBool();
        if (strategy == RunStrategy::Halted) {
            if (!paused)
                setStrategy(RunStrategy::Always);
            else if (!request(QJsonArray{startRequest(true)}))
                return internalError(underway);
        } else if (strategy == RunStrategy::RerunOnFailure || strategy == RunStrategy::Manual) {
            const bool needsRestart = (strategy == RunStrategy::RerunOnFailure && phase == VmiPhase::Succeeded) ||
                                      (strategy == RunStrategy::Manual && vmiFinal);
            if (strategy == RunStrategy::RerunOnFailure && phase == VmiPhase::Failed)
                return conflict("virtualmachine", name,
                                u"RerunOnFailure does not support starting VM from failed state"_s);
            const QJsonArray changes = needsRestart
                                           ? QJsonArray{stopRequest(vmiUid), startRequest(paused)}
                                           : QJsonArray{startRequest(paused)};
            if (!request(changes))
                return internalError(underway);
        } else if (strategy == RunStrategy::Always || strategy == RunStrategy::Once) {
            return conflict("virtualmachine", name,
                            QString(core::nameOf(strategy)) + u" does not support manual start requests"_s);
        }
        return withCode(202);
    }

    if (verb == "stop"_L1) {
        const std::optional<qint64> grace = intIn(body, "gracePeriod"_L1);
        const bool running = vmi && !vmiFinal;
        const QJsonValue oldGrace =
            vmi ? objectAt(*vmi, "spec"_L1).value("terminationGracePeriodSeconds"_L1)
                : QJsonValue();
        if ((strategy == RunStrategy::Halted || strategy == RunStrategy::RerunOnFailure || strategy == RunStrategy::Manual) &&
            !running)
            return conflict("virtualmachine", name, u"VM is not running"_s);
        if (strategy == RunStrategy::Halted && (!grace || (oldGrace.isDouble() && *grace >= oldGrace.toInteger())))
            return conflict(
                "virtualmachine", name,
                u"Halted only supports manual stop requests with a shorter graceperiod"_s);
        if (running && grace)
            (void)m_store->mutate(VMI, ns, name, [&grace](QJsonObject &o) {
                QJsonObject spec = objectAt(o, "spec"_L1);
                spec.insert("terminationGracePeriodSeconds"_L1, *grace);
                o.insert("spec"_L1, spec);
            });
        if (strategy == RunStrategy::Always || strategy == RunStrategy::Once)
            setStrategy(RunStrategy::Halted);
        else if (strategy == RunStrategy::Halted || strategy == RunStrategy::RerunOnFailure || strategy == RunStrategy::Manual)
            (void)request(QJsonArray{stopRequest(vmiUid)}); // a lone Stop always goes in
        if (running && grace && *grace == 0)
            stopVmi(*vmi, true); // gracePeriod 0: the domain is destroyed, no shutdown wait
        return withCode(202);
    }

    if (verb == "restart"_L1) {
        if (strategy == RunStrategy::Halted || strategy == RunStrategy::Once)
            return conflict("virtualmachine", name,
                            u"RunStategy "_s + core::nameOf(strategy) + u" does not support manual restart requests"_s);
        if (!vmi)
            return conflict("virtualmachine", name, u"VM is not running: Halted"_s);
        if (!request(QJsonArray{stopRequest(vmiUid), startRequest(false)}))
            return internalError(underway);
        if (restartGrace && *restartGrace == 0)
            stopVmi(*vmi, true); // the launcher pod is deleted for a swift restart
        return withCode(202);
    }

    // migrate: a VirtualMachineInstanceMigration for the migration controller to run.
    if (!vmi)
        return notFound("virtualmachineinstance", name);
    if (phase != VmiPhase::Running)
        return conflict("virtualmachine", name, u"VM is not running"_s);
    QJsonObject spec{{u"vmiName"_s, name}};
    const QJsonObject selector = objectAt(body, "addedNodeSelector"_L1);
    if (!selector.isEmpty())
        spec.insert("addedNodeSelector"_L1, selector);
    const QJsonObject migration{
        {u"metadata"_s,
         QJsonObject{{u"generateName"_s, u"kubevirt-migrate-vm-"_s}, {u"namespace"_s, ns}}},
        {u"spec"_s, spec}};
    const StoreResult created = m_store->create(ApiResource::migrations(), ns, migration);
    if (!created.ok())
        return internalError(created.message);
    return withCode(202);
}

StoreResult Controllers::vmiAction(const QString &ns, const QString &name, const QString &verb)
{
    static const QStringList verbs{u"pause"_s, u"unpause"_s, u"softreboot"_s,
                                   u"reset"_s, u"freeze"_s,  u"unfreeze"_s};
    if (!verbs.contains(verb))
        return noRoute();
    const auto &VMI = ApiResource::virtualMachineInstances();
    const auto vmi = m_store->get(VMI, ns, name);
    if (!vmi)
        return notFound("virtualmachineinstance", name);
    const VmiPhase phase = core::vmiPhaseOf(*vmi);
    const bool running = phase == VmiPhase::Running;
    const QString uid = uidOf(*vmi);
    const QString key = ns + u'/' + name;

    if (verb == "pause"_L1) {
        if (!running)
            return conflict("virtualmachineinstance", name, u"VM is not running"_s);
        if (objectAt(*vmi, "spec"_L1).contains("livenessProbe"_L1))
            return StoreResult::fail(
                403, u"Forbidden"_s,
                QStringLiteral("virtualmachineinstance.kubevirt.io \"%1\" is forbidden: "
                               "Pausing VMIs with LivenessProbe is currently not supported")
                    .arg(name));
        if (conditionOf(*vmi, u"Paused"_s))
            return conflict("virtualmachineinstance", name, u"VMI is already paused"_s);
        const QJsonObject migration = objectAt(objectAt(*vmi, "status"_L1), "migrationState"_L1);
        if (!migration.isEmpty() && !migration.value("completed"_L1).toBool())
            return conflict(
                "virtualmachineinstance", name,
                QStringLiteral("Cannot pause VM '%1' because it is currently being migrated")
                    .arg(name));
        later(150, {Step::Pause, key, uid});
        return withCode(200);
    }
    if (verb == "unpause"_L1) {
        const auto vm = m_store->get(ApiResource::virtualMachines(), ns, name);
        if (vm && objectAt(*vm, "status"_L1).contains("snapshotInProgress"_L1))
            return conflict("virtualmachine", name, u"VM snapshot is in progress"_s);
        if (!running)
            return conflict("virtualmachineinstance", name, u"VMI is not running"_s);
        if (!conditionOf(*vmi, u"Paused"_s))
            return conflict("virtualmachineinstance", name, u"VMI is not paused"_s);
        later(150, {Step::Unpause, key, uid});
        return withCode(200);
    }
    if (verb == "softreboot"_L1) {
        if (!running)
            return conflict("virtualmachineinstance", name, u"VM is not running"_s);
        if (conditionTrue(*vmi, u"Paused"_s))
            return conflict("virtualmachineinstance", name, u"VMI is paused"_s);
        vmevents::vmiSoftRebooted(m_store, *vmi);
        return withCode(200); // the guest reboots; nothing else a client could observe changes
    }
    if (verb == "reset"_L1) {
        if (!running && phase != VmiPhase::Scheduled)
            return StoreResult::fail(400, u"BadRequest"_s,
                                     QStringLiteral("Failed to reset non-running VMI with phase %1: Unable to connect to "
                                                    "VirtualMachineInstance because phase is %1 instead of Running or Scheduled")
                                         .arg(core::nameOf(phase)));
        if (!running)
            return internalError(QStringLiteral("Failed to reset non-running VMI with phase %1: "
                                                "the domain is not running yet")
                                     .arg(core::nameOf(phase)));
        vmevents::vmiReset(m_store, *vmi);
        return withCode(200);
    }
    // freeze / unfreeze: the guest agent freezes the filesystems (status.fsFreezeStatus).
    const bool freeze = verb == "freeze"_L1;
    if (!running)
        return conflict("virtualmachineinstance", name,
                        freeze ? u"VM is not running"_s : u"VMI is not running"_s);
    (void)m_store->mutate(VMI, ns, name, [freeze](QJsonObject &o) {
        QJsonObject st = objectAt(o, "status"_L1);
        if (freeze)
            st.insert("fsFreezeStatus"_L1, u"frozen"_s);
        else
            st.remove("fsFreezeStatus"_L1);
        o.insert("status"_L1, st);
    });
    return withCode(200);
}

} // namespace drover::sim
