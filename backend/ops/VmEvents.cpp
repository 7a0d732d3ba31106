#include "VmEvents.h"

#include "Informer.h"
#include "ObjectMeta.h"

#include <QJsonObject>

namespace drover::ops {

namespace {
// A VM that migrates often would grow a watch per pod; the newest few pods are what matters.
constexpr int kMaxPodWatches = 4;
} // namespace

VmEvents::VmEvents(ClusterConnection *connection, QObject *parent) : QObject(parent), m_connection(connection)
{
    connect(connection, &ClusterConnection::cachesReplaced, this, [this] {
        const QString key = m_key;
        m_key.clear();
        follow(key);
    });
}

VmEvents::~VmEvents() = default;

void VmEvents::clear()
{
    delete m_byName;
    for (const QPointer<kube::Informer> &i : std::as_const(m_byPod))
        delete i;
    m_byPod.clear();
    m_podOrder.clear();
    m_events.clear();
    m_error = {};
    if (m_connection->vmis())
        disconnect(m_connection->vmis(), nullptr, this, nullptr);
}

void VmEvents::follow(const QString &vmKey)
{
    if (vmKey == m_key)
        return;
    clear();
    m_key = vmKey;
    if (m_key.isEmpty() || !m_connection->client()) {
        Q_EMIT changed();
        return;
    }
    m_byName = watch(QStringLiteral("involvedObject.name=") + core::nameOfKey(m_key));
    if (kube::ObjectCache *vmis = m_connection->vmis())
        connect(vmis, &kube::ObjectCache::changed, this, [this](const QList<kube::CacheEvent> &events) {
            for (const kube::CacheEvent &e : events)
                if (e.key == m_key)
                    return onVmiChanged();
        });
    onVmiChanged();
    Q_EMIT changed();
}

kube::Informer *VmEvents::watch(const QString &fieldSelector)
{
    auto *inf = new kube::Informer(m_connection->client(), kube::ApiResource::events(), core::namespaceOfKey(m_key), this);
    inf->setSelectors({}, fieldSelector);
    connect(inf->cache(), &kube::ObjectCache::changed, this, &VmEvents::collect);
    connect(inf, &kube::Informer::synced, this, &VmEvents::collect);
    connect(inf, &kube::Informer::errorOccurred, this, [this](const kube::KubeError &e) {
        m_error = e;
        Q_EMIT changed();
    });
    connect(inf, &kube::Informer::recovered, this, [this] {
        m_error = {};
        Q_EMIT changed();
    });
    inf->start();
    return inf;
}

// Each launcher pod the VMI lists gets a watch; earlier pods keep theirs (their events tell
// how the VM got where it is), the oldest going first past kMaxPodWatches.
void VmEvents::onVmiChanged()
{
    const QJsonObject vmi = m_connection->vmis() ? m_connection->vmis()->get(m_key) : QJsonObject();
    const QJsonObject pods = vmi.value(QLatin1String("status")).toObject().value(QLatin1String("activePods")).toObject();
    for (auto it = pods.begin(); it != pods.end(); ++it) {
        if (m_byPod.contains(it.key()))
            continue;
        if (m_podOrder.size() >= kMaxPodWatches)
            delete m_byPod.take(m_podOrder.takeFirst());
        m_byPod.insert(it.key(), watch(QStringLiteral("involvedObject.uid=") + it.key()));
        m_podOrder << it.key();
    }
}

bool VmEvents::synced() const
{
    if (!m_byName || !m_byName->cache()->synced())
        return false;
    for (const QPointer<kube::Informer> &i : m_byPod)
        if (i && !i->cache()->synced())
            return false;
    return true;
}

void VmEvents::collect()
{
    QList<core::KubeEvent> all;
    QList<kube::Informer *> sources{m_byName};
    for (const QPointer<kube::Informer> &i : std::as_const(m_byPod))
        sources << i;
    for (kube::Informer *inf : std::as_const(sources))
        if (inf)
            for (const kube::LazyObject &o : inf->cache()->objects())
                all << core::KubeEvent::fromJson(o.json());
    core::sortNewestFirst(all);
    m_events = all;
    Q_EMIT changed();
}

} // namespace drover::ops
