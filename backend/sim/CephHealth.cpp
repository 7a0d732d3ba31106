// cephHealth(): the health checks `ceph health detail -f json` would list for the CephModel
// (declared in CephCommands.h).
#include "CephCommands.h"

#include <QJsonArray>

namespace drover::sim {

namespace {

QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

// health_check_t as HealthMonitor dumps it (src/mon/health_check.h).
QJsonObject check(const QString &message, int count, const QStringList &details)
{
    QJsonArray detail;
    // mon_health_max_detail (50) caps the lines per check.
    for (qsizetype i = 0; i < qMin<qsizetype>(details.size(), 50); ++i)
        detail.append(QJsonObject{{QStringLiteral("message"), details[i]}});
    return {{QStringLiteral("severity"), QStringLiteral("HEALTH_WARN")},
            {QStringLiteral("summary"), QJsonObject{{QStringLiteral("message"), message},
                                                     {QStringLiteral("count"), count}}},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("muted"), false}};
}

void osdChecks(const CephModel &m, QJsonObject &checks)
{
    QStringList down, hostsDown;
    int osdsOnDownHosts = 0;
    for (const QString &host : m.hosts()) {
        const QList<int> ids = m.osdsOn(host);
        int downHere = 0;
        for (int id : ids) {
            if (m.osds().value(id).up())
                continue;
            ++downHere;
            down << QStringLiteral("osd.%1 (root=default,host=%2) is down").arg(id).arg(host);
        }
        if (downHere == ids.size() && downHere > 0) {
            hostsDown << QStringLiteral("host %1 (root=default) (%2) is down")
                             .arg(host, plural(int(ids.size()), "osd", "osds"));
            osdsOnDownHosts += downHere;
        }
    }
    // Rook sets noout on the failure domain it drains (`ceph osd set-group noout <host>`). The
    // OSD_FLAGS wording comes from captured `ceph health detail` output, not from Ceph's source
    // (it is put together from pieces there).
    if (!m.nooutHosts().isEmpty()) {
        QStringList detail;
        for (const QString &h : m.nooutHosts())
            detail << QStringLiteral("host %1 has flags noout").arg(h);
        detail.sort();
        const int n = int(detail.size());
        checks.insert(QStringLiteral("OSD_FLAGS"),
                      check(QStringLiteral("%1 OSDs or CRUSH {nodes, device-classes} have {NOOUT} flags set").arg(n),
                            n, detail));
    }
    if (!down.isEmpty())
        checks.insert(QStringLiteral("OSD_DOWN"),
                      check(QStringLiteral("%1 osds down").arg(down.size()), int(down.size()), down));
    if (!hostsDown.isEmpty())
        checks.insert(QStringLiteral("OSD_HOST_DOWN"),
                      check(QStringLiteral("%1 (%2) down")
                                .arg(plural(int(hostsDown.size()), "host", "hosts"),
                                     plural(osdsOnDownHosts, "osd", "osds")),
                            int(hostsDown.size()), hostsDown));
}

QString pgList(const QList<int> &ids)
{
    QStringList s;
    for (int id : ids)
        s << QString::number(id);
    return QLatin1Char('[') + s.join(QLatin1Char(',')) + QLatin1Char(']');
}

void pgChecks(const CephModel &m, QJsonObject &checks)
{
    const PgSummary sum = m.summary();
    QStringList inactive, degraded;
    for (const SimPg &pg : m.pgs()) {
        const CephModel::PgState s = m.stateOf(pg);
        if (s.unknown || !s.active)
            inactive << QStringLiteral("pg %1 is stuck inactive, current state %2, last acting %3")
                            .arg(pg.id(), s.name, pgList(s.acting));
        if (!s.unknown && s.degraded)
            degraded << QStringLiteral("pg %1 is %2, acting %3").arg(pg.id(), s.name, pgList(s.acting));
    }
    // PGMap::get_health_checks. Ceph reports inactive and undersized PGs only once they are stuck
    // (mon_pg_stuck_threshold, 60 s); the simulator reports them at once.
    if (sum.inactive > 0)
        checks.insert(QStringLiteral("PG_AVAILABILITY"),
                      check(QStringLiteral("Reduced data availability: %1 inactive")
                                .arg(plural(sum.inactive, "pg", "pgs")),
                            sum.inactive, inactive));
    if (sum.degraded > 0) {
        QString message = QStringLiteral("Degraded data redundancy: ");
        if (sum.degradedObjects > 0 && sum.objectCopies > 0)
            message += QStringLiteral("%1/%2 objects degraded (%3%), ")
                           .arg(sum.degradedObjects)
                           .arg(sum.objectCopies)
                           .arg(double(sum.degradedObjects) / double(sum.objectCopies) * 100.0, 0, 'f', 3);
        QStringList counts{plural(sum.degraded, "pg", "pgs") + QStringLiteral(" degraded")};
        if (sum.undersized > 0)
            counts << plural(sum.undersized, "pg", "pgs") + QStringLiteral(" undersized");
        message += counts.join(QStringLiteral(", "));
        checks.insert(QStringLiteral("PG_DEGRADED"),
                      check(message, sum.degraded + sum.undersized, degraded));
    }
}

} // namespace

CephHealth cephHealth(const CephModel &model)
{
    CephHealth h;
    osdChecks(model, h.checks);
    pgChecks(model, h.checks);
    // Every check the simulator raises is a warning.
    h.status = h.checks.isEmpty() ? QStringLiteral("HEALTH_OK") : QStringLiteral("HEALTH_WARN");
    return h;
}

} // namespace drover::sim
