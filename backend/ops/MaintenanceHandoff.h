#pragma once
// A host's maintenance handed to droverd instead of run in this console: the console writes the
// HostMaintenance intent (drover.io/v1alpha1), droverd's leader carries it out with the same
// executor (ops::Maintenance) and writes its progress to the object's status, which the console
// shows. Whose a drain is: a node with a HostMaintenance is droverd's (a console neither resumes
// nor leaves it itself); a drain without one is the console's that started it (droverd leaves it
// alone). Both sides read that from the same informer cache.
#include "Maintenance.h"
#include "Result.h"

#include <QJsonObject>

namespace drover::ops {

class ClusterConnection;

// The HostMaintenance for node, as the informer holds it (empty when none).
QJsonObject hostMaintenanceFor(const ClusterConnection *connection, const QString &node);
bool handledByDroverd(const ClusterConnection *connection, const QString &node);

// Creates the intent (named after the node). done gets an error in words when the API server
// refuses (one already exists, the CRD is not installed, the user may not).
void handToDroverd(ClusterConnection *connection, const MaintenanceRequest &request, QObject *context,
                   std::function<void(const Result<void> &)> done);
// Asks droverd to bring node back (spec.leave: true on its intent).
void askDroverdToLeave(ClusterConnection *connection, const QString &node, QObject *context, std::function<void(const Result<void> &)> done);

} // namespace drover::ops
