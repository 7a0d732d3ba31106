#include "Cdi.h"

#include "VmiJson.h"

#include <QJsonArray>
#include <QTimer>

#include <utility>

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &DV = ApiResource::dataVolumes();
const ApiResource &PVC = ApiResource::persistentVolumeClaims();

QJsonObject controllerRef(const QString &apiVersion, const QString &kind, const QJsonObject &owner)
{
    return QJsonObject{{u"apiVersion"_s, apiVersion}, {u"kind"_s, kind}, {u"name"_s, nameOf(owner)},
                       {u"uid"_s, uidOf(owner)}, {u"controller"_s, true}, {u"blockOwnerDeletion"_s, true}};
}

// A clone (from a PVC, a snapshot or a DataSource) or an import (http, registry, blank, upload).
bool isClone(const QJsonObject &dvSpec)
{
    const QJsonObject source = objectAt(dvSpec, "source"_L1);
    return source.contains("pvc"_L1) || source.contains("snapshot"_L1) || dvSpec.contains("sourceRef"_L1);
}

QJsonObject doneStatus()
{
    QJsonObject dv{{u"status"_s, QJsonObject{{u"phase"_s, u"Succeeded"_s}, {u"progress"_s, u"100.0%"_s}}}};
    setCondition(dv, u"Bound"_s, true, u"Bound"_s);
    setCondition(dv, u"Ready"_s, true);
    setCondition(dv, u"Running"_s, false, u"Completed"_s);
    return objectAt(dv, "status"_L1);
}

QJsonObject dataVolumeFor(const QJsonObject &vm, const QJsonObject &tmpl, bool done)
{
    QJsonObject meta = objectAt(tmpl, "metadata"_L1);
    QJsonObject labels = objectAt(meta, "labels"_L1);
    labels.insert("kubevirt.io/created-by"_L1, uidOf(vm));
    meta.insert("labels"_L1, labels);
    meta.insert("namespace"_L1, namespaceOf(vm));
    meta.insert("ownerReferences"_L1, QJsonArray{controllerRef(u"kubevirt.io/v1"_s, u"VirtualMachine"_s, vm)});
    const QJsonObject spec = objectAt(tmpl, "spec"_L1);
    const QJsonObject status =
        done ? doneStatus()
             : QJsonObject{{u"phase"_s, isClone(spec) ? u"CloneScheduled"_s : u"ImportScheduled"_s},
                           {u"progress"_s, u"N/A"_s}};
    return QJsonObject{{u"metadata"_s, meta}, {u"spec"_s, spec}, {u"status"_s, status}};
}

// The claim CDI binds for a DataVolume: spec.storage (or the older spec.pvc) as the claim's spec.
QJsonObject claimFor(const QJsonObject &dv)
{
    const QJsonObject dvSpec = objectAt(dv, "spec"_L1);
    QJsonObject spec = dvSpec.contains("storage"_L1) ? objectAt(dvSpec, "storage"_L1) : objectAt(dvSpec, "pvc"_L1);
    if (!spec.contains("accessModes"_L1))
        spec.insert("accessModes"_L1, QJsonArray{u"ReadWriteOnce"_s});
    if (!spec.contains("volumeMode"_L1))
        spec.insert("volumeMode"_L1, u"Filesystem"_s);
    const QJsonObject requests = objectAt(objectAt(spec, "resources"_L1), "requests"_L1);
    const QJsonObject meta{{u"name"_s, nameOf(dv)},
                           {u"namespace"_s, namespaceOf(dv)},
                           {u"labels"_s, QJsonObject{{u"app"_s, u"containerized-data-importer"_s}}},
                           {u"ownerReferences"_s,
                            QJsonArray{controllerRef(u"cdi.kubevirt.io/v1beta1"_s, u"DataVolume"_s, dv)}}};
    const QJsonObject status{{u"phase"_s, u"Bound"_s},
                             {u"accessModes"_s, spec.value("accessModes"_L1)},
                             {u"capacity"_s, QJsonObject{{u"storage"_s, requests.value("storage"_L1)}}}};
    return QJsonObject{{u"metadata"_s, meta}, {u"spec"_s, spec}, {u"status"_s, status}};
}

bool hasController(const QJsonObject &obj)
{
    for (const QJsonValue &ref : objectAt(obj, "metadata"_L1).value("ownerReferences"_L1).toArray())
        if (ref.toObject().value("controller"_L1).toBool())
            return true;
    return false;
}

void addOwner(QJsonObject &obj, const QJsonObject &ref)
{
    QJsonObject meta = objectAt(obj, "metadata"_L1);
    QJsonArray refs = meta.value("ownerReferences"_L1).toArray();
    refs.append(ref);
    meta.insert("ownerReferences"_L1, refs);
    obj.insert("metadata"_L1, meta);
}

bool isFinished(const QJsonObject &dv)
{
    const QString phase = stringAt(objectAt(dv, "status"_L1), "phase"_L1);
    return phase == "Succeeded"_L1 || phase == "Failed"_L1;
}

