// ValidateVirtualMachineInstanceSpec (admitters/vmi-create-admitter.go), in its order, the parts
// played: hostname and subdomain, memory requests and limits, the machine type, CPU hotplug,
// the network validator (pkg/network/admitter), disks against volumes and boot orders, disks
// (pkg/storage/admitters/disks.go), volumes and cloud-init, access credentials. Messages and
// field paths are KubeVirt's, slips included (a disk name's DNS error names
// "…disks.domain.devices.disks[i].name"; an interface's bad boot order "spec.template.spec[i]").
#include "VmAdmission.h"

#include "VmiJson.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace drover::sim::vmadmission {

using namespace Qt::StringLiterals;

namespace {

const QLatin1StringView kBase{"spec.template.spec"};

QString at(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

Cause invalid(const QString &message, const QString &field)
{
    return {u"FieldValueInvalid"_s, message, field};
}

// hostname (DNS-1123 label) and subdomain (DNS-1123 subdomain).
Causes dnsNameCauses(const QJsonObject &tspec)
{
    Causes c;
    const QString hostname = stringAt(tspec, "hostname"_L1), subdomain = stringAt(tspec, "subdomain"_L1);
    if (const QStringList e = hostname.isEmpty() ? QStringList() : dns1123LabelErrors(hostname); !e.isEmpty())
        c << invalid(u"%1.hostname does not conform to the kubernetes DNS_LABEL rules : %2"_s.arg(kBase, e.join(u", "_s)),
                     kBase + u".hostname"_s);
    if (const QStringList e = subdomain.isEmpty() ? QStringList() : dns1123SubdomainErrors(subdomain); !e.isEmpty())
        c << invalid(u"%1.subdomain does not conform to the kubernetes DNS_SUBDOMAIN rules : %2"_s.arg(kBase, e.join(u", "_s)),
                     kBase + u".subdomain"_s);
    return c;
}

// validateMemoryRequestsNegativeOrNull, validateMemoryLimitsNegativeOrNull (a positive request
// under 1M; a request over the limit), validateEmulatedMachine, validateCPUHotplug.
Causes computeCauses(const QJsonObject &tspec)
{
    Causes c;
    const QJsonObject domain = objectAt(tspec, "domain"_L1);
    const QJsonValue request = valueAt(domain, {"resources"_L1, "requests"_L1, "memory"_L1});
    const QJsonValue limit = valueAt(domain, {"resources"_L1, "limits"_L1, "memory"_L1});
    const qint64 requested = bytesOf(request), limited = bytesOf(limit);
    const QString requestPath = kBase + u".domain.resources.requests.memory"_s;
    if (requested > 0 && requested < 1000000)
        c << invalid(u"%1 '%2': must be greater than or equal to 1M."_s.arg(requestPath, canonicalQuantity(request)), requestPath);
    if (limited > 0 && requested > limited)
        c << invalid(u"%1 '%2' is greater than %3 '%4'"_s.arg(requestPath, canonicalQuantity(request),
                                                              kBase + u".domain.resources.limits.memory"_s, canonicalQuantity(limit)),
                     requestPath);
    const QString arch = stringAt(tspec, "architecture"_L1), type = valueAt(domain, {"machine"_L1, "type"_L1}).toString();
    // virt-config.go: the emulated machines allowed per architecture (globs).
    const QStringList allowed = arch == "arm64"_L1   ? QStringList{u"virt*"_s}
                              : arch == "s390x"_L1 ? QStringList{u"s390-ccw-virtio*"_s}
                                                   : QStringList{u"q35*"_s, u"pc-q35*"_s};
    const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const QString &glob) { return type.startsWith(glob.chopped(1)); });
    if (!type.isEmpty() && !known)
        c << invalid(u"%1.domain.machine.type is not supported: %2 (allowed values: [%3])"_s.arg(kBase, type, allowed.join(u' ')),
                     kBase + u".domain.machine.type"_s);
    const QJsonObject cpu = objectAt(domain, "cpu"_L1);
    if (cpu.value("maxSockets"_L1).toInt() != 0 && cpu.value("sockets"_L1).toInt() > cpu.value("maxSockets"_L1).toInt())
        c << invalid(u"Number of sockets in CPU topology is greater than the maximum sockets allowed"_s, kBase + u".domain.cpu.sockets"_s);
    return c;
}

