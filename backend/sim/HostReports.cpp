#include "HostReports.h"

#include "ObjectStore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

namespace drover::sim {

using kube::ApiResource;

namespace {
QJsonObject reportOf(const QJsonObject &o)
{
    return o.value(QStringLiteral("status")).toObject().value(QStringLiteral("report")).toObject();
}
void setReport(QJsonObject &o, const QJsonObject &report)
{
    QJsonObject st = o.value(QStringLiteral("status")).toObject();
    st.insert(QStringLiteral("report"), report);
    st.insert(QStringLiteral("observedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    o.insert(QStringLiteral("status"), st);
}
// Edit an array of objects inside report[section][key].
template<typename F> void editArray(QJsonObject &report, const QString &section, const QString &key, F f)
{
    QJsonObject sec = report.value(section).toObject();
    QJsonArray arr = sec.value(key).toArray();
    for (int i = 0; i < arr.size(); ++i) {
        QJsonObject item = arr[i].toObject();
        f(item);
        arr[i] = item;
    }
    sec.insert(key, arr);
    report.insert(section, sec);
}
} // namespace

bool HostReports::playedHere(const QJsonObject &hostReport)
{
    return hostReport.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject()
               .value(QStringLiteral("app.kubernetes.io/managed-by")).toString() == QLatin1String("drover-sim");
}

HostReports::HostReports(ObjectStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(&m_timer, &QTimer::timeout, this, &HostReports::tick);
}

void HostReports::populate(int sampleMs)
{
    int index = 0, osd = 0;
    for (const QJsonObject &node : m_store->list(ApiResource::nodes())) {
        const QString name = node.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        QJsonObject o{{QStringLiteral("apiVersion"), QStringLiteral("drover.io/v1alpha1")},
                      {QStringLiteral("kind"), QStringLiteral("HostReport")},
                      {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), name},
                                                               {QStringLiteral("labels"), QJsonObject{{QStringLiteral("app.kubernetes.io/managed-by"),
                                                                                                       QStringLiteral("drover-sim")}}}}}};
        setReport(o, reportFor(name, index++, osd));
        osd += 2;
        (void)m_store->create(ApiResource::hostReports(), QString(), o);
    }
    QJsonObject ceph{{QStringLiteral("apiVersion"), QStringLiteral("ceph.rook.io/v1")},
                     {QStringLiteral("kind"), QStringLiteral("CephCluster")},
                     {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), QStringLiteral("rook-ceph")},
                                                              {QStringLiteral("namespace"), QStringLiteral("rook-ceph")}}}};
    (void)m_store->create(ApiResource::cephClusters(), QStringLiteral("rook-ceph"), ceph);
    updateCeph();
    if (sampleMs > 0)
        m_timer.start(sampleMs);
}

