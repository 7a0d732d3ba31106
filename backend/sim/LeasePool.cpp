#include "LeasePool.h"

#include "ObjectCache.h"
#include "VmiJson.h"

namespace drover::sim {

namespace {

// "10.244.3.17" -> {"10.244.3.", 17}; an empty prefix when ip has no last octet.
std::pair<QString, int> split(const QString &ip)
{
    const qsizetype dot = ip.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return {};
    return {ip.left(dot + 1), QStringView(ip).mid(dot + 1).toInt()};
}

} // namespace

LeasePool::LeasePool(ObjectStore *store) : QObject(store)
{
    const auto &vmis = kube::ApiResource::virtualMachineInstances();
    for (const QJsonObject &vmi : store->list(vmis))
        hold(kube::ObjectCache::keyOf(vmi), firstIp(vmi));
    connect(store, &ObjectStore::changed, this,
            [this, vmis](const kube::ApiResource &r, const QString &type, const QJsonObject &obj) {
                if (r != vmis)
                    return;
                const QString key = kube::ObjectCache::keyOf(obj);
                release(key);
                if (type != QLatin1String("DELETED"))
                    hold(key, firstIp(obj));
            });
}

void LeasePool::hold(const QString &key, const QString &ip)
{
    const auto [prefix, octet] = split(ip);
    if (prefix.isEmpty())
        return;
    m_held.insert(key, ip);
    ++m_used[prefix][octet];
}

void LeasePool::release(const QString &key)
{
    const auto [prefix, octet] = split(m_held.take(key));
    if (prefix.isEmpty())
        return;
    QHash<int, int> &used = m_used[prefix];
    if (--used[octet] <= 0)
        used.remove(octet);
}

QString LeasePool::renew(const QString &ip)
{
    const auto [prefix, own] = split(ip);
    if (prefix.isEmpty())
        return ip;
    QHash<int, int> &used = m_used[prefix];
    for (int k = 1; k < 253; ++k) {
        const int next = 2 + (own - 2 + k + 253) % 253;
        if (!used.contains(next)) {
            used.insert(next, 0); // taken now (held once the VMI's change commits): no other renewal gets it
            return prefix + QString::number(next);
        }
    }
    return ip;
}

} // namespace drover::sim
