#include "VmCatalog.h"

#include "CoreTr.h"
#include "JsonFields.h"
#include "ObjectMeta.h"
#include "Quantity.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace drover::core {

using namespace Qt::StringLiterals;

namespace {

// common-instancetypes' series, as their instancetype.kubevirt.io/class labels name them.
QString seriesNameOf(const QString &series)
{
    static const QHash<QString, QString> names{{u"u1"_s, u"General Purpose"_s}, {u"o1"_s, u"Overcommitted"_s},
                                                {u"cx1"_s, u"Compute Exclusive"_s}, {u"m1"_s, u"Memory Intensive"_s},
                                                {u"n1"_s, u"Network"_s},          {u"d1"_s, u"Dedicated"_s},
                                                {u"rt1"_s, u"Realtime"_s},        {u"gn1"_s, u"GPU NVIDIA"_s}};
    return names.value(series);
}

Result<QString> nameOf(const QJsonObject &obj, const char *what)
{
    const QString name = stringAt(objectAt(obj, "metadata"), "name");
    if (name.isEmpty())
        return Result<QString>::failure(Tr::tr("a %1 without a name").arg(QLatin1String(what)));
    return name;
}

std::int64_t bytesOr0(const QJsonValue &v)
{
    const Result<std::int64_t> b = parseBytes(v.toString());
    return b ? *b : 0;
}

} // namespace

Result<InstancetypeInfo> InstancetypeInfo::fromJson(const QJsonObject &obj, bool namespaced)
{
    const Result<QString> name = nameOf(obj, "instancetype");
    if (!name)
        return Result<InstancetypeInfo>::failure(name.error());
    InstancetypeInfo t;
    t.name = *name;
    t.namespaced = namespaced;
    t.series = t.name.section(u'.', 0, 0);
    const QJsonObject meta = objectAt(obj, "metadata");
    const QJsonObject labels = objectAt(meta, "labels"), annotations = objectAt(meta, "annotations");
    // The series' name in words; the class label ("general.purpose") for series KubeVirt does not ship.
    t.seriesName = seriesNameOf(t.series);
    if (t.seriesName.isEmpty())
        t.seriesName = stringAt(labels, "instancetype.kubevirt.io/class");
    t.displayName = stringAt(annotations, "instancetype.kubevirt.io/displayName");
    const QJsonObject spec = objectAt(obj, "spec");
    t.cpus = objectAt(spec, "cpu").value("guest"_L1).toInt();
    t.memory = stringAt(objectAt(spec, "memory"), "guest");
    t.memoryBytes = bytesOr0(t.memory);
    return t;
}

int InstancetypeInfo::seriesRank() const
{
    static const QStringList order{u"u1"_s, u"o1"_s, u"cx1"_s, u"m1"_s, u"n1"_s, u"d1"_s, u"rt1"_s, u"gn1"_s};
    const int i = order.indexOf(series);
    return i < 0 ? int(order.size()) : i;
}

Result<PreferenceInfo> PreferenceInfo::fromJson(const QJsonObject &obj, bool namespaced)
{
    const Result<QString> name = nameOf(obj, "preference");
    if (!name)
        return Result<PreferenceInfo>::failure(name.error());
    PreferenceInfo p;
    p.name = *name;
    p.namespaced = namespaced;
    p.displayName = stringAt(objectAt(objectAt(obj, "metadata"), "annotations"), "openshift.io/display-name");
    const QJsonObject req = objectAt(objectAt(obj, "spec"), "requirements");
    p.minCpus = objectAt(req, "cpu").value("guest"_L1).toInt();
    p.minMemoryBytes = bytesOr0(objectAt(req, "memory").value("guest"_L1));
    return p;
}

Result<DataSourceInfo> DataSourceInfo::fromJson(const QJsonObject &obj)
{
    const Result<QString> name = nameOf(obj, "DataSource");
    if (!name)
        return Result<DataSourceInfo>::failure(name.error());
    DataSourceInfo d;
    d.name = *name;
    const QJsonObject meta = objectAt(obj, "metadata");
    d.ns = stringAt(meta, "namespace");
    const QJsonObject labels = objectAt(meta, "labels");
    d.defaultInstancetype = stringAt(labels, "instancetype.kubevirt.io/default-instancetype");
    d.defaultPreference = stringAt(labels, "instancetype.kubevirt.io/default-preference");
    const QList<Condition> conds = conditionsFromJson(objectAt(obj, "status").value("conditions"_L1));
    const Condition *ready = findCondition(conds, u"Ready"_s);
    d.ready = ready && ready->isTrue();
    if (!d.ready)
        d.notReadyWhy = ready ? (ready->message.isEmpty() ? ready->reason : ready->message) : Tr::tr("CDI has not said it is ready");
    return d;
}

Result<StorageClassInfo> StorageClassInfo::fromJson(const QJsonObject &obj)
{
    const Result<QString> name = nameOf(obj, "StorageClass");
    if (!name)
        return Result<StorageClassInfo>::failure(name.error());
    StorageClassInfo c;
    c.name = *name;
    c.provisioner = stringAt(obj, "provisioner");
    const QJsonObject annotations = objectAt(objectAt(obj, "metadata"), "annotations");
    c.defaultVirt = stringAt(annotations, "storageclass.kubevirt.io/is-default-virt-class") == "true"_L1;
    c.defaultClass = stringAt(annotations, "storageclass.kubernetes.io/is-default-class") == "true"_L1;
    c.waitForFirstConsumer = stringAt(obj, "volumeBindingMode") == "WaitForFirstConsumer"_L1;
    return c;
}

void StorageClassInfo::applyProfile(const QJsonObject &profile)
{
    const QJsonArray sets = objectAt(profile, "status").value("claimPropertySets"_L1).toArray();
    if (sets.isEmpty())
        return;
    const QJsonObject first = sets.first().toObject();
    accessModes.clear();
    for (const QJsonValue &m : first.value("accessModes"_L1).toArray())
        accessModes.append(m.toString());
    for (const QJsonValue &set : sets) // a later set may offer more (RWX on Block only, say)
        for (const QJsonValue &m : set.toObject().value("accessModes"_L1).toArray())
            if (!accessModes.contains(m.toString()))
                accessModes.append(m.toString());
    volumeMode = stringAt(first, "volumeMode");
}

const StorageClassInfo *preferredStorageClass(const QList<StorageClassInfo> &classes)
{
    for (const StorageClassInfo &c : classes)
        if (c.defaultVirt)
            return &c;
    for (const StorageClassInfo &c : classes)
        if (c.defaultClass)
            return &c;
    return nullptr;
}

Result<NadInfo> NadInfo::fromJson(const QJsonObject &obj)
{
    const Result<QString> name = nameOf(obj, "NetworkAttachmentDefinition");
    if (!name)
        return Result<NadInfo>::failure(name.error());
    NadInfo n;
    n.name = *name;
    n.ns = stringAt(objectAt(obj, "metadata"), "namespace");
    // spec.config is a CNI configuration as a JSON string: its type, or its first plugin's.
    const QJsonObject config = QJsonDocument::fromJson(stringAt(objectAt(obj, "spec"), "config").toUtf8()).object();
    n.cniType = stringAt(config, "type");
    if (n.cniType.isEmpty())
        n.cniType = stringAt(config.value("plugins"_L1).toArray().first().toObject(), "type");
    return n;
}

} // namespace drover::core
