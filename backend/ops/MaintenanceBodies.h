#pragma once
// The request bodies of host maintenance, built in one place (maintenance-facts §1.1, §1.3):
// cordon/uncordon and the intent as merge patches of the Node, the policy/v1 Eviction, and the
// VM stop/start patches that keep what they changed in the VM's own annotations (so leaving
// maintenance restores it, even from another client, after a crash).
#include "Lifecycle.h"
#include "MaintenancePlan.h"

#include <QByteArray>
#include <QJsonObject>

namespace drover::ops::bodies {

// {"spec":{"unschedulable":true}} (false: null, as kubectl uncordon removes the field).
QByteArray cordonPatch(bool cordon);
// The Node's intent annotations: policy, reason and state ("draining", "ready", "leaving");
// a null state removes all three.
QByteArray intentPatch(const reconcile::MaintenanceIntent &intent, const QString &state);
QByteArray clearIntentPatch();
QByteArray statePatch(const QString &state);
// POST /api/v1/namespaces/{ns}/pods/{name}/eviction: the name and namespace must be the pod's.
QJsonObject eviction(const QString &ns, const QString &pod);
// runStrategy Halted (the deprecated spec.running removed, as KubeVirt refuses both), with the
// node, whether to restart after, and the run strategy it had.
QByteArray stopVmPatch(const QString &node, bool restartAfter, core::RunStrategy before);
// Back to the run strategy it had (Always when unknown), and the annotations removed.
QByteArray startVmPatch(core::RunStrategy before);

} // namespace drover::ops::bodies
