#pragma once
// Editing a VM (issue 13, item 2): the part of a VirtualMachine the Edit dialog shows and
// changes, the merge patch a save sends, and what each change will do to a running VM — applied
// live, applied at the next restart, or nothing the guest sees — decided as KubeVirt v1.9's VM
// controller decides it (vm-lifecycle-facts.md §2; K pkg/virt-controller/watch/vm/vm.go
// syncRestartRequired, pkg/defaults/defaults.go setupCPUHotplug, pkg/liveupdate/memory).
// Pure values: the dialog previews this plan, ops::VmEditor sends the patch.
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <cstdint>

namespace drover::core {

struct VmEditDisk
{
    QString name;
    int bootOrder = 0; // spec.template.spec.domain.devices.disks[].bootOrder; 0: not set
    QString device;    // disk, cdrom, lun
    QString bus;       // virtio, sata, scsi
    bool hotpluggable = false;
    QString claim;     // the volume's DataVolume or claim; empty for other volumes
    bool dataVolume = false; // claim names a DataVolume (else a PersistentVolumeClaim)
    // A disk the user adds (hot-plugged through addvolume): a new blank DataVolume of this size
    // and class when size is set, else the existing claim / DataVolume `claim`.
    QString size, storageClass;
    bool operator==(const VmEditDisk &) const = default;
};

struct VmNic
{
    QString name;
    QString network; // "" the pod network; else multus.networkName ("nad" or "ns/nad")
    QString binding; // masquerade, bridge, sriov, ...
    bool operator==(const VmNic &) const = default;
};

// What the Edit dialog edits. Read from the VM, changed by the user, turned back into a patch.
struct VmEditable
{
    QString description;                 // metadata.annotations.description
    QMap<QString, QString> labels;       // metadata.labels
    QMap<QString, QString> annotations;  // metadata.annotations without description
    QString instancetype, instancetypeKind; // spec.instancetype; empty name: a custom size
    QString preference, preferenceKind;     // spec.preference
    // The instancetype's guest vCPUs and memory when known (from the catalogue; 0: unknown):
    // a swap is live when both fit the hotplug limits, as a custom size would.
    int instancetypeCpus = 0;
    std::int64_t instancetypeMemoryBytes = 0;
    int sockets = 1, cores = 1, threads = 1; // domain.cpu; absent counts as 1
    // domain.memory.guest as written ("2Gi"); else resources.requests.memory (then memoryInGuest
    // is false: only memory.guest is hot-pluggable).
    QString memory;
    bool memoryInGuest = true;
    QList<VmEditDisk> disks; // domain.devices.disks[] in spec order
    QList<VmNic> nics;       // interfaces[] joined with networks[]
    bool operator==(const VmEditable &) const = default;
};

VmEditable vmEditableFromJson(const QJsonObject &vm);
// An interface's binding: masquerade, bridge, sriov, passt, slirp, or its network binding plugin's name.
QString interfaceBinding(const QJsonObject &iface);

// A JSON merge patch (RFC 7386) that turns vm into `after`: only what differs, and always vm's
// metadata.resourceVersion, so a VM changed meanwhile is refused with 409 Conflict instead of
// overwritten. Lists (disks, interfaces, networks) are sent whole, each entry kept as it was
// with only the edited keys changed — safe because of the resourceVersion. NICs in `after` that
// vm lacks are added as bridge interfaces on their Multus network; a VM whose pod NIC KubeVirt
// attached by itself gets it written first as podInterface (VmLiveContext's; empty: the
// default bridge binding). Empty when nothing differs.
QJsonObject vmEditPatch(const QJsonObject &vm, const VmEditable &after, const QJsonObject &podInterface = {});

// The blank DataVolume a new hot-plugged disk is made of (spec.storage: CDI fills access and
// volume mode from the StorageProfile; no class: the default virt class).
QJsonObject blankDataVolume(const QString &ns, const VmEditDisk &disk);
// AddVolumeOptions for PUT …/virtualmachines/{name}/addvolume (KubeVirt types.go): the disk on
// its bus (scsi, virtctl's default, when unset) and its DataVolume or claim as the source.
QJsonObject addVolumeOptions(const VmEditDisk &disk);
// RemoveVolumeOptions for …/removevolume.
QJsonObject removeVolumeOptions(const QString &name);

// Why an edited whole VM (Edit YAML) cannot be sent as an update of base; None when it can.
enum class VmYamlProblem { None, NotAVm, Renamed, Moved };
VmYamlProblem vmYamlProblem(const QJsonObject &base, const QJsonObject &edited);
// The VM as Edit YAML shows it: without metadata.managedFields (kubectl edit hides them too).
QJsonObject vmForYaml(const QJsonObject &vm);

// What KubeVirt decides with, read from the VM, its VMI (empty when not running) and the
// KubeVirt CR (empty when not readable: KubeVirt's defaults).
struct VmLiveContext
{
    bool running = false;         // a VMI exists and has not finished
    bool liveUpdate = true;       // spec.configuration.vmRolloutStrategy; nil is LiveUpdate
    int maxSockets = 0;           // VMI spec.domain.cpu.maxSockets; 0: unknown (no CPU hotplug)
    std::int64_t maxGuestBytes = 0; // VMI spec.domain.memory.maxGuest; 0: no memory hotplug
    bool migrating = false;       // a migration of the VMI is under way
    bool migratable = true;       // the VMI's LiveMigratable condition is True (memory hotplug needs it)
    QString notMigratableReason;  // else its message ("cannot migrate VMI: PVC rootdisk is not shared, …")
    bool restartRequired = false; // the VM's RestartRequired condition is True already
    QString restartMessage;       // its message
    // Changes being applied now: VMI conditions HotVCPUChange / HotMemoryChange are True.
    bool cpuChanging = false, memoryChanging = false;
    int currentSockets = 0;       // VMI status.currentCPUTopology.sockets
    std::int64_t guestCurrentBytes = 0; // VMI status.memory.guestCurrent
    // The interface KubeVirt auto-attaches on the pod network when the VM lists none: the running
    // VMI's own, else {name: default, <the KubeVirt CR's defaultNetworkInterface, bridge>: {}}.
    QJsonObject podInterface;
};

VmLiveContext vmLiveContextFrom(const QJsonObject &vm, const QJsonObject &vmi, const QJsonObject &kubevirt);

enum class VmEditField { Description, Labels, Annotations, Instancetype, Preference, Cpu, Memory, BootOrder, Nics, Disks };

enum class VmEditEffect {
    Metadata,  // nothing the guest sees; never a restart
    Live,      // applied to the running VM
    NextStart, // the VM is stopped: used when it starts
    Restart,   // saved; RestartRequired until the VM is restarted
};

enum class VmEditWhy {
    Metadata,          // labels, annotations, description (only template.spec is compared)
    Stopped,           // no VMI
    LiveUpdate,        // a live-updatable change within its limits
    Hotplug,           // a hotplug volume or a bridge NIC on a Multus network
    StageStrategy,     // vmRolloutStrategy Stage: nothing is live
    RestartPending,    // RestartRequired is set already: live updates are skipped until a restart
    Migrating,         // CPU/memory changes are refused during a migration
    AboveMaxSockets,   // more sockets than VMI maxSockets
    FewerSockets,      // CPU unplug is not supported
    CoresOrThreads,    // only sockets are hot-pluggable
    AboveMaxGuest,     // more memory than VMI maxGuest
    MemoryLowered,     // memory unplug is not supported
    MemoryTooSmall,    // memory hotplug needs guest ≥ 1Gi
    NotMigratable,     // memory hotplug needs a live-migratable VMI (LiveMigratable)
    NotGuestMemory,    // the size is in resources.requests.memory, not memory.guest
    NotLive,           // any other template.spec change (boot order, instancetype swap beyond limits…)
};

struct VmEditChange
{
    VmEditField field;
    QString from, to; // short values ("2 × 1", "4Gi", "u1.medium"); lists as counts or names
    VmEditEffect effect = VmEditEffect::Metadata;
    VmEditWhy why = VmEditWhy::Metadata;
};

// One entry per field that differs, in VmEditField order.
QList<VmEditChange> planVmEdit(const VmEditable &before, const VmEditable &after, const VmLiveContext &ctx);

// The fields that differ between two reads (a 409: what someone else changed meanwhile).
QList<VmEditField> changedFields(const VmEditable &a, const VmEditable &b);

// `mine` carried over onto `now`: the fields the user changed from `base` take the user's
// values, every other field now's. After a 409, the user's edits survive a reload.
VmEditable rebaseEdit(const VmEditable &base, const VmEditable &mine, const VmEditable &now);

} // namespace drover::core