// One step of an import or clone: scheduled -> in progress at 0 % -> +25 % -> Succeeded.
void step(QJsonObject &dv)
{
    QJsonObject status = objectAt(dv, "status"_L1);
    const QString phase = stringAt(status, "phase"_L1);
    if (phase.endsWith("Scheduled"_L1)) {
        status.insert("phase"_L1, phase == "CloneScheduled"_L1 ? u"CloneInProgress"_s : u"ImportInProgress"_s);
        status.insert("progress"_L1, u"0.00%"_s);
        dv.insert("status"_L1, status);
        setCondition(dv, u"Bound"_s, true, u"Bound"_s);
        setCondition(dv, u"Running"_s, true, u"Pod is running"_s);
        return;
    }
    const double done = stringAt(status, "progress"_L1).chopped(1).toDouble() + 25.0;
    if (done < 100.0) {
        status.insert("progress"_L1, QString::number(done, 'f', 2) + u'%');
        dv.insert("status"_L1, status);
        return;
    }
    dv.insert("status"_L1, doneStatus());
}

} // namespace

Cdi::Cdi(ObjectStore *store, QObject *parent) : QObject(parent), m_store(store), m_tick(new QTimer(this))
{
    connect(m_store, &ObjectStore::changed, this, &Cdi::onChanged);
    connect(m_tick, &QTimer::timeout, this, &Cdi::advance);
}

void Cdi::registerResources(ObjectStore &store)
{
    for (const ApiResource *r : {&DV, &PVC})
        if (!store.find(r->group, r->version, r->plural))
            store.registerResource(*r);
}

void Cdi::populate()
{
    for (const QJsonObject &vm : m_store->list(ApiResource::virtualMachines()))
        ensureDataVolumes(vm, true);
}

void Cdi::onChanged(const ApiResource &r, const QString &type, const QJsonObject &obj)
{
    if (type == "DELETED"_L1)
        return;
    const QString key = namespaceOf(obj) + u'/' + nameOf(obj);
    if (r == ApiResource::virtualMachines())
        m_vmQueue.insert(key);
    else if (r == DV && type == "ADDED"_L1)
        m_dvQueue.insert(key);
    else
        return;
    if (!std::exchange(m_drainQueued, true))
        QTimer::singleShot(0, this, &Cdi::drain);
}

void Cdi::drain()
{
    m_drainQueued = false;
    for (const QString &key : std::exchange(m_vmQueue, {}))
        if (const auto vm = m_store->get(ApiResource::virtualMachines(), key.section(u'/', 0, 0), key.section(u'/', 1)))
            if (!markedForDeletion(*vm))
                ensureDataVolumes(*vm, m_scale == 0);
    for (const QString &key : std::exchange(m_dvQueue, {})) {
        const auto dv = m_store->get(DV, key.section(u'/', 0, 0), key.section(u'/', 1));
        if (!dv)
            continue;
        if (ensureClaim(*dv)) // a restored claim: nothing to import
            (void)m_store->mutate(DV, namespaceOf(*dv), nameOf(*dv), [](QJsonObject &o) { o.insert("status"_L1, doneStatus()); });
        else if (!isFinished(*dv))
            m_active.insert(key);
    }
    if (!m_active.isEmpty() && !m_tick->isActive())
        m_tick->start(qMax(1, int(1000 * m_scale)));
}

void Cdi::ensureDataVolumes(const QJsonObject &vm, bool done)
{
    const QString ns = namespaceOf(vm);
    for (const QJsonValue &t : objectAt(vm, "spec"_L1).value("dataVolumeTemplates"_L1).toArray()) {
        const QJsonObject tmpl = t.toObject();
        const QString name = stringAt(objectAt(tmpl, "metadata"_L1), "name"_L1);
        if (name.isEmpty())
            continue;
        if (const auto dv = m_store->get(DV, ns, name)) {
            // An orphan of one of the VM's templates (a restore makes them before the VM):
            // virt-controller adopts it (ClaimMatchedDataVolumes).
            if (!hasController(*dv) && !markedForDeletion(*dv))
                (void)m_store->mutate(DV, ns, name, [&vm](QJsonObject &o) {
                    addOwner(o, controllerRef(u"kubevirt.io/v1"_s, u"VirtualMachine"_s, vm));
                });
            continue;
        }
        const StoreResult made = m_store->create(DV, ns, dataVolumeFor(vm, tmpl, done));
        if (made.ok() && done)
            (void)ensureClaim(made.object);
    }
}

bool Cdi::ensureClaim(const QJsonObject &dv)
{
    const auto pvc = m_store->get(PVC, namespaceOf(dv), nameOf(dv));
    if (!pvc) {
        (void)m_store->create(PVC, namespaceOf(dv), claimFor(dv));
        return false;
    }
    // A claim made for this DataVolume beforehand (a VirtualMachineRestore's): CDI adopts it.
    const QString populatedFor = objectAt(objectAt(*pvc, "metadata"_L1), "annotations"_L1)
                                     .value("cdi.kubevirt.io/storage.populatedFor"_L1).toString();
    if (populatedFor != nameOf(dv) || !objectAt(*pvc, "metadata"_L1).value("ownerReferences"_L1).toArray().isEmpty())
        return false;
    const QJsonObject ref = controllerRef(u"cdi.kubevirt.io/v1beta1"_s, u"DataVolume"_s, dv);
    return m_store->mutate(PVC, namespaceOf(dv), nameOf(dv), [&ref](QJsonObject &o) { addOwner(o, ref); }).ok();
}

void Cdi::advance()
{
    for (const QString &key : QSet<QString>(m_active)) {
        const QString ns = key.section(u'/', 0, 0), name = key.section(u'/', 1);
        const StoreResult r = m_store->mutate(DV, ns, name, step);
        if (!r.ok() || isFinished(r.object))
            m_active.remove(key);
    }
    if (m_active.isEmpty())
        m_tick->stop();
}

} // namespace drover::sim
