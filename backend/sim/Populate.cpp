// Scenarios as API objects: Nodes and VirtualMachines in the shapes a kubelet and a KubeVirt
// user would write them, and populate(), which fills a store with them.
#include "Scenario.h"

#include "GuestAgentJson.h"
#include "LiveUpdate.h"
#include "Placement.h"
#include "VmiJson.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

// RFC 5737 test networks first (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), then 10.254/16.
QString hostAddress(int index)
{
    static const char *const nets[] = {"192.0.2.", "198.51.100.", "203.0.113."};
    if (index < 3 * 254)
        return QLatin1StringView(nets[index / 254]) + QString::number(index % 254 + 1);
    return QStringLiteral("10.254.%1.%2").arg(index / 254).arg(index % 254 + 1);
}

QString quantity(qint64 bytes)
{
    if (bytes % (1LL << 30) == 0)
        return QStringLiteral("%1Gi").arg(bytes >> 30);
    if (bytes % (1LL << 20) == 0)
        return QStringLiteral("%1Mi").arg(bytes >> 20);
    return QStringLiteral("%1Ki").arg(bytes / 1024);
}

// The quay.io/containerdisks image (or vendor image) for a distro display name.
QString makeImageFor(const QString &osName)
{
    static const QRegularExpression versionRx(u"(\\d+(?:\\.\\d+)?)"_s);
    const QString version = versionRx.match(osName).captured(1);
    const QString major = version.section(u'.', 0, 0);
    if (osName.startsWith("Red Hat"_L1) || osName.startsWith("RHEL"_L1))
        return u"registry.redhat.io/rhel"_s + major + u"/rhel-guest-image:"_s + version;
    if (osName.startsWith("Rocky"_L1))
        return u"quay.io/containerdisks/rockylinux:"_s + major;
    if (osName.startsWith("CentOS"_L1))
        return u"quay.io/containerdisks/centos-stream:"_s + major;
    if (osName.startsWith("Ubuntu"_L1) || osName.startsWith("Debian"_L1) ||
        osName.startsWith("Fedora"_L1))
        return u"quay.io/containerdisks/"_s + osName.section(u' ', 0, 0).toLower() + u':' +
               (osName.startsWith("Ubuntu"_L1) ? version : major);
    return u"quay.io/containerdisks/"_s + osName.section(u' ', 0, 0).toLower() + u":latest"_s;
}

QString imageFor(const QString &osName)
{
    thread_local QHash<QString, QString> cache;
    auto it = cache.constFind(osName);
    if (it == cache.cend())
        it = cache.insert(osName, makeImageFor(osName));
    return *it;
}

// The golden image a Windows root disk is cloned from.
QString goldenPvcFor(const QString &osName)
{
    if (osName.contains("2019"_L1))
        return u"win2k19-golden"_s;
    if (osName.contains("11"_L1))
        return u"win11-golden"_s;
    if (osName.contains("10"_L1))
        return u"win10-golden"_s;
    return u"win2k22-golden"_s;
}

QJsonObject nodeCondition(const char *type, const QString &status, const char *reason,
                          const char *message, const QString &now)
{
    return QJsonObject{{u"type"_s, QLatin1StringView(type)},
                       {u"status"_s, status},
                       {u"reason"_s, QLatin1StringView(reason)},
                       {u"message"_s, QLatin1StringView(message)},
                       {u"lastHeartbeatTime"_s, now},
                       {u"lastTransitionTime"_s, now}};
}

} // namespace

