#include "VmClone.h"

#include "CoreTr.h"
#include "JsonFields.h"
#include "Lifecycle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace drover::core {

namespace {

QString patchOp(const QString &path, const QJsonValue &value)
{
    const QJsonObject op{{QStringLiteral("op"), QStringLiteral("replace")}, {QStringLiteral("path"), path}, {QStringLiteral("value"), value}};
    return QString::fromUtf8(QJsonDocument(op).toJson(QJsonDocument::Compact));
}

QJsonObject vmRef(const QString &name)
{
    return {{QStringLiteral("apiGroup"), QStringLiteral("kubevirt.io")},
            {QStringLiteral("kind"), QStringLiteral("VirtualMachine")},
            {QStringLiteral("name"), name}};
}

} // namespace

QList<VmInterface> vmInterfacesFromJson(const QJsonObject &vm)
{
    const QJsonObject devices = objectAt(objectAt(objectAt(objectAt(objectAt(vm, "spec"), "template"), "spec"), "domain"), "devices");
    QList<VmInterface> out;
    for (const QJsonValue &v : devices.value(QLatin1String("interfaces")).toArray()) {
        const QJsonObject i = v.toObject();
        VmInterface iface{i.value(QLatin1String("name")).toString(), i.value(QLatin1String("macAddress")).toString(), {}};
        for (const char *b : {"masquerade", "bridge", "sriov", "slirp", "passt", "binding"})
            if (i.contains(QLatin1String(b)))
                iface.binding = QLatin1String(b);
        out.append(iface);
    }
    return out;
}

QJsonObject cloneFor(const CloneRequest &r)
{
    QJsonObject spec{{QStringLiteral("source"), vmRef(r.source)}, {QStringLiteral("target"), vmRef(r.target)}};
    QJsonObject macs;
    for (auto it = r.newMacAddresses.cbegin(); it != r.newMacAddresses.cend(); ++it)
        if (!it.value().isEmpty())
            macs.insert(it.key(), it.value());
    if (!macs.isEmpty())
        spec.insert(QStringLiteral("newMacAddresses"), macs);
    // The restore makes the new VM Halted; starting it is the caller's patch, applied after.
    if (r.start)
        spec.insert(QStringLiteral("patches"), QJsonArray{r.sourceUsesRunning ? patchOp(QStringLiteral("/spec/running"), true)
                                                                              : patchOp(QStringLiteral("/spec/runStrategy"),
                                                                                        QString(nameOf(RunStrategy::Always)))});
    return {{QStringLiteral("apiVersion"), QStringLiteral("clone.kubevirt.io/v1beta1")},
            {QStringLiteral("kind"), QStringLiteral("VirtualMachineClone")},
            {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("generateName"), r.source.left(50) + QStringLiteral("-clone-")},
                                                     {QStringLiteral("namespace"), r.ns}}},
            {QStringLiteral("spec"), spec}};
}

QString macAddressProblem(const QString &mac)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}$"));
    if (!re.match(mac).hasMatch())
        return Tr::tr("“%1” is not a MAC address: six pairs of hex digits split by ':' (52:54:00:12:34:56).").arg(mac);
    if (mac.left(2).toInt(nullptr, 16) & 1)
        return Tr::tr("%1 is a multicast address: a NIC needs a unicast one (an even first octet).").arg(mac);
    if (mac[2] != mac[5] || mac[2] != mac[8] || mac[2] != mac[11] || mac[2] != mac[14])
        return Tr::tr("“%1” mixes ':' and '-': use one of them.").arg(mac);
    return {};
}

QString CloneState::failure() const
{
    const Condition *ready = findCondition(conditions, QStringLiteral("Ready"));
    if (!ready)
        return {};
    return ready->message.isEmpty() ? ready->reason : ready->message;
}

Result<CloneState> CloneState::fromJson(const QJsonObject &obj)
{
    if (obj.value(QLatin1String("kind")).toString() != QLatin1String("VirtualMachineClone") && !obj.contains(QLatin1String("spec")))
        return Result<CloneState>::failure(Tr::tr("not a VirtualMachineClone"));
    CloneState c;
    c.meta = ObjectMeta::fromJson(objectAt(obj, "metadata"));
    const QJsonObject st = objectAt(obj, "status");
    c.phase = st.value(QLatin1String("phase")).toString();
    c.snapshotName = st.value(QLatin1String("snapshotName")).toString();
    c.restoreName = st.value(QLatin1String("restoreName")).toString();
    c.targetName = st.value(QLatin1String("targetName")).toString();
    if (c.targetName.isEmpty())
        c.targetName = objectAt(objectAt(obj, "spec"), "target").value(QLatin1String("name")).toString();
    c.conditions = conditionsFromJson(st.value(QLatin1String("conditions")));
    return c;
}

} // namespace drover::core
