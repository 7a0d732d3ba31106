#pragma once
// coordination.k8s.io/v1 Lease, the lock of Kubernetes leader election (client-go's LeaseLock):
// decoding, and the bodies written to take, renew or release it. Times are MicroTime, written in
// UTC with six fractional digits as apimachinery serialises them.
#include "ObjectMeta.h"
#include "Result.h"

#include <QJsonObject>

namespace drover::core {

struct LeaseRecord
{
    QString holder;           // spec.holderIdentity; empty when released
    int durationSeconds = 0;  // spec.leaseDurationSeconds
    QDateTime acquireTime;    // spec.acquireTime
    QDateTime renewTime;      // spec.renewTime
    int transitions = 0;      // spec.leaseTransitions
    bool operator==(const LeaseRecord &o) const = default;
};

struct Lease
{
    ObjectMeta meta;
    LeaseRecord record;
    static Result<Lease> fromJson(const QJsonObject &obj);
};

// 2026-12-02T16:45:01.123000Z
QString microTime(const QDateTime &t);

// The Lease object to POST (resourceVersion empty) or PUT (resourceVersion of the one read: the
// server answers 409 Conflict when someone wrote it since, and the writer lost).
QJsonObject leaseBody(const QString &ns, const QString &name, const LeaseRecord &r, const QString &resourceVersion = {});

} // namespace drover::core
