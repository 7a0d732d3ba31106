#pragma once
// The shape of a simulated cluster: hosts and VMs, loaded from YAML, built in (the demo) or
// generated (scale tests), and the objects they become in the ObjectStore.
//
// Scenario YAML (every key but a host's or VM's name is optional; sizes are Kubernetes
// quantities such as 512Gi or 8Gi; unknown keys are errors, so typos do not pass silently):
//
//   name: small
//   hosts:
//     - name: nvme-a01          # the Node name and its kubernetes.io/hostname label
//       cpu: 32                 # cores (status.capacity.cpu), default 32
//       memory: 256Gi           # default 256Gi
//       labels: {topology.kubernetes.io/zone: zone-a}
//       ready: true             # false: Ready=Unknown, as a node that stopped reporting
//       unschedulable: false    # true: cordoned
//   vms:
//     - name: web-01
//       namespace: prod         # default "default"
//       os: linux               # linux | windows (the drover.io/os label), default linux
//       osName: Fedora 40       # what the guest agent reports, default per os
//       cpu: 2                  # vCPUs, default 2
//       memory: 4Gi             # guest memory, default 4Gi
//       running: true           # runStrategy Always (else Halted), default true
//       host: nvme-a01          # pins the VM there with a nodeSelector
//       migratable: true        # false: its root PVC is ReadWriteOnce, not live-migratable
//       dirtyRate: normal       # high: dirties memory faster than a migration copies it
//       evictionStrategy: None  # the VMI's own spec.evictionStrategy (None, LiveMigrate,
//                               # LiveMigrateIfPossible, External); default: the KubeVirt CR's
//       hostDevice: nvidia.com/GA102GL_A10  # a PCI passthrough device: HostDeviceNotLiveMigratable
//       guestAgent: true        # false: no qemu-guest-agent in the guest (drover.io/guest-agent:
//                               # none): no AgentConnected, guestOSInfo or guest agent subresources
//   generate: {hosts: 500, vms: 10000, seed: 42}  # generated hosts and VMs, before any listed
//   kubevirt:                   # the KubeVirt CR kubevirt/kubevirt (spec.configuration)
//     evictionStrategy: LiveMigrate   # default: unset, which KubeVirt treats as None
//     migrations: {parallelMigrationsPerCluster: 5, parallelOutboundMigrationsPerNode: 2,
//                  bandwidthPerMigration: 0Mi, progressTimeout: 150, completionTimeoutPerGiB: 150}
//   deployments:                # ordinary workloads: a Deployment, its ReplicaSet and pods
//     - {name: grafana, namespace: monitoring, replicas: 2}
// A host may also say controlPlane: true (label node-role.kubernetes.io/control-plane="").
#include "ObjectStore.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace drover::sim {

struct HostSpec
{
    QString name;
    int cpuCores = 32;
    qint64 memoryBytes = 256LL << 30;
    QMap<QString, QString> labels;
    bool ready = true;
    bool unschedulable = false;
    bool controlPlane = false; // node-role.kubernetes.io/control-plane
};

struct VmSpec
{
    QString name;
    QString ns = QStringLiteral("default");
    QString os = QStringLiteral("linux"); // linux | windows
    QString osName;                       // "Fedora 40", "Windows Server 2022"
    int cpu = 2;
    qint64 memoryBytes = 4LL << 30;
    bool running = true;
    QString host; // when set, pins the VM there with a nodeSelector
    bool migratable = true;
    QString dirtyRate; // "high": dirties memory faster than a migration copies it (never converges)
    QString evictionStrategy; // spec.template.spec.evictionStrategy; empty: the cluster's
    QString hostDevice;       // a hostDevices entry (deviceName): not live-migratable
    bool guestAgent = true;   // false: the guest runs no agent (labelled drover.io/guest-agent=none)
};

// kubevirt.io/v1 KubeVirt spec.configuration, as far as drains and migrations read it. Defaults
// as pkg/virt-config/virt-config.go sets them.
struct KubeVirtSpec
{
    QString evictionStrategy; // empty: unset (KubeVirt then acts as None)
    int parallelMigrationsPerCluster = 5;
    int parallelOutboundMigrationsPerNode = 2;
    QString bandwidthPerMigration = QStringLiteral("0Mi");
    int progressTimeout = 150;
    int completionTimeoutPerGiB = 150;
};

struct DeploymentSpec
{
    QString name;
    QString ns = QStringLiteral("default");
    int replicas = 2;
};

struct Scenario
{
    QList<HostSpec> hosts;
    QList<VmSpec> vms;
    QString name;
    KubeVirtSpec kubevirt;
    QList<DeploymentSpec> deployments;
};

// Errors read "path:line: problem".
Result<Scenario> loadScenario(const QString &path);
// Six NVMe hosts and 40 VMs in prod, staging and ci: Linux and Windows guests, a few stopped,
// one not live-migratable, one pinned to its host, two running without a guest agent
// (win11-qa-02, cross-arm-01).
Scenario demoScenario();
// A deterministic cluster for scale tests: hosts of 64-128 cores and 512 GiB-1 TiB, VMs of
// 1-8 vCPUs and 2-32 GiB, about 90 % running, a fifth of them Windows. 500 hosts carry
// 10,000 VMs with room to spare.
Scenario generateScenario(int hosts, int vms, quint32 seed);

// Creates the Namespaces, Nodes and VirtualMachines of s (objects that exist already are left
// alone). With instantRunning, each running VM gets its VMI at once, Running on the host
// Placement picks, and the VM's status to match: a 10,000-VM cluster is up without a single
// controller step. VMs no host can take are left to the controllers (ErrorUnschedulable).
void populate(ObjectStore &store, const Scenario &s, bool instantRunning);

// The objects populate() creates, in the API's JSON shape. index numbers the host
// (addresses, pod CIDR).
QJsonObject nodeJson(const HostSpec &h, int index);
QJsonObject vmJson(const VmSpec &v);

} // namespace drover::sim
