#pragma once
// The shape of a simulated cluster: hosts and VMs, from YAML, built in, or generated.
//
// YAML:
//   name: small
//   hosts:
//     - {name: host-a, cpu: 32, memory: 256Gi, labels: {rack: r1}, ready: true, unschedulable: false}
//   vms:
//     - {name: web-1, namespace: prod, os: linux, osName: "Fedora 40", cpu: 2, memory: 4Gi,
//        running: true, host: host-a, migratable: true}
//   # or instead of hosts/vms:
//   generate: {hosts: 500, vms: 10000, seed: 42}
#include "ObjectStore.h"
#include "Result.h"

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
    QString host; // pins the VM with a nodeSelector when set
    bool migratable = true;
};

struct Scenario
{
    QString name;
    QList<HostSpec> hosts;
    QList<VmSpec> vms;
};

Result<Scenario> loadScenario(const QString &path);
Scenario demoScenario();
Scenario generateScenario(int hosts, int vms, quint32 seed);

// Creates namespaces, Nodes and VirtualMachines. With instantRunning, running VMs get their
// VMI at once, Running on a host with room, so a 10,000-VM cluster needs no controller passes.
void populate(ObjectStore &store, const Scenario &s, bool instantRunning);

// The JSON a simulated VM/VMI/Node has (used by populate and the controllers).
QJsonObject nodeJson(const HostSpec &h, int index);
QJsonObject vmJson(const VmSpec &v);

} // namespace drover::sim
