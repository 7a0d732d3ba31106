#include "HostHealth.h"

#include "Quantity.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace drover::models {

namespace {
Health worst(Health a, Health b) { return int(a) > int(b) ? a : b; }

// A count from the report (outside input): converting a double beyond qint64, or NaN, is
// undefined behaviour, so absurd values saturate.
qint64 wholeNumber(double v)
{
    constexpr double kMax = 9.0e18; // below 2^63
    return std::isnan(v) ? 0 : qint64(std::clamp(v, -kMax, kMax));
}

QString warningBits(int bits)
{
    // NVMe's critical warning bits, in the user's language.
    static const char *const names[] = {QT_TRANSLATE_NOOP("HostHealth", "spare below threshold"), QT_TRANSLATE_NOOP("HostHealth", "temperature"),
                                        QT_TRANSLATE_NOOP("HostHealth", "reliability degraded"), QT_TRANSLATE_NOOP("HostHealth", "read-only"),
                                        QT_TRANSLATE_NOOP("HostHealth", "volatile memory backup failed"),
                                        QT_TRANSLATE_NOOP("HostHealth", "persistent memory read-only")};
    QStringList out;
    for (int i = 0; i < 6; ++i)
        if (bits & (1 << i))
            out << QCoreApplication::translate("HostHealth", names[i]);
    return out.join(QStringLiteral(", "));
}

DriveHealth drive(const QJsonObject &c, const HostHealth *previous)
{
    DriveHealth d;
    d.name = c.value(QStringLiteral("name")).toString();
    d.model = c.value(QStringLiteral("model")).toString().trimmed();
    d.serial = c.value(QStringLiteral("serial")).toString().trimmed();
    d.firmware = c.value(QStringLiteral("firmware")).toString().trimmed();
    double size = 0;
    for (const QJsonValue &ns : c.value(QStringLiteral("namespaces")).toArray())
        size += ns.toObject().value(QStringLiteral("sizeBytes")).toDouble();
    d.sizeBytes = wholeNumber(size);
    const QJsonObject h = c.value(QStringLiteral("health")).toObject();
    d.healthAvailable = h.value(QStringLiteral("available")).toBool();
    if (!d.healthAvailable) {
        d.healthReason = h.value(QStringLiteral("reason")).toString();
        d.level = Health::Unknown;
        return d;
    }
    d.criticalWarning = h.value(QStringLiteral("criticalWarning")).toInt();
    d.temperatureC = h.value(QStringLiteral("temperatureC")).toInt();
    d.spare = h.value(QStringLiteral("availableSpare")).toInt();
    d.spareThreshold = h.value(QStringLiteral("availableSpareThreshold")).toInt();
    d.percentUsed = h.value(QStringLiteral("percentageUsed")).toInt();
    d.mediaErrors = wholeNumber(h.value(QStringLiteral("mediaErrors")).toDouble());
    d.errorLogEntries = wholeNumber(h.value(QStringLiteral("errorLogEntries")).toDouble());
    d.powerOnHours = wholeNumber(h.value(QStringLiteral("powerOnHours")).toDouble());
    d.unsafeShutdowns = wholeNumber(h.value(QStringLiteral("unsafeShutdowns")).toDouble());
    d.smartPassed = h.value(QStringLiteral("smartPassed")).toBool(true);
    d.level = Health::Ok;
    const auto add = [&](Health l, const QString &why) {
        d.level = worst(d.level, l);
        d.problems << why;
    };
    if (d.criticalWarning)
        add(Health::Critical, QCoreApplication::translate("HostHealth", "%1: critical warning (%2)").arg(d.name, warningBits(d.criticalWarning)));
    if (!d.smartPassed)
        add(Health::Critical, QCoreApplication::translate("HostHealth", "%1: SMART self-assessment failed").arg(d.name));
    qint64 before = -1;
    if (previous)
        for (const DriveHealth &p : previous->drives)
            if (p.name == d.name && p.serial == d.serial)
                before = p.mediaErrors;
    if (before >= 0 && d.mediaErrors > before)
        add(Health::Critical, QCoreApplication::translate("HostHealth", "%1: %2 new media errors").arg(d.name).arg(d.mediaErrors - before));
    else if (d.mediaErrors > 0)
        add(Health::Warning, QCoreApplication::translate("HostHealth", "%1: %2 media errors").arg(d.name).arg(d.mediaErrors));
    if (d.percentUsed >= 80)
        add(Health::Warning, QCoreApplication::translate("HostHealth", "%1: %2 % of rated endurance used").arg(d.name).arg(d.percentUsed));
    if (d.spare < d.spareThreshold && !(d.criticalWarning & 1))
        add(Health::Warning, QCoreApplication::translate("HostHealth", "%1: spare %2 % below threshold %3 %").arg(d.name).arg(d.spare).arg(d.spareThreshold));
    if (d.temperatureC >= 70)
        add(Health::Warning, QCoreApplication::translate("HostHealth", "%1: %2 °C").arg(d.name).arg(d.temperatureC));
    return d;
}

OsdHealth osd(const QJsonObject &o)
{
    OsdHealth d;
    d.id = o.value(QStringLiteral("id")).toInt(-1);
    d.device = o.value(QStringLiteral("device")).toString();
    d.deviceClass = o.value(QStringLiteral("deviceClass")).toString();
    d.up = o.value(QStringLiteral("up")).toBool();
    d.in = o.value(QStringLiteral("in")).toBool();
    d.crushWeight = o.value(QStringLiteral("crushWeight")).toDouble();
    d.reweight = o.value(QStringLiteral("reweight")).toDouble();
    d.utilization = o.value(QStringLiteral("utilization")).toDouble();
    d.pgs = o.value(QStringLiteral("pgs")).toInt();
    d.commitLatencyMs = o.value(QStringLiteral("commitLatencyMs")).toDouble(-1);
    d.level = Health::Ok;
    if (!d.up) {
        d.level = Health::Critical;
        d.problem = QCoreApplication::translate("HostHealth", "osd.%1 is down").arg(d.id);
    } else if (d.utilization >= 95) {
        d.level = Health::Critical;
        d.problem = QCoreApplication::translate("HostHealth", "osd.%1 is full (%2 %)").arg(d.id).arg(d.utilization, 0, 'f', 0);
    } else if (!d.in) {
        d.level = Health::Warning;
        d.problem = QCoreApplication::translate("HostHealth", "osd.%1 is out").arg(d.id);
    } else if (d.utilization >= 85) {
        d.level = Health::Warning;
        d.problem = QCoreApplication::translate("HostHealth", "osd.%1 is nearly full (%2 %)").arg(d.id).arg(d.utilization, 0, 'f', 0);
    }
    return d;
}
} // namespace

