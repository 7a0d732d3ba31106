#include "VmAction.h"

namespace drover::ops {

ActionCall actionCall(VmAction a)
{
    const QString vms = QStringLiteral("virtualmachines");
    const QString vmis = QStringLiteral("virtualmachineinstances");
    const QString running = QStringLiteral("Running");
    const QString stopped = QStringLiteral("Stopped");
    switch (a) {
    case VmAction::Start: return {vms, QStringLiteral("start"), {}, running};
    case VmAction::Stop: return {vms, QStringLiteral("stop"), {}, stopped};
    case VmAction::ForceStop: return {vms, QStringLiteral("stop"), QJsonObject{{QStringLiteral("gracePeriod"), 0}}, stopped};
    case VmAction::Restart: return {vms, QStringLiteral("restart"), {}, running};
    case VmAction::Pause: return {vmis, QStringLiteral("pause"), {}, QStringLiteral("Paused")};
    case VmAction::Resume: return {vmis, QStringLiteral("unpause"), {}, running};
    }
    return {};
}

} // namespace drover::ops