QJsonObject nodeJson(const HostSpec &h, int index)
{
    QJsonObject labels{
        {u"kubernetes.io/hostname"_s, h.name},
        {u"kubernetes.io/os"_s, u"linux"_s},
        {u"kubernetes.io/arch"_s, u"amd64"_s},
        {u"node-role.kubernetes.io/worker"_s, QString()},
        {u"kubevirt.io/schedulable"_s, h.ready && !h.unschedulable ? u"true"_s : u"false"_s}};
    for (auto it = h.labels.begin(); it != h.labels.end(); ++it)
        labels.insert(it.key(), it.value());
    if (h.controlPlane)
        labels.insert("node-role.kubernetes.io/control-plane"_L1, QString());
    const QString now = rfc3339(QDateTime::currentDateTimeUtc());
    // The kubelet keeps back a core and 4 GiB for the system.
    const qint64 allocCpu = qMax<qint64>(500, qint64(h.cpuCores) * 1000 - 1000);
    const qint64 allocMem = qMax<qint64>(1LL << 30, h.memoryBytes - (4LL << 30));
    const QString unknown = u"Unknown"_s;
    QJsonArray conditions{
        nodeCondition("MemoryPressure", h.ready ? u"False"_s : unknown,
                      "KubeletHasSufficientMemory", "kubelet has sufficient memory available", now),
        nodeCondition("DiskPressure", h.ready ? u"False"_s : unknown, "KubeletHasNoDiskPressure",
                      "kubelet has no disk pressure", now),
        nodeCondition("PIDPressure", h.ready ? u"False"_s : unknown, "KubeletHasSufficientPID",
                      "kubelet has sufficient PID available", now),
        h.ready ? nodeCondition("Ready", u"True"_s, "KubeletReady",
                                "kubelet is posting ready status", now)
                : nodeCondition("Ready", unknown, "NodeStatusUnknown",
                                "Kubelet stopped posting node status.", now)};
    const QJsonObject capacity{{u"cpu"_s, QString::number(h.cpuCores)},
                               {u"memory"_s, QStringLiteral("%1Ki").arg(h.memoryBytes / 1024)},
                               {u"pods"_s, u"250"_s},
                               {u"ephemeral-storage"_s, u"936253860Ki"_s},
                               {u"hugepages-1Gi"_s, u"0"_s},
                               {u"hugepages-2Mi"_s, u"0"_s},
                               {u"devices.kubevirt.io/kvm"_s, u"1k"_s},
                               {u"devices.kubevirt.io/tun"_s, u"1k"_s},
                               {u"devices.kubevirt.io/vhost-net"_s, u"1k"_s}};
    QJsonObject allocatable = capacity;
    allocatable.insert("cpu"_L1, allocCpu % 1000 ? QStringLiteral("%1m").arg(allocCpu)
                                                 : QString::number(allocCpu / 1000));
    allocatable.insert("memory"_L1, QStringLiteral("%1Ki").arg(allocMem / 1024));
    allocatable.insert("ephemeral-storage"_L1, u"862844636Ki"_s);
    const QString bootId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject status{
        {u"capacity"_s, capacity},
        {u"allocatable"_s, allocatable},
        {u"conditions"_s, conditions},
        {u"addresses"_s,
         QJsonArray{QJsonObject{{u"type"_s, u"InternalIP"_s}, {u"address"_s, hostAddress(index)}},
                    QJsonObject{{u"type"_s, u"Hostname"_s}, {u"address"_s, h.name}}}},
        {u"daemonEndpoints"_s,
         QJsonObject{{u"kubeletEndpoint"_s, QJsonObject{{u"Port"_s, 10250}}}}},
        {u"nodeInfo"_s,
         QJsonObject{{u"machineID"_s, QUuid::createUuid().toString(QUuid::Id128)},
                     {u"systemUUID"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                     {u"bootID"_s, bootId},
                     {u"kernelVersion"_s, u"6.1.0-26-amd64"_s},
                     {u"osImage"_s, u"Debian GNU/Linux 12 (bookworm)"_s},
                     {u"containerRuntimeVersion"_s, u"containerd://1.7.22"_s},
                     {u"kubeletVersion"_s, u"v1.30.5"_s},
                     {u"kubeProxyVersion"_s, u"v1.30.5"_s},
                     {u"operatingSystem"_s, u"linux"_s},
                     {u"architecture"_s, u"amd64"_s}}}};
    const QString cidr = QStringLiteral("10.%1.%2.0/24").arg(244 + index / 256).arg(index % 256);
    QJsonObject spec{{u"podCIDR"_s, cidr}, {u"podCIDRs"_s, QJsonArray{cidr}}};
    QJsonArray taints;
    if (h.unschedulable) {
        spec.insert("unschedulable"_L1, true);
        taints.append(QJsonObject{{u"key"_s, u"node.kubernetes.io/unschedulable"_s},
                                  {u"effect"_s, u"NoSchedule"_s},
                                  {u"timeAdded"_s, now}});
    }
    if (!h.ready)
        for (const char *effect : {"NoSchedule", "NoExecute"})
            taints.append(QJsonObject{{u"key"_s, u"node.kubernetes.io/unreachable"_s},
                                      {u"effect"_s, QLatin1StringView(effect)},
                                      {u"timeAdded"_s, now}});
    if (!taints.isEmpty())
        spec.insert("taints"_L1, taints);
    return QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, h.name}, {u"labels"_s, labels}}},
                       {u"spec"_s, spec},
                       {u"status"_s, status}};
}

