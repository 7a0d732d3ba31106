#include "KubeVirtConfig.h"

#include "Quantity.h"

namespace drover::core {

namespace {

// A uint32/int64 field that is present and a non-negative number, else the default kept.
template <typename T>
void numberAt(const QJsonObject &o, const char *key, T *out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble() && v.toDouble() >= 0)
        *out = T(v.toInteger());
}

} // namespace

KubeVirtConfig KubeVirtConfig::fromJson(const QJsonObject &kubevirt)
{
    KubeVirtConfig c;
    c.present = !kubevirt.isEmpty();
    const QJsonObject configuration = kubevirt.value(QLatin1String("spec"))
                                          .toObject()
                                          .value(QLatin1String("configuration"))
                                          .toObject();
    const QString strategy = configuration.value(QLatin1String("evictionStrategy")).toString();
    if (!strategy.isEmpty())
        c.evictionStrategy = strategy;
    const QJsonObject m = configuration.value(QLatin1String("migrations")).toObject();
    numberAt(m, "parallelMigrationsPerCluster", &c.parallelMigrationsPerCluster);
    numberAt(m, "parallelOutboundMigrationsPerNode", &c.parallelOutboundMigrationsPerNode);
    numberAt(m, "progressTimeout", &c.progressTimeoutSeconds);
    numberAt(m, "completionTimeoutPerGiB", &c.completionTimeoutPerGiBSeconds);
    // A Quantity of bytes per second ("64Mi"); one that does not parse leaves "unlimited",
    // which is also what KubeVirt's 0Mi default means.
    const QJsonValue bandwidth = m.value(QLatin1String("bandwidthPerMigration"));
    if (!bandwidth.isUndefined() && !bandwidth.isNull())
        if (const auto bytes = bytesFromJson(bandwidth))
            c.bandwidthPerMigrationBytes = *bytes;
    const QString taint = m.value(QLatin1String("nodeDrainTaintKey")).toString();
    if (!taint.isEmpty())
        c.nodeDrainTaintKey = taint;
    return c;
}

} // namespace drover::core
