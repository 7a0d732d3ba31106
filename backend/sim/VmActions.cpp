// Controllers: KubeVirt's lifecycle subresources (pkg/virt-api/rest/lifecycle.go): start, stop,
// restart answer 202 Accepted and only change desired state; pause/unpause answer 200.
#include "Controllers.h"
#include "Placement.h"
#include "Scenario.h"
#include "VmiJson.h"

#include <QJsonArray>

namespace drover::sim {

using kube::ApiResource;

static StoreResult conflict(const QString &msg)
{
    return StoreResult::fail(409, QStringLiteral("Conflict"), msg);
}

static StoreResult accepted()
{
    return StoreResult{202, {}, {}, {}};
}

StoreResult Controllers::action(const QString &plural, const QString &ns, const QString &name,
                                const QString &verb, const QJsonObject &body)
{
    if (plural == QLatin1String("virtualmachines"))
        return vmAction(ns, name, verb, body);
    if (plural == QLatin1String("virtualmachineinstances"))
        return vmiAction(ns, name, verb);
    return StoreResult::fail(404, QStringLiteral("NotFound"), QStringLiteral("no subresources on %1").arg(plural));
}

StoreResult Controllers::vmAction(const QString &ns, const QString &name, const QString &verb,
                                  const QJsonObject &body)
{
    const auto &VM = ApiResource::virtualMachines();
    auto vm = m_store->get(VM, ns, name);
    if (!vm)
        return StoreResult::fail(404, QStringLiteral("NotFound"),
                                 QStringLiteral("virtualmachine.kubevirt.io \"%1\" not found").arg(name));
    const QString key = ns + QLatin1Char('/') + name;
    const QString strategy = vm->value(QLatin1String("spec")).toObject().value(QLatin1String("runStrategy")).toString();
    auto vmi = m_store->get(ApiResource::virtualMachineInstances(), ns, name);
    auto setStrategy = [&](const QString &s) {
        (void)m_store->mutate(VM, ns, name, [&](QJsonObject &o) {
            QJsonObject spec = o.value(QLatin1String("spec")).toObject();
            spec.insert(QStringLiteral("runStrategy"), s);
            spec.remove(QStringLiteral("running"));
            o.insert(QStringLiteral("spec"), spec);
        });
    };
    if (verb == QLatin1String("start")) {
        if (vmi && strategy != QLatin1String("Halted"))
            return conflict(QStringLiteral("Always does not support manual start requests"));
        if (strategy == QLatin1String("Manual")) {
            m_manualStart.insert(key);
            queueVm(key);
        } else {
            setStrategy(QStringLiteral("Always"));
        }
        return accepted();
    }
    if (verb == QLatin1String("stop")) {
        if (!vmi && strategy == QLatin1String("Halted"))
            return conflict(QStringLiteral("VM is not running"));
        m_manualStart.remove(key);
        const QJsonValue grace = body.value(QLatin1String("gracePeriod"));
        if (grace.isDouble() && grace.toInt() == 0 && vmi) {
            // Force stop: the VMI goes at once, without the graceful shutdown wait.
            m_stopping.remove(key);
            (void)m_store->remove(ApiResource::virtualMachineInstances(), ns, name);
        }
        if (strategy != QLatin1String("Halted") && strategy != QLatin1String("Manual"))
            setStrategy(QStringLiteral("Halted"));
        else
            queueVm(key);
        return accepted();
    }
    if (verb == QLatin1String("restart")) {
        if (!vmi)
            return conflict(QStringLiteral("VM is not running"));
        if (strategy == QLatin1String("Halted"))
            return conflict(QStringLiteral("runStrategy Halted does not support manual restart requests"));
        (void)m_store->remove(ApiResource::virtualMachineInstances(), ns, name); // recreated by reconcile
        return accepted();
    }
    return StoreResult::fail(404, QStringLiteral("NotFound"), QStringLiteral("unknown subresource %1").arg(verb));
}

StoreResult Controllers::vmiAction(const QString &ns, const QString &name, const QString &verb)
{
    const auto &VMI = ApiResource::virtualMachineInstances();
    auto vmi = m_store->get(VMI, ns, name);
    if (!vmi)
        return StoreResult::fail(404, QStringLiteral("NotFound"),
                                 QStringLiteral("virtualmachineinstance.kubevirt.io \"%1\" not found").arg(name));
    const bool running = vmi->value(QLatin1String("status")).toObject().value(QLatin1String("phase")).toString() == QLatin1String("Running");
    const bool paused = conditionTrue(*vmi, QStringLiteral("Paused"));
    if (!running)
        return conflict(QStringLiteral("VMI is not running"));
    if (verb == QLatin1String("pause") || verb == QLatin1String("unpause")) {
        const bool pause = verb == QLatin1String("pause");
        if (pause && paused)
            return conflict(QStringLiteral("VMI is already paused"));
        if (!pause && !paused)
            return conflict(QStringLiteral("VMI is not paused"));
        (void)m_store->mutate(VMI, ns, name, [&](QJsonObject &o) {
            setCondition(o, QStringLiteral("Paused"), pause, pause ? QStringLiteral("PausedByUser") : QString(),
                         pause ? QStringLiteral("VMI was paused by user") : QString());
        });
        return StoreResult{200, {}, {}, {}};
    }
    if (verb == QLatin1String("softreboot") || verb == QLatin1String("reset")) {
        if (paused)
            return conflict(QStringLiteral("VMI is paused"));
        return StoreResult{200, {}, {}, {}};
    }
    return StoreResult::fail(404, QStringLiteral("NotFound"), QStringLiteral("unknown subresource %1").arg(verb));
}

void populate(ObjectStore &store, const Scenario &s, bool instantRunning)
{
    QSet<QString> namespaces{QStringLiteral("default")};
    for (const auto &v : s.vms)
        namespaces.insert(v.ns);
    for (const auto &ns : namespaces)
        (void)store.create(ApiResource::namespaces(), {}, QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), ns}}}});
    for (int i = 0; i < s.hosts.size(); ++i)
        (void)store.create(ApiResource::nodes(), {}, nodeJson(s.hosts[i], i));
    int ip = 0;
    Placement placement(store);
    for (const auto &v : s.vms) {
        auto vm = store.create(ApiResource::virtualMachines(), v.ns, vmJson(v));
        if (!vm.ok() || !v.running || !instantRunning)
            continue;
        QJsonObject vmi = vmiForVm(vm.object);
        const QJsonObject spec = vmi.value(QLatin1String("spec")).toObject();
        const QString host = placement.pick(spec);
        if (host.isEmpty())
            continue; // the controllers will report it unschedulable
        placement.add(host, spec);
        markRunning(vmi, host, ip++);
        (void)store.create(ApiResource::virtualMachineInstances(), v.ns, vmi);
        (void)store.mutate(ApiResource::virtualMachines(), v.ns, v.name, [](QJsonObject &o) {
            QJsonObject st{{QStringLiteral("printableStatus"), QStringLiteral("Running")},
                           {QStringLiteral("ready"), true},
                           {QStringLiteral("created"), true}};
            o.insert(QStringLiteral("status"), st);
            setCondition(o, QStringLiteral("Ready"), true, {}, {});
        });
    }
}

} // namespace drover::sim
