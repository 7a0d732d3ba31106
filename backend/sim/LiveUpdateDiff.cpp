// syncRestartRequired's comparison (LiveUpdate.h nonLiveChange), after KubeVirt's
// pkg/virt-controller/watch/vm/vm.go syncRestartRequired, validLiveUpdateVolumes and
// validLiveUpdateDisks; interfaces and networks as pkg/network/vmliveupdate IsRestartRequired
// compares them, the VM's against the running VMI's.
#include "LiveUpdate.h"

#include "VmiJson.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace drover::sim::liveupdate {

using namespace Qt::StringLiterals;

namespace {

QJsonObject specOf(const QJsonObject &obj)
{
    return objectAt(obj, "spec"_L1);
}

QJsonObject domainOf(const QJsonObject &spec)
{
    return objectAt(spec, "domain"_L1);
}

void copyKey(QJsonObject &to, const QJsonObject &from, QLatin1StringView key)
{
    if (from.contains(key))
        to.insert(key, from.value(key));
    else
        to.remove(key);
}

// storagetypes.IsHotplugVolume: a DataVolume or PVC marked hotpluggable (or a memory dump's).
bool hotplugVolume(const QJsonObject &v)
{
    for (const QLatin1StringView key : {"dataVolume"_L1, "persistentVolumeClaim"_L1, "memoryDump"_L1})
        if (objectAt(v, key).value("hotpluggable"_L1).toBool())
            return true;
    return false;
}

QJsonArray volumesOf(const QJsonObject &spec)
{
    return spec.value("volumes"_L1).toArray();
}

// vm.go validLiveUpdateVolumes: only hotplug volumes were added, changed or removed (or, with
// updateVolumesStrategy Migration, a claim swapped).
bool validLiveUpdateVolumes(const QJsonObject &oldSpec, const QJsonObject &newSpec, bool migrationStrategy)
{
    QHash<QString, QJsonObject> old = byName(volumesOf(oldSpec));
    for (const QJsonValue &nv : volumesOf(newSpec)) {
        const QJsonObject v = nv.toObject();
        const QString name = stringAt(v, "name"_L1);
        const bool claim = v.contains("dataVolume"_L1) || v.contains("persistentVolumeClaim"_L1);
        if (!hotplugVolume(v) && !old.contains(name))
            return false;
        if (!hotplugVolume(v) && !(claim && migrationStrategy) && old.value(name) != v)
            return false;
        old.remove(name);
    }
    for (const QJsonObject &v : std::as_const(old))
        if (!hotplugVolume(v))
            return false;
    return true;
}

// vm.go validLiveUpdateDisks: only the disks of hotplug volumes changed; a removed CD-ROM counts.
bool validLiveUpdateDisks(const QJsonObject &oldSpec, const QJsonObject &newSpec)
{
    QHash<QString, QJsonObject> oldDisks = byName(disksOf(oldSpec));
    const QHash<QString, QJsonObject> oldVols = byName(volumesOf(oldSpec));
    const QHash<QString, QJsonObject> vols = byName(volumesOf(newSpec));
    const QHash<QString, QJsonObject> newDisks = byName(disksOf(newSpec));
    for (auto it = newDisks.cbegin(); it != newDisks.cend(); ++it) {
        if (vols.contains(it.key()) && hotplugVolume(vols.value(it.key()))) {
            oldDisks.remove(it.key());
            continue;
        }
        if (!oldDisks.contains(it.key()) || oldDisks.value(it.key()) != it.value())
            return false;
        oldDisks.remove(it.key());
    }
    for (auto it = oldDisks.cbegin(); it != oldDisks.cend(); ++it) {
        if (oldVols.contains(it.key()) && !hotplugVolume(oldVols.value(it.key())))
            return false;
        if (it.value().contains("cdrom"_L1) && !newDisks.contains(it.key()))
            return false;
    }
    return true;
}

QJsonArray interfacesOf(const QJsonObject &spec)
{
    return objectAt(domainOf(spec), "devices"_L1).value("interfaces"_L1).toArray();
}

QJsonObject withoutState(QJsonObject iface)
{
    iface.remove("state"_L1);
    return iface;
}

bool hasPodNetwork(const QJsonArray &networks)
{
    return std::any_of(networks.begin(), networks.end(), [](const QJsonValue &n) { return n.toObject().contains("pod"_L1); });
}

// pkg/network/vmliveupdate/restart.go IsRestartRequired (LiveUpdateNADRef off): the VM's
// interfaces and networks against the running VMI's. A VMI interface or network gone from the VM
// or different there (an interface's link state aside), or a pod network the VMI lacks, needs a
// restart; interfaces and networks only added are hot-plugged.
bool networksNeedRestart(const QJsonObject &vmSpec, const QJsonObject &vmiSpec)
{
    const QHash<QString, QJsonObject> wantIfaces = byName(interfacesOf(vmSpec));
    for (const QJsonValue &v : interfacesOf(vmiSpec)) {
        const QJsonObject have = v.toObject();
        const auto want = wantIfaces.constFind(stringAt(have, "name"_L1));
        if (want == wantIfaces.constEnd() || withoutState(*want) != withoutState(have))
            return true;
    }
    const QJsonArray wantNets = vmSpec.value("networks"_L1).toArray(), haveNets = vmiSpec.value("networks"_L1).toArray();
    if (hasPodNetwork(wantNets) && !hasPodNetwork(haveNets))
        return true;
    const QHash<QString, QJsonObject> wantByName = byName(wantNets);
    for (const QJsonValue &v : haveNets) {
        const auto want = wantByName.constFind(stringAt(v.toObject(), "name"_L1));
        if (want == wantByName.constEnd() || *want != v.toObject())
            return true;
    }
    return false;
}

void setDisks(QJsonObject &spec, const QJsonArray &disks)
{
    QJsonObject domain = domainOf(spec);
    QJsonObject devices = objectAt(domain, "devices"_L1);
    if (disks.isEmpty() && !devices.contains("disks"_L1))
        return;
    devices.insert("disks"_L1, disks);
    domain.insert("devices"_L1, devices);
    spec.insert("domain"_L1, domain);
}

// A key of spec.domain.<object> carried over from current (dropped when current lacks it).
void carryDomainKey(QJsonObject &spec, const QJsonObject &current, QLatin1StringView object, QLatin1StringView key)
{
    QJsonObject domain = domainOf(spec);
    QJsonObject o = objectAt(domain, object);
    copyKey(o, objectAt(domainOf(current), object), key);
    domain.insert(object, o);
    spec.insert("domain"_L1, domain);
}

} // namespace