QString healthText(Health h)
{
    switch (h) {
    case Health::Ok: return QCoreApplication::translate("HostHealth", "healthy");
    case Health::Warning: return QCoreApplication::translate("HostHealth", "warning");
    case Health::Critical: return QCoreApplication::translate("HostHealth", "critical");
    case Health::Unknown: break;
    }
    return QCoreApplication::translate("HostHealth", "unknown");
}

namespace {
QJsonObject reportIn(const QJsonObject &hostReport) // a HostReport's status.report
{
    return hostReport.value(QLatin1String("status")).toObject().value(QLatin1String("report")).toObject();
}
} // namespace

QJsonObject HostHealth::report() const
{
    const QJsonObject o = reportSource.json();
    return reportInStatus ? reportIn(o) : o;
}

const kube::JsonProjection &HostHealth::judgedFields()
{
    // What fromReport() and drive()/osd() read; the rest (memory, PCI, NICs...) is the inventory's.
    static const kube::JsonProjection f{"status.report.schema",      "status.report.host",
                                        "status.report.collectedAt", "status.report.nvme.controllers",
                                        "status.report.ceph.osds",   "status.report.ceph.health.status"};
    return f;
}

HostHealth HostHealth::fromHostReport(const kube::LazyObject &hostReport, const HostHealth *previous)
{
    QJsonObject report = reportIn(hostReport.project(judgedFields()));
    // None of the judged fields: an empty report or another kind of one, which fromReport() tells
    // apart ("no report yet", "unknown report schema"); read whole, as it is rare.
    if (report.isEmpty())
        report = reportIn(hostReport.json());
    HostHealth h = fromReport(report, previous);
    h.reportSource = hostReport;
    h.reportInStatus = true;
    return h;
}

