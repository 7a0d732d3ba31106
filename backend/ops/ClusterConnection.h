#pragma once
// One cluster as the console and the operations see it: the KubeClient for a kubeconfig context
// and its informers (Nodes, VirtualMachines, VirtualMachineInstances, migrations, snapshots,
// restores, HostReports, CephClusters, droverd's SnapshotSchedules and HostMaintenances) whose caches feed the models and the workflows in ops.
// open() switches to another context: the old client and informers are deleted (models bound
// to their caches must be rebound via cachesReplaced()). While the cluster is unreachable the
// caches keep their last content and the informers keep retrying; state() says so.
//
// Users who are not cluster admins: before an informer starts, access() asks whether the user
// may list its kind in every namespace; when not, a namespaced kind is listed in the context's
// namespace only (and a 403 at the cluster scope later does the same). A source the user may not
// read at all (nodes, migrations, snapshots, restores, HostReports, CephClusters) is forbidden():
// it stops asking, does not hold up Synced or turn the state to Reconnecting, and the views say
// so in its place. Only VMs and VMIs are required.
// Threading: GUI thread.
#include "Access.h"
#include "Informer.h"
#include "KubeClient.h"
#include "Kubeconfig.h"

#include <QObject>
#include <QPointer>
#include <QSet>

namespace drover::ops {

class ClusterConnection : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Closed,       // no context open
        Connecting,   // waiting for the first lists
        Synced,       // every informer listed and watching (add-ons absent on this cluster aside)
        Reconnecting, // an informer failed; it retries (see lastError())
    };
    Q_ENUM(State)

    explicit ClusterConnection(QObject *parent = nullptr);
    ~ClusterConnection() override;

    // Connect to a context (empty: the kubeconfig's current one). On failure (the context
    // cannot be resolved or the client not built) the previous connection stays closed and
    // the error says why.
    Result<void> open(const kube::Kubeconfig &config, const QString &context = {});
    // An already resolved context (droverd's in-cluster one).
    Result<void> open(const kube::ResolvedContext &resolved);
    void close();

    State state() const { return m_state; }
    QString contextName() const { return m_contextName; }
    QString server() const;
    bool insecure() const;
    kube::KubeError lastError() const { return m_lastError; }

    kube::KubeClient *client() const { return m_client; }
    kube::ObjectCache *nodes() const;
    kube::ObjectCache *vms() const;
    kube::ObjectCache *vmis() const;
    kube::ObjectCache *migrations() const; // VirtualMachineInstanceMigrations
    kube::ObjectCache *snapshots() const;  // VirtualMachineSnapshots
    kube::ObjectCache *restores() const;   // VirtualMachineRestores
    kube::ObjectCache *hostReports() const; // drover.io HostReports (the node agents' reports)
    kube::ObjectCache *cephClusters() const; // Rook's CephClusters
    kube::ObjectCache *snapshotSchedules() const; // drover.io SnapshotSchedules (droverd's intents)
    kube::ObjectCache *hostMaintenances() const;  // drover.io HostMaintenances (droverd's intents)
    // False for an add-on API this cluster does not serve (404): snapshots, HostReports, Rook.
    // Those never hold up Synced.
    bool installed(kube::ObjectCache *cache) const;
    // True for a source this user may not read (403 at the cluster scope and, for namespaced
    // kinds, in the context's namespace too). Those never hold up Synced.
    bool forbidden(kube::ObjectCache *cache) const;
    // The namespace a source lists: empty for every namespace (or a cluster-scoped kind), the
    // context's namespace when the user may not list that kind in every namespace.
    QString listNamespace(kube::ObjectCache *cache) const;
    // The context's namespace ("default" when the context names none).
    QString contextNamespace() const;
    // What this user may do on this cluster (answers cached for the connection's life).
    Access *access() const { return m_access; }
    // Fields each kind's cache drops, by ApiResource::plural: droverd's lean caches
    // (daemonStrips()). Takes effect at the next open(); the console sets none.
    void setStrips(const QHash<QString, kube::FieldStrip> &strips) { m_strips = strips; }

Q_SIGNALS:
    // New caches (after open() or close()): rebind models now.
    void cachesReplaced();
    // detail: the error in plain words for Reconnecting, else empty.
    void stateChanged(drover::ops::ClusterConnection::State state, const QString &detail);
    // A source became forbidden or absent, or is listed in one namespace only now.
    void sourcesChanged();

private:
    void watchInformer(kube::Informer *inf);
    void startInformer(kube::Informer *inf);
    bool onForbidden(kube::Informer *inf);
    void setUnavailable(kube::Informer *inf, QSet<kube::Informer *> &set);
    kube::Informer *informerOf(kube::ObjectCache *cache) const;
    void updateState();
    QList<kube::Informer *> all() const;
    bool optional(kube::Informer *inf) const;

    QPointer<kube::KubeClient> m_client;
    QPointer<kube::Informer> m_nodes, m_vms, m_vmis, m_migrations, m_snapshots, m_restores, m_hostReports, m_cephClusters, m_schedules,
        m_hostMaintenances;
    QSet<kube::Informer *> m_absent; // optional APIs this cluster does not serve
    QSet<kube::Informer *> m_forbidden; // sources this user may not read
    Access *m_access;
    QHash<QString, kube::FieldStrip> m_strips;
    QHash<kube::Informer *, kube::KubeError> m_errors; // informers currently failing
    kube::KubeError m_lastError;
    QString m_contextName;
    QString m_credentialDetail; // "waiting for credential plugin 'X'" while it runs
    QString m_detail;           // the detail last emitted with stateChanged
    State m_state = State::Closed;
};

} // namespace drover::ops
