#pragma once
// A VM's network interfaces as its page shows them: each spec.template.spec.networks entry
// joined by name with its domain interface (binding, model, MAC asked for) and, while it runs,
// with what the VMI reports in status.interfaces (MAC, addresses, the guest's own name for it,
// and where KubeVirt learnt it). Interfaces only the guest agent reports (no spec entry) come
// last, without a name.
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace drover::core {

struct VmNetwork
{
    QString name;       // the network/interface name; empty for one only the guest reports
    bool pod = false;   // networks[].pod: the cluster's pod network
    QString multus;     // networks[].multus.networkName: a NetworkAttachmentDefinition ("ns/name" or "name")
    QString binding;    // masquerade, bridge, sriov, ...
    QString model;      // virtio, e1000e, ...
    QString specMac;    // the MAC asked for in the spec; empty when the cluster picks it
    bool reported = false; // the VMI reports it (the fields below are set)
    QString mac;
    QStringList ips;
    QString guestName;  // interfaceName: eth0, enp1s0, Ethernet
    QString infoSource; // "domain, guest-agent", ...
};

// vmi may be empty (the VM does not run).
QList<VmNetwork> vmNetworksFromJson(const QJsonObject &vm, const QJsonObject &vmi);

} // namespace drover::core
