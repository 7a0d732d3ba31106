#include "ClusterConnection.h"

namespace drover::ops {

ClusterConnection::ClusterConnection(QObject *parent) : QObject(parent) {}

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
            m_snapshots.data(), m_restores.data(), m_hostReports.data(), m_cephClusters.data()};
}

bool ClusterConnection::optional(kube::Informer *inf) const
{
    // Add-ons a cluster may not have installed: KubeVirt's snapshot API, Drover's agents, Rook.
    return inf && (inf == m_snapshots || inf == m_restores || inf == m_hostReports || inf == m_cephClusters);
}

Result<void> ClusterConnection::open(const kube::Kubeconfig &config, const QString &context)
{
    auto resolved = config.resolve(context);
    if (!resolved)
        return Result<void>::failure(resolved.error());
    auto client = kube::KubeClient::create(*resolved, this);
    if (!client)
        return Result<void>::failure(client.error());
    close();
    m_client = *client;
    m_contextName = resolved->contextName.isEmpty() ? context : resolved->contextName;
    if (m_contextName.isEmpty())
        m_contextName = config.currentContext();
    m_nodes = new kube::Informer(m_client, kube::ApiResource::nodes(), {}, this);
    m_vms = new kube::Informer(m_client, kube::ApiResource::virtualMachines(), {}, this);
    m_vmis = new kube::Informer(m_client, kube::ApiResource::virtualMachineInstances(), {}, this);
    m_migrations = new kube::Informer(m_client, kube::ApiResource::migrations(), {}, this);
    m_snapshots = new kube::Informer(m_client, kube::ApiResource::snapshots(), {}, this);
    m_restores = new kube::Informer(m_client, kube::ApiResource::restores(), {}, this);
    m_hostReports = new kube::Informer(m_client, kube::ApiResource::hostReports(), {}, this);
    m_cephClusters = new kube::Informer(m_client, kube::ApiResource::cephClusters(), {}, this);
    m_absent.clear();
    // An exec plugin (a browser login) may take long: the Connecting state says what it waits for.
    connect(m_client->credentials(), &kube::CredentialProvider::pluginRunning, this,
            [this](bool running, const QString &detail) {
                m_credentialDetail = running ? detail : QString();
                updateState();
            });
    for (kube::Informer *inf : all())
        watchInformer(inf);
    Q_EMIT cachesReplaced();
    updateState();
    for (kube::Informer *inf : all())
        inf->start();
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
    m_nodes = m_vms = m_vmis = m_migrations = m_snapshots = m_restores = m_hostReports = m_cephClusters = nullptr;
    m_absent.clear();
    m_client = nullptr;
    if (had)
        Q_EMIT cachesReplaced();
    for (QObject *o : doomed)
        delete o;
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
            m_absent.insert(inf);
            inf->stop();
            m_errors.remove(inf);
            updateState();
            return;
        }
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

void ClusterConnection::updateState()
{
    State s = State::Closed;
    QString detail;
    if (m_client) {
        bool allSynced = true;
        for (kube::Informer *inf : all())
            allSynced = allSynced && (inf->cache()->synced() || m_absent.contains(inf));
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

bool ClusterConnection::installed(kube::ObjectCache *cache) const
{
    for (kube::Informer *inf : all())
        if (inf && inf->cache() == cache)
            return !m_absent.contains(inf);
    return false;
}

} // namespace drover::ops
