#pragma once
// Deleting VMs, disk by disk: the workflow around reconcile::planVmDelete. inspect() reads what
// a person must see to choose (the VM fresh from the API, the DataVolume and claim behind each
// persistent volume, its snapshots, other VMs that use the same disks) and answers with
// inspected(); run() reads the same facts again (the cluster may have moved while the dialog
// was open), plans, and sends the steps one after another; finished() exactly once.
// Reading is all or nothing: a DataVolume or claim that cannot be read (403, 5xx) fails the
// request before anything is sent — planning without it could cascade-delete a disk the
// person chose to keep. A 404 means "not there".
// Threading: the connection's thread (the GUI's, or droverd's).
#include "ClusterConnection.h"
#include "VmDeletePlan.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace drover::ops {

struct VmDeleteRequest
{
    QString vmKey;               // "namespace/name"
    reconcile::VmDeleteChoice choice;
};

struct VmDeleteCandidate
{
    QString vmKey;
    kube::KubeError error;       // reading failed: nothing else is set
    QList<reconcile::DiskOption> disks;
    QStringList snapshots;
    int gracePeriodSeconds = 0;  // the VM's terminationGracePeriodSeconds (KubeVirt's default 180)
    bool running = false;        // a VMI exists: it is shut down within the grace period
};

struct VmDeleteResult
{
    enum Status {
        Succeeded,    // every step done
        Failed,       // nothing deleted: see failedStep and error (keep patches may have been applied)
        Incomplete,   // the VM is gone, but a snapshot or disk delete after it failed (see failures)
        NotConnected, // no cluster open
        Abandoned,    // the connection was switched meanwhile
    };
    VmDeleteRequest request;
    Status status = Failed;
    kube::KubeError error;                 // the failing call's answer (Failed: the first)
    std::optional<reconcile::DeleteStep> failedStep; // Failed: the step that failed (nullopt: reading)
    QList<std::pair<reconcile::DeleteStep, kube::KubeError>> failures; // Incomplete: what failed after
    QStringList keptClaims;                // disks that outlive the VM
};

class VmDeleter : public QObject
{
    Q_OBJECT
public:
    explicit VmDeleter(ClusterConnection *connection, QObject *parent = nullptr);

    void inspect(const QString &vmKey);
    void run(const VmDeleteRequest &request);

Q_SIGNALS:
    void inspected(const drover::ops::VmDeleteCandidate &candidate);
    void stepDone(const drover::ops::VmDeleteRequest &request, int done, int total);
    void finished(const drover::ops::VmDeleteResult &result);

private:
    using FactsCallback = std::function<void(const kube::KubeError &, const reconcile::VmDeleteFacts &)>;
    void readFacts(const QString &vmKey, FactsCallback done);
    void readDisks(const QString &vmKey, reconcile::VmDeleteFacts facts, FactsCallback done);
    void localFacts(const QString &vmKey, reconcile::VmDeleteFacts &facts) const;
    void execute(VmDeleteResult result, QList<reconcile::DeleteStep> steps, int total);
    void send(const QString &ns, const reconcile::DeleteStep &step, std::function<void(const kube::Response &)> cb);

    ClusterConnection *m_connection;
    quint64 m_generation = 0;
};

} // namespace drover::ops

Q_DECLARE_METATYPE(drover::ops::VmDeleteCandidate)
Q_DECLARE_METATYPE(drover::ops::VmDeleteResult)
