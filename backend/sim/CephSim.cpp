// CephSim: Ceph and Rook together; the CephCluster status and the admin endpoints (CephSim.h).
#include "CephSim.h"

#include "CephCommands.h"
#include "HostReports.h"
#include "JsonOut.h"
#include "RookDisruption.h"
#include "RookPods.h"
#include "VmiJson.h"

#include <QDateTime>
#include <QJsonArray>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

QJsonObject reportOf(const QJsonObject &hostReport)
{
    return objectAt(objectAt(hostReport, "status"_L1), "report"_L1);
}

QJsonArray osdsOf(const QJsonObject &hostReport)
{
    return objectAt(reportOf(hostReport), "ceph"_L1).value("osds"_L1).toArray();
}

} // namespace

CephSim::CephSim(ObjectStore *store, QObject *parent)
    : QObject(parent), m_store(store), m_pods(new RookPods(store, this)),
      m_rook(new RookDisruption(store, m_pods, &m_model, this))
{
    m_clock.start();
    m_due.setSingleShot(true);
    connect(&m_due, &QTimer::timeout, this, &CephSim::refresh);
    connect(m_pods, &RookPods::daemonChanged, this, &CephSim::onDaemonChanged);
    connect(m_rook, &RookDisruption::nooutChanged, this, &CephSim::refresh);
}

void CephSim::setTimeScale(double s)
{
    m_scale = qMax(0.0, s);
    m_model.setTimeScale(m_scale);
    m_pods->setTimeScale(m_scale);
    m_rook->setTimeScale(m_scale);
}

void CephSim::start()
{
    // The CRUSH map: each agent reports the OSDs of its host.
    QMap<QString, QList<int>> osdsByHost;
    for (const QJsonObject &hr : m_store->list(ApiResource::hostReports()))
        for (const QJsonValue &v : osdsOf(hr))
            osdsByHost[nameOf(hr)].append(v.toObject().value("id"_L1).toInt());
    m_model.build(osdsByHost);
    m_pods->populate(osdsByHost);
    // What Rook's example cluster.yaml asks for: Rook manages the PDBs; three mons, two mgrs.
    (void)m_store->mutate(ApiResource::cephClusters(), u"rook-ceph"_s, u"rook-ceph"_s, [](QJsonObject &o) {
        QJsonObject spec = objectAt(o, "spec"_L1);
        spec.insert(u"disruptionManagement"_s,
                    QJsonObject{{u"managePodBudgets"_s, true}, {u"osdMaintenanceTimeout"_s, 30}});
        spec.insert(u"mon"_s, QJsonObject{{u"count"_s, 3}, {u"allowMultiplePerNode"_s, false}});
        spec.insert(u"mgr"_s, QJsonObject{{u"count"_s, 2}});
        spec.insert(u"dataDirHostPath"_s, u"/var/lib/rook"_s);
        o.insert(u"spec"_s, spec);
    });
    m_rook->start();
    m_lastSummary = m_model.summary();
    refresh();
}

void CephSim::onDaemonChanged(const QString &kind, const QString &id)
{
    if (kind == "osd"_L1) {
        m_model.setPodRunning(id.toInt(), m_pods->running(kind, id), now());
        refresh();
    } else if (kind == "mon"_L1) {
        m_rook->monsChanged();
    }
}

void CephSim::refresh()
{
    m_model.advance(now());
    writeClusterStatus();
    writeHostReports();
    const PgSummary s = m_model.summary();
    if (!(s == m_lastSummary)) {
        m_lastSummary = s;
        m_rook->inputsChanged();
    }
    if (const auto next = m_model.nextDueMs())
        m_due.start(int(qBound<qint64>(0, *next - now(), qint64(24) * 3600 * 1000)));
    else
        m_due.stop();
}

void CephSim::writeClusterStatus()
{
    double total = 0, used = 0;
    for (const QJsonObject &hr : m_store->list(ApiResource::hostReports()))
        for (const QJsonValue &v : HostReports::playedHere(hr) ? osdsOf(hr) : QJsonArray()) {
            total += v.toObject().value("kbTotal"_L1).toDouble() * 1024;
            used += v.toObject().value("kbUsed"_L1).toDouble() * 1024;
        }
    const CephHealth health = cephHealth(m_model);
    const auto cluster = m_store->get(ApiResource::cephClusters(), u"rook-ceph"_s, u"rook-ceph"_s);
    if (!cluster)
        return;
    const QJsonObject oldCeph = objectAt(objectAt(*cluster, "status"_L1), "ceph"_L1);
    QJsonObject ceph = oldCeph;
    ceph.insert(u"health"_s, health.status);
    ceph.insert(u"details"_s, health.rookDetails());
    ceph.insert(u"capacity"_s, QJsonObject{{u"bytesTotal"_s, total}, {u"bytesUsed"_s, used},
                                           {u"bytesAvailable"_s, total - used},
                                           {u"lastUpdated"_s, rfc3339(QDateTime::currentDateTimeUtc())}});
    QJsonObject a = ceph, b = oldCeph;
    for (QJsonObject *o : {&a, &b}) {
        o->remove("lastChecked"_L1);
        QJsonObject cap = objectAt(*o, "capacity"_L1);
        cap.remove("lastUpdated"_L1);
        o->insert(u"capacity"_s, cap);
    }
    if (a == b)
        return; // nothing new to say: no write, no watch event
    const QString now = rfc3339(QDateTime::currentDateTimeUtc());
    ceph.insert(u"lastChecked"_s, now);
    if (oldCeph.value("health"_L1).toString() != health.status) {
        // Rook's CephStatus keeps the previous health and when it changed.
        if (oldCeph.contains("health"_L1))
            ceph.insert(u"previousHealth"_s, oldCeph.value("health"_L1));
        ceph.insert(u"lastChanged"_s, now);
    }
    (void)m_store->mutate(ApiResource::cephClusters(), u"rook-ceph"_s, u"rook-ceph"_s, [&ceph](QJsonObject &o) {
        QJsonObject st = objectAt(o, "status"_L1);
        st.insert(u"phase"_s, u"Ready"_s);
        st.insert(u"state"_s, u"Created"_s);
        st.insert(u"ceph"_s, ceph);
        o.insert(u"status"_s, st);
    });
}