QJsonObject vmJson(const VmSpec &v)
{
    const bool windows = v.os == "windows"_L1;
    const QString mem = quantity(v.memoryBytes);
    const QString rootPvc = v.name + u"-root"_s;
    // CI's Linux runners boot from container disks; everything else has a Ceph (or local) PVC.
    const bool containerDisk = !windows && v.ns == "ci"_L1;
    QJsonObject tmplLabels{{u"kubevirt.io/domain"_s, v.name}, {u"drover.io/os"_s, v.os}};
    if (!v.migratable)
        tmplLabels.insert("drover.io/not-migratable"_L1, u"true"_s);
    if (v.dirtyRate == "high"_L1)
        tmplLabels.insert("drover.io/dirty-rate"_L1, u"high"_s);
    const QJsonObject annotations{{u"drover.io/os-name"_s, v.osName}};
    QJsonObject vmLabels{{u"drover.io/os"_s, v.os}};
    if (!v.migratable)
        vmLabels.insert("drover.io/not-migratable"_L1, u"true"_s);
    if (!v.guestAgent) {
        tmplLabels.insert(kGuestAgentLabel, kNoGuestAgent);
        vmLabels.insert(kGuestAgentLabel, kNoGuestAgent);
    }

    QJsonArray disks{
        QJsonObject{{u"name"_s, u"rootdisk"_s},
                    {u"bootOrder"_s, 1},
                    {u"disk"_s, QJsonObject{{u"bus"_s, windows ? u"sata"_s : u"virtio"_s}}}}};
    QJsonArray volumes;
    if (containerDisk)
        volumes.append(
            QJsonObject{{u"name"_s, u"rootdisk"_s},
                        {u"containerDisk"_s, QJsonObject{{u"image"_s, imageFor(v.osName)}}}});
    else
        volumes.append(QJsonObject{{u"name"_s, u"rootdisk"_s},
                                   {u"dataVolume"_s, QJsonObject{{u"name"_s, rootPvc}}}});
    if (!windows) {
        disks.append(QJsonObject{{u"name"_s, u"cloudinitdisk"_s},
                                 {u"disk"_s, QJsonObject{{u"bus"_s, u"virtio"_s}}}});
        volumes.append(
            QJsonObject{{u"name"_s, u"cloudinitdisk"_s},
                        {u"cloudInitNoCloud"_s,
                         QJsonObject{{u"userData"_s, u"#cloud-config\nhostname: "_s + v.name +
                                                         u"\nssh_pwauth: false\n"_s}}}});
    }
    QJsonObject domain{
        {u"cpu"_s, QJsonObject{{u"cores"_s, v.cpu}, {u"sockets"_s, 1}, {u"threads"_s, 1}}},
        {u"memory"_s, QJsonObject{{u"guest"_s, mem}}},
        {u"resources"_s, QJsonObject{{u"requests"_s, QJsonObject{{u"memory"_s, mem}}}}},
        {u"machine"_s, QJsonObject{{u"type"_s, u"q35"_s}}},
        {u"devices"_s,
         QJsonObject{{u"disks"_s, disks},
                     {u"interfaces"_s, QJsonArray{QJsonObject{
                                           {u"name"_s, u"default"_s},
                                           {u"masquerade"_s, QJsonObject()},
                                           {u"model"_s, windows ? u"e1000e"_s : u"virtio"_s}}}}}}};
    if (!v.hostDevice.isEmpty()) {
        // PCI passthrough: virt-handler then reports LiveMigratable=False (see markRunning).
        QJsonObject devices = objectAt(domain, "devices"_L1);
        devices.insert("hostDevices"_L1, QJsonArray{QJsonObject{{u"name"_s, u"hostdevice1"_s},
                                                                {u"deviceName"_s, v.hostDevice}}});
        domain.insert("devices"_L1, devices);
    }
    if (windows) {
        domain.insert(
            "features"_L1,
            QJsonObject{
                {u"acpi"_s, QJsonObject()},
                {u"apic"_s, QJsonObject()},
                {u"hyperv"_s, QJsonObject{{u"relaxed"_s, QJsonObject()},
                                          {u"vapic"_s, QJsonObject()},
                                          {u"spinlocks"_s, QJsonObject{{u"spinlocks"_s, 8191}}}}}});
        domain.insert(
            "clock"_L1,
            QJsonObject{
                {u"utc"_s, QJsonObject()},
                {u"timer"_s, QJsonObject{{u"hpet"_s, QJsonObject{{u"present"_s, false}}},
                                         {u"pit"_s, QJsonObject{{u"tickPolicy"_s, u"delay"_s}}},
                                         {u"rtc"_s, QJsonObject{{u"tickPolicy"_s, u"catchup"_s}}},
                                         {u"hyperv"_s, QJsonObject()}}}});
    }
    // architecture: what KubeVirt's VM mutator writes (defaults.go SetVirtualMachineDefaults), so
    // that a later update through the webhook changes nothing a restart would be needed for.
    QJsonObject tmplSpec{{u"architecture"_s, u"amd64"_s},
                         {u"domain"_s, domain},
                         {u"networks"_s, QJsonArray{QJsonObject{{u"name"_s, u"default"_s},
                                                                {u"pod"_s, QJsonObject()}}}},
                         {u"terminationGracePeriodSeconds"_s, windows ? 3600 : 180},
                         {u"volumes"_s, volumes}};
    if (!v.evictionStrategy.isEmpty())
        tmplSpec.insert("evictionStrategy"_L1, v.evictionStrategy);
    if (!v.host.isEmpty())
        tmplSpec.insert("nodeSelector"_L1, QJsonObject{{u"kubernetes.io/hostname"_s, v.host}});
    QJsonObject spec{
        {u"runStrategy"_s, core::nameOf(v.running ? core::RunStrategy::Always : core::RunStrategy::Halted)},
        {u"template"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"labels"_s, tmplLabels}, {u"annotations"_s, annotations}}},
                                    {u"spec"_s, tmplSpec}}}};
    if (!containerDisk) {
        const QJsonObject source =
            windows ? QJsonObject{{u"pvc"_s, QJsonObject{{u"namespace"_s, u"os-images"_s},
                                                         {u"name"_s, goldenPvcFor(v.osName)}}}}
                    : QJsonObject{{u"registry"_s,
                                   QJsonObject{{u"url"_s, u"docker://"_s + imageFor(v.osName)}}}};
        const QJsonObject storage{
            {u"accessModes"_s, QJsonArray{v.migratable ? u"ReadWriteMany"_s : u"ReadWriteOnce"_s}},
            {u"volumeMode"_s, u"Block"_s},
            {u"storageClassName"_s, v.migratable ? u"ceph-block"_s : u"local-nvme"_s},
            {u"resources"_s,
             QJsonObject{
                 {u"requests"_s, QJsonObject{{u"storage"_s, windows ? u"80Gi"_s : u"30Gi"_s}}}}}};
        spec.insert("dataVolumeTemplates"_L1,
                    QJsonArray{QJsonObject{
                        {u"metadata"_s, QJsonObject{{u"name"_s, rootPvc}}},
                        {u"spec"_s, QJsonObject{{u"storage"_s, storage}, {u"source"_s, source}}}}});
    }
    const QJsonObject meta{{u"name"_s, v.name},
                           {u"namespace"_s, v.ns},
                           {u"labels"_s, vmLabels},
                           {u"annotations"_s, annotations}};
    return QJsonObject{{u"metadata"_s, meta}, {u"spec"_s, spec}};
}

