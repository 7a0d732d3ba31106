#include "Vm.h"

#include "Quantity.h"

#include <QJsonArray>
#include <cmath>

namespace drover::core {

namespace {

// spec.domain (+ spec.nodeSelector) of a VMI, or of a VM's spec.template.spec.
Result<DomainResources> resourcesFrom(const QJsonObject &vmiSpec, const QString &what)
{
    DomainResources r;
    const QJsonObject domain = vmiSpec.value(QLatin1String("domain")).toObject();
    const QJsonObject requests = domain.value(QLatin1String("resources")).toObject().value(QLatin1String("requests")).toObject();
    const QJsonValue cpuV = domain.value(QLatin1String("cpu"));
    if (cpuV.isObject()) {
        const QJsonObject cpu = cpuV.toObject();
        auto dim = [&](const char *k) { return qMax(1, cpu.value(QLatin1String(k)).toInt(1)); };
        r.cpuCores = dim("cores") * dim("sockets") * dim("threads");
    } else if (requests.contains(QLatin1String("cpu"))) {
        auto m = parseCpuMillis(requests.value(QLatin1String("cpu")).toVariant().toString());
        if (!m)
            return Result<DomainResources>::failure(QStringLiteral("%1: domain.resources.requests.cpu: %2").arg(what, m.error()));
        r.cpuCores = int(std::max<std::int64_t>(1, (*m + 999) / 1000));
    } else {
        r.cpuCores = 1;
    }
    QJsonValue mem = domain.value(QLatin1String("memory")).toObject().value(QLatin1String("guest"));
    QString memField = QStringLiteral("domain.memory.guest");
    if (mem.isUndefined()) {
        mem = requests.value(QLatin1String("memory"));
        memField = QStringLiteral("domain.resources.requests.memory");
    }
    if (!mem.isUndefined()) {
        auto b = parseBytes(mem.toVariant().toString());
        if (!b)
            return Result<DomainResources>::failure(QStringLiteral("%1: %2: %3").arg(what, memField, b.error()));
        r.memoryBytes = *b;
    }
    const QJsonObject sel = vmiSpec.value(QLatin1String("nodeSelector")).toObject();
    for (auto it = sel.begin(); it != sel.end(); ++it)
        r.nodeSelector.insert(it.key(), it.value().toString());
    return r;
}

QString osOf(const ObjectMeta &meta, const QMap<QString, QString> &templateLabels)
{
    for (const char *k : {"drover.io/os", "kubevirt.io/os", "os.template.kubevirt.io"})
        for (const auto *m : {&meta.labels, &templateLabels, &meta.annotations})
            if (m->contains(QLatin1String(k)))
                return m->value(QLatin1String(k));
    return {};
}

} // namespace

Result<Vm> Vm::fromJson(const QJsonObject &obj)
{
    Vm vm;
    vm.meta = ObjectMeta::fromJson(obj.value(QLatin1String("metadata")).toObject());
    if (vm.meta.name.isEmpty())
        return Result<Vm>::failure(QStringLiteral("VirtualMachine without metadata.name"));
    const QString what = QStringLiteral("VirtualMachine %1").arg(vm.meta.key());
    const QJsonObject spec = obj.value(QLatin1String("spec")).toObject();
    vm.runStrategy = spec.value(QLatin1String("runStrategy")).toString();
    if (vm.runStrategy.isEmpty() && spec.contains(QLatin1String("running")))
        vm.runStrategy = spec.value(QLatin1String("running")).toBool() ? QStringLiteral("Always") : QStringLiteral("Halted");
    const QJsonObject tmpl = spec.value(QLatin1String("template")).toObject();
    auto res = resourcesFrom(tmpl.value(QLatin1String("spec")).toObject(), what);
    if (!res)
        return Result<Vm>::failure(res.error());
    vm.resources = *res;
    QMap<QString, QString> tmplLabels;
    const QJsonObject tl = tmpl.value(QLatin1String("metadata")).toObject().value(QLatin1String("labels")).toObject();
    for (auto it = tl.begin(); it != tl.end(); ++it)
        tmplLabels.insert(it.key(), it.value().toString());
    vm.osName = osOf(vm.meta, tmplLabels);
    const QJsonObject status = obj.value(QLatin1String("status")).toObject();
    vm.printableStatus = status.value(QLatin1String("printableStatus")).toString();
    vm.ready = status.value(QLatin1String("ready")).toBool();
    vm.created = status.value(QLatin1String("created")).toBool();
    vm.conditions = conditionsFromJson(status.value(QLatin1String("conditions")));
    return vm;
}

QString Vmi::firstIp() const
{
    for (const auto &i : interfaces)
        if (!i.ipAddress.isEmpty())
            return i.ipAddress;
    return {};
}

bool Vmi::paused() const
{
    const Condition *c = findCondition(conditions, QStringLiteral("Paused"));
    return c && c->isTrue();
}

Result<Vmi> Vmi::fromJson(const QJsonObject &obj)
{
    Vmi vmi;
    vmi.meta = ObjectMeta::fromJson(obj.value(QLatin1String("metadata")).toObject());
    if (vmi.meta.name.isEmpty())
        return Result<Vmi>::failure(QStringLiteral("VirtualMachineInstance without metadata.name"));
    auto res = resourcesFrom(obj.value(QLatin1String("spec")).toObject(),
                             QStringLiteral("VirtualMachineInstance %1").arg(vmi.meta.key()));
    if (!res)
        return Result<Vmi>::failure(res.error());
    vmi.resources = *res;
    const QJsonObject status = obj.value(QLatin1String("status")).toObject();
    vmi.phase = status.value(QLatin1String("phase")).toString();
    vmi.nodeName = status.value(QLatin1String("nodeName")).toString();
    vmi.conditions = conditionsFromJson(status.value(QLatin1String("conditions")));
    for (const auto &v : status.value(QLatin1String("interfaces")).toArray()) {
        const QJsonObject i = v.toObject();
        VmiInterface iface{i.value(QLatin1String("name")).toString(), i.value(QLatin1String("ipAddress")).toString(), {},
                           i.value(QLatin1String("mac")).toString()};
        for (const auto &ip : i.value(QLatin1String("ipAddresses")).toArray())
            iface.ipAddresses << ip.toString();
        vmi.interfaces.append(iface);
    }
    vmi.guestOsName = status.value(QLatin1String("guestOSInfo")).toObject().value(QLatin1String("name")).toString();
    const QJsonValue ms = status.value(QLatin1String("migrationState"));
    if (ms.isObject()) {
        const QJsonObject m = ms.toObject();
        vmi.hasMigrationState = true;
        auto t = [&](const char *k) { return QDateTime::fromString(m.value(QLatin1String(k)).toString(), Qt::ISODate); };
        auto s = [&](const char *k) { return m.value(QLatin1String(k)).toString(); };
        vmi.migrationState = VmiMigrationState{t("startTimestamp"), t("endTimestamp"), s("sourceNode"), s("targetNode"),
                                               m.value(QLatin1String("completed")).toBool(), m.value(QLatin1String("failed")).toBool(),
                                               s("failureReason"), m.value(QLatin1String("abortRequested")).toBool(),
                                               s("abortStatus"), s("mode"), s("migrationUid")};
    }
    return vmi;
}

} // namespace drover::core