QHash<QString, QJsonObject> byName(const QJsonArray &items)
{
    QHash<QString, QJsonObject> out;
    for (const QJsonValue &i : items)
        out.insert(stringAt(i.toObject(), "name"_L1), i.toObject());
    return out;
}

QJsonArray disksOf(const QJsonObject &spec)
{
    return objectAt(domainOf(spec), "devices"_L1).value("disks"_L1).toArray();
}

bool isHotplugVolume(const QJsonObject &volume)
{
    return hotplugVolume(volume);
}

bool nonLiveChange(const QJsonObject &startSpec, const QJsonObject &currentSpec, const QJsonObject &vmi,
                   const Config &cfg, bool migrationStrategy)
{
    QJsonObject last = startSpec;
    if (validLiveUpdateVolumes(last, currentSpec, migrationStrategy))
        last.insert("volumes"_L1, currentSpec.value("volumes"_L1));
    if (validLiveUpdateDisks(last, currentSpec))
        setDisks(last, disksOf(currentSpec));
    if (!networksNeedRestart(currentSpec, specOf(vmi))) {
        carryDomainKey(last, currentSpec, "devices"_L1, "interfaces"_L1);
        copyKey(last, currentSpec, "networks"_L1);
    }
    if (cfg.liveUpdate) {
        const QJsonObject domain = domainOf(last), currentDomain = domainOf(currentSpec);
        if (domain.contains("cpu"_L1) && currentDomain.contains("cpu"_L1))
            carryDomainKey(last, currentSpec, "cpu"_L1, "sockets"_L1);
        if (objectAt(currentDomain, "memory"_L1).contains("guest"_L1))
            carryDomainKey(last, currentSpec, "memory"_L1, "guest"_L1);
        for (const QLatin1StringView key : {"nodeSelector"_L1, "affinity"_L1, "tolerations"_L1})
            copyKey(last, currentSpec, key);
    }
    // Firmware UUID backfill: neutral once the VMI runs with the VM's UUID.
    const QJsonValue uuid = objectAt(domainOf(currentSpec), "firmware"_L1).value("uuid"_L1);
    if (!uuid.isUndefined() && objectAt(domainOf(specOf(vmi)), "firmware"_L1).value("uuid"_L1) == uuid)
        carryDomainKey(last, currentSpec, "firmware"_L1, "uuid"_L1);
    return last != currentSpec;
}

} // namespace drover::sim::liveupdate
