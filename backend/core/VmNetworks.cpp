#include "VmNetworks.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace drover::core {

using namespace Qt::StringLiterals;

namespace {

void fillInterface(VmNetwork &n, const QJsonArray &interfaces)
{
    for (const QJsonValue &v : interfaces) {
        const QJsonObject i = v.toObject();
        if (i.value("name"_L1).toString() != n.name)
            continue;
        n.specMac = i.value("macAddress"_L1).toString();
        n.model = i.value("model"_L1).toString();
        for (const char *b : {"masquerade", "bridge", "sriov", "slirp", "passt", "binding"})
            if (i.contains(QLatin1String(b)))
                n.binding = qstrcmp(b, "binding") == 0 ? objectAt(i, "binding"_L1).value("name"_L1).toString() : QLatin1String(b);
        return;
    }
}

void fillStatus(VmNetwork &n, const QJsonObject &s)
{
    n.reported = true;
    n.mac = s.value("mac"_L1).toString();
    for (const QJsonValue &ip : s.value("ipAddresses"_L1).toArray())
        n.ips << ip.toString();
    const QString ip = s.value("ipAddress"_L1).toString();
    if (n.ips.isEmpty() && !ip.isEmpty())
        n.ips << ip;
    n.guestName = s.value("interfaceName"_L1).toString();
    n.infoSource = s.value("infoSource"_L1).toString();
}

} // namespace

QList<VmNetwork> vmNetworksFromJson(const QJsonObject &vm, const QJsonObject &vmi)
{
    const QJsonObject podSpec = objectAt(objectAt(objectAt(vm, "spec"_L1), "template"_L1), "spec"_L1);
    const QJsonArray interfaces = objectAt(objectAt(podSpec, "domain"_L1), "devices"_L1).value("interfaces"_L1).toArray();
    QJsonArray reported = objectAt(vmi, "status"_L1).value("interfaces"_L1).toArray();
    QList<VmNetwork> out;
    for (const QJsonValue &v : podSpec.value("networks"_L1).toArray()) {
        const QJsonObject net = v.toObject();
        VmNetwork n;
        n.name = net.value("name"_L1).toString();
        n.pod = net.contains("pod"_L1);
        n.multus = objectAt(net, "multus"_L1).value("networkName"_L1).toString();
        fillInterface(n, interfaces);
        for (qsizetype i = 0; i < reported.size(); ++i)
            if (reported[i].toObject().value("name"_L1).toString() == n.name) {
                fillStatus(n, reported[i].toObject());
                reported.removeAt(i);
                break;
            }
        out << n;
    }
    for (const QJsonValue &v : std::as_const(reported)) {
        VmNetwork n;
        n.name = v.toObject().value("name"_L1).toString();
        fillStatus(n, v.toObject());
        out << n;
    }
    return out;
}

} // namespace drover::core