QJsonArray interfacesOf(const QJsonObject &tspec)
{
    return valueAt(tspec, {"domain"_L1, "devices"_L1, "interfaces"_L1}).toArray();
}

QJsonObject networkNamed(const QJsonArray &networks, const QString &name)
{
    for (const QJsonValue &n : networks)
        if (stringAt(n.toObject(), "name"_L1) == name)
            return n.toObject();
    return {};
}

// netsource.go validateSinglePodNetwork, validateSingleNetworkSource, validateMultusNetworkSource.
Causes networkSourceCauses(const QJsonArray &networks)
{
    Causes c;
    qsizetype pods = 0, multusDefaults = 0;
    for (const QJsonValue &n : networks) {
        pods += has(n.toObject(), "pod"_L1) ? 1 : 0;
        multusDefaults += valueAt(n.toObject(), {"multus"_L1, "default"_L1}).toBool() ? 1 : 0;
    }
    if (pods > 1)
        c << Cause{u"FieldValueDuplicate"_s, u"more than one interface is connected to a pod network in %1.interfaces"_s.arg(kBase),
                   kBase + u".interfaces"_s};
    if (multusDefaults > 1)
        c << invalid(u"Multus CNI should only have one default network"_s, kBase + u".networks"_s);
    if (pods > 0 && multusDefaults > 0)
        c << invalid(u"Pod network cannot be defined when Multus default network is defined"_s, kBase + u".networks"_s);
    for (qsizetype i = 0; i < networks.size(); ++i) {
        const QJsonObject n = networks.at(i).toObject();
        const int types = int(has(n, "pod"_L1)) + int(has(n, "multus"_L1)) + int(has(n, "resourceClaim"_L1));
        if (types != 1)
            c << Cause{u"FieldValueRequired"_s, types ? u"should have only one network type"_s : u"should have a network type"_s,
                       at(kBase + u".networks"_s, i)};
    }
    for (qsizetype i = 0; i < networks.size(); ++i)
        if (has(networks.at(i).toObject(), "multus"_L1) && valueAt(networks.at(i).toObject(), {"multus"_L1, "networkName"_L1}).toString().isEmpty()) {
            c << Cause{u"FieldValueRequired"_s, u"CNI delegating plugin must have a networkName"_s, at(kBase + u".networks"_s, i)};
            break;
        }
    return c;
}

// binding.go validateInterfaceBinding (bridge on the pod network is allowed by default).
Causes bindingCauses(const QJsonArray &ifaces, const QJsonArray &networks)
{
    Causes c;
    for (qsizetype i = 0; i < ifaces.size(); ++i) {
        const QJsonObject iface = ifaces.at(i).toObject();
        const QString path = at(kBase + u".domain.devices.interfaces"_s, i);
        int bindings = 0;
        for (const QLatin1StringView key : {"bridge"_L1, "masquerade"_L1, "sriov"_L1, "passtBinding"_L1, "binding"_L1})
            bindings += has(iface, key) ? 1 : 0;
        if (bindings != 1)
            c << invalid(u"logical %1 interface must have exactly one binding method or binding plugin"_s.arg(stringAt(iface, "name"_L1)), path);
        if (has(iface, "masquerade"_L1) && !has(networkNamed(networks, stringAt(iface, "name"_L1)), "pod"_L1))
            c << invalid(u"Masquerade interface only implemented with pod network"_s, path + u".name"_s);
        if (has(iface, "masquerade"_L1) && stringAt(iface, "macAddress"_L1) == "02:00:00:00:00:00"_L1)
            c << invalid(u"The requested MAC address is reserved for the in-pod bridge. Please choose another one."_s, path + u".macAddress"_s);
    }
    return c;
}

