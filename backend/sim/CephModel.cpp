// CephModel: pools, the PG mapping, PG states and recovery (see CephModel.h).
#include "CephModel.h"

#include <algorithm>

namespace drover::sim {

namespace {

// FNV-1a: stable across runs and processes (qHash is seeded per process).
quint64 stableHash(const QString &s)
{
    quint64 h = 1469598103934665603ULL;
    for (const QChar c : s) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

int pow2AtLeast(int n)
{
    int p = 1;
    while (p < n)
        p <<= 1;
    return p;
}

} // namespace

QString SimPg::id() const
{
    // pg_t prints as <pool>.<seed in hex> (src/osd/osd_types.cc operator<<(ostream&, pg_t)).
    return QString::number(pool) + QLatin1Char('.') + QString::number(ps, 16);
}

void CephModel::build(const QMap<QString, QList<int>> &osdsByHost)
{
    m_osds.clear();
    m_pgs.clear();
    for (auto it = osdsByHost.begin(); it != osdsByHost.end(); ++it)
        for (int id : it.value())
            m_osds.insert(id, SimOsd{id, it.key(), true, true});
    // Pools as Rook's example cluster (deploy/charts/rook-ceph-cluster values) creates them:
    // a block pool, a filesystem's metadata and data pools, and the mgr's own pool. pg_num grows
    // with the OSD count the way the autoscaler roughly would (a few hundred PGs for a dozen
    // OSDs); the exact numbers are the simulator's.
    const int osdCount = int(m_osds.size());
    const int blockPgs = qMin(4096, pow2AtLeast(qMax(64, osdCount * 8)));
    m_pools = {SimPool{1, QStringLiteral(".mgr"), 3, 2, 1},
               SimPool{2, QStringLiteral("ceph-blockpool"), 3, 2, blockPgs},
               SimPool{3, QStringLiteral("ceph-filesystem-metadata"), 3, 2, 16},
               SimPool{4, QStringLiteral("ceph-filesystem-data0"), 3, 2, qMax(32, blockPgs / 2)}};
    const QStringList hostNames = osdsByHost.keys();
    for (const SimPool &pool : std::as_const(m_pools)) {
        for (int ps = 0; ps < pool.pgNum; ++ps) {
            SimPg pg;
            pg.pool = pool.id;
            pg.ps = ps;
            const QString key = pg.id();
            // Rendezvous hashing: the `size` hosts with the highest hash for this PG, then the
            // OSD with the highest hash inside each host.
            QList<std::pair<quint64, QString>> ranked;
            for (const QString &h : hostNames)
                if (!osdsByHost.value(h).isEmpty())
                    ranked.append({stableHash(key + QLatin1Char('/') + h), h});
            std::sort(ranked.begin(), ranked.end(), std::greater<>());
            for (int i = 0; i < qMin(pool.size, int(ranked.size())); ++i) {
                const QList<int> ids = osdsByHost.value(ranked[i].second);
                int best = ids.first();
                quint64 bestHash = 0;
                for (int id : ids) {
                    const quint64 h = stableHash(key + QLatin1Char('#') + QString::number(id));
                    if (h >= bestHash) {
                        best = id;
                        bestHash = h;
                    }
                }
                pg.mapped.append(best);
            }
            pg.objects = 40 + int(stableHash(key) % 160);
            m_pgs.append(pg);
        }
    }
}

std::optional<SimPool> CephModel::pool(int id) const
{
    for (const SimPool &p : m_pools)
        if (p.id == id)
            return p;
    return std::nullopt;
}

QStringList CephModel::hosts() const
{
    QStringList out;
    for (const SimOsd &o : m_osds)
        if (!out.contains(o.host))
            out.append(o.host);
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> CephModel::osdsOn(const QString &host) const
{
    QList<int> out;
    for (const SimOsd &o : m_osds)
        if (o.host == host)
            out.append(o.id);
    return out;
}

bool CephModel::setDaemonUp(int id, bool up, qint64 nowMs)
{
    auto it = m_osds.find(id);
    if (it == m_osds.end() || it->daemonUp == up)
        return false;
    const bool was = it->up();
    it->daemonUp = up;
    if (was != it->up())
        it->up() ? osdCameUp(id, nowMs) : osdWentDown(id);
    return was != it->up();
}

bool CephModel::setPodRunning(int id, bool running, qint64 nowMs)
{
    auto it = m_osds.find(id);
    if (it == m_osds.end() || it->podRunning == running)
        return false;
    const bool was = it->up();
    it->podRunning = running;
    if (was != it->up())
        it->up() ? osdCameUp(id, nowMs) : osdWentDown(id);
    return was != it->up();
}

void CephModel::osdWentDown(int id)
{
    for (SimPg &pg : m_pgs)
        if (pg.mapped.contains(id))
            pg.missing.insert(id, -1);
}

void CephModel::osdCameUp(int id, qint64 nowMs)
{
    for (SimPg &pg : m_pgs)
        if (pg.missing.value(id, 0) < 0)
            pg.missing.insert(id, nowMs + recoveryDelayMs(pg));
}

qint64 CephModel::recoveryDelayMs(const SimPg &pg) const
{
    // Recovery of what an OSD missed while it was away: a few seconds per PG at demo pace,
    // spread so that the degraded count falls gradually rather than all at once.
    const qint64 demoMs = 1500 + qint64(stableHash(pg.id()) % 3500);
    return qint64(double(demoMs) * m_scale);
}

void CephModel::setRecoveryHeld(bool held, qint64 nowMs)
{
    if (m_held && !held) {
        // Recovery resumes from where it stood: what was due completes now, the rest later.
        for (SimPg &pg : m_pgs)
            for (auto it = pg.missing.begin(); it != pg.missing.end(); ++it)
                if (it.value() >= 0 && it.value() < nowMs)
                    it.value() = nowMs;
    }
    m_held = held;
}

bool CephModel::advance(qint64 nowMs)
{
    if (m_held)
        return false;
    bool changed = false;
    for (SimPg &pg : m_pgs) {
        for (auto it = pg.missing.begin(); it != pg.missing.end();) {
            if (it.value() >= 0 && it.value() <= nowMs && m_osds.value(it.key()).up()) {
                it = pg.missing.erase(it);
                changed = true;
            } else {
                ++it;
            }
        }
    }
    return changed;
}

std::optional<qint64> CephModel::nextDueMs() const
{
    if (m_held)
        return std::nullopt;
    std::optional<qint64> next;
    for (const SimPg &pg : m_pgs)
        for (auto it = pg.missing.cbegin(); it != pg.missing.cend(); ++it)
            if (it.value() >= 0 && (!next || it.value() < *next))
                next = it.value();
    return next;
}

CephModel::PgState CephModel::stateOf(const SimPg &pg) const
{
    PgState s;
    if (m_unknown) {
        s.unknown = true;
        s.name = QStringLiteral("unknown");
        return s;
    }
    const SimPool p = pool(pg.pool).value_or(SimPool{});
    for (int id : pg.mapped) {
        if (!m_osds.value(id).up())
            continue;
        s.acting.append(id);
        if (!pg.missing.contains(id))
            s.availNoMissing.append(id);
    }
    s.undersized = s.acting.size() < p.size;
    s.degraded = s.undersized || !pg.missing.isEmpty();
    s.active = s.acting.size() >= p.minSize;
    s.recovering = s.active && s.availNoMissing.size() < s.acting.size();
    s.clean = s.active && !s.degraded;
    // Flag order as pg_state_string prints it (src/osd/osd_types.cc): stale, active, clean,
    // recovering, undersized, degraded, peered.
    QStringList parts;
    if (s.acting.isEmpty())
        parts << QStringLiteral("stale");
    if (s.active)
        parts << QStringLiteral("active");
    if (s.clean)
        parts << QStringLiteral("clean");
    if (s.recovering)
        parts << QStringLiteral("recovering");
    if (s.undersized)
        parts << QStringLiteral("undersized");
    if (s.degraded)
        parts << QStringLiteral("degraded");
    if (!s.active)
        parts << QStringLiteral("peered");
    s.name = parts.join(QLatin1Char('+'));
    return s;
}

PgSummary CephModel::summary() const
{
    PgSummary sum;
    for (const SimPg &pg : m_pgs) {
        const PgState s = stateOf(pg);
        const int size = pool(pg.pool).value_or(SimPool{}).size;
        ++sum.total;
        ++sum.byState[s.name];
        sum.objectCopies += qint64(pg.objects) * size;
        if (s.unknown) {
            ++sum.unknown;
            ++sum.inactive;
            continue;
        }
        sum.clean += s.clean ? 1 : 0;
        sum.degraded += s.degraded ? 1 : 0;
        sum.undersized += s.undersized ? 1 : 0;
        sum.inactive += s.active ? 0 : 1;
        sum.recovering += s.recovering ? 1 : 0;
        if (s.degraded)
            sum.degradedObjects += qint64(pg.objects) * (size - s.availNoMissing.size());
    }
    return sum;
}

} // namespace drover::sim
