#include "VmStatus.h"

#include "VmActions.h"
#include "VmSummary.h"

namespace drover::models {

StatusKind statusKindOf(const QString &s)
{
    if (s == QLatin1String("Running"))
        return StatusKind::Running;
    if (s == QLatin1String("Paused"))
        return StatusKind::Paused;
    if (s == QLatin1String("Stopped"))
        return StatusKind::Stopped;
    static const char *const transitional[] = {"Starting", "Stopping", "Provisioning", "Migrating",
                                               "Terminating", "WaitingForVolumeBinding",
                                               "WaitingForReceiver", "Scheduling", "Scheduled",
                                               "Pending"};
    for (const char *t : transitional)
        if (s == QLatin1String(t))
            return StatusKind::Transitional;
    return StatusKind::Error;
}

QColor statusColor(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Running: return QColor(0x2e, 0x9d, 0x4f);
    case StatusKind::Paused: return QColor(0xd9, 0x8c, 0x00);
    case StatusKind::Stopped: return QColor(0x80, 0x86, 0x8e);
    case StatusKind::Transitional: return QColor(0x2f, 0x7c, 0xd6);
    case StatusKind::Error: return QColor(0xd0, 0x35, 0x35);
    }
    return {};
}

bool actionAllowed(VmAction action, const VmSummary &vm)
{
    const bool halted = vm.runStrategy == core::RunStrategy::Halted;
    switch (action) {
    case VmAction::Start:
        // KubeVirt refuses start while a VMI exists, and always for runStrategy Always
        // ("Always does not support manual start requests").
        return !vm.hasVmi && vm.kind != StatusKind::Transitional && vm.runStrategy != core::RunStrategy::Always;
    case VmAction::Stop:
    case VmAction::ForceStop:
        // Also in Stopping: force stop is how an admin ends a shutdown that hangs.
        return vm.hasVmi || (!halted && vm.kind != StatusKind::Stopped);
    case VmAction::Restart:
        return vm.hasVmi && !halted && (vm.kind == StatusKind::Running || vm.kind == StatusKind::Paused);
    case VmAction::Pause:
        return vm.hasVmi && vm.vmiRunning && !vm.paused && vm.kind == StatusKind::Running;
    case VmAction::Resume:
        return vm.hasVmi && vm.paused;
    }
    return false;
}

QString VmActionText::name(VmAction a)
{
    switch (a) {
    case VmAction::Start: return tr("Start");
    case VmAction::Stop: return tr("Stop");
    case VmAction::ForceStop: return tr("Force Stop");
    case VmAction::Restart: return tr("Restart");
    case VmAction::Pause: return tr("Pause");
    case VmAction::Resume: return tr("Resume");
    }
    return {};
}

QString VmActionText::progress(VmAction a, const QString &key)
{
    switch (a) {
    case VmAction::Start: return tr("Starting %1…").arg(key);
    case VmAction::Stop: return tr("Stopping %1…").arg(key);
    case VmAction::ForceStop: return tr("Force stopping %1…").arg(key);
    case VmAction::Restart: return tr("Restarting %1…").arg(key);
    case VmAction::Pause: return tr("Pausing %1…").arg(key);
    case VmAction::Resume: return tr("Resuming %1…").arg(key);
    }
    return {};
}

QString VmActionText::done(VmAction a, const QString &key)
{
    switch (a) {
    case VmAction::Start: return tr("%1 is running.").arg(key);
    case VmAction::Stop:
    case VmAction::ForceStop: return tr("%1 is stopped.").arg(key);
    case VmAction::Restart: return tr("%1 was restarted and is running.").arg(key);
    case VmAction::Pause: return tr("%1 is paused.").arg(key);
    case VmAction::Resume: return tr("%1 is running again.").arg(key);
    }
    return {};
}

QString VmActionText::failed(VmAction a, const QString &key, const QString &why)
{
    switch (a) {
    case VmAction::Start: return tr("Could not start %1: %2").arg(key, why);
    case VmAction::Stop: return tr("Could not stop %1: %2").arg(key, why);
    case VmAction::ForceStop: return tr("Could not force stop %1: %2").arg(key, why);
    case VmAction::Restart: return tr("Could not restart %1: %2").arg(key, why);
    case VmAction::Pause: return tr("Could not pause %1: %2").arg(key, why);
    case VmAction::Resume: return tr("Could not resume %1: %2").arg(key, why);
    }
    return why;
}

QString VmActionText::missingApi(const kube::ApiAvailability &api)
{
    // The checks name KubeVirt's defaults (namespace kubevirt, APIService v1.subresources.kubevirt.io).
    if (api.state == kube::ApiAvailability::Unavailable)
        return tr("the cluster knows KubeVirt's API %1, but its server (virt-api) does not answer (%2 %3). "
                  "Check KubeVirt's virt-api pods: kubectl -n kubevirt get pods -l kubevirt.io=virt-api, "
                  "and kubectl get apiservice v1.subresources.kubevirt.io.")
            .arg(api.groupVersion).arg(api.error.httpStatus).arg(api.error.message);
    return tr("this cluster does not serve KubeVirt's API %1 (%2 %3), so VMs cannot be started, stopped or "
              "paused. Check that KubeVirt is installed and ready: kubectl get kubevirt -A, and "
              "kubectl get apiservice v1.subresources.kubevirt.io.")
        .arg(api.groupVersion).arg(api.error.httpStatus).arg(api.error.message);
}

QString VmActionText::describe(const ops::ActionResult &r)
{
    using Reason = ops::ActionResult::Reason;
    const VmAction a = r.request.action;
    const QString key = r.request.key();
    switch (r.reason) {
    case Reason::None: return done(a, key);
    case Reason::NotConnected: return failed(a, key, tr("not connected to a cluster."));
    case Reason::Refused:
        // KubeVirt answers 409 when the VM is not in a state for the action ("VM is not
        // running"): not a concurrent edit, so not KubeError's generic "reload and try again".
        return failed(a, key, r.error.kind == kube::ErrorKind::Conflict
                                  ? tr("KubeVirt refused it in the VM's current state: %1.").arg(r.error.message)
                                  : r.error.userMessage());
    case Reason::ApiMissing: return failed(a, key, missingApi(r.api));
    case Reason::VmDeleted: return failed(a, key, tr("the VM was deleted."));
    case Reason::NoAnswer: return failed(a, key, tr("the cluster did not answer within %1 s.").arg(r.timeoutSeconds));
    case Reason::NotReached:
        return failed(a, key, tr("the cluster accepted the request, but the VM is still %1 after %2 s instead of %3.")
                                  .arg(r.observedStatus.isEmpty() ? tr("in an unknown state") : r.observedStatus)
                                  .arg(r.timeoutSeconds)
                                  .arg(r.expectedStatus));
    case Reason::ConnectionSwitched: return tr("%1: the connection was switched before the result arrived.").arg(key);
    case Reason::Superseded: return tr("%1: superseded by %2.").arg(key, name(r.supersededBy));
    }
    return {};
}

} // namespace drover::models
