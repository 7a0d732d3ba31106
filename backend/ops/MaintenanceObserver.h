#pragma once
// What a host's maintenance plan reads, kept current: the connection's nodes, VMs, VMIs and
// migrations (decoded once per change), plus informers of its own for what the console does not
// watch otherwise — the pods on this host (fieldSelector spec.nodeName=HOST, so a 10,000-pod
// cluster costs one host's pods), PodDisruptionBudgets, the KubeVirt CR, Rook's CephCluster
// health — and Ceph's last ok-to-stop answer for the host. Read-only: it never writes.
// changed() is coalesced to one signal per event-loop turn.
// Threading: GUI (or daemon main) thread.
#include "ClusterConnection.h"
#include "DecodedCache.h"
#include "MaintenancePlan.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace drover::ops {

class MaintenanceObserver : public QObject
{
    Q_OBJECT
public:
    MaintenanceObserver(ClusterConnection *connection, const QString &node, QObject *parent = nullptr);
    ~MaintenanceObserver() override;

    QString node() const { return m_node; }
    // Every informer of its own has listed (an API the cluster does not serve counts as listed).
    bool synced() const;
    reconcile::MaintenanceState state() const;
    // The OSD ids Kubernetes shows on this host (its Rook OSD pods' ceph-osd-id labels).
    QList<int> osdIds() const;
    void setOkToStop(const reconcile::OkToStop &answer);
    reconcile::OkToStop okToStop() const { return m_okToStop; }
    // The node as last seen (to read its annotations), if known.
    std::optional<core::Node> nodeObject() const;

Q_SIGNALS:
    void changed();

private:
    void startInformers();
    kube::Informer *informer(const kube::ApiResource &r, const QString &ns, const QString &fields);
    void poke();
    reconcile::CephState cephState() const;

    ClusterConnection *m_connection;
    QString m_node;
    QList<QPointer<kube::Informer>> m_informers;
    QSet<kube::Informer *> m_absent; // API not served (404): counts as an empty list
    DecodedCache<core::Node> m_nodes;
    DecodedCache<core::Vm> m_vms;
    DecodedCache<core::Vmi> m_vmis;
    DecodedCache<core::Migration> m_migrations;
    DecodedCache<core::Pod> m_pods;
    DecodedCache<core::PodDisruptionBudget> m_pdbs;
    QPointer<kube::ObjectCache> m_kubevirts, m_cephClusters, m_stateMap;
    reconcile::OkToStop m_okToStop;
    QTimer *m_coalesce;
};

} // namespace drover::ops
