#pragma once
// The VM lifecycle actions and the KubeVirt subresource call behind each
// (pkg/virt-api/rest/lifecycle.go). Words for people are the UI's (models/VmStatus.h).
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace drover::ops {

enum class VmAction { Start, Stop, ForceStop, Restart, Pause, Resume };

inline constexpr VmAction allVmActions[] = {VmAction::Start,   VmAction::Stop,  VmAction::Restart,
                                            VmAction::Pause,   VmAction::Resume, VmAction::ForceStop};

// The subresource call behind an action: plural ("virtualmachines" or
// "virtualmachineinstances"), verb, request body, and the printableStatus that proves it worked.
// The one place these calls are spelled: VM actions, the stop before a snapshot restore and a
// maintenance drain all go through it.
struct ActionCall
{
    QString plural;
    QString verb;
    QJsonObject body;
    QString expectedStatus;
};
ActionCall actionCall(VmAction a);

} // namespace drover::ops

Q_DECLARE_METATYPE(drover::ops::VmAction)
