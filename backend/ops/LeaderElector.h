#pragma once
// Leader election among droverd replicas on a coordination.k8s.io/v1 Lease, interoperable with
// client-go's LeaseLock: every retry period (jittered up to 1.2×) one attempt — the leader PUTs
// its cached Lease with a new renewTime (the resourceVersion it carries makes a racing write a
// 409: lost); anyone else GETs, and takes over (PUT, guarded the same way) only once the record
// has not changed for the holder's lease duration as measured here. A leader that cannot renew
// within the renew deadline stops leading. release() hands the Lease back on shutdown.
#include "LeaderElection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace drover::kube {
class KubeClient;
}

namespace drover::ops {

class LeaderElector : public QObject
{
    Q_OBJECT
public:
    enum class Attempt { Acquired, Renewed, BackedOff, Conflict, Failed };
    Q_ENUM(Attempt)

    LeaderElector(kube::KubeClient *client, const QString &ns, const QString &name, const QString &identity,
                  const reconcile::ElectionTimings &timings, QObject *parent = nullptr);

    void start();
    // The leader writes holderIdentity "" (leaseDurationSeconds 1), so another replica takes over
    // at its next attempt instead of waiting out the lease; `done` runs when written (or failed).
    void release(std::function<void()> done);

    bool isLeader() const { return m_leader; }
    QString identity() const { return m_identity; }
    QString holder() const { return m_view.record.holder; } // as last seen
    QString leaseKey() const { return m_ns + QLatin1Char('/') + m_name; }
    // Milliseconds since the leader last renewed (-1 when not leading): for /healthz.
    qint64 msSinceRenew() const;
    // Attempts so far by outcome, for /metrics.
    const QHash<Attempt, quint64> &attempts() const { return m_attempts; }
    // The last attempt's error in words (a 403 names the verb and resource), empty after a success.
    QString lastError() const { return m_lastError; }
    bool answered() const { return m_answered; } // the API server has answered at least once

Q_SIGNALS:
    void startedLeading();
    void stoppedLeading(const QString &why);
    void newLeader(const QString &holder); // someone else (or nobody: "") holds it

private:
    void attempt();
    void schedule();
    void write(const core::LeaseRecord &record, bool create, bool takeover);
    void settle(Attempt a, const QString &error = {});
    void observe(const core::Lease &lease);
    void lose(const QString &why);

    QPointer<kube::KubeClient> m_client;
    QString m_ns;
    QString m_name;
    QString m_identity;
    reconcile::ElectionTimings m_timings;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    reconcile::ElectionView m_view;
    QString m_resourceVersion; // of the Lease last read or written
    bool m_leader = false;
    bool m_inFlight = false;
    bool m_mustRead = false;
    bool m_released = false;
    qint64 m_renewedAtMs = -1;
    QString m_lastHolderSaid;
    QString m_lastError;
    bool m_answered = false;
    QHash<Attempt, quint64> m_attempts;
};

} // namespace drover::ops
