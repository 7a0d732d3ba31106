// RookDisruption::reconcile: one pass of Rook's cluster disruption controller
// (clusterdisruption/reconcile.go, osd.go getOSDFailureDomains and reconcilePDBsForOSDs).
#include "RookDisruption.h"

#include "CephModel.h"
#include "RookPods.h"
#include "VmiJson.h"

#include <set>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const QString kNs = u"rook-ceph"_s;
const QString kStateMap = u"rook-ceph-pdbstatemap"_s;
const QString kDraining = u"draining-failure-domain"_s;
const QString kDrainingSince = u"draining-failure-domain-duration"_s;
const QString kSetNoOut = u"set-no-out"_s;

void resetState(QJsonObject &data)
{
    data.insert(kDraining, QString());
    data.remove(kDrainingSince);
    data.insert(kSetNoOut, QString());
}

// What getOSDFailureDomains returns; std::set because Rook returns sets.List (sorted).
struct FailureDomains
{
    std::set<QString> all, drained, down;
    QList<int> downOsds;
};

QStringList toList(const std::set<QString> &s)
{
    return QStringList(s.begin(), s.end());
}

} // namespace

void RookDisruption::reconcile()
{
    const auto cluster = m_store->get(ApiResource::cephClusters(), kNs, u"rook-ceph"_s);
    if (!cluster)
        return; // "cephcluster seems to be deleted, not requeuing until triggered again"
    const QJsonObject dm = objectAt(objectAt(*cluster, "spec"_L1), "disruptionManagement"_L1);
    if (!dm.value("managePodBudgets"_L1).toBool())
        return; // the feature is off for this cluster: no PDB is touched
    const int timeoutMinutes = dm.value("osdMaintenanceTimeout"_L1).toInt(30);

    // getOSDFailureDomains: an OSD Deployment without a ready replica is down; its host is
    // drained when the Node is cordoned (hasOSDNodeDrained) or gone.
    FailureDomains fd;
    for (const RookPods::Daemon &d : m_pods->daemons(u"osd"_s)) {
        fd.all.insert(d.host);
        if (m_pods->ready(u"osd"_s, d.id))
            continue;
        fd.down.insert(d.host);
        fd.downOsds.append(d.id.toInt());
        const auto node = m_store->get(ApiResource::nodes(), {}, d.host);
        if (!node || objectAt(*node, "spec"_L1).value("unschedulable"_L1).toBool())
            fd.drained.insert(d.host);
    }
    // IsClusterClean with the default pgHealthyRegex: every PG active+clean; unknown PGs are not.
    const bool pgClean = m_model->summary().allClean();

    // initializePDBState
    const auto &CM = ApiResource::configMaps();
    auto cm = m_store->get(CM, kNs, kStateMap);
    if (!cm) {
        const QJsonObject fresh{{u"metadata"_s, QJsonObject{{u"name"_s, kStateMap}, {u"namespace"_s, kNs}}},
                                {u"data"_s, QJsonObject{{kDraining, QString()}, {kSetNoOut, QString()}}}};
        cm = m_store->create(CM, kNs, fresh).object;
    }
    const QJsonObject oldData = objectAt(*cm, "data"_L1);
    QJsonObject data = oldData;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool osdDown = !fd.downOsds.isEmpty();
    int maxUnavailable = 0;
    if (!osdDown && pgClean) {
        maxUnavailable = 1;
        resetState(data);
    } else if (osdDown && pgClean) {
        // A drained node's OSD pods go fast and Ceph's PG status lags: wait 60 s after the drain
        // began before letting more OSDs go (getLastNodeDrainTimeStamp).
        maxUnavailable = int(fd.downOsds.size()) + 1;
        if (!fd.drained.empty()) {
            if (data.value(kDrainingSince).toString().isEmpty())
                data.insert(kDrainingSince, rfc3339(now));
            const QDateTime since = QDateTime::fromString(data.value(kDrainingSince).toString(), Qt::ISODate);
            if (since.msecsTo(now) < qint64(60000 * m_scale))
                maxUnavailable = 1;
            else
                resetState(data);
        } else {
            resetState(data);
        }
    } else if (osdDown && !pgClean && data.value(kDraining).toString().isEmpty()) {
        // setPDBConfig: a drained host first (and noout on it), else the first with a down OSD.
        if (!fd.drained.empty()) {
            data.insert(kDraining, *fd.drained.begin());
            data.insert(kSetNoOut, u"true"_s);
        } else {
            data.insert(kDraining, *fd.down.begin());
            data.insert(kSetNoOut, QString());
        }
        data.insert(kDrainingSince, rfc3339(now));
    }
    // (No OSD down and PGs not clean: wait for them, whatever the draining domain.)

    const QStringList all = toList(fd.all);
    const QString draining = data.value(kDraining).toString();
    if (!draining.isEmpty())
        activeDrain(all, draining);
    else
        inactiveDrain(all, maxUnavailable);
    updateNoout(data, all, timeoutMinutes);
    if (data != oldData)
        (void)m_store->mutate(CM, kNs, kStateMap, [&data](QJsonObject &o) { o.insert(u"data"_s, data); });

    // requeuePDBController
    const auto def = m_store->get(ApiResource::podDisruptionBudgets(), kNs, u"rook-ceph-osd"_s);
    if (!def)
        requeue(15000);
    else if (objectAt(*def, "status"_L1).value("disruptionsAllowed"_L1).toInt() == 0 ||
             objectAt(*def, "spec"_L1).value("maxUnavailable"_L1).toInt() > 1)
        requeue(30000);
}

} // namespace drover::sim
