// What an edit does to a running VM, as KubeVirt v1.9 decides it (vm-lifecycle-facts.md §2).
#include "VmEdit.h"

#include "JsonFields.h"
#include "Lifecycle.h"
#include "Quantity.h"
#include "Vm.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace drover::core {

namespace {

bool conditionTrue(const QJsonObject &obj, QLatin1StringView type, QString *message = nullptr)
{
    for (const QJsonValue &v : objectAt(obj, "status"_L1).value("conditions"_L1).toArray()) {
        const QJsonObject c = v.toObject();
        if (stringAt(c, "type"_L1) == type && stringAt(c, "status"_L1) == "True"_L1) {
            if (message)
                *message = stringAt(c, "message"_L1);
            return true;
        }
    }
    return false;
}

QString conditionMessage(const QJsonObject &obj, QLatin1StringView type)
{
    for (const QJsonValue &v : objectAt(obj, "status"_L1).value("conditions"_L1).toArray())
        if (stringAt(v.toObject(), "type"_L1) == type)
            return stringAt(v.toObject(), "message"_L1);
    return {};
}

std::int64_t bytesOf(const QString &q)
{
    const auto b = parseBytes(q);
    return b ? *b : 0;
}

constexpr std::int64_t kGi = std::int64_t(1) << 30;

struct Decision
{
    VmEditEffect effect;
    VmEditWhy why;
};

// Sockets from -> to on the running VM (K vm.go: hotplug when raised within maxSockets).
Decision cpuDecision(int from, int to, const VmLiveContext &c)
{
    if (to < from)
        return {VmEditEffect::Restart, VmEditWhy::FewerSockets};
    if (c.maxSockets <= 0 || to > c.maxSockets)
        return {VmEditEffect::Restart, VmEditWhy::AboveMaxSockets};
    if (c.migrating)
        return {VmEditEffect::Live, VmEditWhy::Migrating};
    return {VmEditEffect::Live, VmEditWhy::LiveUpdate};
}

// Memory from -> to (K pkg/liveupdate/memory/memory.go: raised, within maxGuest, ≥ 1Gi).
Decision memoryDecision(std::int64_t from, std::int64_t to, const VmLiveContext &c)
{
    if (from == to)
        return {VmEditEffect::Live, VmEditWhy::LiveUpdate};
    if (!c.migratable) // KubeVirt checks this first: "Memory-hotplug is only available for migratable VMs"
        return {VmEditEffect::Restart, VmEditWhy::NotMigratable};
    if (to < from)
        return {VmEditEffect::Restart, VmEditWhy::MemoryLowered};
    if (to < kGi || from < kGi)
        return {VmEditEffect::Restart, VmEditWhy::MemoryTooSmall};
    if (c.maxGuestBytes <= 0 || to > c.maxGuestBytes)
        return {VmEditEffect::Restart, VmEditWhy::AboveMaxGuest};
    if (c.migrating)
        return {VmEditEffect::Live, VmEditWhy::Migrating};
    return {VmEditEffect::Live, VmEditWhy::LiveUpdate};
}

// The first of two decisions that needs a restart, else the first.
Decision worse(const Decision &a, const Decision &b)
{
    return a.effect == VmEditEffect::Restart || b.effect != VmEditEffect::Restart ? a : b;
}

// A live-updatable field: gated by the rollout strategy and a pending restart first.
Decision liveField(const VmLiveContext &c, const std::function<Decision()> &decide)
{
    if (!c.running)
        return {VmEditEffect::NextStart, VmEditWhy::Stopped};
    if (!c.liveUpdate)
        return {VmEditEffect::Restart, VmEditWhy::StageStrategy};
    if (c.restartRequired)
        return {VmEditEffect::Restart, VmEditWhy::RestartPending};
    return decide();
}

QString sizeText(const VmEditable &e)
{
    if (!e.instancetype.isEmpty())
        return e.instancetype;
    return u"%1 × %2 × %3, %4"_s.arg(e.sockets).arg(e.cores).arg(e.threads).arg(e.memory);
}

QString mapText(const QMap<QString, QString> &m)
{
    QStringList out;
    for (auto it = m.begin(); it != m.end(); ++it)
        out << it.key() + u'=' + it.value();
    return out.join(u", "_s);
}

QStringList bootOrderText(const VmEditable &e)
{
    QList<std::pair<int, QString>> order;
    for (const VmEditDisk &d : e.disks)
        if (d.bootOrder > 0)
            order.append({d.bootOrder, d.name});
    std::sort(order.begin(), order.end());
    QStringList out;
    for (const auto &o : order)
        out << o.second;
    return out;
}

QStringList namesOf(const VmEditable &e, bool nics)
{
    QStringList out;
    if (nics)
        for (const VmNic &n : e.nics)
            out << n.name;
    else
        for (const VmEditDisk &d : e.disks)
            out << d.name;
    return out;
}

// The VMI's interface on the pod network; without a VMI, what KubeVirt would attach.
QJsonObject podInterfaceOf(const QJsonObject &vmiSpec, const QJsonObject &kubevirtConfig)
{
    for (const QJsonValue &n : vmiSpec.value("networks"_L1).toArray()) {
        if (!n.toObject().contains("pod"_L1))
            continue;
        const QString name = stringAt(n.toObject(), "name"_L1);
        for (const QJsonValue &i : objectAt(objectAt(vmiSpec, "domain"_L1), "devices"_L1).value("interfaces"_L1).toArray())
            if (stringAt(i.toObject(), "name"_L1) == name)
                return i.toObject();
    }
    QString binding = stringAt(objectAt(kubevirtConfig, "network"_L1), "defaultNetworkInterface"_L1);
    if (binding.isEmpty())
        binding = u"bridge"_s;
    return QJsonObject{{u"name"_s, u"default"_s}, {binding, QJsonObject{}}};
}

} // namespace

