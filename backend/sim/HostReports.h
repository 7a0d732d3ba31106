#pragma once
// drover-sim's node agents and Rook: one HostReport (drover.io/v1alpha1, cluster-scoped, named
// after the node) per host whose status.report is what `drover-agent report --json` prints
// (schema drover.io/agent-report/v1: system, CPUs, DIMMs, PCI, NICs, NVMe with SMART health,
// the host's Ceph OSDs, a live sample), and one CephCluster rook-ceph/rook-ceph whose
// status.ceph says the cluster's health and capacity. Generated from the host's name (stable
// across runs); samples and drive temperatures move every few seconds.
// Faults (admin endpoints): fail-drive?host=H&drive=nvme1 (critical warning, spare below
// threshold, new media errors), osd-down?id=N / osd-up?id=N; CephCluster follows. (In a
// SimCluster, CephSim answers osd-down/osd-up first and owns the CephCluster status and the
// reports' OSD up flags and `ceph health`; see CephSim.h.)
#include "SimAdmin.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrlQuery>
#include <optional>

namespace drover::sim {

class ObjectStore;

class HostReports : public QObject
{
    Q_OBJECT
public:
    explicit HostReports(ObjectStore *store, QObject *parent = nullptr);
    // Reports for every Node now in the store, and the CephCluster; starts the sampling timer.
    void populate(int sampleMs = 5000);
    // Its admin endpoints, fail-drive and osd-down/osd-up (NotFound: no such drive or OSD).
    void addAdminEndpoints(SimAdmin &admin);
    static QJsonObject reportFor(const QString &host, int hostIndex, int firstOsd);
    // A report the simulator plays the agent for (labelled managed-by drover-sim). One a real
    // drover-agent published (`drover-agent publish` against drover-sim) carries the agent's
    // label instead: neither the samples nor CephSim touch it.
    static bool playedHere(const QJsonObject &hostReport);

private:
    void tick();
    void updateCeph();
    Result<SimAdmin::Done> failDrive(const QString &host, const QString &drive);
    Result<SimAdmin::Done> setOsdUp(int id, bool up);

    ObjectStore *m_store;
    QTimer m_timer;
    quint64 m_ticks = 0;
};

} // namespace drover::sim