void populate(ObjectStore &store, const Scenario &s, bool instantRunning)
{
    const auto &NS = ApiResource::namespaces();
    const auto &VM = ApiResource::virtualMachines();
    const auto &VMI = ApiResource::virtualMachineInstances();
    QStringList namespaces{u"default"_s};
    for (const VmSpec &v : s.vms)
        if (!namespaces.contains(v.ns))
            namespaces.append(v.ns);
    for (const QString &ns : std::as_const(namespaces))
        if (!store.get(NS, {}, ns))
            (void)store.create(
                NS, {},
                QJsonObject{
                    {u"metadata"_s,
                     QJsonObject{
                         {u"name"_s, ns},
                         {u"labels"_s, QJsonObject{{u"kubernetes.io/metadata.name"_s, ns}}}}},
                    {u"spec"_s, QJsonObject{{u"finalizers"_s, QJsonArray{u"kubernetes"_s}}}},
                    {u"status"_s, QJsonObject{{u"phase"_s, u"Active"_s}}}});
    for (int i = 0; i < s.hosts.size(); ++i)
        if (!store.get(ApiResource::nodes(), {}, s.hosts[i].name))
            (void)store.create(ApiResource::nodes(), {}, nodeJson(s.hosts[i], i));

    Placement placement(store);
    const liveupdate::Config liveUpdate = liveupdate::configOf(store);
    for (const VmSpec &v : s.vms) {
        if (store.get(VM, v.ns, v.name))
            continue;
        QJsonObject vm = vmJson(v);
        if (!v.running) {
            vm.insert("status"_L1, vmStatusFor(vm, std::nullopt));
            (void)store.create(VM, v.ns, vm);
            continue;
        }
        std::optional<QJsonObject> vmi;
        if (instantRunning) {
            vmi = vmiForVm(vm, false);
            liveupdate::applyVmiDefaults(*vmi, liveUpdate); // the VMI mutator's defaults
            const QJsonObject spec = objectAt(*vmi, "spec"_L1);
            const Placement::Choice choice = placement.pick(spec);
            if (choice.node.isEmpty()) {
                vmi.reset(); // left to the controllers, which will say why
            } else {
                const QString ip = placement.allocateIp(choice.node);
                placement.add(choice.node, choice.need);
                markRunning(*vmi, choice.node, ip);
                vm.insert("status"_L1, vmStatusFor(vm, vmi));
            }
        }
        const StoreResult created = store.create(VM, v.ns, vm);
        if (!created.ok() || !vmi)
            continue;
        // Now that the VM has a uid, the VMI can name its owner.
        QJsonObject meta = objectAt(*vmi, "metadata"_L1);
        QJsonArray owners = meta.value("ownerReferences"_L1).toArray();
        QJsonObject owner = owners.first().toObject();
        owner.insert("uid"_L1, uidOf(created.object));
        owners[0] = owner;
        meta.insert("ownerReferences"_L1, owners);
        vmi->insert("metadata"_L1, meta);
        liveupdate::setRevisionName(*vmi, created.object);
        (void)store.create(VMI, v.ns, *vmi);
    }
}

} // namespace drover::sim