HostHealth HostHealth::fromReport(const QJsonObject &report, const HostHealth *previous)
{
    HostHealth h;
    h.reportSource = kube::LazyObject(report);
    h.host = report.value(QStringLiteral("host")).toString();
    if (report.value(QStringLiteral("schema")).toString() != QLatin1String("drover.io/agent-report/v1")) {
        h.error = report.isEmpty() ? QCoreApplication::translate("HostHealth", "no report yet")
                                   : QCoreApplication::translate("HostHealth", "unknown report schema \"%1\"").arg(report.value(QStringLiteral("schema")).toString());
        return h;
    }
    h.collectedAt = QDateTime::fromString(report.value(QStringLiteral("collectedAt")).toString(), Qt::ISODate);
    h.level = Health::Ok;
    const QJsonObject nvme = report.value(QStringLiteral("nvme")).toObject();
    for (const QJsonValue &c : nvme.value(QStringLiteral("controllers")).toArray())
        h.drives << drive(c.toObject(), previous);
    const QJsonObject ceph = report.value(QStringLiteral("ceph")).toObject();
    for (const QJsonValue &o : ceph.value(QStringLiteral("osds")).toArray())
        h.osds << osd(o.toObject());
    h.cephStatus = ceph.value(QStringLiteral("health")).toObject().value(QStringLiteral("status")).toString();
    QStringList critical, warning;
    for (const DriveHealth &d : std::as_const(h.drives)) {
        h.level = worst(h.level, d.level);
        (d.level == Health::Critical ? critical : warning) << d.problems;
    }
    for (const OsdHealth &o : std::as_const(h.osds)) {
        h.level = worst(h.level, o.level);
        if (!o.problem.isEmpty())
            (o.level == Health::Critical ? critical : warning) << o.problem;
    }
    h.problems = critical + warning;
    return h;
}

CephSummary CephSummary::fromCephCluster(const QJsonObject &cc)
{
    CephSummary s;
    const QJsonObject ceph = cc.value(QStringLiteral("status")).toObject().value(QStringLiteral("ceph")).toObject();
    const QString health = ceph.value(QStringLiteral("health")).toString();
    if (health.isEmpty()) {
        s.text = QCoreApplication::translate("HostHealth", "Ceph: no status yet");
        return s;
    }
    s.level = health == QLatin1String("HEALTH_OK") ? Health::Ok : health == QLatin1String("HEALTH_WARN") ? Health::Warning : Health::Critical;
    QStringList details;
    const QJsonObject d = ceph.value(QStringLiteral("details")).toObject();
    for (auto it = d.begin(); it != d.end(); ++it)
        details << it.value().toObject().value(QStringLiteral("message")).toString();
    const QJsonObject cap = ceph.value(QStringLiteral("capacity")).toObject();
    const double total = cap.value(QStringLiteral("bytesTotal")).toDouble(), used = cap.value(QStringLiteral("bytesUsed")).toDouble();
    s.text = QCoreApplication::translate("HostHealth", "Ceph %1").arg(health);
    if (!details.isEmpty())
        s.text += QStringLiteral(": ") + details.join(QStringLiteral("; "));
    if (total > 0) {
        const double percent = 100 * used / total; // an absurd status: NaN, or beyond int
        s.text += QCoreApplication::translate("HostHealth", " · %1 % of %2 used")
                      .arg(std::isfinite(percent) ? qRound(std::clamp(percent, -1e6, 1e6)) : 0)
                      .arg(core::formatBytes(wholeNumber(total)));
    }
    return s;
}

} // namespace drover::models
