#pragma once
// One step of Kubernetes leader election on a Lease, as client-go's tryAcquireOrRenew decides it
// (maintenance-facts §4), without a clock: expiry is judged on when this candidate last *saw the
// record change* (its own monotonic time), never on the renewTime written in it, so skewed clocks
// between replicas do not matter. Not fencing: what the leader does must be idempotent.
#include "Lease.h"

namespace drover::reconcile {

struct ElectionTimings
{
    int leaseDurationMs = 15000; // how long a silent holder is believed
    int renewDeadlineMs = 10000; // a leader that could not renew for this long stops leading
    int retryPeriodMs = 2000;    // between attempts (jittered up to 1.2×)
    // Empty when usable, else why not: client-go requires duration > deadline > 1.2 × retry > 0.
    QString problem() const;
};

// What this candidate saw of the Lease.
struct ElectionView
{
    bool exists = false;
    core::LeaseRecord record;
    qint64 observedAtMs = 0; // monotonic time at which `record` was first seen as it is now
};

struct ElectionStep
{
    enum class Kind { Create, Renew, TakeOver, BackOff } kind = Kind::BackOff;
    core::LeaseRecord write; // for Create, Renew and TakeOver: the record to write
    QString holder;          // BackOff: who holds it
};

// me: this candidate's identity; nowMs: monotonic now; wallNow: the times written in the record.
ElectionStep electionStep(const QString &me, const ElectionView &view, qint64 nowMs, const QDateTime &wallNow,
                          const ElectionTimings &t);

} // namespace drover::reconcile
