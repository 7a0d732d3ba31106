#include "LeaderElector.h"

#include "ApiResource.h"
#include "KubeClient.h"

#include <QRandomGenerator>
#include <QTimer>

namespace drover::ops {

using reconcile::ElectionStep;

LeaderElector::LeaderElector(kube::KubeClient *client, const QString &ns, const QString &name, const QString &identity,
                             const reconcile::ElectionTimings &timings, QObject *parent)
    : QObject(parent), m_client(client), m_ns(ns), m_name(name), m_identity(identity), m_timings(timings), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LeaderElector::attempt);
}

void LeaderElector::start()
{
    m_clock.start();
    attempt();
}

qint64 LeaderElector::msSinceRenew() const
{
    return m_leader && m_renewedAtMs >= 0 ? m_clock.elapsed() - m_renewedAtMs : -1;
}

void LeaderElector::schedule()
{
    if (m_released)
        return;
    const double jitter = 1.0 + 0.2 * QRandomGenerator::global()->generateDouble(); // wait.JitterUntil's 1.2
    m_timer->start(int(m_timings.retryPeriodMs * jitter));
}

void LeaderElector::attempt()
{
    if (m_inFlight || m_released || !m_client)
        return;
    m_inFlight = true;
    if (m_leader && m_view.exists && !m_mustRead) { // the fast path: renew what we wrote
        core::LeaseRecord r = m_view.record;
        r.renewTime = QDateTime::currentDateTimeUtc();
        write(r, false, false);
        return;
    }
    m_client->get(kube::ApiResource::leases(), m_ns, m_name, this, [this](const kube::Response &resp) {
        m_mustRead = false;
        if (resp.httpStatus == 404) {
            m_answered = true;
            m_view.exists = false;
        } else if (!resp.ok()) {
            settle(Attempt::Failed, resp.error.userMessage());
            return;
        } else {
            auto lease = core::Lease::fromJson(resp.object);
            if (!lease) {
                settle(Attempt::Failed, lease.error().message);
                return;
            }
            observe(*lease);
        }
        const ElectionStep step = electionStep(m_identity, m_view, m_clock.elapsed(), QDateTime::currentDateTimeUtc(), m_timings);
        if (step.kind == ElectionStep::Kind::BackOff) {
            if (m_leader)
                lose(QStringLiteral("%1 holds the lease now").arg(step.holder));
            settle(Attempt::BackedOff);
            return;
        }
        write(step.write, step.kind == ElectionStep::Kind::Create, step.kind == ElectionStep::Kind::TakeOver);
    });
}

void LeaderElector::write(const core::LeaseRecord &record, bool create, bool takeover)
{
    const QJsonObject body = core::leaseBody(m_ns, m_name, record, create ? QString() : m_resourceVersion);
    auto done = [this, create, takeover](const kube::Response &resp) {
        if (!resp.ok()) {
            // 409: someone wrote the Lease since it was read (or created it first): this try lost.
            const bool lost = resp.httpStatus == 409;
            m_mustRead = m_mustRead || lost; // no fast path until the Lease is read again
            m_answered = m_answered || lost;
            settle(lost ? Attempt::Conflict : Attempt::Failed, lost ? QString() : resp.error.userMessage());
            return;
        }
        auto lease = core::Lease::fromJson(resp.object);
        if (!lease) {
            settle(Attempt::Failed, lease.error().message);
            return;
        }
        observe(*lease);
        m_renewedAtMs = m_clock.elapsed();
        if (!m_leader) {
            m_leader = true;
            Q_EMIT startedLeading();
        }
        settle(create || takeover ? Attempt::Acquired : Attempt::Renewed);
    };
    if (create)
        m_client->create(kube::ApiResource::leases(), m_ns, body, this, done);
    else
        m_client->update(kube::ApiResource::leases(), body, this, done);
}

void LeaderElector::observe(const core::Lease &lease)
{
    m_answered = true;
    if (!m_view.exists || !(lease.record == m_view.record)) {
        m_view.record = lease.record;
        m_view.observedAtMs = m_clock.elapsed(); // expiry counts from here, never from renewTime
    }
    m_view.exists = true;
    m_resourceVersion = lease.meta.resourceVersion;
    if (lease.record.holder != m_identity && lease.record.holder != m_lastHolderSaid) {
        m_lastHolderSaid = lease.record.holder;
        Q_EMIT newLeader(lease.record.holder);
    }
}

void LeaderElector::settle(Attempt a, const QString &error)
{
    m_inFlight = false;
    ++m_attempts[a];
    m_lastError = error;
    if (m_leader && m_clock.elapsed() - m_renewedAtMs > m_timings.renewDeadlineMs)
        lose(QStringLiteral("the lease could not be renewed for %1 s%2")
                 .arg((m_clock.elapsed() - m_renewedAtMs) / 1000)
                 .arg(error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error)));
    schedule();
}

void LeaderElector::lose(const QString &why)
{
    m_leader = false;
    m_renewedAtMs = -1;
    m_lastHolderSaid.clear();
    Q_EMIT stoppedLeading(why);
}

void LeaderElector::release(std::function<void()> done)
{
    m_released = true;
    m_timer->stop();
    if (!m_leader || !m_view.exists || !m_client) {
        done();
        return;
    }
    core::LeaseRecord r = m_view.record;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    r.holder.clear();
    r.durationSeconds = 1;
    r.acquireTime = now;
    r.renewTime = now;
    m_client->update(kube::ApiResource::leases(), core::leaseBody(m_ns, m_name, r, m_resourceVersion), this,
                     [this, done](const kube::Response &resp) {
                         m_leader = false;
                         m_lastError = resp.ok() ? QString() : resp.error.userMessage();
                         done();
                     });
}

} // namespace drover::ops
