// CephCommands: ok-to-stop, ls-tree and the health checks over the CephModel (CephCommands.h).
#include "CephCommands.h"

#include <QJsonArray>

#include <algorithm>
#include <set>

namespace drover::sim {

namespace {

using PgKey = std::pair<int, int>; // pg_t orders by pool, then seed

QString pgName(const PgKey &k)
{
    return QString::number(k.first) + QLatin1Char('.') + QString::number(k.second, 16);
}

// DaemonServer.h offline_pg_report.
struct OfflinePgReport
{
    std::set<int> osds;
    std::set<PgKey> ok, notOk, unknown, okBecomeDegraded, okBecomeMoreDegraded, badNoPool,
        badAlreadyInactive, badBecomeInactive;
    bool okToStop() const { return notOk.empty() && unknown.empty(); }
};

// _check_offlines_pgs: a PG matters when one of the OSDs is in its acting set (for a degraded
// PG: among the OSDs available with nothing missing); it is not ok when it has no pool, is not
// active, or what remains would be below the pool's min_size. (The copy of DaemonServer.cc read,
// @850e7d02, keeps only the last acting member's `found`, a regression its tests call out; the
// simulator does what the check means: any member.)
OfflinePgReport checkOfflinePgs(const CephModel &m, const std::set<int> &osds)
{
    OfflinePgReport r;
    r.osds = osds;
    for (const SimPg &pg : m.pgs()) {
        const PgKey key{pg.pool, pg.ps};
        const CephModel::PgState s = m.stateOf(pg);
        if (s.unknown) {
            r.unknown.insert(key);
            continue;
        }
        const QList<int> &base = s.degraded ? s.availNoMissing : s.acting;
        int remaining = 0;
        bool found = false;
        for (int id : base) {
            if (osds.count(id))
                found = true;
            else
                ++remaining;
        }
        if (!found)
            continue;
        const std::optional<SimPool> pool = m.pool(pg.pool);
        bool dangerous = false;
        if (!pool) {
            r.badNoPool.insert(key);
            dangerous = true;
        }
        if (!s.active) {
            r.badAlreadyInactive.insert(key);
            dangerous = true;
        }
        if (pool && remaining < pool->minSize) {
            r.badBecomeInactive.insert(key);
            dangerous = true;
        }
        if (dangerous) {
            r.notOk.insert(key);
        } else {
            r.ok.insert(key);
            (s.degraded ? r.okBecomeMoreDegraded : r.okBecomeDegraded).insert(key);
        }
    }
    return r;
}

// _maximize_ok_to_stop_set: walk up the CRUSH tree from the first OSD (its host, then the
// root) adding up OSDs while the set stays ok, until max.
OfflinePgReport maximize(const CephModel &m, const std::set<int> &orig, int max)
{
    OfflinePgReport out = checkOfflinePgs(m, orig);
    if (!out.okToStop() || int(orig.size()) >= max)
        return out;
    std::set<int> osds = orig;
    const QString host = m.osds().value(*osds.begin()).host;
    for (const QList<int> &children : {m.osdsOn(host), m.osds().keys()}) {
        int failed = 0;
        QList<int> sorted = children;
        std::sort(sorted.begin(), sorted.end());
        for (int o : sorted) {
            if (!m.osds().value(o).up() || osds.count(o))
                continue;
            osds.insert(o);
            OfflinePgReport r = checkOfflinePgs(m, osds);
            if (!r.okToStop()) {
                osds.erase(o);
                ++failed;
                continue;
            }
            out = r;
            if (int(osds.size()) == max)
                return out;
        }
        if (failed)
            return out;
    }
    return out;
}

void appendPgArray(QByteArray &json, const char *name, const std::set<PgKey> &pgs)
{
    // offline_pg_report::dump writes each array only when it is not empty.
    if (pgs.empty())
        return;
    json += ",\"";
    json += name;
    json += "\":[";
    bool first = true;
    for (const PgKey &k : pgs) {
        json += first ? "\"" : ",\"";
        json += pgName(k).toLatin1() + '"';
        first = false;
    }
    json += ']';
}

// The JSON text in Ceph's key order (QJsonObject would sort the keys), compact as -f json.
QByteArray reportJson(const OfflinePgReport &r)
{
    QByteArray json = "{\"ok_to_stop\":";
    json += r.okToStop() ? "true" : "false";
    json += ",\"osds\":[";
    bool first = true;
    for (int o : r.osds) {
        json += (first ? "" : ",") + QByteArray::number(o);
        first = false;
    }
    json += "],\"num_ok_pgs\":" + QByteArray::number(qulonglong(r.ok.size()));
    json += ",\"num_not_ok_pgs\":" + QByteArray::number(qulonglong(r.notOk.size()));
    appendPgArray(json, "unknown_pgs", r.unknown);
    appendPgArray(json, "bad_no_pool_pgs", r.badNoPool);
    appendPgArray(json, "bad_already_inactive", r.badAlreadyInactive);
    appendPgArray(json, "bad_become_inactive", r.badBecomeInactive);
    appendPgArray(json, "ok_become_degraded", r.okBecomeDegraded);
    appendPgArray(json, "ok_become_more_degraded", r.okBecomeMoreDegraded);
    json += '}';
    return json;
}

CephCommandResult failure(int errnoValue, const char *errnoName, const QString &message)
{
    return CephCommandResult{errnoValue, {},
                             QStringLiteral("Error %1: %2").arg(QLatin1String(errnoName), message)};
}

} // namespace

QJsonObject CephCommandResult::toJson() const
{
    return {{QStringLiteral("exitStatus"), exitStatus},
            {QStringLiteral("stdout"), QString::fromUtf8(stdoutText)},
            {QStringLiteral("stderr"), stderrText}};
}

CephCommandResult osdOkToStop(const CephModel &model, const QStringList &ids, int max)
{
    // OSDMap::parse_osd_id_list: "any", "all" and "*" name every OSD; "osd.N" or "N" one. The
    // wording of its two errors is the simulator's (not checked against OSDMap.cc).
    std::set<int> osds;
    for (const QString &raw : ids) {
        const QString s = raw.trimmed();
        if (s == QLatin1String("any") || s == QLatin1String("all") || s == QLatin1String("*")) {
            for (int id : model.osds().keys())
                osds.insert(id);
            continue;
        }
        bool ok = false;
        const int id = (s.startsWith(QLatin1String("osd.")) ? s.mid(4) : s).toInt(&ok);
        if (!ok || id < 0)
            return failure(22, "EINVAL", QStringLiteral("invalid osd id '%1'").arg(s));
        if (!model.osds().contains(id))
            return failure(2, "ENOENT", QStringLiteral("osd.%1 does not exist").arg(id));
        osds.insert(id);
    }
    if (osds.empty())
        return failure(22, "EINVAL", QStringLiteral("must specify one or more OSDs"));
    const OfflinePgReport r = maximize(model, osds, qMax(qMax(max, 1), int(osds.size())));
    CephCommandResult out;
    // The mgr writes the report, then "\n", whatever the verdict; since Pacific (ceph PR #39455)
    // the CLI prints it on stdout even when the command fails.
    out.stdoutText = reportJson(r) + '\n';
    if (!r.unknown.empty()) {
        // The handler replies EAGAIN here and then EBUSY as well; the first reply is the one
        // the client gets.
        out.exitStatus = 11;
        out.stderrText = QStringLiteral("Error EAGAIN: %1 pgs have unknown state; cannot draw any conclusions")
                             .arg(r.unknown.size());
    } else if (!r.okToStop()) {
        out.exitStatus = 16;
        out.stderrText = QStringLiteral("Error EBUSY: unsafe to stop osd(s) at this time (%1 PGs are or would become offline)")
                             .arg(r.notOk.size());
    }
    return out;
}

CephCommandResult osdLsTree(const CephModel &model, const QString &host)
{
    QList<int> ids = model.osdsOn(host);
    if (ids.isEmpty())
        return failure(2, "ENOENT", QStringLiteral("\"%1\" does not exist").arg(host));
    std::sort(ids.begin(), ids.end());
    QByteArray json = "[";
    for (qsizetype i = 0; i < ids.size(); ++i)
        json += (i ? "," : "") + QByteArray::number(ids[i]);
    return CephCommandResult{0, json + "]\n", {}};
}

QJsonObject CephHealth::rookDetails() const
{
    // Rook copies each check's severity and summary message (pkg/operator/ceph/cluster/cephstatus.go).
    QJsonObject out;
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        out.insert(it.key(), QJsonObject{{QStringLiteral("severity"), c.value(QStringLiteral("severity"))},
                                         {QStringLiteral("message"),
                                          c.value(QStringLiteral("summary")).toObject().value(QStringLiteral("message"))}});
    }
    return out;
}

} // namespace drover::sim