// netiface.go: network and interface names unique and paired with each other.
Causes pairingCauses(const QJsonArray &ifaces, const QJsonArray &networks)
{
    Causes c;
    QStringList networkNames, ifaceNames;
    for (const QJsonValue &n : networks)
        networkNames << stringAt(n.toObject(), "name"_L1);
    for (const QJsonValue &i : ifaces)
        ifaceNames << stringAt(i.toObject(), "name"_L1);
    for (qsizetype i = 0; i < networkNames.size(); ++i)
        if (networkNames.indexOf(networkNames.at(i)) < i)
            c << Cause{u"FieldValueDuplicate"_s,
                       u"Network with name \"%1\" already exists, every network must have a unique name"_s.arg(networkNames.at(i)),
                       at(kBase + u".networks"_s, i) + u".name"_s};
    for (qsizetype i = 0; i < networkNames.size(); ++i)
        if (!ifaceNames.contains(networkNames.at(i)))
            c << Cause{u"FieldValueRequired"_s, u"%1 '%2' not found."_s.arg(at(kBase + u".networks"_s, i) + u".name"_s, networkNames.at(i)),
                       at(kBase + u".networks"_s, i) + u".name"_s};
    const QString ifacesPath = kBase + u".domain.devices.interfaces"_s;
    for (qsizetype i = 0; i < ifaceNames.size(); ++i)
        if (ifaceNames.indexOf(ifaceNames.at(i)) < i)
            c << Cause{u"FieldValueDuplicate"_s, u"Only one interface can be connected to one specific network"_s, at(ifacesPath, i) + u".name"_s};
    for (qsizetype i = 0; i < ifaceNames.size(); ++i)
        if (!networkNames.contains(ifaceNames.at(i)))
            c << invalid(u"%1 '%2' not found."_s.arg(at(ifacesPath, i) + u".name"_s, ifaceNames.at(i)), at(ifacesPath, i) + u".name"_s);
    return c;
}

// link.ValidateMacAddress: Go's net.ParseMAC (6, 8 or 20 octets), then at most six.
QString macProblem(const QString &mac)
{
    static const QRegularExpression grouped(u"^[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\\1)*[0-9A-Fa-f]{2}$"_s);
    static const QRegularExpression dotted(u"^[0-9A-Fa-f]{4}(?:\\.[0-9A-Fa-f]{4})*$"_s);
    qsizetype octets = 0;
    if (mac.size() >= 14 && grouped.match(mac).hasMatch())
        octets = (mac.size() + 1) / 3;
    else if (mac.size() >= 14 && dotted.match(mac).hasMatch())
        octets = 2 * (mac.size() + 1) / 5;
    if (octets != 6 && octets != 8 && octets != 20)
        return u"malformed MAC address (%1)"_s.arg(mac);
    return octets > 6 ? u"too long MAC address (%1)"_s.arg(mac) : QString();
}

// netiface.go validateInterfacesFields: name format, model, MAC address.
Causes interfaceFieldCauses(const QJsonArray &ifaces)
{
    Causes c;
    static const QRegularExpression nameFormat(u"^[A-Za-z0-9-_]+$"_s);
    static const QStringList models{u"e1000"_s, u"e1000e"_s, u"igb"_s, u"ne2k_pci"_s, u"pcnet"_s, u"rtl8139"_s, u"virtio"_s};
    for (qsizetype i = 0; i < ifaces.size(); ++i) {
        const QJsonObject iface = ifaces.at(i).toObject();
        const QString path = at(kBase + u".domain.devices.interfaces"_s, i), model = stringAt(iface, "model"_L1);
        const QString mac = stringAt(iface, "macAddress"_L1);
        if (!nameFormat.match(stringAt(iface, "name"_L1)).hasMatch())
            c << invalid(u"Network interface name can only contain alphabetical characters, numbers, dashes (-) or underscores (_)"_s,
                         path + u".name"_s);
        if (!model.isEmpty() && !models.contains(model))
            c << Cause{u"FieldValueNotSupported"_s, u"interface %1.name uses model %2 that is not supported."_s.arg(path, model),
                       path + u".model"_s};
        if (const QString problem = mac.isEmpty() ? QString() : macProblem(mac); !problem.isEmpty())
            c << invalid(u"interface %1.name has %2."_s.arg(path, problem), path + u".macAddress"_s);
    }
    return c;
}

// admitter/validator.go Validate, in its order.
Causes networkCauses(const QJsonObject &tspec)
{
    const QJsonArray networks = tspec.value("networks"_L1).toArray(), ifaces = interfacesOf(tspec);
    return networkSourceCauses(networks) << bindingCauses(ifaces, networks) << pairingCauses(ifaces, networks)
                                         << interfaceFieldCauses(ifaces);
}

