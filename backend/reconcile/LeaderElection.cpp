#include "LeaderElection.h"

namespace drover::reconcile {

QString ElectionTimings::problem() const
{
    if (leaseDurationMs <= 0 || renewDeadlineMs <= 0 || retryPeriodMs <= 0)
        return QStringLiteral("the lease duration, renew deadline and retry period must all be positive");
    if (leaseDurationMs <= renewDeadlineMs)
        return QStringLiteral("the lease duration (%1 ms) must be longer than the renew deadline (%2 ms)").arg(leaseDurationMs).arg(renewDeadlineMs);
    if (renewDeadlineMs * 10 <= retryPeriodMs * 12)
        return QStringLiteral("the renew deadline (%1 ms) must be longer than 1.2 × the retry period (%2 ms)").arg(renewDeadlineMs).arg(retryPeriodMs);
    return {};
}

ElectionStep electionStep(const QString &me, const ElectionView &view, qint64 nowMs, const QDateTime &wallNow, const ElectionTimings &t)
{
    ElectionStep step;
    const int seconds = (t.leaseDurationMs + 999) / 1000;
    if (!view.exists) {
        step.kind = ElectionStep::Kind::Create;
        step.write = {me, seconds, wallNow, wallNow, 0};
        return step;
    }
    const core::LeaseRecord &r = view.record;
    // The holder's own duration, when it wrote one, is what it promised to renew within.
    const qint64 believedMs = qint64(r.durationSeconds > 0 ? r.durationSeconds : seconds) * 1000;
    if (!r.holder.isEmpty() && r.holder != me && view.observedAtMs + believedMs > nowMs) {
        step.kind = ElectionStep::Kind::BackOff;
        step.holder = r.holder;
        return step;
    }
    step.write = r;
    step.write.holder = me;
    step.write.durationSeconds = seconds;
    step.write.renewTime = wallNow;
    if (r.holder == me) {
        step.kind = ElectionStep::Kind::Renew;
    } else { // expired, or released (holder ""): a transition
        step.kind = ElectionStep::Kind::TakeOver;
        step.write.acquireTime = wallNow;
        step.write.transitions = r.transitions + 1;
    }
    return step;
}

} // namespace drover::reconcile
