#pragma once
// What a node agent's report (schema drover.io/agent-report/v1, see docs/agent-report.md) says
// about a host's health, judged: NVMe drives warn at >= 80 % of rated endurance used, spare
// below its threshold, or >= 70 °C, and are critical on any critical-warning bit, a failed SMART
// self-assessment or media errors that are new since the last report; OSDs are critical when
// down or >= 95 % full, warn when out or >= 85 % full. The host takes its worst part's level.
#include "JsonProjection.h"
#include "LazyObject.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace drover::models {

enum class Health { Unknown, Ok, Warning, Critical };
QString healthText(Health h);

struct DriveHealth
{
    QString name, model, serial, firmware;
    qint64 sizeBytes = 0;
    bool healthAvailable = false;
    QString healthReason; // why there is no SMART data
    int criticalWarning = 0, temperatureC = 0, spare = 0, spareThreshold = 0, percentUsed = 0;
    qint64 mediaErrors = 0, errorLogEntries = 0, powerOnHours = 0, unsafeShutdowns = 0;
    bool smartPassed = true;
    Health level = Health::Unknown;
    QStringList problems;
    bool operator==(const DriveHealth &) const = default;
};

struct OsdHealth
{
    int id = -1;
    QString device, deviceClass;
    bool up = false, in = false;
    double crushWeight = 0, reweight = 0, utilization = 0, commitLatencyMs = -1;
    int pgs = 0;
    Health level = Health::Unknown;
    QString problem;
    bool operator==(const OsdHealth &) const = default;
};

struct HostHealth
{
    QString host;
    QDateTime collectedAt;
    Health level = Health::Unknown;
    QStringList problems;       // the host's worst findings, most severe first
    QList<DriveHealth> drives;
    QList<OsdHealth> osds;
    QString cephStatus;         // HEALTH_OK/WARN/ERR as this host's ceph CLI saw it
    // The whole report, for the inventory, kept as it came and parsed when shown: a published
    // HostReport shares the cache's bytes (parsed, a report is ~20 kB: 10 MB kept at 500 hosts
    // for a page that shows one host at a time); an SSH answer keeps its parsed form.
    kube::LazyObject reportSource;
    bool reportInStatus = false; // reportSource is a HostReport: the report is its status.report
    QJsonObject report() const;
    QString error;              // the report could not be read
    QString source;             // "cluster" (a published HostReport) or "SSH"

    // previous: the same host's last judgement (media errors that grew since are "new").
    static HostHealth fromReport(const QJsonObject &report, const HostHealth *previous = nullptr);
    // The same for a published HostReport (the report is its status.report), read from the fields
    // fromReport takes alone (judgedFields(): a quarter of a report's bytes, parsed without the
    // inventory around them), keeping the HostReport's bytes as reportSource.
    static HostHealth fromHostReport(const kube::LazyObject &hostReport, const HostHealth *previous = nullptr);
    static const kube::JsonProjection &judgedFields();
    // The same judgement (what a report says and what is made of it), wherever the report is kept.
    bool sameJudgement(const HostHealth &o) const
    {
        return host == o.host && collectedAt == o.collectedAt && level == o.level && problems == o.problems &&
               drives == o.drives && osds == o.osds && cephStatus == o.cephStatus && error == o.error;
    }
};

// The CephCluster's status in a sentence ("HEALTH_WARN: 1 osds down · 41 % of 88 TiB used").
struct CephSummary
{
    Health level = Health::Unknown;
    QString text;
    static CephSummary fromCephCluster(const QJsonObject &cephCluster);
};

} // namespace drover::models
