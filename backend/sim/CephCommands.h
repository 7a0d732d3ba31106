#pragma once
// What a few `ceph` commands print against drover-sim's CephModel: exit status, stdout and
// stderr as the ceph CLI (src/ceph.in) leaves them, so that Drover's parsers meet the real text.
//  - `ceph osd ok-to-stop <ids> [--max N] -f json` (src/mgr/DaemonServer.cc, "osd ok-to-stop",
//    _check_offlines_pgs, _maximize_ok_to_stop_set; offline_pg_report::dump in DaemonServer.h);
//  - `ceph osd ls-tree <host> -f json` (src/mon/OSDMonitor.cc);
//  - `ceph health detail -f json` checks (src/mon/PGMap.cc get_health_checks for PG_*, the
//    OSDMap's OSD_DOWN/OSD_HOST_DOWN/OSD_FLAGS).
#include "CephModel.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace drover::sim {

struct CephCommandResult
{
    int exitStatus = 0;   // ceph.in exits with the positive errno: 16 EBUSY, 11 EAGAIN, 22 EINVAL, 2 ENOENT
    QByteArray stdoutText;
    QString stderrText;   // "Error EBUSY: ..." as ceph.in prints a failed command's status
    // {"exitStatus", "stdout", "stderr"}: how drover-sim's admin API answers.
    QJsonObject toJson() const;
};

// ids as the CLI takes them ("3", "osd.3"; "any"/"all"/"*" for every OSD). max < 1: Ceph's
// default of 1 (raised to the number of ids), so the set is never grown.
CephCommandResult osdOkToStop(const CephModel &model, const QStringList &ids, int max = 0);
CephCommandResult osdLsTree(const CephModel &model, const QString &host);

struct CephHealth
{
    QString status;      // HEALTH_OK, HEALTH_WARN
    QJsonObject checks;  // CODE -> {severity, summary:{message,count}, detail:[{message}], muted}
    QJsonObject rookDetails() const; // CODE -> {severity, message}: CephCluster status.ceph.details
};
CephHealth cephHealth(const CephModel &model);

} // namespace drover::sim
