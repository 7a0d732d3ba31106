#pragma once
// Kubernetes' garbage collector (kube-controller-manager, pkg/controller/garbagecollector) with
// background propagation, for the dependents a console's delete leaves behind: DataVolumes and
// PersistentVolumeClaims, and the VirtualMachineSnapshots and VirtualMachineRestores a
// VirtualMachineClone (or a restore's target VM) owns. When an owner is deleted, each dependent none of whose
// ownerReferences names a living object any more is deleted in turn (so VM -> DataVolume ->
// claim cascades); one that still has a living owner only loses the dangling reference
// (attemptToDeleteItem). VMIs and pods keep their own controllers' graceful collection
// (Controllers, LauncherPods, SimPods). Not played: foreground deletion and the orphan
// finalizer (propagationPolicy Foreground/Orphan delete as Background does here).
// Writes happen on a later event-loop turn, never inside ObjectStore::changed.
#include "ObjectStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace drover::sim {

class GarbageCollector : public QObject
{
    Q_OBJECT
public:
    explicit GarbageCollector(ObjectStore *store, QObject *parent = nullptr);
    // Indexes what is stored now (objects restored or created before this was listening).
    void rebuild();

private:
    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    void index(const kube::ApiResource &r, const QJsonObject &obj);
    void unindex(const QString &depKey);
    void drain();
    void collect(const QString &depKey);

    ObjectStore *m_store;
    QList<kube::ApiResource> m_collected;          // the kinds whose dependents are collected
    QSet<QString> m_live;                           // uid of every stored object
    QHash<QString, QSet<QString>> m_dependents;     // owner uid -> dependent keys
    QHash<QString, QStringList> m_owners;           // dependent key -> its owners' uids
    QStringList m_gone;                             // uids deleted since the last drain
    bool m_drainQueued = false;
};

} // namespace drover::sim
