#pragma once
// Cloning a VM: the workflow around core::cloneFor. inspect() reads the source fresh (its
// interfaces and MACs, whether it runs) for the dialog; run() checks the request (the name is
// a valid object name and free, each MAC is one), creates the VirtualMachineClone and follows
// it through its phases until the new VM exists (Succeeded) or KubeVirt says it failed.
// KubeVirt clones by snapshot. A source it cannot snapshot (a volume whose storage has no
// VolumeSnapshotClass) or a snapshot that fails leaves a real clone waiting for ever (the first
// says so with Progressing False "Pending"), so run() ends Failed with KubeVirt's words and
// withdraws the clone (deleting it cascades to its snapshot).
// finished() exactly once per run(). Threading: the connection's thread.
#include "ClusterConnection.h"
#include "VmClone.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace drover::kube {
class Informer;
}

namespace drover::ops {

struct VmCloneSource
{
    QString vmKey;
    kube::KubeError error;              // reading failed: nothing else is set
    QList<core::VmInterface> interfaces;
    QHash<QString, QString> runtimeMacs; // interface name -> the MAC the running VM has (status.interfaces)
    bool running = false;               // a VMI exists (KubeVirt snapshots it online)
    bool usesRunning = false;           // the spec has `running` rather than runStrategy
    QString suggestedName;              // "<name>-clone", or -clone-2… when taken in the cache
};

struct VmCloneProgress
{
    core::CloneRequest request;
    QString cloneName; // the VirtualMachineClone object
    QString phase;     // empty (just created), SnapshotInProgress, RestoreInProgress, CreatingTargetVM
};

struct VmCloneResult
{
    enum Status {
        Succeeded,    // the new VM exists (status.targetName)
        Invalid,      // the request was refused before anything was sent: see reason
        Failed,       // an API call was refused (error) or KubeVirt failed the clone (reason)
        NotConnected, // no cluster open
        Abandoned,    // the connection was switched, or the clone object vanished
    };
    core::CloneRequest request;
    Status status = Failed;
    QString cloneName;
    kube::KubeError error;
    QString reason;
};

class VmCloner : public QObject
{
    Q_OBJECT
public:
    explicit VmCloner(ClusterConnection *connection, QObject *parent = nullptr);
    ~VmCloner() override;

    void inspect(const QString &vmKey);
    void run(const core::CloneRequest &request);

    // What is wrong with request before anything is sent; empty when nothing is.
    static QString validate(const core::CloneRequest &request, const QList<core::VmInterface> &interfaces);

Q_SIGNALS:
    void inspected(const drover::ops::VmCloneSource &source);
    void progressed(const drover::ops::VmCloneProgress &progress);
    void finished(const drover::ops::VmCloneResult &result);

private:
    void create(VmCloneResult result);
    void follow(VmCloneResult result);
    void onCloneChanged();
    void onSnapshotsChanged();
    void withdraw(const QString &reason);
    void end(VmCloneResult::Status status, const QString &reason = {}, const kube::KubeError &error = {});

    ClusterConnection *m_connection;
    quint64 m_generation = 0;
    // The run being followed (one at a time; a new run() abandons the old one).
    std::optional<VmCloneResult> m_current;
    QPointer<kube::Informer> m_informer;
    QString m_phase;
    QString m_snapshot; // the clone's temporary snapshot, once its status names it
};

} // namespace drover::ops

Q_DECLARE_METATYPE(drover::ops::VmCloneSource)
Q_DECLARE_METATYPE(drover::ops::VmCloneProgress)
Q_DECLARE_METATYPE(drover::ops::VmCloneResult)