void HostReports::tick()
{
    ++m_ticks;
    auto *rng = QRandomGenerator::global();
    for (const QJsonObject &hr : m_store->list(ApiResource::hostReports())) {
        if (!HostReports::playedHere(hr))
            continue;
        const QString name = hr.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        (void)m_store->mutate(ApiResource::hostReports(), QString(), name, [&](QJsonObject &o) {
            QJsonObject r = reportOf(o);
            QJsonObject sample = r.value(QStringLiteral("sample")).toObject();
            const double cpu = sample.value(QStringLiteral("cpuPercent")).toDouble();
            sample.insert(QStringLiteral("cpuPercent"), qBound(2.0, cpu + rng->bounded(11) - 5, 98.0));
            r.insert(QStringLiteral("sample"), sample);
            editArray(r, QStringLiteral("nvme"), QStringLiteral("controllers"), [&](QJsonObject &c) {
                QJsonObject h = c.value(QStringLiteral("health")).toObject();
                const int t = h.value(QStringLiteral("temperatureC")).toInt();
                const int failing = h.value(QStringLiteral("criticalWarning")).toInt() ? 1 : 0;
                h.insert(QStringLiteral("temperatureC"), qBound(30, t + rng->bounded(3) - 1 + failing, 78));
                c.insert(QStringLiteral("health"), h);
            });
            r.insert(QStringLiteral("collectedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            setReport(o, r);
        });
    }
}

void HostReports::addAdminEndpoints(SimAdmin &admin)
{
    admin.addAction(QStringLiteral("fail-drive"), [this](const QUrlQuery &q) {
        return failDrive(q.queryItemValue(QStringLiteral("host")), q.queryItemValue(QStringLiteral("drive")));
    });
    admin.addAction(QStringLiteral("osd-down"),
                    [this](const QUrlQuery &q) { return setOsdUp(q.queryItemValue(QStringLiteral("id")).toInt(), false); });
    admin.addAction(QStringLiteral("osd-up"),
                    [this](const QUrlQuery &q) { return setOsdUp(q.queryItemValue(QStringLiteral("id")).toInt(), true); });
}

Result<SimAdmin::Done> HostReports::failDrive(const QString &host, const QString &drive)
{
    bool found = false;
    const auto r = m_store->mutate(ApiResource::hostReports(), QString(), host, [&](QJsonObject &o) {
        QJsonObject rep = reportOf(o);
        editArray(rep, QStringLiteral("nvme"), QStringLiteral("controllers"), [&](QJsonObject &c) {
            if (c.value(QStringLiteral("name")).toString() != drive)
                return;
            found = true;
            QJsonObject h = c.value(QStringLiteral("health")).toObject();
            h.insert(QStringLiteral("criticalWarning"), 0x01 | 0x04); // spare below threshold, reliability degraded
            h.insert(QStringLiteral("availableSpare"), 4);
            h.insert(QStringLiteral("mediaErrors"), h.value(QStringLiteral("mediaErrors")).toInt() + 17);
            h.insert(QStringLiteral("smartPassed"), false);
            c.insert(QStringLiteral("health"), h);
        });
        setReport(o, rep);
    });
    if (!r.ok() || !found)
        return Result<SimAdmin::Done>::failure(Error::Kind::NotFound, QStringLiteral("no drive %1 on host %2").arg(drive, host));
    return SimAdmin::Done{QStringLiteral("drive %1 on %2 is failing").arg(drive, host)};
}

Result<SimAdmin::Done> HostReports::setOsdUp(int id, bool up)
{
    bool found = false;
    for (const QJsonObject &hr : m_store->list(ApiResource::hostReports())) {
        const QString name = hr.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        for (const QJsonValue &v : reportOf(hr).value(QStringLiteral("ceph")).toObject().value(QStringLiteral("osds")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toInt() == id)
                found = true;
        if (!found)
            continue;
        (void)m_store->mutate(ApiResource::hostReports(), QString(), name, [&](QJsonObject &o) {
            QJsonObject rep = reportOf(o);
            editArray(rep, QStringLiteral("ceph"), QStringLiteral("osds"), [&](QJsonObject &osd) {
                if (osd.value(QStringLiteral("id")).toInt() == id)
                    osd.insert(QStringLiteral("up"), up);
            });
            setReport(o, rep);
        });
        break;
    }
    if (!found)
        return Result<SimAdmin::Done>::failure(Error::Kind::NotFound, QStringLiteral("no osd.%1").arg(id));
    updateCeph();
    return SimAdmin::Done{QStringLiteral("osd.%1 is %2").arg(id).arg(up ? QStringLiteral("up") : QStringLiteral("down"))};
}

void HostReports::updateCeph()
{
    double total = 0, used = 0;
    int down = 0;
    QStringList downHosts;
    for (const QJsonObject &hr : m_store->list(ApiResource::hostReports())) {
        for (const QJsonValue &v : reportOf(hr).value(QStringLiteral("ceph")).toObject().value(QStringLiteral("osds")).toArray()) {
            const QJsonObject o = v.toObject();
            total += o.value(QStringLiteral("kbTotal")).toDouble() * 1024;
            used += o.value(QStringLiteral("kbUsed")).toDouble() * 1024;
            if (!o.value(QStringLiteral("up")).toBool())
                ++down;
        }
    }
    QJsonObject details;
    if (down)
        details.insert(QStringLiteral("OSD_DOWN"), QJsonObject{{QStringLiteral("severity"), QStringLiteral("HEALTH_WARN")},
                                                             {QStringLiteral("message"), QStringLiteral("%1 osds down").arg(down)}});
    const QString health = down ? QStringLiteral("HEALTH_WARN") : QStringLiteral("HEALTH_OK");
    const QJsonObject capacity{{QStringLiteral("bytesTotal"), total}, {QStringLiteral("bytesUsed"), used},
                               {QStringLiteral("bytesAvailable"), total - used}};
    const QJsonObject cephStatus{{QStringLiteral("health"), health}, {QStringLiteral("details"), details},
                                 {QStringLiteral("lastChecked"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                 {QStringLiteral("capacity"), capacity}};
    const QJsonObject status{{QStringLiteral("phase"), QStringLiteral("Ready")}, {QStringLiteral("state"), QStringLiteral("Created")},
                             {QStringLiteral("ceph"), cephStatus}};
    (void)m_store->mutate(ApiResource::cephClusters(), QStringLiteral("rook-ceph"), QStringLiteral("rook-ceph"),
                          [&](QJsonObject &o) { o.insert(QStringLiteral("status"), status); });
    // Each agent's `ceph health detail` sees the same cluster.
    for (const QJsonObject &hr : m_store->list(ApiResource::hostReports())) {
        const QString name = hr.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString();
        (void)m_store->mutate(ApiResource::hostReports(), QString(), name, [&](QJsonObject &o) {
            QJsonObject rep = reportOf(o);
            QJsonObject c = rep.value(QStringLiteral("ceph")).toObject();
            QJsonObject checks;
            if (down)
                checks.insert(QStringLiteral("OSD_DOWN"), QJsonObject{{QStringLiteral("severity"), QStringLiteral("HEALTH_WARN")},
                                                                    {QStringLiteral("summary"), QJsonObject{{QStringLiteral("message"), QStringLiteral("%1 osds down").arg(down)}}}});
            c.insert(QStringLiteral("health"), QJsonObject{{QStringLiteral("status"), health}, {QStringLiteral("checks"), checks}});
            rep.insert(QStringLiteral("ceph"), c);
            setReport(o, rep);
        });
    }
}

} // namespace drover::sim
