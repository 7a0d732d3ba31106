#include "ClusterConnection.h"

namespace drover::models {

ClusterConnection::ClusterConnection(QObject *parent) : QObject(parent) {}

ClusterConnection::~ClusterConnection()
{
    // Informers and client are children; stop the streams before they go.
    for (kube::Informer *inf : {m_nodes.data(), m_vms.data(), m_vmis.data(), m_migrations.data(), m_snapshots.data(), m_restores.data()})
        if (inf)
            inf->stop();
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
    for (kube::Informer *inf : {m_nodes.data(), m_vms.data(), m_vmis.data(), m_migrations.data(), m_snapshots.data(), m_restores.data()})
        watchInformer(inf);
    Q_EMIT cachesReplaced();
    updateState();
    for (kube::Informer *inf : {m_nodes.data(), m_vms.data(), m_vmis.data(), m_migrations.data(), m_snapshots.data(), m_restores.data()})
        inf->start();
    return {};
}

void ClusterConnection::close()
{
    const bool had = m_client;
    for (kube::Informer *inf : {m_nodes.data(), m_vms.data(), m_vmis.data(), m_migrations.data(), m_snapshots.data(), m_restores.data()}) {
        if (!inf)
            continue;
        inf->stop();
        inf->disconnect(this);
    }
    m_errors.clear();
    m_lastError = {};
    m_contextName.clear();
    // Models hold QPointers to the caches; tell them first, then delete what they pointed at.
    QList<QObject *> doomed{m_nodes.data(),      m_vms.data(),       m_vmis.data(), m_migrations.data(),
                            m_snapshots.data(), m_restores.data(), m_client.data()};
    m_nodes = m_vms = m_vmis = m_migrations = m_snapshots = m_restores = nullptr;
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
        const bool allSynced = m_nodes->cache()->synced() && m_vms->cache()->synced() && m_vmis->cache()->synced() &&
                               m_migrations->cache()->synced() && m_snapshots->cache()->synced() &&
                               m_restores->cache()->synced();
        if (!m_errors.isEmpty()) {
            s = State::Reconnecting;
            detail = m_lastError.userMessage();
        } else {
            s = allSynced ? State::Synced : State::Connecting;
        }
    }
    if (s == m_state && s != State::Reconnecting)
        return;
    m_state = s;
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

} // namespace drover::models
