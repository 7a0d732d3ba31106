#include "VmiJson.h"

#include "GuestAgentJson.h"
#include "GuestImages.h"
#include "ObjectStore.h"

#include <QDateTime>

namespace drover::sim {

using namespace Qt::StringLiterals;

namespace {

// The current time as the API writes it, formatted once a second (populating 10,000 VMs
// stamps tens of thousands of conditions).
QString now()
{
    thread_local qint64 second = -1;
    thread_local QString text;
    const qint64 current = QDateTime::currentSecsSinceEpoch();
    if (current != second) {
        second = current;
        text = rfc3339(QDateTime::fromSecsSinceEpoch(current, Qt::UTC));
    }
    return text;
}

QJsonObject metaOf(const QJsonObject &obj)
{
    return objectAt(obj, "metadata"_L1);
}

QJsonArray conditionsOf(const QJsonObject &obj)
{
    return objectAt(obj, "status"_L1).value("conditions"_L1).toArray();
}

} // namespace

QString nameOf(const QJsonObject &obj)
{
    return stringAt(metaOf(obj), "name"_L1);
}

QString namespaceOf(const QJsonObject &obj)
{
    return stringAt(metaOf(obj), "namespace"_L1);
}

QString uidOf(const QJsonObject &obj)
{
    return stringAt(metaOf(obj), "uid"_L1);
}

QString labelOf(const QJsonObject &obj, const QString &label)
{
    return objectAt(metaOf(obj), "labels"_L1).value(label).toString();
}

QString phaseOf(const QJsonObject &obj)
{
    return stringAt(objectAt(obj, "status"_L1), "phase"_L1);
}

bool isFinal(const QJsonObject &vmi)
{
    return core::isFinal(core::vmiPhaseOf(vmi));
}

bool markedForDeletion(const QJsonObject &obj)
{
    return metaOf(obj).contains("deletionTimestamp"_L1);
}

core::RunStrategy runStrategyOf(const QJsonObject &vm)
{
    return core::runStrategyOfSpec(objectAt(vm, "spec"_L1));
}

std::optional<QJsonObject> conditionOf(const QJsonObject &obj, const QString &type)
{
    for (const QJsonValue &c : conditionsOf(obj))
        if (c.toObject().value("type"_L1).toString() == type)
            return c.toObject();
    return std::nullopt;
}

bool conditionTrue(const QJsonObject &obj, const QString &type)
{
    const auto c = conditionOf(obj, type);
    return c && c->value("status"_L1).toString() == "True"_L1;
}

namespace {

struct Cond
{
    QString type;
    bool status;
    QString reason;
    QString message;
};

// Sets several conditions with one rebuild of status.conditions.
void applyConditions(QJsonObject &obj, std::initializer_list<Cond> updates)
{
    QJsonObject st = objectAt(obj, "status"_L1);
    QJsonArray conds = st.value("conditions"_L1).toArray();
    for (const Cond &u : updates) {
        const QString statusText = u.status ? u"True"_s : u"False"_s;
        qsizetype at = -1;
        for (qsizetype i = 0; i < conds.size() && at < 0; ++i)
            if (conds[i].toObject().value("type"_L1).toString() == u.type)
                at = i;
        const QJsonObject old = at >= 0 ? conds[at].toObject() : QJsonObject();
        const bool same = at >= 0 && old.value("status"_L1).toString() == statusText;
        QJsonObject c{{u"type"_s, u.type},
                      {u"status"_s, statusText},
                      {u"lastProbeTime"_s, QJsonValue::Null},
                      {u"lastTransitionTime"_s,
                       same ? old.value("lastTransitionTime"_L1) : QJsonValue(now())}};
        if (!u.reason.isEmpty())
            c.insert("reason"_L1, u.reason);
        if (!u.message.isEmpty())
            c.insert("message"_L1, u.message);
        if (at >= 0)
            conds[at] = c;
        else
            conds.append(c);
    }
    st.insert("conditions"_L1, conds);
    obj.insert("status"_L1, st);
}

} // namespace

void setCondition(QJsonObject &obj, const QString &type, bool status, const QString &reason,
                  const QString &message)
{
    applyConditions(obj, {{type, status, reason, message}});
}

void removeCondition(QJsonObject &obj, const QString &type)
{
    QJsonObject st = objectAt(obj, "status"_L1);
    QJsonArray conds = st.value("conditions"_L1).toArray();
    for (qsizetype i = conds.size() - 1; i >= 0; --i)
        if (conds[i].toObject().value("type"_L1).toString() == type)
            conds.removeAt(i);
    st.insert("conditions"_L1, conds);
    obj.insert("status"_L1, st);
}

void setDefaultNetworkInterface(QJsonObject &spec)
{
    QJsonObject domain = objectAt(spec, "domain"_L1);
    QJsonObject devices = objectAt(domain, "devices"_L1);
    if (!devices.value("autoattachPodInterface"_L1).toBool(true) || !devices.value("interfaces"_L1).toArray().isEmpty()
        || !spec.value("networks"_L1).toArray().isEmpty())
        return;
    devices.insert("interfaces"_L1, QJsonArray{QJsonObject{{u"name"_s, u"default"_s}, {u"bridge"_s, QJsonObject()}}});
    domain.insert("devices"_L1, devices);
    spec.insert("domain"_L1, domain);
    spec.insert("networks"_L1, QJsonArray{QJsonObject{{u"name"_s, u"default"_s}, {u"pod"_s, QJsonObject()}}});
}

QJsonObject vmiForVm(const QJsonObject &vm, bool startPaused)
{
    const QJsonObject vmMeta = metaOf(vm);
    const QJsonObject tmpl = objectAt(objectAt(vm, "spec"_L1), "template"_L1);
    const QJsonObject tmplMeta = metaOf(tmpl);
    QJsonObject annotations = objectAt(tmplMeta, "annotations"_L1);
    annotations.insert("kubevirt.io/vm-generation"_L1,
                       QString::number(vmMeta.value("generation"_L1).toInteger(1)));
    // KubeVirt copies the template's labels and annotations only; the simulator also honours its
    // own drover.io/ ones on the VM itself (os, os-name, not-migratable), so a VM written by hand
    // behaves as documented.
    QJsonObject labels = objectAt(tmplMeta, "labels"_L1);
    const QJsonObject vmLabels = objectAt(vmMeta, "labels"_L1);
    for (auto it = vmLabels.begin(); it != vmLabels.end(); ++it)
        if (it.key().startsWith("drover.io/"_L1) && !labels.contains(it.key()))
            labels.insert(it.key(), it.value());
    const QJsonObject vmAnnotations = objectAt(vmMeta, "annotations"_L1);
    for (auto it = vmAnnotations.begin(); it != vmAnnotations.end(); ++it)
        if (it.key().startsWith("drover.io/"_L1) && !annotations.contains(it.key()))
            annotations.insert(it.key(), it.value());
    const QJsonObject owner{{u"apiVersion"_s, u"kubevirt.io/v1"_s},
                            {u"kind"_s, u"VirtualMachine"_s},
                            {u"name"_s, vmMeta.value("name"_L1)},
                            {u"uid"_s, vmMeta.value("uid"_L1)},
                            {u"controller"_s, true},
                            {u"blockOwnerDeletion"_s, true}};
    const QJsonObject meta{
        {u"name"_s, vmMeta.value("name"_L1)},
        {u"namespace"_s, vmMeta.value("namespace"_L1)},
        {u"labels"_s, labels},
        {u"annotations"_s, annotations},
        {u"ownerReferences"_s, QJsonArray{owner}},
        {u"finalizers"_s, QJsonArray{u"kubevirt.io/virtualMachineControllerFinalize"_s,
                                     u"foregroundDeleteVirtualMachine"_s}}};
    QJsonObject spec = objectAt(tmpl, "spec"_L1);
    if (startPaused)
        spec.insert("startStrategy"_L1, u"Paused"_s);
    setDefaultNetworkInterface(spec);
    QJsonObject vmi{{u"metadata"_s, meta}, {u"spec"_s, spec}, {u"status"_s, QJsonObject()}};
    setPhase(vmi, core::VmiPhase::Pending);
    return vmi;
}

void setPhase(QJsonObject &vmi, core::VmiPhase phase)
{
    const QString word = core::nameOf(phase);
    QJsonObject st = objectAt(vmi, "status"_L1);
    st.insert("phase"_L1, word);
    QJsonArray stamps = st.value("phaseTransitionTimestamps"_L1).toArray();
    stamps.append(QJsonObject{{u"phase"_s, word}, {u"phaseTransitionTimestamp"_s, now()}});
    st.insert("phaseTransitionTimestamps"_L1, stamps);
    vmi.insert("status"_L1, st);
}

void markScheduled(QJsonObject &vmi, const QString &node)
{
    QJsonObject meta = metaOf(vmi);
    QJsonObject labels = objectAt(meta, "labels"_L1);
    labels.insert("kubevirt.io/nodeName"_L1, node);
    meta.insert("labels"_L1, labels);
    vmi.insert("metadata"_L1, meta);
    removeCondition(vmi, u"PodScheduled"_s);
    setPhase(vmi, core::VmiPhase::Scheduled);
    QJsonObject st = objectAt(vmi, "status"_L1);
    st.insert("nodeName"_L1, node);
    vmi.insert("status"_L1, st);
}

void markRunning(QJsonObject &vmi, const QString &node, const QString &ip)
{
    if (stringAt(objectAt(vmi, "status"_L1), "nodeName"_L1) != node)
        markScheduled(vmi, node);
    setPhase(vmi, core::VmiPhase::Running);
    const QJsonObject spec = objectAt(vmi, "spec"_L1);
    const QJsonObject domain = objectAt(spec, "domain"_L1);
    QJsonObject st = objectAt(vmi, "status"_L1);
    // The interface's spec.macAddress when set (a clone's newMacAddresses); else a locally
    // administered MAC from the address, unique wherever the IP is.
    const QJsonObject iface0 = objectAt(domain, "devices"_L1).value("interfaces"_L1).toArray().first().toObject();
    QString mac = stringAt(iface0, "macAddress"_L1).toLower();
    if (mac.isEmpty()) {
        const QStringList octets = ip.split(u'.');
        mac = u"52:54:00"_s;
        for (qsizetype i = 1; i < 4; ++i)
            mac += QStringLiteral(":%1").arg(octets.value(i).toInt() & 0xff, 2, 16, QLatin1Char('0'));
    }
    // Without an agent virt-handler knows the interface from the domain (name, MAC, queues,
    // link) and the pod IP from its cache, but not the guest's own name for it
    // (pkg/network/setup/netstat.go); status.guestOSInfo stays the empty struct it serialises as.
    const bool agent = hasGuestAgent(vmi);
    QJsonObject iface{{u"name"_s, u"default"_s},
                      {u"ipAddress"_s, ip},
                      {u"ipAddresses"_s, QJsonArray{ip}},
                      {u"mac"_s, mac},
                      {u"infoSource"_s, agent ? u"domain, guest-agent"_s : u"domain"_s},
                      {u"queueCount"_s, 1},
                      {u"linkState"_s, u"up"_s}};
    if (agent)
        iface.insert("interfaceName"_L1, u"eth0"_s);
    st.insert("interfaces"_L1, QJsonArray{iface});
    const QString osName =
        objectAt(metaOf(vmi), "annotations"_L1).value("drover.io/os-name"_L1).toString();
    st.insert("guestOSInfo"_L1,
              agent ? guestOsInfo(labelOf(vmi, u"drover.io/os"_s), osName) : QJsonObject());
    st.insert("qosClass"_L1, u"Burstable"_s);
    st.insert("migrationMethod"_L1, u"LiveMigration"_s);
    st.insert("migrationTransport"_L1, u"Unix"_s);
    st.insert("launcherContainerImageVersion"_L1, u"quay.io/kubevirt/virt-launcher:v1.9.0"_s);
    // status.activePods (pod uid -> node) is virt-controller's, kept from the launcher pods
    // (SimPods::syncActivePods).
    const QJsonObject cpu = objectAt(domain, "cpu"_L1);
    st.insert("currentCPUTopology"_L1,
              QJsonObject{{u"cores"_s, qMax(1, cpu.value("cores"_L1).toInt(1))},
                          {u"sockets"_s, qMax(1, cpu.value("sockets"_L1).toInt(1))},
                          {u"threads"_s, qMax(1, cpu.value("threads"_L1).toInt(1))}});
    const QString guest = objectAt(domain, "memory"_L1).value("guest"_L1).toString();
    if (!guest.isEmpty())
        st.insert("memory"_L1, QJsonObject{{u"guestAtBoot"_s, guest},
                                           {u"guestCurrent"_s, guest},
                                           {u"guestRequested"_s, guest}});
    vmi.insert("status"_L1, st);
    const bool paused = spec.value("startStrategy"_L1).toString() == "Paused"_L1;
    Cond migratable{u"LiveMigratable"_s, true, {}, {}};
    if (!objectAt(domain, "devices"_L1).value("hostDevices"_L1).toArray().isEmpty()) {
        // pkg/virt-handler/vm.go vmiContainsNonMigratablePCIHostDevices.
        migratable = {u"LiveMigratable"_s, false, u"HostDeviceNotLiveMigratable"_s,
                      u"VMI specifies non-migratable generic PCI host device"_s};
    } else if (labelOf(vmi, u"drover.io/not-migratable"_s) == "true"_L1) {
        // The message virt-handler writes for a VMI with a ReadWriteOnce PVC.
        QString pvc = u"rootdisk"_s;
        for (const QJsonValue &v : spec.value("volumes"_L1).toArray()) {
            const QString claim =
                objectAt(v.toObject(), "dataVolume"_L1).value("name"_L1).toString();
            if (!claim.isEmpty()) {
                pvc = claim;
                break;
            }
        }
        migratable = {u"LiveMigratable"_s, false, u"DisksNotLiveMigratable"_s,
                      QStringLiteral("cannot migrate VMI: PVC %1 is not shared, live migration "
                                     "requires that all PVCs must be shared (using "
                                     "ReadWriteMany access mode)")
                          .arg(pvc)};
    }
    // virt-handler sets AgentConnected while the agent's channel is up and removes it otherwise.
    if (agent) {
        applyConditions(vmi, {{u"Ready"_s, true, {}, {}}, migratable, {u"AgentConnected"_s, true, {}, {}}});
    } else {
        applyConditions(vmi, {{u"Ready"_s, true, {}, {}}, migratable});
        removeCondition(vmi, u"AgentConnected"_s);
    }
    if (paused)
        setCondition(vmi, u"Paused"_s, true, u"PausedByUser"_s, u"VMI was paused by user"_s);
}

QString firstIp(const QJsonObject &vmi)
{
    const QJsonArray ifaces = objectAt(vmi, "status"_L1).value("interfaces"_L1).toArray();
    return ifaces.isEmpty() ? QString() : stringAt(ifaces.first().toObject(), "ipAddress"_L1);
}

void setGuestAddress(QJsonObject &vmi, const QString &ip)
{
    QJsonObject st = objectAt(vmi, "status"_L1);
    QJsonArray ifaces = st.value("interfaces"_L1).toArray();
    if (ifaces.isEmpty())
        return;
    QJsonObject iface = ifaces.first().toObject();
    QJsonArray all = iface.value("ipAddresses"_L1).toArray();
    if (all.isEmpty())
        all.append(ip);
    else
        all.replace(0, ip);
    iface.insert("ipAddress"_L1, ip);
    iface.insert("ipAddresses"_L1, all);
    ifaces.replace(0, iface);
    st.insert("interfaces"_L1, ifaces);
    vmi.insert("status"_L1, st);
}

void markNodeUnresponsive(QJsonObject &vmi)
{
    setPhase(vmi, core::VmiPhase::Failed);
    QJsonObject st = objectAt(vmi, "status"_L1);
    st.insert("reason"_L1, u"NodeUnresponsive"_s);
    vmi.insert("status"_L1, st);
    setCondition(vmi, u"Ready"_s, false, u"NodeUnresponsive"_s,
                 u"virt-handler on the node is not responsive"_s);
}

} // namespace drover::sim
