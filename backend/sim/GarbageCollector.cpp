#include "GarbageCollector.h"

#include "VmiJson.h"

#include <QJsonArray>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

// "group/plural|namespace|name": which object a dependent is.
QString depKeyOf(const ApiResource &r, const QJsonObject &obj)
{
    return ObjectStore::resKey(r) + u'|' + namespaceOf(obj) + u'|' + nameOf(obj);
}

QStringList ownerUids(const QJsonObject &obj)
{
    QStringList uids;
    for (const QJsonValue &ref : objectAt(obj, "metadata"_L1).value("ownerReferences"_L1).toArray())
        uids << stringAt(ref.toObject(), "uid"_L1);
    return uids;
}

} // namespace

GarbageCollector::GarbageCollector(ObjectStore *store, QObject *parent)
    : QObject(parent), m_store(store),
      m_collected{ApiResource::dataVolumes(), ApiResource::persistentVolumeClaims(), ApiResource::snapshots(),
                  ApiResource::restores()}
{
    connect(m_store, &ObjectStore::changed, this, &GarbageCollector::onChanged);
}

void GarbageCollector::rebuild()
{
    m_live.clear();
    m_dependents.clear();
    m_owners.clear();
    m_store->forEachObject([this](const QString &, const QJsonObject &obj) { m_live.insert(uidOf(obj)); });
    for (const ApiResource &r : std::as_const(m_collected))
        for (const QJsonObject &obj : m_store->list(r))
            index(r, obj);
}

void GarbageCollector::onChanged(const ApiResource &r, const QString &type, const QJsonObject &obj)
{
    const bool collected = m_collected.contains(r);
    if (type == "DELETED"_L1) {
        m_live.remove(uidOf(obj));
        if (collected)
            unindex(depKeyOf(r, obj));
        if (m_dependents.contains(uidOf(obj))) {
            m_gone << uidOf(obj);
            if (!std::exchange(m_drainQueued, true))
                QTimer::singleShot(0, this, &GarbageCollector::drain);
        }
        return;
    }
    m_live.insert(uidOf(obj));
    if (collected)
        index(r, obj);
}

void GarbageCollector::index(const ApiResource &r, const QJsonObject &obj)
{
    const QString key = depKeyOf(r, obj);
    unindex(key);
    const QStringList owners = ownerUids(obj);
    if (owners.isEmpty())
        return;
    m_owners.insert(key, owners);
    for (const QString &uid : owners)
        m_dependents[uid].insert(key);
}

void GarbageCollector::unindex(const QString &depKey)
{
    for (const QString &uid : m_owners.take(depKey)) {
        auto it = m_dependents.find(uid);
        if (it == m_dependents.end())
            continue;
        it->remove(depKey);
        if (it->isEmpty())
            m_dependents.erase(it);
    }
}

void GarbageCollector::drain()
{
    m_drainQueued = false;
    for (const QString &uid : std::exchange(m_gone, {}))
        for (const QString &depKey : m_dependents.value(uid))
            collect(depKey);
}

void GarbageCollector::collect(const QString &depKey)
{
    const QStringList parts = depKey.split(u'|');
    const auto res = std::find_if(m_collected.cbegin(), m_collected.cend(),
                                  [&](const ApiResource &r) { return ObjectStore::resKey(r) == parts[0]; });
    if (parts.size() != 3 || res == m_collected.cend())
        return;
    const auto obj = m_store->get(*res, parts[1], parts[2]);
    if (!obj)
        return;
    const QStringList owners = ownerUids(*obj);
    const bool solid = std::any_of(owners.cbegin(), owners.cend(), [this](const QString &u) { return m_live.contains(u); });
    if (!solid) {
        (void)m_store->remove(*res, parts[1], parts[2]);
        return;
    }
    (void)m_store->mutate(*res, parts[1], parts[2], [this](QJsonObject &o) {
        QJsonObject meta = objectAt(o, "metadata"_L1);
        QJsonArray kept;
        for (const QJsonValue &ref : meta.value("ownerReferences"_L1).toArray())
            if (m_live.contains(stringAt(ref.toObject(), "uid"_L1)))
                kept.append(ref);
        meta.insert("ownerReferences"_L1, kept);
        o.insert("metadata"_L1, meta);
    });
}

} // namespace drover::sim
