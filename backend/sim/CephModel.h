#pragma once
// drover-sim's Ceph, as the mons and the mgr see it: OSDs under CRUSH hosts (host is the failure
// domain), replicated pools (size 3, min_size 2) and their placement groups, each mapped to three
// OSDs on three different hosts (deterministic, rendezvous hashing in the spirit of straw2), and
// the PG states that follow the OSDs:
//  - all mapped OSDs up and nothing to recover: active+clean;
//  - at least min_size up: active+undersized+degraded;
//  - fewer: undersized+degraded+peered (inactive; stale as well when none is up);
//  - an OSD that comes back has to recover what it missed: active+recovering+degraded until a
//    per-PG delay (demo seconds x time scale) has passed, unless recovery is held (fault).
// An OSD is up when its daemon is up (fault osd-down/osd-up) AND its pod runs (Rook's pods).
// Not modelled: marking a down OSD out after mon_osd_down_out_interval and the remapping and
// backfill that follow (a down OSD keeps its PGs degraded until it returns), peering, scrubs.
//
// Pure: no store, no timers. Time comes in as milliseconds on a monotonic clock; the owner calls
// advance() when nextDueMs() is reached.
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace drover::sim {

struct SimOsd
{
    int id = 0;
    QString host;
    bool daemonUp = true;  // the ceph-osd process (fault injection)
    bool podRunning = true; // its Rook pod is Running and not being deleted
    bool up() const { return daemonUp && podRunning; }
};

struct SimPool
{
    int id = 0;
    QString name;
    int size = 3;
    int minSize = 2;
    int pgNum = 32;
};

struct SimPg
{
    int pool = 0;
    int ps = 0;          // placement seed; printed in hex ("2.1f")
    QList<int> mapped;   // CRUSH's choice, primary first; one OSD per host
    // OSDs that missed writes: down, or back up and recovering. The value is when recovery
    // completes (ms on the model's clock), or -1 while the OSD is still down.
    QHash<int, qint64> missing;
    int objects = 0;
    QString id() const;
};

// How many PGs are in which state, as `ceph status` pgmap.pgs_by_state counts them.
struct PgSummary
{
    int total = 0, clean = 0, degraded = 0, undersized = 0, inactive = 0, recovering = 0,
        unknown = 0;
    qint64 objectCopies = 0, degradedObjects = 0;
    QMap<QString, int> byState;
    bool allClean() const { return total > 0 && clean == total; }
    bool operator==(const PgSummary &o) const { return byState == o.byState && unknown == o.unknown; }
};

class CephModel
{
public:
    // host -> its OSD ids (as the agents report them). Builds the pools and maps the PGs.
    void build(const QMap<QString, QList<int>> &osdsByHost);

    const QMap<int, SimOsd> &osds() const { return m_osds; }
    const QList<SimPool> &pools() const { return m_pools; }
    const QList<SimPg> &pgs() const { return m_pgs; }
    std::optional<SimPool> pool(int id) const;
    QStringList hosts() const;           // CRUSH hosts, sorted
    QList<int> osdsOn(const QString &host) const;

    // Feed the OSD's inputs; returns true when its up state changed.
    bool setDaemonUp(int id, bool up, qint64 nowMs);
    bool setPodRunning(int id, bool running, qint64 nowMs);

    // Demo milliseconds a PG takes to recover (spread over 1.5-5 s), times the scale.
    void setTimeScale(double scale) { m_scale = scale; }
    // Hold recovery (fault pgs-stuck?clean=false): returning OSDs stay recovering.
    void setRecoveryHeld(bool held, qint64 nowMs);
    bool recoveryHeld() const { return m_held; }
    // The mgr has no PG stats (fault pgs-unknown): every PG reads as unknown.
    void setPgsUnknown(bool unknown) { m_unknown = unknown; }
    bool pgsUnknown() const { return m_unknown; }

    // Completes due recoveries; true when a PG changed.
    bool advance(qint64 nowMs);
    // When advance() has something to do next, or nullopt.
    std::optional<qint64> nextDueMs() const;

    // The PG's state flags and its string as pg_state_string prints it.
    struct PgState
    {
        bool unknown = false, active = false, clean = false, degraded = false,
             undersized = false, recovering = false;
        QList<int> acting;          // mapped OSDs that are up
        QList<int> availNoMissing;  // acting minus those still recovering
        QString name;
    };
    PgState stateOf(const SimPg &pg) const;
    PgSummary summary() const;

    // CRUSH node flags (`ceph osd set-group noout <host>`, as Rook sets them).
    QSet<QString> &nooutHosts() { return m_noout; }
    const QSet<QString> &nooutHosts() const { return m_noout; }

private:
    void osdWentDown(int id);
    void osdCameUp(int id, qint64 nowMs);
    qint64 recoveryDelayMs(const SimPg &pg) const;

    QMap<int, SimOsd> m_osds;
    QList<SimPool> m_pools;
    QList<SimPg> m_pgs;
    QSet<QString> m_noout;
    double m_scale = 1.0;
    bool m_held = false;
    bool m_unknown = false;
};

} // namespace drover::sim
