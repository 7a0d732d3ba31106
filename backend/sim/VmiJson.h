#pragma once
// How the simulated virt-controller shapes VMIs and their status at each phase.
#include <QJsonObject>
#include <QString>

namespace drover::sim {

// A new VMI for a VM (phase Pending), owned by it, spec copied from spec.template.spec.
QJsonObject vmiForVm(const QJsonObject &vm);
// Status of a Running VMI on a host: interfaces with an address, Ready and LiveMigratable
// conditions, guest OS info from the VM's drover.io/os labels.
void markRunning(QJsonObject &vmi, const QString &node, int ipIndex);
void setPhase(QJsonObject &vmi, const QString &phase);
// Set or replace a condition in status.conditions.
void setCondition(QJsonObject &obj, const QString &type, bool status, const QString &reason,
                  const QString &message);
bool conditionTrue(const QJsonObject &obj, const QString &type);
QString labelOf(const QJsonObject &obj, const QString &label);

} // namespace drover::sim
