// drover-agent: this host's Ceph OSDs from the ceph CLI (`osd tree|df|metadata|perf`, `health
// detail`, all -f json), or under --root from ceph/<command>.json. The host's OSDs are the
// children of its CRUSH host bucket, or those whose metadata names this host.
#include "Collectors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace drover::agent {

namespace {
struct Cmd
{
    const char *file;
    QStringList args;
};

std::optional<QJsonDocument> cephJson(const AgentRoot &r, const Cmd &c, QString *why)
{
    std::optional<QByteArray> out;
    if (r.captured) {
        out = r.read(QStringLiteral("/ceph/") + QLatin1String(c.file) + QStringLiteral(".json"), 64 << 20);
        if (!out)
            *why = QStringLiteral("no ceph CLI output captured (%1.json)").arg(QLatin1String(c.file));
    } else {
        int exit = 0;
        out = runTool(r.ceph.isEmpty() ? QStringLiteral("ceph") : r.ceph, c.args + QStringList{QStringLiteral("-f"), QStringLiteral("json")},
                      &exit, why, 5000);
        if (out && exit != 0) {
            *why = QStringLiteral("ceph %1 failed with exit status %2").arg(c.args.join(QLatin1Char(' '))).arg(exit);
            return std::nullopt;
        }
    }
    if (!out)
        return std::nullopt;
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(*out, &err);
    if (err.error != QJsonParseError::NoError) {
        *why = QStringLiteral("ceph %1 printed no valid JSON (%2)").arg(c.args.join(QLatin1Char(' ')), err.errorString());
        return std::nullopt;
    }
    return doc;
}
} // namespace

QJsonObject collectCeph(const AgentRoot &r, const QString &hostname)
{
    QString why;
    const auto tree = cephJson(r, {"osd-tree", {QStringLiteral("osd"), QStringLiteral("tree")}}, &why);
    if (!tree)
        return unavailable(why);
    const auto df = cephJson(r, {"osd-df", {QStringLiteral("osd"), QStringLiteral("df")}}, &why);
    const auto meta = cephJson(r, {"osd-metadata", {QStringLiteral("osd"), QStringLiteral("metadata")}}, &why);
    const auto perf = cephJson(r, {"osd-perf", {QStringLiteral("osd"), QStringLiteral("perf")}}, &why);
    const auto health = cephJson(r, {"health-detail", {QStringLiteral("health"), QStringLiteral("detail")}}, &why);

    QSet<int> mine;
    QHash<int, QJsonObject> treeOsd, dfOsd, metaOsd, perfOsd;
    for (const QJsonValue &v : tree->object().value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject n = v.toObject();
        if (n.value(QStringLiteral("type")).toString() == QLatin1String("host") && n.value(QStringLiteral("name")).toString() == hostname)
            for (const QJsonValue &c : n.value(QStringLiteral("children")).toArray())
                mine.insert(c.toInt());
        if (n.value(QStringLiteral("type")).toString() == QLatin1String("osd"))
            treeOsd.insert(n.value(QStringLiteral("id")).toInt(), n);
    }
    if (df)
        for (const QJsonValue &v : df->object().value(QStringLiteral("nodes")).toArray())
            dfOsd.insert(v.toObject().value(QStringLiteral("id")).toInt(), v.toObject());
    if (meta)
        for (const QJsonValue &v : meta->array()) {
            const QJsonObject m = v.toObject();
            metaOsd.insert(m.value(QStringLiteral("id")).toInt(), m);
            if (m.value(QStringLiteral("hostname")).toString() == hostname)
                mine.insert(m.value(QStringLiteral("id")).toInt());
        }
    if (perf)
        for (const QJsonValue &v : perf->object().value(QStringLiteral("osdstats")).toObject().value(QStringLiteral("osd_perf_infos")).toArray())
            perfOsd.insert(v.toObject().value(QStringLiteral("id")).toInt(), v.toObject().value(QStringLiteral("perf_stats")).toObject());
    QList<int> ids(mine.begin(), mine.end());
    std::sort(ids.begin(), ids.end());
    QJsonArray osds;
    for (int id : std::as_const(ids)) {
        const QJsonObject t = treeOsd.value(id), d = dfOsd.value(id), m = metaOsd.value(id), p = perfOsd.value(id);
        QString device = m.value(QStringLiteral("bluestore_bdev_devices")).toString();
        if (device.isEmpty())
            device = m.value(QStringLiteral("devices")).toString();
        const double reweight = t.value(QStringLiteral("reweight")).toDouble(d.value(QStringLiteral("reweight")).toDouble());
        QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("osd.%1").arg(id)},
                      {QStringLiteral("device"), device},
                      {QStringLiteral("deviceClass"), t.value(QStringLiteral("device_class")).toString()},
                      {QStringLiteral("up"), t.value(QStringLiteral("status")).toString() == QLatin1String("up")},
                      {QStringLiteral("in"), reweight > 0},
                      {QStringLiteral("crushWeight"), t.value(QStringLiteral("crush_weight")).toDouble()},
                      {QStringLiteral("reweight"), reweight},
                      {QStringLiteral("utilization"), d.value(QStringLiteral("utilization")).toDouble()},
                      {QStringLiteral("pgs"), d.value(QStringLiteral("pgs")).toInt()},
                      {QStringLiteral("kbTotal"), d.value(QStringLiteral("kb")).toDouble()},
                      {QStringLiteral("kbUsed"), d.value(QStringLiteral("kb_used")).toDouble()}};
        if (!p.isEmpty()) {
            o.insert(QStringLiteral("commitLatencyMs"), p.value(QStringLiteral("commit_latency_ms")).toDouble());
            o.insert(QStringLiteral("applyLatencyMs"), p.value(QStringLiteral("apply_latency_ms")).toDouble());
        }
        osds.append(o);
    }
    QJsonObject out{{QStringLiteral("available"), true}, {QStringLiteral("osds"), osds}};
    if (health)
        out.insert(QStringLiteral("health"), QJsonObject{{QStringLiteral("status"), health->object().value(QStringLiteral("status"))},
                                                         {QStringLiteral("checks"), health->object().value(QStringLiteral("checks"))}});
    return out;
}

} // namespace drover::agent
