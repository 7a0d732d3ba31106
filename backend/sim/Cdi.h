#pragma once
// drover-sim's stand-in for the controllers behind a VM's disks:
//  - KubeVirt's virt-controller makes a DataVolume for each of a VM's spec.dataVolumeTemplates
//    that does not exist yet, controller-owned by the VM (controller and blockOwnerDeletion true)
//    and labelled kubevirt.io/created-by=<VM uid> (KubeVirt pkg/virt-controller/watch/util/util.go
//    CreateDataVolumeManifest);
//  - CDI binds a PersistentVolumeClaim of the DataVolume's name, controller-owned by the
//    DataVolume (CDI pkg/controller/datavolume/controller-base.go), Bound at once (the sim has no
//    provisioner to wait for), and walks the DataVolume's phases: ImportScheduled or
//    CloneScheduled, ImportInProgress or CloneInProgress with status.progress "N.NN%", then
//    Succeeded with "100.0%" and the Ready condition (CDI types.go DataVolumePhase).
//  - a claim that already exists, ownerless and annotated cdi.kubevirt.io/storage.populatedFor:
//    <DataVolume> (a VirtualMachineRestore makes those), is adopted (controller-owned by the
//    DataVolume) and the DataVolume is Succeeded at once, nothing imported;
//  - an ownerless DataVolume named by a VM's template is adopted by the VM (virt-controller's
//    ClaimMatchedDataVolumes), as a restore's DataVolumes are once it creates their VM.
//  - a template's spec.sourceRef (a DataSource) is resolved by virt-controller into
//    spec.source.pvc of the DataVolume it makes (KubeVirt pkg/storage/types/dv.go
//    GenerateDataVolumeFromTemplate); when the DataSource is missing no DataVolume is made and
//    the VM says why (vmDisks below). A DataVolume posted with sourceRef keeps it and clones the
//    DataSource's PVC; one naming a missing DataSource is refused by CDI's webhook
//    (admitDataVolume). The DataVolume gets the source's instancetype.kubevirt.io/default-*
//    labels (CDI pkg/controller/datavolume/util.go updateDataVolumeDefaultInstancetypeLabels).
//  - the claim follows CDI's rendering of spec.storage: no storageClassName means the default
//    virt class, missing access or volume modes come from its StorageProfile, a clone without a
//    size takes the source's (Catalog.h).
//  - an http import the importer could not fetch never finishes (CdiSources.cpp importFailure):
//    phase ImportInProgress, Running False with reason Error and the importer's termination
//    message, status.restartCount growing as the pod's container restarts (back-off doubling).
// At time scale 0 (and for the scenario's own VMs) a DataVolume is Succeeded when made.
// Writes happen on a later event-loop turn, never inside ObjectStore::changed.
#include "ApiServer.h"
#include "ObjectStore.h"
#include "Result.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

class QTimer;

namespace drover::sim {

class Cdi : public QObject
{
    Q_OBJECT
public:
    explicit Cdi(ObjectStore *store, QObject *parent = nullptr);
    // Registers DataVolumes and PersistentVolumeClaims with the store (before anything is stored).
    static void registerResources(ObjectStore &store);
    void setTimeScale(double scale) { m_scale = scale < 0 ? 0 : scale; }
    // The DataVolumes (and claims) of every stored VM, made Succeeded: the scenario's disks.
    void populate();

private:
    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    void drain();
    void ensureDataVolumes(const QJsonObject &vm, bool done);
    // Makes the DataVolume's claim, or adopts one annotated cdi.kubevirt.io/storage.populatedFor
    // it that has no owner yet: then true (the DataVolume is populated already).
    bool ensureClaim(const QJsonObject &dv);
    // A new DataVolume: the source's default-instancetype labels, its claim, its progress.
    void adoptNew(const QString &key);
    void reconcileDataSources();
    void advance();

    ObjectStore *m_store;
    QTimer *m_tick;
    double m_scale = 1.0;
    QSet<QString> m_vmQueue; // "ns/name" of VMs to look at on the next turn
    QSet<QString> m_dvQueue; // "ns/name" of new DataVolumes that need a claim
    QSet<QString> m_active;  // "ns/name" of DataVolumes still importing or cloning
    QHash<QString, int> m_failing; // "ns/name" of failing imports -> ticks since they failed
    bool m_drainQueued = false;
    bool m_rescan = false; // a DataSource came: look at every VM's templates again
    QSet<QString> m_dsQueue; // "ns/name" of DataSources to reconcile
    bool m_dsRescan = false; // a claim or DataVolume came or went: every DataSource
};

namespace cdi {

// The DataSource a DataVolume spec's sourceRef names (namespace: the sourceRef's, else ns). When
// absent, NotFound with the API server's message, as a client Get returns it.
Result<QJsonObject> dataSourceFor(const ObjectStore &store, const QString &ns, const QJsonObject &dvSpec);
// A VM's dataVolumeTemplate spec as virt-controller posts it: sourceRef replaced by the
// DataSource's spec.source.pvc (its namespace filled in). NotFound when the DataSource is missing.
Result<QJsonObject> resolveTemplateSpec(const ObjectStore &store, const QString &ns, QJsonObject spec);
// The claim's spec CDI renders for a DataVolume (storage or pvc).
QJsonObject claimSpecFor(const ObjectStore &store, const QJsonObject &dv);
// The instancetype.kubevirt.io/default-* labels of the DataVolume's source (PVC or DataSource).
QJsonObject defaultInstancetypeLabels(const ObjectStore &store, const QJsonObject &dv);
// The importer's termination message when it cannot fetch the DataVolume's http source, else
// empty. The simulator's convention: a URL whose path ends in /404 answers 404; a host ending
// in .invalid does not resolve.
QString importFailure(const QJsonObject &dvSpec);
// CDI's DataSource controller (pkg/controller/datasource-controller.go update): status.source
// and the Ready condition ("DataSource is ready to be consumed", "PVC not found", "No source PVC
// set", "Import DataVolume phase <phase>"), the PVC's kubevirt.io labels copied. The DataSource
// as it should be stored, or nullopt when it already is.
std::optional<QJsonObject> reconcileDataSource(const ObjectStore &store, const QJsonObject &ds);
// CDI's datavolume-mutate.cdi.kubevirt.io webhook: a sourceRef naming a missing DataSource is
// refused (400). obj's namespace may be missing (then a sourceRef without one is not checked).
std::optional<ApiServer::HookAnswer> admitDataVolume(const ObjectStore &store, const QJsonObject &obj);

// What virt-controller reads of a VM's DataVolumes (KubeVirt pkg/virt-controller/watch/vm/vm.go
// handleDataVolumes, setPrintableStatus; pkg/storage/types/dv.go).
struct VmDisks
{
    bool ready = true;          // every template's DataVolume Succeeded (or WFFC, PendingPopulation)
    bool provisioning = false;  // HasDataVolumeProvisioning: printableStatus Provisioning
    bool error = false;         // HasDataVolumeErrors: printableStatus DataVolumeError
    QString syncError;          // the Failure condition's message (reason FailedCreate), if any
};
VmDisks vmDisks(const ObjectStore &store, const QJsonObject &vm);
// Applies them to a VM status vmStatusFor made: printableStatus where it outranks the VMI's
// (Provisioning and DataVolumeError come before Starting and Stopped), the Failure condition.
void applyVmDisks(QJsonObject &status, const VmDisks &disks);

} // namespace cdi

} // namespace drover::sim
