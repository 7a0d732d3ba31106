#pragma once
// A core/v1 Event as the VM page's Events tab shows it. Controllers write events in two forms:
// the old recorder's (count, firstTimestamp/lastTimestamp, source.component) and events.k8s.io's
// (eventTime, series.count/lastObservedTime, reportingController); both read the same here.
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace drover::core {

struct KubeEvent
{
    QString uid;
    QString resourceVersion; // metadata.resourceVersion: orders events written in the same second
    QString type;     // Normal, Warning
    QString reason;   // SuccessfulCreate, Started, Migrated, FailedScheduling, ...
    QString message;
    int count = 1;
    QDateTime firstSeen;
    QDateTime lastSeen; // lastTimestamp, series.lastObservedTime, eventTime, else the object's creation
    QString source;     // source.component (and host), else reportingController/reportingComponent
    QString objectKind; // involvedObject (regarding)
    QString objectName;
    QString objectUid;

    bool warning() const { return type == QLatin1String("Warning"); }
    static KubeEvent fromJson(const QJsonObject &obj);
};

// Newest (lastSeen) first. Timestamps have whole seconds, so a start's five events tie: among
// equals the later write (a higher resourceVersion, which etcd and drover-sim count up; opaque by
// contract, so only a tie-break for display) comes first, then the uid, so the order is stable.
void sortNewestFirst(QList<KubeEvent> &events);

} // namespace drover::core
