#pragma once
// What a new VM is made from, decoded from the cluster: instancetypes and preferences
// (instancetype.kubevirt.io/v1beta1, cluster and namespaced), golden images (CDI DataSources),
// StorageClasses with the access and volume modes CDI's StorageProfile says they offer, and
// Multus NetworkAttachmentDefinitions.
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace drover::core {

struct InstancetypeInfo
{
    QString name;             // u1.medium
    bool namespaced = false;  // VirtualMachineInstancetype rather than the cluster kind
    QString series;           // u1 (the part before the dot)
    QString seriesName;       // "General Purpose" (common-instancetypes' names, else the class label)
    int seriesRank() const;   // u1 first (what most VMs want), then o1, cx1, m1, n1, the rest
    int cpus = 0;             // spec.cpu.guest
    QString memory;           // spec.memory.guest, as written ("4Gi")
    std::int64_t memoryBytes = 0;
    QString displayName;      // instancetype.kubevirt.io/displayName, when set
    static Result<InstancetypeInfo> fromJson(const QJsonObject &obj, bool namespaced);
};

struct PreferenceInfo
{
    QString name;
    bool namespaced = false;
    QString displayName;
    int minCpus = 0;                 // spec.requirements.cpu.guest
    std::int64_t minMemoryBytes = 0; // spec.requirements.memory.guest
    static Result<PreferenceInfo> fromJson(const QJsonObject &obj, bool namespaced);
};

struct DataSourceInfo
{
    QString ns;
    QString name;
    bool ready = false;         // the Ready condition
    QString notReadyWhy;        // its message when not ready
    QString defaultInstancetype; // instancetype.kubevirt.io/default-instancetype label
    QString defaultPreference;   // instancetype.kubevirt.io/default-preference label
    QString key() const { return ns + QLatin1Char('/') + name; }
    static Result<DataSourceInfo> fromJson(const QJsonObject &obj);
};

struct StorageClassInfo
{
    QString name;
    QString provisioner;
    bool defaultVirt = false;     // storageclass.kubevirt.io/is-default-virt-class
    bool defaultClass = false;    // storageclass.kubernetes.io/is-default-class
    bool waitForFirstConsumer = false;
    // From the class's StorageProfile (status.claimPropertySets), first set first; empty when
    // CDI has none for it.
    QStringList accessModes;
    QString volumeMode;
    bool offersRwx() const { return accessModes.contains(QStringLiteral("ReadWriteMany")); }
    static Result<StorageClassInfo> fromJson(const QJsonObject &obj);
    // Fills accessModes/volumeMode from a StorageProfile of the same name.
    void applyProfile(const QJsonObject &profile);
};

// The class a new disk gets: the default virt class, else the cluster's default, else none.
const StorageClassInfo *preferredStorageClass(const QList<StorageClassInfo> &classes);

struct NadInfo
{
    QString ns;
    QString name;
    QString cniType; // "bridge", "macvlan", "ovn-k8s-cni-overlay", … from spec.config
    static Result<NadInfo> fromJson(const QJsonObject &obj);
};

} // namespace drover::core
