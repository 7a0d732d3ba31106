#pragma once
// The sim's controllers driven in-process, for the controller and scheduler tests: a real
// ObjectStore with the resources drover-sim serves, the real Controllers, no HTTP. Time scale 0
// makes every step happen on the next event-loop turn.
#include "Controllers.h"
#include "Scenario.h"
#include "VmiJson.h"

#include <QJsonArray>

namespace drover::sim::fixture {

using drover::kube::ApiResource;
using namespace Qt::StringLiterals;


inline const ApiResource &VM = ApiResource::virtualMachines();
inline const ApiResource &VMI = ApiResource::virtualMachineInstances();

inline HostSpec host(const QString &name, int cores, int memGi, QMap<QString, QString> labels = {})
{
    HostSpec h;
    h.name = name;
    h.cpuCores = cores;
    h.memoryBytes = qint64(memGi) << 30;
    h.labels = std::move(labels);
    return h;
}

inline VmSpec vmSpec(const QString &name, bool running, int cpu = 2, int memGi = 4)
{
    VmSpec v;
    v.name = name;
    v.ns = u"prod"_s;
    v.osName = u"Fedora 40"_s;
    v.cpu = cpu;
    v.memoryBytes = qint64(memGi) << 30;
    v.running = running;
    return v;
}

// A store with the resources drover-sim serves, and the controllers on it.
struct Cluster
{
    ObjectStore store;
    Controllers controllers{&store};
    QStringList log; // "vm web Running", "vmi web Scheduling", as the store commits them

    explicit Cluster(double scale)
    {
        for (const ApiResource *r : {&ApiResource::namespaces(), &ApiResource::nodes(),
                                     &ApiResource::pods(), &VM, &VMI, &ApiResource::migrations()})
            store.registerResource(*r);
        controllers.setTimeScale(scale);
        QObject::connect(&store, &ObjectStore::changed, &store,
                         [this](const ApiResource &r, const QString &type, const QJsonObject &o) {
                             if (r == VM)
                                 log << u"vm "_s + nameOf(o) + u' ' +
                                            stringAt(objectAt(o, "status"_L1),
                                                     "printableStatus"_L1);
                             else if (r == VMI)
                                 log << u"vmi "_s + nameOf(o) + u' ' +
                                            (type == "DELETED"_L1 ? u"deleted"_s : phaseOf(o));
                         });
    }
    void up(const QList<HostSpec> &hosts, const QList<VmSpec> &vms, bool instant = true)
    {
        Scenario s;
        s.hosts = hosts;
        s.vms = vms;
        populate(store, s, instant);
    }
    QJsonObject vm(const QString &name)
    {
        return store.get(VM, u"prod"_s, name).value_or(QJsonObject());
    }
    QJsonObject vmi(const QString &name)
    {
        return store.get(VMI, u"prod"_s, name).value_or(QJsonObject());
    }
    QString printable(const QString &name)
    {
        return stringAt(objectAt(vm(name), "status"_L1), "printableStatus"_L1);
    }
    QString phase(const QString &name) { return phaseOf(vmi(name)); }
    QString nodeOf(const QString &name)
    {
        return stringAt(objectAt(vmi(name), "status"_L1), "nodeName"_L1);
    }
    StoreResult act(const QString &verb, const QString &name, const QJsonObject &body = {})
    {
        const bool onVm =
            QStringList{u"start"_s, u"stop"_s, u"restart"_s, u"migrate"_s}.contains(verb);
        return controllers.action(onVm ? u"virtualmachines"_s : u"virtualmachineinstances"_s,
                                  u"prod"_s, name, verb, body);
    }
};

// A VM whose template's spec has `field` set to `value` (nodeSelector, affinity, ...).
inline QJsonObject vmWithTemplateField(const VmSpec &spec, QLatin1StringView field, const QJsonValue &value)
{
    QJsonObject vm = vmJson(spec);
    QJsonObject vmSpecJson = objectAt(vm, "spec"_L1), tmpl = objectAt(vmSpecJson, "template"_L1),
                tspec = objectAt(tmpl, "spec"_L1);
    tspec.insert(field, value);
    tmpl.insert("spec"_L1, tspec);
    vmSpecJson.insert("template"_L1, tmpl);
    vm.insert("spec"_L1, vmSpecJson);
    return vm;
}

} // namespace drover::sim::fixture
