#pragma once
// `drover-agent ceph ok-to-stop [--host H]`: Ceph's verdict on stopping every OSD of a CRUSH
// host, as one JSON object (schema drover.io/ceph-ok-to-stop/v1):
//   {host, osds[], okToStop, exitStatus (Ceph's: 0, 16 EBUSY, 11 EAGAIN), numOkPgs, numNotOkPgs,
//    badBecomeInactive[], okBecomeDegraded[], message (Ceph's stderr), ceph (its JSON as printed)}
// or {host, okToStop:false, exitStatus, error} when Ceph could not be asked. The maintenance
// executor runs it over SSH on the host before evicting its OSD pods (docs/agent-report.md).
#include "AgentRoot.h"

namespace drover::agent {

inline constexpr const char *kOkToStopSchema = "drover.io/ceph-ok-to-stop/v1";

QJsonObject cephOkToStop(const AgentRoot &root, const QString &host);

// Pieces, for tests: `ceph osd ls-tree H -f json` ([0,3,7]) to sorted ids; one ok-to-stop run
// (stdout, exit status, stderr) to the object above.
QList<int> osdIdsFromLsTree(const QByteArray &json);
QJsonObject okToStopFromCeph(const QString &host, const QList<int> &ids, const ToolRun &run);

} // namespace drover::agent
