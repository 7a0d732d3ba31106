#include "MaintenanceObserver.h"

#include "Informer.h"

#include <QJsonArray>
#include <QTimer>

namespace drover::ops {

MaintenanceObserver::MaintenanceObserver(ClusterConnection *connection, const QString &node, QObject *parent)
    : QObject(parent), m_connection(connection), m_node(node), m_coalesce(new QTimer(this))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(0);
    connect(m_coalesce, &QTimer::timeout, this, &MaintenanceObserver::changed);
    m_nodes.bind(connection->nodes(), this);
    m_vms.bind(connection->vms(), this);
    m_vmis.bind(connection->vmis(), this);
    m_migrations.bind(connection->migrations(), this);
    m_cephClusters = connection->cephClusters();
    for (kube::ObjectCache *c : {connection->nodes(), connection->vms(), connection->vmis(), connection->migrations(),
                                 connection->cephClusters()})
        if (c)
            connect(c, &kube::ObjectCache::changed, this, &MaintenanceObserver::poke);
    startInformers();
}

MaintenanceObserver::~MaintenanceObserver() = default;

kube::Informer *MaintenanceObserver::informer(const kube::ApiResource &r, const QString &ns, const QString &fields)
{
    auto *inf = new kube::Informer(m_connection->client(), r, ns, this);
    inf->setSelectors({}, fields);
    connect(inf->cache(), &kube::ObjectCache::changed, this, &MaintenanceObserver::poke);
    connect(inf, &kube::Informer::synced, this, &MaintenanceObserver::poke);
    connect(inf, &kube::Informer::errorOccurred, this, [this, inf](const kube::KubeError &e) {
        // An add-on API this cluster does not serve (no Rook, an old KubeVirt) reads as empty.
        if (e.kind == kube::ErrorKind::NotFound && !m_absent.contains(inf)) {
            m_absent.insert(inf);
            poke();
        }
    });
    m_informers << inf;
    return inf;
}

void MaintenanceObserver::startInformers()
{
    if (!m_connection->client())
        return;
    using R = kube::ApiResource;
    kube::Informer *pods = informer(R::pods(), {}, QStringLiteral("spec.nodeName=") + m_node);
    m_pods.bind(pods->cache(), this);
    m_pdbs.bind(informer(R::podDisruptionBudgets(), {}, {})->cache(), this);
    m_kubevirts = informer(R::kubevirts(), {}, {})->cache();
    m_stateMap = informer(R::configMaps(), QStringLiteral("rook-ceph"), QStringLiteral("metadata.name=rook-ceph-pdbstatemap"))->cache();
    for (const auto &inf : std::as_const(m_informers))
        inf->start();
}

void MaintenanceObserver::poke()
{
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

bool MaintenanceObserver::synced() const
{
    if (m_connection->state() != ClusterConnection::State::Synced && m_connection->state() != ClusterConnection::State::Reconnecting)
        return false;
    for (const auto &inf : m_informers)
        if (inf && !inf->cache()->synced() && !m_absent.contains(inf.data()))
            return false;
    return !m_informers.isEmpty();
}

void MaintenanceObserver::setOkToStop(const reconcile::OkToStop &answer)
{
    m_okToStop = answer;
    poke();
}

std::optional<core::Node> MaintenanceObserver::nodeObject() const
{
    const auto it = m_nodes.map().constFind(m_node);
    if (it == m_nodes.map().cend())
        return std::nullopt;
    return *it;
}

QList<int> MaintenanceObserver::osdIds() const
{
    QList<int> ids;
    for (const core::Pod &p : m_pods.map())
        if (p.meta.labels.value(QStringLiteral("app")) == QLatin1String("rook-ceph-osd") && !p.finished()) {
            bool ok = false;
            const int id = p.meta.labels.value(QStringLiteral("ceph-osd-id")).toInt(&ok);
            if (ok)
                ids << id;
        }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

reconcile::CephState MaintenanceObserver::cephState() const
{
    reconcile::CephState c;
    if (m_cephClusters) {
        for (const kube::LazyObject &o : m_cephClusters->objects()) {
            c.present = true;
            const QJsonObject ceph = o.value(QLatin1String("status")).toObject().value(QLatin1String("ceph")).toObject();
            c.health = ceph.value(QLatin1String("health")).toString();
            // Rook's own test of "PGs clean" needs the PG states; its CephCluster status names
            // the health checks, and every unclean PG state raises a PG_* one.
            const QJsonObject details = ceph.value(QLatin1String("details")).toObject();
            for (auto it = details.begin(); it != details.end(); ++it)
                if (it.key().startsWith(QLatin1String("PG_")))
                    c.pgsClean = false;
        }
    }
    if (m_stateMap)
        for (const kube::LazyObject &o : m_stateMap->objects())
            c.drainingFailureDomain =
                o.value(QLatin1String("data")).toObject().value(QLatin1String("draining-failure-domain")).toString();
    const QList<int> ids = osdIds();
    if (!ids.isEmpty()) {
        c.present = true;
        c.osdsByHost.insert(m_node, ids);
    }
    if (m_okToStop.known || !m_okToStop.message.isEmpty())
        c.okToStop.insert(m_node, m_okToStop);
    return c;
}

reconcile::MaintenanceState MaintenanceObserver::state() const
{
    reconcile::MaintenanceState s;
    s.cluster.nodes = m_nodes.values();
    s.cluster.vmis = m_vmis.values();
    s.cluster.migrations = m_migrations.values();
    s.vms = m_vms.values();
    s.pods = m_pods.values();
    s.pdbs = m_pdbs.values();
    if (m_kubevirts)
        for (const kube::LazyObject &o : m_kubevirts->objects())
            s.kubevirt = core::KubeVirtConfig::fromJson(o.json());
    s.ceph = cephState();
    return s;
}

} // namespace drover::ops
