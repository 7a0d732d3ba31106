#include "ClusterConnection.h"

#include <QTimer>

namespace drover::ops {

ClusterConnection::ClusterConnection(QObject *parent) : QObject(parent), m_access(new Access(this)) {}

ClusterConnection::~ClusterConnection()
{
    // Informers and client are children; stop the streams before they go.
    for (kube::Informer *inf : all())
        if (inf)
            inf->stop();
}

QList<kube::Informer *> ClusterConnection::all() const
{
    return {m_nodes.data(),     m_vms.data(),      m_vmis.data(),        m_migrations.data(),
            m_snapshots.data(), m_restores.data(), m_hostReports.data(), m_cephClusters.data(),
            m_schedules.data(), m_hostMaintenances.data()};
}

bool ClusterConnection::optional(kube::Informer *inf) const
{
    // Add-ons a cluster may not have installed: KubeVirt's snapshot API, Drover's agents and
    // intents (droverd's CRDs), Rook.
    return inf && (inf == m_snapshots || inf == m_restores || inf == m_hostReports || inf == m_cephClusters || inf == m_schedules ||
                   inf == m_hostMaintenances);
}

Result<void> ClusterConnection::open(const kube::Kubeconfig &config, const QString &context)
{
    auto resolved = config.resolve(context);
    if (!resolved)
        return Result<void>::failure(resolved.error());
    if (resolved->contextName.isEmpty())
        resolved->contextName = context.isEmpty() ? config.currentContext() : context;
    return open(*resolved);
}

Result<void> ClusterConnection::open(const kube::ResolvedContext &resolved)
{
    auto client = kube::KubeClient::create(resolved, this);
    if (!client)
        return Result<void>::failure(client.error());
    close();
    m_client = *client;
    m_contextName = resolved.contextName;
    m_nodes = new kube::Informer(m_client, kube::ApiResource::nodes(), {}, this);
    m_vms = new kube::Informer(m_client, kube::ApiResource::virtualMachines(), {}, this);
    m_vmis = new kube::Informer(m_client, kube::ApiResource::virtualMachineInstances(), {}, this);
    m_migrations = new kube::Informer(m_client, kube::ApiResource::migrations(), {}, this);
    m_snapshots = new kube::Informer(m_client, kube::ApiResource::snapshots(), {}, this);
    m_restores = new kube::Informer(m_client, kube::ApiResource::restores(), {}, this);
    m_hostReports = new kube::Informer(m_client, kube::ApiResource::hostReports(), {}, this);
    m_cephClusters = new kube::Informer(m_client, kube::ApiResource::cephClusters(), {}, this);
    m_schedules = new kube::Informer(m_client, kube::ApiResource::snapshotSchedules(), {}, this);
    m_hostMaintenances = new kube::Informer(m_client, kube::ApiResource::hostMaintenances(), {}, this);
    m_absent.clear();
    m_forbidden.clear();
    m_access->setClient(m_client);
    // An exec plugin (a browser login) may take long: the Connecting state says what it waits for.
    connect(m_client->credentials(), &kube::CredentialProvider::pluginRunning, this,
            [this](bool running, const QString &detail) {
                m_credentialDetail = running ? detail : QString();
                updateState();
            });
    for (kube::Informer *inf : all()) {
        if (const auto strip = m_strips.constFind(inf->resource().plural); strip != m_strips.cend())
            inf->setStrip(*strip);
        watchInformer(inf);
    }
    Q_EMIT cachesReplaced();
    updateState();
    for (kube::Informer *inf : all())
        startInformer(inf);
    return {};
}

void ClusterConnection::close()
{
    const bool had = m_client;
    for (kube::Informer *inf : all()) {
        if (!inf)
            continue;
        inf->stop();
        inf->disconnect(this);
    }
    m_errors.clear();
    m_lastError = {};
    m_contextName.clear();
    m_credentialDetail.clear();
    // Models hold QPointers to the caches; tell them first, then delete what they pointed at.
    QList<QObject *> doomed;
    for (kube::Informer *inf : all())
        doomed << inf;
    doomed << m_client.data();
    m_nodes = m_vms = m_vmis = m_migrations = m_snapshots = m_restores = m_hostReports = m_cephClusters = m_schedules = m_hostMaintenances = nullptr;
    m_absent.clear();
    m_forbidden.clear();
    m_client = nullptr;
    if (had)
        Q_EMIT cachesReplaced();
    for (QObject *o : doomed)
        delete o;
    m_access->setClient(nullptr); // after the informers: nothing left to start on its answers
    updateState();
}

void ClusterConnection::watchInformer(kube::Informer *inf)
{
    connect(inf, &kube::Informer::synced, this, [this, inf] {
        m_errors.remove(inf);
        updateState();
    });
    connect(inf, &kube::Informer::errorOccurred, this, [this, inf](const kube::KubeError &e) {
        if (optional(inf) && e.kind == kube::ErrorKind::NotFound) {
            // Not installed on this cluster: stop asking; the views say it is not there.
            setUnavailable(inf, m_absent);
            return;
        }
        if (e.kind == kube::ErrorKind::Forbidden && onForbidden(inf))
            return;
        m_errors.insert(inf, e);
        m_lastError = e;
        updateState();
    });
    connect(inf, &kube::Informer::recovered, this, [this, inf] {
        m_errors.remove(inf);
        updateState();
    });
    // Events flowing again prove the stream is healthy, also after errors that came without a
    // retry (an ERROR event inside a watch that then went on).
    connect(inf->cache(), &kube::ObjectCache::changed, this, [this, inf] {
        if (m_errors.remove(inf))
            updateState();
    });
}

void ClusterConnection::startInformer(kube::Informer *inf)
{
    // Decide the scope up front: a tenant's list at the cluster scope would only be refused.
    m_access->ask(permissions::list(inf->resource()), inf, [this, inf](Access::Verdict v) {
        if (v == Access::Verdict::Denied) {
            if (inf->resource().namespaced) {
                inf->setNamespace(contextNamespace());
                Q_EMIT sourcesChanged();
            } else if (inf != m_vms && inf != m_vmis) {
                setUnavailable(inf, m_forbidden);
                return;
            }
        }
        inf->start();
    });
}

bool ClusterConnection::onForbidden(kube::Informer *inf)
{
    if (inf->resource().namespaced && inf->ns().isEmpty()) {
        // Refused at the cluster scope (the review said yes, or could not say): the context's
        // namespace is what kubectl would show this user.
        inf->stop();
        inf->setNamespace(contextNamespace());
        m_errors.remove(inf);
        QTimer::singleShot(0, inf, &kube::Informer::start); // not inside the informer's own signal
        Q_EMIT sourcesChanged();
        updateState();
        return true;
    }
    if (inf == m_vms || inf == m_vmis)
        return false; // without VMs there is nothing to show: the state says why
    setUnavailable(inf, m_forbidden);
    return true;
}

void ClusterConnection::setUnavailable(kube::Informer *inf, QSet<kube::Informer *> &set)
{
    set.insert(inf);
    inf->stop();
    m_errors.remove(inf);
    Q_EMIT sourcesChanged();
    updateState();
}

void ClusterConnection::updateState()
{
    State s = State::Closed;
    QString detail;
    if (m_client) {
        bool allSynced = true;
        for (kube::Informer *inf : all())
            allSynced = allSynced && (inf->cache()->synced() || m_absent.contains(inf) || m_forbidden.contains(inf));
        if (!m_errors.isEmpty()) {
            s = State::Reconnecting;
            detail = m_lastError.userMessage();
        } else {
            s = allSynced ? State::Synced : State::Connecting;
            if (s == State::Connecting)
                detail = m_credentialDetail;
        }
    }
    if (s == m_state && s != State::Reconnecting && detail == m_detail)
        return;
    m_state = s;
    m_detail = detail;
    Q_EMIT stateChanged(s, detail);
}

QString ClusterConnection::server() const
{
    return m_client ? m_client->server() : QString();
}

bool ClusterConnection::insecure() const
{
    return m_client && m_client->insecure();
}

kube::ObjectCache *ClusterConnection::nodes() const
{
    return m_nodes ? m_nodes->cache() : nullptr;
}

kube::ObjectCache *ClusterConnection::vms() const
{
    return m_vms ? m_vms->cache() : nullptr;
}

kube::ObjectCache *ClusterConnection::vmis() const
{
    return m_vmis ? m_vmis->cache() : nullptr;
}

kube::ObjectCache *ClusterConnection::migrations() const
{
    return m_migrations ? m_migrations->cache() : nullptr;
}

kube::ObjectCache *ClusterConnection::snapshots() const
{
    return m_snapshots ? m_snapshots->cache() : nullptr;
}

kube::ObjectCache *ClusterConnection::restores() const
{
    return m_restores ? m_restores->cache() : nullptr;
}

kube::ObjectCache *ClusterConnection::hostReports() const
{
    return m_hostReports ? m_hostReports->cache() : nullptr;
}

kube::ObjectCache *ClusterConnection::cephClusters() const
{
    return m_cephClusters ? m_cephClusters->cache() : nullptr;
}

kube::ObjectCache *ClusterConnection::snapshotSchedules() const
{
    return m_schedules ? m_schedules->cache() : nullptr;
}

kube::ObjectCache *ClusterConnection::hostMaintenances() const
{
    return m_hostMaintenances ? m_hostMaintenances->cache() : nullptr;
}

kube::Informer *ClusterConnection::informerOf(kube::ObjectCache *cache) const
{
    for (kube::Informer *inf : all())
        if (inf && inf->cache() == cache)
            return inf;
    return nullptr;
}

bool ClusterConnection::installed(kube::ObjectCache *cache) const
{
    kube::Informer *inf = informerOf(cache);
    return inf && !m_absent.contains(inf);
}

bool ClusterConnection::forbidden(kube::ObjectCache *cache) const
{
    kube::Informer *inf = informerOf(cache);
    return inf && m_forbidden.contains(inf);
}

QString ClusterConnection::listNamespace(kube::ObjectCache *cache) const
{
    kube::Informer *inf = informerOf(cache);
    return inf ? inf->ns() : QString();
}

QString ClusterConnection::contextNamespace() const
{
    const QString ns = m_client ? m_client->defaultNamespace() : QString();
    return ns.isEmpty() ? QStringLiteral("default") : ns;
}

} // namespace drover::ops
