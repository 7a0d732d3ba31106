#pragma once
// droverd's intents (drover.io/v1alpha1, packaging/kubernetes/crds): decoded with the defaults the
// CRDs declare (an API server applies them on read; drover-sim does not), and the objects droverd
// writes for them.
#include "ObjectMeta.h"
#include "Pod.h" // LabelSelector
#include "Result.h"

#include <QJsonObject>
#include <optional>

namespace drover::core {

struct SnapshotScheduleObject
{
    ObjectMeta meta;
    qint64 generation = 0;
    QString schedule;
    QString timeZone = QStringLiteral("UTC");
    std::optional<LabelSelector> selector;
    QStringList vmNames;
    int keepLast = 8;
    int keepDaily = 0;
    int keepWeekly = 0;
    int maxFailures = 4;
    bool suspend = false;
    bool freeze = true;
    QDateTime resumedAt; // status.resumedAt: failures before it no longer count
    QJsonObject status;  // as last written (droverd writes only what changed)

    static Result<SnapshotScheduleObject> fromJson(const QJsonObject &obj);
    // A VM of the schedule's namespace it covers: named, or matched by the selector (an empty
    // selector, {}, selects every VM of the namespace, as label selectors do in Kubernetes).
    bool selects(const QString &vmName, const QMap<QString, QString> &vmLabels) const;
};

inline constexpr char kScheduleLabel[] = "drover.io/schedule";              // on the snapshots a schedule owns
inline constexpr char kScheduledForAnnotation[] = "drover.io/scheduled-for"; // the firing it was taken for

// The VirtualMachineSnapshot a schedule takes of vm for the firing at `firing`, named
// <vm>-<schedule>-<yyyyMMddHHmm> (UTC), labelled as the schedule's.
QJsonObject scheduledSnapshotFor(const QString &ns, const QString &vm, const QString &schedule, const QDateTime &firing);

// The HostMaintenance a console writes to hand node's maintenance to droverd (named after the
// node; policy Refuse | Stop | StopAndRestartAfter; reason may be empty).
QJsonObject hostMaintenanceBody(const QString &node, const QString &policy, const QString &reason);

// What an admin writes of a SnapshotSchedule, as the API takes it: the whole object (apiVersion,
// kind, metadata.name/namespace, and the spec from s's spec fields; selector and vmNames only when
// set). Status is not written here: it is a subresource (snapshotScheduleResumeStatus).
QJsonObject snapshotScheduleBody(const SnapshotScheduleObject &s);
// The spec alone, as snapshotScheduleBody writes it.
QJsonObject snapshotScheduleSpec(const SnapshotScheduleObject &s);
// A label selector as the API writes it (matchLabels, matchExpressions).
QJsonObject labelSelectorJson(const LabelSelector &selector);
// The status merge patch of a resume at `at`: resumedAt (failures before it no longer count), not
// suspended, no failures and no suspendReason (removed), until droverd's next pass writes its own.
QJsonObject snapshotScheduleResumeStatus(const QDateTime &at);

} // namespace drover::core
