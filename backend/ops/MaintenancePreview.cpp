#include "MaintenancePreview.h"

#include "MaintenanceObserver.h"

#include <QTimer>

namespace drover::ops {

MaintenancePreview::MaintenancePreview(ClusterConnection *connection, CephGate *gate, const QString &node, QObject *parent)
    : QObject(parent), m_gate(gate), m_observer(new MaintenanceObserver(connection, node, this)), m_cephTimer(new QTimer(this))
{
    qRegisterMetaType<reconcile::MaintenancePlan>();
    m_intent.node = node;
    m_cephTimer->setInterval(10000);
    connect(m_cephTimer, &QTimer::timeout, this, &MaintenancePreview::askCeph);
    connect(m_observer, &MaintenanceObserver::changed, this, &MaintenancePreview::replan);
    m_cephTimer->start();
    QTimer::singleShot(0, this, &MaintenancePreview::replan);
}

void MaintenancePreview::setPolicy(reconcile::VmPolicy policy)
{
    m_intent.policy = policy;
    replan();
}

void MaintenancePreview::setIntent(const reconcile::MaintenanceIntent &intent)
{
    const QString node = m_intent.node;
    m_intent = intent;
    m_intent.node = node;
    replan();
}

void MaintenancePreview::setCephIntervalMs(int ms)
{
    m_cephTimer->setInterval(ms);
}

reconcile::OkToStop MaintenancePreview::ceph() const
{
    return m_observer->okToStop();
}

void MaintenancePreview::askCeph()
{
    if (m_asking || !m_observer->synced())
        return;
    const QList<int> osds = m_observer->osdIds();
    if (osds.isEmpty())
        return; // no OSD on this host: nothing to ask
    m_asking = true;
    m_gate->ask(m_intent.node, osds, this, [this](const reconcile::OkToStop &answer) {
        m_asking = false;
        m_observer->setOkToStop(answer);
    });
}

void MaintenancePreview::replan()
{
    const bool wasSynced = m_synced;
    m_synced = m_observer->synced();
    if (m_synced && !wasSynced)
        askCeph();
    m_plan = reconcile::planMaintenance(m_observer->state(), m_intent, QDateTime::currentDateTimeUtc());
    Q_EMIT planned(m_plan, m_synced);
}

} // namespace drover::ops