void CephSim::writeHostReports()
{
    const CephHealth health = cephHealth(m_model);
    QJsonObject checks;
    for (auto it = health.checks.begin(); it != health.checks.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        checks.insert(it.key(), QJsonObject{{u"severity"_s, c.value("severity"_L1)},
                                            {u"summary"_s, QJsonObject{{u"message"_s, objectAt(c, "summary"_L1).value("message"_L1)}}}});
    }
    const QJsonObject cephHealthJson{{u"status"_s, health.status}, {u"checks"_s, checks}};
    for (const QJsonObject &hr : m_store->list(ApiResource::hostReports())) {
        if (!HostReports::playedHere(hr))
            continue;
        QJsonObject report = reportOf(hr);
        QJsonObject ceph = objectAt(report, "ceph"_L1);
        QJsonArray osds = ceph.value("osds"_L1).toArray();
        for (qsizetype i = 0; i < osds.size(); ++i) {
            QJsonObject o = osds[i].toObject();
            o.insert(u"up"_s, m_model.osds().value(o.value("id"_L1).toInt()).up());
            osds[i] = o;
        }
        ceph.insert(u"osds"_s, osds);
        ceph.insert(u"health"_s, cephHealthJson);
        report.insert(u"ceph"_s, ceph);
        if (report == reportOf(hr))
            continue;
        (void)m_store->mutate(ApiResource::hostReports(), {}, nameOf(hr), [&report](QJsonObject &o) {
            QJsonObject st = objectAt(o, "status"_L1);
            st.insert(u"report"_s, report);
            o.insert(u"status"_s, st);
        });
    }
}

Result<SimAdmin::Done> CephSim::setOsdUp(const QUrlQuery &q, bool up)
{
    bool ok = false;
    const int id = q.queryItemValue(u"id"_s).toInt(&ok);
    if (!ok || !m_model.osds().contains(id))
        return Result<SimAdmin::Done>::failure(Error::Kind::NotFound, QStringLiteral("no osd.%1").arg(q.queryItemValue(u"id"_s)));
    // The daemon's process: its container stops being ready too (RookPods), so Rook's
    // Deployment loses its ready replica as with a crashing ceph-osd.
    m_model.setDaemonUp(id, up, now());
    m_pods->setOsdDaemonUp(id, up);
    refresh();
    return SimAdmin::Done{QStringLiteral("osd.%1 is %2").arg(id).arg(up ? u"up"_s : u"down"_s)};
}

void CephSim::addAdminEndpoints(SimAdmin &admin)
{
    using Done = SimAdmin::Done;
    admin.addAction(u"osd-down"_s, [this](const QUrlQuery &q) { return setOsdUp(q, false); });
    admin.addAction(u"osd-up"_s, [this](const QUrlQuery &q) { return setOsdUp(q, true); });
    admin.addAction(u"pgs-stuck"_s, [this](const QUrlQuery &q) -> Result<Done> {
        const bool held = q.queryItemValue(u"clean"_s) == "false"_L1;
        m_model.setRecoveryHeld(held, now());
        refresh();
        return Done{held ? u"PG recovery is held: degraded PGs stay degraded"_s : u"PG recovery resumes"_s};
    });
    admin.addAction(u"pgs-unknown"_s, [this](const QUrlQuery &q) -> Result<Done> {
        const bool on = q.queryItemValue(u"on"_s) != "false"_L1;
        m_model.setPgsUnknown(on);
        refresh();
        return Done{on ? u"the mgr reports every PG as unknown"_s : u"the mgr reports PG states again"_s};
    });
    admin.addQuery(u"ceph/ok-to-stop"_s, [this](const QUrlQuery &q) {
        return osdOkToStop(m_model, q.queryItemValue(u"ids"_s).split(u',', Qt::SkipEmptyParts),
                           q.queryItemValue(u"max"_s).toInt())
            .toJson();
    });
    admin.addQuery(u"ceph/osd-tree"_s,
                   [this](const QUrlQuery &q) { return osdLsTree(m_model, q.queryItemValue(u"host"_s)).toJson(); });
    admin.addQuery(u"ceph/health"_s, [this](const QUrlQuery &) {
        const CephHealth h = cephHealth(m_model);
        const QJsonObject doc{{u"status"_s, h.status}, {u"checks"_s, h.checks}, {u"mutes"_s, QJsonArray()}};
        return CephCommandResult{0, toCompactJson(doc) + '\n', {}}.toJson();
    });
}

} // namespace drover::sim