VmLiveContext vmLiveContextFrom(const QJsonObject &vm, const QJsonObject &vmi, const QJsonObject &kubevirt)
{
    VmLiveContext c;
    c.running = !vmi.isEmpty() && !isFinal(vmiPhaseOf(vmi));
    const QJsonObject config = objectAt(objectAt(kubevirt, "spec"_L1), "configuration"_L1);
    c.liveUpdate = stringAt(config, "vmRolloutStrategy"_L1) != "Stage"_L1;
    const QJsonObject domain = objectAt(objectAt(vmi, "spec"_L1), "domain"_L1);
    c.maxSockets = objectAt(domain, "cpu"_L1).value("maxSockets"_L1).toInt(0);
    if (const auto max = bytesFromJson(objectAt(domain, "memory"_L1).value("maxGuest"_L1)))
        c.maxGuestBytes = *max;
    const QJsonObject status = objectAt(vmi, "status"_L1);
    if (status.contains("migrationState"_L1)) {
        const VmiMigrationState m = migrationStateFromJson(objectAt(status, "migrationState"_L1));
        c.migrating = !m.completed && !m.failed;
    }
    c.restartRequired = conditionTrue(vm, "RestartRequired"_L1, &c.restartMessage);
    c.migratable = conditionTrue(vmi, "LiveMigratable"_L1);
    if (!c.migratable)
        c.notMigratableReason = conditionMessage(vmi, "LiveMigratable"_L1);
    c.cpuChanging = conditionTrue(vmi, "HotVCPUChange"_L1);
    c.memoryChanging = conditionTrue(vmi, "HotMemoryChange"_L1);
    c.currentSockets = objectAt(status, "currentCPUTopology"_L1).value("sockets"_L1).toInt(0);
    if (const auto cur = bytesFromJson(objectAt(status, "memory"_L1).value("guestCurrent"_L1)))
        c.guestCurrentBytes = *cur;
    c.podInterface = podInterfaceOf(objectAt(vmi, "spec"_L1), config);
    return c;
}

