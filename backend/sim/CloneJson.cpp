#include "CloneJson.h"

#include "SnapshotUtil.h"
#include "VmiJson.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace drover::sim::clone {

using namespace Qt::StringLiterals;

namespace {

QString patchOp(const QString &op, const QString &path, const QJsonValue &value = QJsonValue())
{
    // PatchOperation marshalled by value (its pointer MarshalJSON is not used): op, path, value.
    const QJsonObject o{{u"op"_s, op}, {u"path"_s, path}, {u"value"_s, value}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// patch.EscapeJSONPointer.
QString escapePointer(QString key)
{
    return key.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
}

// addRemovePatchesFromFilter: nil filters keep everything; otherwise a key is kept when a
// filter matches it (Go regexp, unanchored; "*" alone is ".*") and no "!" filter does.
void addRemovePatches(QStringList &patches, const QJsonObject &map, const QJsonValue &filters, const QString &base)
{
    if (!filters.isArray())
        return;
    QList<QRegularExpression> regular, negation;
    for (const QJsonValue &f : filters.toArray()) {
        const QString filter = f.toString();
        if (filter == "*"_L1)
            regular << QRegularExpression(u".*"_s);
        else if (filter.startsWith(u'!'))
            negation << QRegularExpression(filter.mid(1));
        else
            regular << QRegularExpression(filter);
    }
    auto matches = [](const QList<QRegularExpression> &res, const QString &key) {
        return std::any_of(res.cbegin(), res.cend(), [&](const QRegularExpression &re) { return re.isValid() && re.match(key).hasMatch(); });
    };
    for (auto it = map.begin(); it != map.end(); ++it)
        if (!matches(regular, it.key()) || matches(negation, it.key()))
            patches << patchOp(u"remove"_s, base + u'/' + escapePointer(it.key()));
}

} // namespace

QString randomString(int n)
{
    static const QLatin1StringView alphanums("bcdfghjklmnpqrstvwxz2456789");
    QString s;
    for (int i = 0; i < n; ++i)
        s += QLatin1Char(alphanums.at(QRandomGenerator::global()->bounded(int(alphanums.size()))));
    return s;
}

QJsonObject ownerRef(const QJsonObject &vmClone)
{
    return {{u"apiVersion"_s, QString(kApiVersion)}, {u"kind"_s, QString(kKind)}, {u"name"_s, nameOf(vmClone)},
            {u"uid"_s, uidOf(vmClone)}, {u"controller"_s, true}, {u"blockOwnerDeletion"_s, true}};
}

QJsonObject snapshotFor(const QJsonObject &vmClone, const QString &sourceVm)
{
    const QJsonObject source{{u"apiGroup"_s, u"kubevirt.io"_s}, {u"kind"_s, u"VirtualMachine"_s}, {u"name"_s, sourceVm}};
    return {{u"metadata"_s, QJsonObject{{u"name"_s, u"tmp-snapshot-"_s + uidOf(vmClone)},
                                       {u"namespace"_s, namespaceOf(vmClone)},
                                       {u"ownerReferences"_s, QJsonArray{ownerRef(vmClone)}}}},
            {u"spec"_s, QJsonObject{{u"source"_s, source}}}};
}

QJsonObject restoreFor(const QJsonObject &vmClone, const QString &sourceVm, const QString &snapshotName,
                       const QStringList &patches)
{
    const QJsonObject cloneSpec = objectAt(vmClone, "spec"_L1);
    QJsonObject target = cloneSpec.contains("target"_L1)
                             ? objectAt(cloneSpec, "target"_L1)
                             : QJsonObject{{u"apiGroup"_s, u"kubevirt.io"_s}, {u"kind"_s, u"VirtualMachine"_s}};
    if (stringAt(target, "name"_L1).isEmpty())
        target.insert("name"_L1, sourceVm + u"-clone-"_s + randomString(5)); // generateVMName
    QJsonObject spec{{u"target"_s, target}, {u"virtualMachineSnapshotName"_s, snapshotName}};
    if (!patches.isEmpty())
        spec.insert("patches"_L1, QJsonArray::fromStringList(patches));
    if (cloneSpec.contains("volumeNamePolicy"_L1)) // ToVolumeRestorePolicy: anything else is RandomizeNames
        spec.insert("volumeRestorePolicy"_L1, stringAt(cloneSpec, "volumeNamePolicy"_L1) == "PrefixTargetName"_L1
                                                  ? u"PrefixTargetName"_s : u"RandomizeNames"_s);
    return {{u"metadata"_s, QJsonObject{{u"name"_s, u"tmp-restore-"_s + uidOf(vmClone)},
                                       {u"namespace"_s, namespaceOf(vmClone)},
                                       {u"ownerReferences"_s, QJsonArray{ownerRef(vmClone)}}}},
            {u"spec"_s, spec}};
}

QStringList generatePatches(const QJsonObject &sourceVm, const QJsonObject &cloneSpec)
{
    QStringList patches;
    const QJsonObject meta = objectAt(sourceVm, "metadata"_L1);
    const QJsonObject tmpl = objectAt(objectAt(sourceVm, "spec"_L1), "template"_L1);
    const QJsonObject domain = objectAt(objectAt(tmpl, "spec"_L1), "domain"_L1);
    const QJsonObject macs = objectAt(cloneSpec, "newMacAddresses"_L1);
    const QJsonArray interfaces = objectAt(domain, "devices"_L1).value("interfaces"_L1).toArray();
    for (qsizetype i = 0; i < interfaces.size(); ++i)
        patches << patchOp(u"replace"_s, QStringLiteral("/spec/template/spec/domain/devices/interfaces/%1/macAddress").arg(i),
                           macs.value(stringAt(interfaces.at(i).toObject(), "name"_L1)).toString());
    const bool firmware = domain.contains("firmware"_L1) && !domain.value("firmware"_L1).isNull();
    if (firmware)
        patches << patchOp(u"replace"_s, u"/spec/template/spec/domain/firmware/serial"_s, cloneSpec.value("newSMBiosSerial"_L1).toString());
    addRemovePatches(patches, objectAt(meta, "labels"_L1), cloneSpec.value("labelFilters"_L1), u"/metadata/labels"_s);
    QJsonObject annotations = objectAt(meta, "annotations"_L1);
    annotations.remove("restore.kubevirt.io/lastRestoreUID"_L1); // the restore needs it
    addRemovePatches(patches, annotations, cloneSpec.value("annotationFilters"_L1), u"/metadata/annotations"_s);
    const QJsonObject filters = objectAt(cloneSpec, "template"_L1);
    const QJsonObject tmplMeta = objectAt(tmpl, "metadata"_L1);
    addRemovePatches(patches, objectAt(tmplMeta, "labels"_L1), filters.value("labelFilters"_L1), u"/spec/template/metadata/labels"_s);
    addRemovePatches(patches, objectAt(tmplMeta, "annotations"_L1), filters.value("annotationFilters"_L1),
                     u"/spec/template/metadata/annotations"_s);
    if (firmware)
        patches << patchOp(u"replace"_s, u"/spec/template/spec/domain/firmware/uuid"_s, u""_s);
    for (const QJsonValue &p : cloneSpec.value("patches"_L1).toArray())
        patches << p.toString();
    return patches;
}

void updateCondition(QJsonArray &conditions, const QString &type, bool status, const QString &reason)
{
    const QJsonObject c{{u"type"_s, type}, {u"status"_s, status ? u"True"_s : u"False"_s}, {u"reason"_s, reason},
                        {u"lastProbeTime"_s, QJsonValue()}, {u"lastTransitionTime"_s, snaputil::now()}};
    for (QJsonValueRef existing : conditions) {
        const QJsonObject e = existing.toObject();
        if (stringAt(e, "type"_L1) != type)
            continue;
        if (stringAt(e, "status"_L1) != stringAt(c, "status"_L1) || stringAt(e, "reason"_L1) != reason)
            existing = c;
        return;
    }
    conditions.append(c);
}

} // namespace drover::sim::clone
