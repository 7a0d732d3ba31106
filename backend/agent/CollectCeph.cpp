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

// The commands' outputs, in order. Live, they run side by side: each is a Python start-up plus a
// monitor round trip. (On the 2-core test machine that is CPU-bound and no faster, about 1 s
// either way; on a server's many cores it should be one wait instead of five: not measured.)
std::vector<ToolRun> cephOutputs(const AgentRoot &r, const std::vector<Cmd> &cmds)
{
    std::vector<ToolRun> runs;
    if (r.captured) {
        for (const Cmd &c : cmds) {
            ToolRun t;
            t.out = r.read(QStringLiteral("/ceph/") + QLatin1String(c.file) + QStringLiteral(".json"), 64 << 20);
            if (!t.out)
                t.why = QStringLiteral("no ceph CLI output captured (%1.json)").arg(QLatin1String(c.file));
            runs.push_back(t);
        }
        return runs;
    }
    const QString program = r.ceph.isEmpty() ? QStringLiteral("ceph") : r.ceph;
    QList<QStringList> argLists;
    for (const Cmd &c : cmds)
        argLists << c.args + QStringList{QStringLiteral("-f"), QStringLiteral("json")};
    runs = runToolsTogether(program, argLists, 5000);
    // The CLI fails now and then while the monitors are busy ("problem getting command
    // descriptions from mon"): what failed with an exit status is tried once more.
    QList<QStringList> again;
    std::vector<size_t> which;
    for (size_t i = 0; i < runs.size(); ++i)
        if (runs[i].out && runs[i].exitCode != 0) {
            again << argLists[qsizetype(i)];
            which.push_back(i);
        }
    if (!again.isEmpty()) {
        const std::vector<ToolRun> retried = runToolsTogether(program, again, 5000);
        for (size_t k = 0; k < which.size(); ++k)
            runs[which[k]] = retried[k];
    }
    return runs;
}

// The command's JSON, or why there is none: it did not run (Io), failed or printed no JSON (Invalid).
Result<QJsonDocument> cephJson(const Cmd &c, const ToolRun &run)
{
    if (!run.out)
        return Result<QJsonDocument>::failure(Error::Kind::Io, run.why);
    if (run.exitCode != 0) {
        QString why = QStringLiteral("ceph %1 failed with exit status %2").arg(c.args.join(QLatin1Char(' '))).arg(run.exitCode);
        if (!run.lastError.isEmpty())
            why += QStringLiteral(": ") + run.lastError;
        return Result<QJsonDocument>::failure(why);
    }
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(*run.out, &err);
    if (err.error != QJsonParseError::NoError)
        return Result<QJsonDocument>::failure(
            QStringLiteral("ceph %1 printed no valid JSON (%2)").arg(c.args.join(QLatin1Char(' ')), err.errorString()));
    return doc;
}
} // namespace

QJsonObject collectCeph(const AgentRoot &r, const QString &hostname)
{
    // The real CLI with no cluster configured would only spend a Python start-up to say so.
    if (!r.captured && r.ceph.isEmpty() && qEnvironmentVariableIsEmpty("CEPH_CONF") && !r.read(QStringLiteral("/etc/ceph/ceph.conf"), 1))
        return unavailable(QStringLiteral("no Ceph cluster is configured on this host (no /etc/ceph/ceph.conf, CEPH_CONF unset)"));
    const std::vector<Cmd> cmds{{"osd-tree", {QStringLiteral("osd"), QStringLiteral("tree")}},
                                {"osd-df", {QStringLiteral("osd"), QStringLiteral("df")}},
                                {"osd-metadata", {QStringLiteral("osd"), QStringLiteral("metadata")}},
                                {"osd-perf", {QStringLiteral("osd"), QStringLiteral("perf")}},
                                {"health-detail", {QStringLiteral("health"), QStringLiteral("detail")}}};
    const std::vector<ToolRun> runs = cephOutputs(r, cmds);
    const auto tree = cephJson(cmds[0], runs[0]);
    if (!tree)
        return unavailable(tree.error().message);
    // The others are optional: what they would add is left out when they fail.
    const auto df = cephJson(cmds[1], runs[1]);
    const auto meta = cephJson(cmds[2], runs[2]);
    const auto perf = cephJson(cmds[3], runs[3]);
    const auto health = cephJson(cmds[4], runs[4]);

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