QList<VmEditChange> planVmEdit(const VmEditable &b, const VmEditable &a, const VmLiveContext &c)
{
    QList<VmEditChange> out;
    const auto add = [&](VmEditField f, const QString &from, const QString &to, Decision d) {
        if (from != to)
            out.append({f, from, to, d.effect, d.why});
    };
    const Decision meta{VmEditEffect::Metadata, VmEditWhy::Metadata};
    add(VmEditField::Description, b.description, a.description, meta);
    add(VmEditField::Labels, mapText(b.labels), mapText(a.labels), meta);
    add(VmEditField::Annotations, mapText(b.annotations), mapText(a.annotations), meta);
    const bool sizeChanged = sizeText(b) != sizeText(a);
    if (sizeChanged && (!a.instancetype.isEmpty() || !b.instancetype.isEmpty())) {
        // An instancetype swap: live when its vCPUs (as sockets) and memory fit the limits.
        const Decision d = liveField(c, [&]() -> Decision {
            if (a.instancetype.isEmpty() || b.instancetype.isEmpty() || a.instancetypeCpus <= 0 || b.instancetypeCpus <= 0)
                return {VmEditEffect::Restart, VmEditWhy::NotLive};
            return worse(cpuDecision(b.instancetypeCpus, a.instancetypeCpus, c),
                         memoryDecision(b.instancetypeMemoryBytes, a.instancetypeMemoryBytes, c));
        });
        add(VmEditField::Instancetype, sizeText(b), sizeText(a), d);
    } else if (sizeChanged) {
        if (a.sockets != b.sockets || a.cores != b.cores || a.threads != b.threads)
            add(VmEditField::Cpu, u"%1 × %2 × %3"_s.arg(b.sockets).arg(b.cores).arg(b.threads),
                u"%1 × %2 × %3"_s.arg(a.sockets).arg(a.cores).arg(a.threads), liveField(c, [&]() -> Decision {
                    if (a.cores != b.cores || a.threads != b.threads)
                        return {VmEditEffect::Restart, VmEditWhy::CoresOrThreads};
                    return cpuDecision(b.sockets, a.sockets, c);
                }));
        add(VmEditField::Memory, b.memory, a.memory, liveField(c, [&]() -> Decision {
                if (!a.memoryInGuest)
                    return {VmEditEffect::Restart, VmEditWhy::NotGuestMemory};
                return memoryDecision(bytesOf(b.memory), bytesOf(a.memory), c);
            }));
    }
    const Decision restart = c.running ? Decision{VmEditEffect::Restart, VmEditWhy::NotLive}
                                       : Decision{VmEditEffect::NextStart, VmEditWhy::Stopped};
    add(VmEditField::Preference, b.preference, a.preference, restart);
    add(VmEditField::BootOrder, bootOrderText(b).join(u", "_s), bootOrderText(a).join(u", "_s), restart);
    // NICs and hotplug disks: live in any rollout mode; volumes wait while a restart is pending.
    const Decision hotplug = !c.running ? Decision{VmEditEffect::NextStart, VmEditWhy::Stopped}
                                        : Decision{VmEditEffect::Live, VmEditWhy::Hotplug};
    add(VmEditField::Nics, namesOf(b, true).join(u", "_s), namesOf(a, true).join(u", "_s), hotplug);
    add(VmEditField::Disks, namesOf(b, false).join(u", "_s), namesOf(a, false).join(u", "_s),
        c.running && c.restartRequired ? Decision{VmEditEffect::Restart, VmEditWhy::RestartPending} : hotplug);
    return out;
}

QList<VmEditField> changedFields(const VmEditable &a, const VmEditable &b)
{
    QList<VmEditField> out;
    for (const VmEditChange &c : planVmEdit(a, b, VmLiveContext{}))
        out.append(c.field);
    return out;
}

namespace {

void rebaseMap(const QMap<QString, QString> &base, const QMap<QString, QString> &mine, QMap<QString, QString> *now)
{
    QStringList keys = base.keys() + mine.keys();
    for (const QString &k : keys) {
        if (base.contains(k) == mine.contains(k) && base.value(k) == mine.value(k))
            continue; // not touched by the user
        if (mine.contains(k))
            now->insert(k, mine.value(k));
        else
            now->remove(k);
    }
}

const VmEditDisk *diskNamed(const QList<VmEditDisk> &disks, const QString &name)
{
    for (const VmEditDisk &d : disks)
        if (d.name == name)
            return &d;
    return nullptr;
}

void rebaseDisks(const VmEditable &base, const VmEditable &mine, VmEditable *r)
{
    QList<VmEditDisk> out;
    for (VmEditDisk d : r->disks) {
        const VmEditDisk *b = diskNamed(base.disks, d.name), *m = diskNamed(mine.disks, d.name);
        if (b && !m)
            continue; // the user removed it
        if (b && m && b->bootOrder != m->bootOrder)
            d.bootOrder = m->bootOrder;
        out.append(d);
    }
    for (const VmEditDisk &m : mine.disks)
        if (!diskNamed(base.disks, m.name) && !diskNamed(out, m.name))
            out.append(m); // the user added it
    r->disks = out;
}

} // namespace

VmEditable rebaseEdit(const VmEditable &base, const VmEditable &mine, const VmEditable &now)
{
    VmEditable r = now;
    if (mine.description != base.description)
        r.description = mine.description;
    rebaseMap(base.labels, mine.labels, &r.labels);
    rebaseMap(base.annotations, mine.annotations, &r.annotations);
    if (sizeText(mine) != sizeText(base) || mine.instancetypeKind != base.instancetypeKind) {
        r.instancetype = mine.instancetype;
        r.instancetypeKind = mine.instancetypeKind;
        r.instancetypeCpus = mine.instancetypeCpus;
        r.instancetypeMemoryBytes = mine.instancetypeMemoryBytes;
        r.sockets = mine.sockets;
        r.cores = mine.cores;
        r.threads = mine.threads;
        r.memory = mine.memory;
        r.memoryInGuest = mine.memoryInGuest;
    }
    if (mine.preference != base.preference || mine.preferenceKind != base.preferenceKind) {
        r.preference = mine.preference;
        r.preferenceKind = mine.preferenceKind;
    }
    rebaseDisks(base, mine, &r);
    for (const VmNic &n : mine.nics)
        if (!namesOf(base, true).contains(n.name) && !namesOf(r, true).contains(n.name))
            r.nics.append(n);
    return r;
}

} // namespace drover::core
