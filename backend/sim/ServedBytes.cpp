#include "ServedBytes.h"

#include "CrdSchema.h"
#include "JsonOut.h"
#include "ObjectStore.h"

namespace drover::sim {

const QByteArray &ServedBytes::bytes(const kube::ApiResource &res, const QString &key, const QJsonObject &obj)
{
    const QString rv = obj.value(QLatin1String("metadata")).toObject().value(QLatin1String("resourceVersion")).toString();
    Entry &e = m_entries[ObjectStore::resKey(res) + QLatin1Char('\n') + key];
    if (e.bytes.isEmpty() || e.rv != rv) {
        QJsonObject served = obj;
        defaultStoredCustomResource(res, served);
        e.rv = rv;
        e.bytes = toCompactJson(served);
    }
    return e.bytes;
}

void ServedBytes::forget(const kube::ApiResource &res, const QString &key)
{
    m_entries.remove(ObjectStore::resKey(res) + QLatin1Char('\n') + key);
}

} // namespace drover::sim