// validateInterfaceBootOrder (its "> 0" message names spec.template.spec[i], as KubeVirt's does).
Causes interfaceBootOrderCauses(const QJsonObject &tspec, QSet<int> &orders)
{
    Causes c;
    const QJsonArray ifaces = interfacesOf(tspec);
    for (qsizetype i = 0; i < ifaces.size(); ++i) {
        const QJsonObject iface = ifaces.at(i).toObject();
        const QString path = at(kBase + u".domain.devices.interfaces"_s, i) + u".bootOrder"_s;
        const int order = iface.value("bootOrder"_L1).toInt();
        if (!has(iface, "bootOrder"_L1))
            continue;
        if (order < 1)
            c << invalid(u"%1 must have a boot order > 0, if supplied"_s.arg(at(kBase, i)), at(kBase, i) + u".bootOrder"_s);
        else if (orders.contains(order))
            c << invalid(u"Boot order for %1 already set for a different device."_s.arg(path), path);
        if (order >= 1)
            orders.insert(order);
    }
    return c;
}

// validateBootOrder: every disk's volume (an empty CD-ROM is fine: DeclarativeHotplugVolumes is
// Beta, on), LUNs on claims, boot orders unique across disks and interfaces.
Causes bootOrderCauses(const QJsonObject &tspec)
{
    Causes c;
    QHash<QString, QJsonObject> volumes;
    for (const QJsonValue &v : tspec.value("volumes"_L1).toArray())
        volumes.insert(stringAt(v.toObject(), "name"_L1), v.toObject());
    QSet<int> orders;
    const QJsonArray disks = valueAt(tspec, {"domain"_L1, "devices"_L1, "disks"_L1}).toArray();
    const QString disksPath = kBase + u".domain.devices.disks"_s;
    for (qsizetype i = 0; i < disks.size(); ++i) {
        const QJsonObject disk = disks.at(i).toObject();
        const QString name = stringAt(disk, "name"_L1);
        const auto volume = volumes.constFind(name);
        if (volume == volumes.cend() && !has(disk, "cdrom"_L1))
            c << invalid(u"%1 '%2' not found."_s.arg(at(disksPath, i) + u".Name"_s, name), at(disksPath, i) + u".name"_s);
        if (has(disk, "lun"_L1) && volume != volumes.cend() && !has(*volume, "persistentVolumeClaim"_L1) && !has(*volume, "dataVolume"_L1))
            c << invalid(u"%1.lun can only be mapped to a DataVolume or PersistentVolumeClaim volume."_s.arg(at(disksPath, i)),
                         at(disksPath, i) + u".lun"_s);
        const int order = disk.value("bootOrder"_L1).toInt();
        if (has(disk, "bootOrder"_L1) && orders.contains(order))
            c << invalid(u"Boot order for %1.bootOrder already set for a different device."_s.arg(at(disksPath, i)),
                         at(disksPath, i) + u".bootOrder"_s);
        if (has(disk, "bootOrder"_L1))
            orders.insert(order);
    }
    return c << interfaceBootOrderCauses(tspec, orders);
}

} // namespace

// netadmitter/discontinued.go, with the path ValidateCreation is given: "spec", not the template's.
Causes validateDiscontinuedBindings(const QJsonObject &tspec)
{
    Causes c;
    const QJsonArray ifaces = interfacesOf(tspec);
    for (qsizetype i = 0; i < ifaces.size(); ++i) {
        const QJsonObject iface = ifaces.at(i).toObject();
        const QString path = at(u"spec.domain.devices.interfaces"_s, i) + u'.';
        if (has(iface, "slirp"_L1))
            c << invalid(u"Slirp interface support has been discontinued since v1.3"_s, path + u"slirp"_s);
        if (has(iface, "passt"_L1))
            c << invalid(u"Passt network binding has been discontinued since v1.3"_s, path + u"passt"_s);
        if (has(iface, "macvtap"_L1))
            c << invalid(u"Macvtap network binding has been discontinued since v1.3"_s, path + u"macvtap"_s);
    }
    return c;
}

Causes validateVmiSpec(const QJsonObject &templateSpec)
{
    return dnsNameCauses(templateSpec) << computeCauses(templateSpec) << networkCauses(templateSpec)
                                       << bootOrderCauses(templateSpec) << diskCauses(templateSpec)
                                       << volumeCauses(templateSpec) << accessCredentialCauses(templateSpec);
}

} // namespace drover::sim::vmadmission
