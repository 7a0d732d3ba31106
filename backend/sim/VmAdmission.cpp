#include "VmAdmission.h"

#include "CrdSchema.h"
#include "Eviction.h"
#include "ObjectStore.h"
#include "Quantity.h"
#include "VmiJson.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

namespace drover::sim {

using namespace Qt::StringLiterals;
using namespace vmadmission;
using kube::ApiResource;

namespace {

constexpr QLatin1StringView kMutator{"virtualmachines-mutator.kubevirt.io"};

ApiServer::HookAnswer unreachable()
{
    // dispatcher.go: ErrCallingWebhook under failurePolicy Fail → NewInternalError (Eviction.cpp).
    const QString err = u"failed calling webhook \"%1\": failed to call webhook: Post "
                        u"\"https://virt-api.kubevirt.svc:443/virtualmachines-mutate?timeout=10s\": "
                        u"dial tcp 10.96.0.115:443: connect: connection refused"_s.arg(kMutator);
    return {500, statusObject(500, u"Internal error occurred: "_s + err, u"InternalError"_s,
                              QJsonObject{{u"causes"_s, QJsonArray{QJsonObject{{u"message"_s, err}}}}})};
}

// go-openapi's "<path>.<key> in body is required" (a null is taken as missing).
void requireKey(QStringList &errors, const QJsonObject &o, const QString &path, QLatin1StringView key)
{
    if (!has(o, key))
        errors << path + u'.' + key + u" in body is required"_s;
}

void requireInItems(QStringList &errors, const QJsonValue &items, const QString &path, QLatin1StringView key = "name"_L1)
{
    const QJsonArray list = items.toArray();
    for (qsizetype i = 0; i < list.size(); ++i)
        requireKey(errors, list.at(i).toObject(), path + u'.' + QString::number(i), key);
}

// webhookutils.ValidateSchema against virt-api's OpenAPI (openapi.go Validate): required fields.
QStringList schemaErrors(const QJsonObject &vm)
{
    if (!has(vm, "spec"_L1))
        return {u"spec in body is required"_s};
    QStringList errors;
    const QJsonObject spec = objectAt(vm, "spec"_L1);
    requireKey(errors, spec, u"spec"_s, "template"_L1);
    requireInItems(errors, spec.value("dataVolumeTemplates"_L1), u"spec.dataVolumeTemplates"_s, "spec"_L1);
    const QJsonValue tspecValue = valueAt(spec, {"template"_L1, "spec"_L1});
    if (!tspecValue.isObject())
        return errors;
    const QJsonObject tspec = tspecValue.toObject();
    requireKey(errors, tspec, u"spec.template.spec"_s, "domain"_L1);
    requireInItems(errors, tspec.value("networks"_L1), u"spec.template.spec.networks"_s);
    requireInItems(errors, tspec.value("volumes"_L1), u"spec.template.spec.volumes"_s);
    if (!tspec.value("domain"_L1).isObject())
        return errors;
    const QJsonObject domain = objectAt(tspec, "domain"_L1);
    requireKey(errors, domain, u"spec.template.spec.domain"_s, "devices"_L1);
    const QJsonObject devices = objectAt(domain, "devices"_L1);
    requireInItems(errors, devices.value("disks"_L1), u"spec.template.spec.domain.devices.disks"_s);
    requireInItems(errors, devices.value("interfaces"_L1), u"spec.template.spec.domain.devices.interfaces"_s);
    return errors;
}

// instancetype/webhooks/vm/mutator.go validateInstancetypeMatcher / validatePreferenceMatcher.
Causes matcherCauses(const QJsonObject &spec, QLatin1StringView key, QLatin1StringView type)
{
    Causes c;
    if (!spec.value(key).isObject())
        return c;
    const QJsonObject m = objectAt(spec, key);
    const QString path = u"spec."_s + key, infer = stringAt(m, "inferFromVolume"_L1);
    if (stringAt(m, "name"_L1).isEmpty() && infer.isEmpty())
        c << Cause{u"FieldValueNotFound"_s, u"Either Name or InferFromVolume should be provided within the "_s + type, path};
    if (!infer.isEmpty() && !stringAt(m, "name"_L1).isEmpty())
        c << Cause{u"FieldValueNotSupported"_s, u"Name already set, should be cleared before setting inferFromVolume"_s, path + u".name"_s};
    if (!infer.isEmpty() && !stringAt(m, "kind"_L1).isEmpty())
        c << Cause{u"FieldValueNotSupported"_s, u"Kind already set, should be cleared before setting inferFromVolume"_s, path + u".kind"_s};
    const QString policy = stringAt(m, "inferFromVolumeFailurePolicy"_L1);
    if (has(m, "inferFromVolumeFailurePolicy"_L1) && policy != "Ignore"_L1 && policy != "Reject"_L1)
        c << Cause{u"FieldValueInvalid"_s, u"Invalid value '%1' for InferFromVolumeFailurePolicy"_s.arg(policy),
                   path + u".inferFromVolumeFailurePolicy"_s};
    return c;
}

// instancetype/webhooks/vm/mutator.go mutateArch, mutateMachineType, mutateDataVolumeTemplates.
void applyPreferenceDefaults(QJsonObject &vm, const QJsonObject &pref)
{
    const QString arch = stringAt(pref, "preferredArchitecture"_L1);
    if (!arch.isEmpty() && valueAt(vm, {"spec"_L1, "template"_L1, "spec"_L1, "architecture"_L1}).toString().isEmpty())
        setAt(vm, {"spec"_L1, "template"_L1, "spec"_L1, "architecture"_L1}, arch);
    const QString machine = valueAt(pref, {"machine"_L1, "preferredMachineType"_L1}).toString();
    const std::initializer_list<QLatin1StringView> type{"spec"_L1, "template"_L1, "spec"_L1, "domain"_L1, "machine"_L1, "type"_L1};
    if (!machine.isEmpty() && valueAt(vm, type).toString().isEmpty())
        setAt(vm, type, machine);
    const QString storageClass = valueAt(pref, {"volumes"_L1, "preferredStorageClassName"_L1}).toString();
    QJsonArray templates = valueAt(vm, {"spec"_L1, "dataVolumeTemplates"_L1}).toArray();
    if (storageClass.isEmpty() || templates.isEmpty())
        return;
    for (QJsonValueRef t : templates) {
        QJsonObject dv = t.toObject();
        for (const QLatin1StringView key : {"pvc"_L1, "storage"_L1})
            if (valueAt(dv, {"spec"_L1, key}).isObject() && !has(valueAt(dv, {"spec"_L1, key}).toObject(), "storageClassName"_L1))
                setAt(dv, {"spec"_L1, key, "storageClassName"_L1}, storageClass);
        t = dv;
    }
    setAt(vm, {"spec"_L1, "dataVolumeTemplates"_L1}, templates);
}

// vm-mutator.go setFirmwareDefaultsIfEmpty (create only): new-style random UUIDs.
void setFirmwareDefaults(QJsonObject &vm)
{
    const std::initializer_list<QLatin1StringView> uuid{"spec"_L1, "template"_L1, "spec"_L1, "domain"_L1, "firmware"_L1, "uuid"_L1};
    const std::initializer_list<QLatin1StringView> serial{"spec"_L1, "template"_L1, "spec"_L1, "domain"_L1, "firmware"_L1, "serial"_L1};
    if (valueAt(vm, uuid).toString().isEmpty())
        setAt(vm, uuid, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (valueAt(vm, serial).toString().isEmpty())
        setAt(vm, serial, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

// defaults.go setDefaultArchitectureFromDataSource: the first DataSource (followed once through a
// DataSource source) a dataVolumeTemplate clones that carries template.kubevirt.io/architecture.
QString architectureFromDataSources(const ObjectStore &store, const QJsonObject &vm)
{
    for (const QJsonValue &t : valueAt(vm, {"spec"_L1, "dataVolumeTemplates"_L1}).toArray()) {
        const QJsonObject ref = valueAt(t.toObject(), {"spec"_L1, "sourceRef"_L1}).toObject();
        if (stringAt(ref, "kind"_L1).compare("DataSource"_L1, Qt::CaseInsensitive) != 0)
            continue;
        const QString ns = stringAt(ref, "namespace"_L1).isEmpty() ? namespaceOf(vm) : stringAt(ref, "namespace"_L1);
        auto ds = store.get(ApiResource::dataSources(), ns, stringAt(ref, "name"_L1));
        const QJsonValue inner = ds ? valueAt(*ds, {"spec"_L1, "source"_L1, "dataSource"_L1}) : QJsonValue();
        if (inner.isObject())
            ds = store.get(ApiResource::dataSources(), stringAt(inner.toObject(), "namespace"_L1), stringAt(inner.toObject(), "name"_L1));
        const QString arch = ds ? labelOf(*ds, u"template.kubevirt.io/architecture"_s) : QString();
        if (arch == "amd64"_L1 || arch == "arm64"_L1 || arch == "s390x"_L1)
            return arch;
    }
    return {};
}

// defaults.go SetVirtualMachineDefaults: architecture (virt-api's own, amd64, unless a DataSource
// says otherwise) and the machine type of it (virt-config.go: q35, virt, s390-ccw-virtio).
void setVmDefaults(const ObjectStore &store, QJsonObject &vm)
{
    const std::initializer_list<QLatin1StringView> archPath{"spec"_L1, "template"_L1, "spec"_L1, "architecture"_L1};
    if (valueAt(vm, archPath).toString().isEmpty()) {
        const QString fromSource = architectureFromDataSources(store, vm);
        setAt(vm, archPath, fromSource.isEmpty() ? u"amd64"_s : fromSource);
    }
    const QString arch = valueAt(vm, archPath).toString();
    const std::initializer_list<QLatin1StringView> type{"spec"_L1, "template"_L1, "spec"_L1, "domain"_L1, "machine"_L1, "type"_L1};
    if (valueAt(vm, type).toString().isEmpty())
        setAt(vm, type, arch == "arm64"_L1 ? u"virt"_s : arch == "s390x"_L1 ? u"s390-ccw-virtio"_s : u"q35"_s);
}

// vm-mutator.go (create): defaults.SupportsPCIeHotplug → setDefaultPciTopologyVersion.
void setPciTopologyVersion(QJsonObject &vm)
{
    const QString arch = valueAt(vm, {"spec"_L1, "template"_L1, "spec"_L1, "architecture"_L1}).toString();
    const QString type = valueAt(vm, {"spec"_L1, "template"_L1, "spec"_L1, "domain"_L1, "machine"_L1, "type"_L1}).toString();
    if ((arch != "amd64"_L1 && arch != "arm64"_L1 && !arch.isEmpty()) || (!type.contains("q35"_L1) && !type.startsWith("virt"_L1)))
        return;
    const std::initializer_list<QLatin1StringView> key{"spec"_L1, "template"_L1, "metadata"_L1, "annotations"_L1,
                                                       "kubevirt.io/pci-topology-version"_L1};
    if (valueAt(vm, key).isUndefined())
        setAt(vm, key, u"v3"_s);
}

std::optional<ApiServer::HookAnswer> mutate(const ObjectStore &store, QJsonObject &vm, bool create)
{
    if (const Causes c = matcherCauses(objectAt(vm, "spec"_L1), "instancetype"_L1, "InstancetypeMatcher"_L1); !c.isEmpty())
        return denial(kMutator, c);
    if (const Causes c = matcherCauses(objectAt(vm, "spec"_L1), "preference"_L1, "PreferenceMatcher"_L1); !c.isEmpty())
        return denial(kMutator, c);
    if (const auto pref = findSpec(store, vm, true))
        applyPreferenceDefaults(vm, *pref);
    if (create)
        setFirmwareDefaults(vm);
    setVmDefaults(store, vm);
    if (create)
        setPciTopologyVersion(vm);
    return std::nullopt;
}

QString goQuoted(const QString &s)
{
    QString out = s;
    out.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + out + u'"';
}

// kube-apiserver between the webhooks: apiextensions-apiserver's ValidateObjectMetaAccessor with
// NameIsDNSSubdomain, answered as errors.NewInvalid.
std::optional<ApiServer::HookAnswer> invalidName(const QJsonObject &vm)
{
    const QString name = nameOf(vm);
    const QStringList errors = name.isEmpty() ? QStringList() : dns1123SubdomainErrors(name);
    if (errors.isEmpty())
        return std::nullopt;
    QList<CrdFieldError> list;
    for (const QString &e : errors)
        list << CrdFieldError{u"FieldValueInvalid"_s, u"metadata.name"_s, u"Invalid value: %1: %2"_s.arg(goQuoted(name), e)};
    return ApiServer::HookAnswer{422, invalidStatus(u"VirtualMachine"_s, u"kubevirt.io"_s, name, list)};
}

} // namespace

namespace vmadmission {

// webhookutils.ToAdmissionResponse (the first ten causes), then ToStatusErr.
ApiServer::HookAnswer denial(QLatin1StringView webhook, const Causes &causes)
{
    QStringList messages;
    QJsonArray shown;
    for (qsizetype i = 0; i < causes.size() && i < 10; ++i) {
        const Cause &c = causes.at(i);
        messages << c.message;
        QJsonObject cause;
        if (!c.reason.isEmpty())
            cause.insert("reason"_L1, c.reason);
        if (!c.message.isEmpty())
            cause.insert("message"_L1, c.message);
        if (!c.field.isEmpty())
            cause.insert("field"_L1, c.field);
        shown.append(cause);
    }
    QString message = messages.join(u", "_s);
    if (causes.size() > 10)
        message += u", and %1 more validation errors"_s.arg(causes.size() - 10);
    message = u"admission webhook \"%1\" denied the request: %2"_s.arg(webhook, message);
    return {422, statusObject(422, message, u"Invalid"_s, QJsonObject{{u"causes"_s, shown}})};
}

// find/spec.go Find, preference/find/spec.go FindPreference: the kind (any case, singular or
// plural; empty: the cluster kind) picks the resource. Not found, an unknown kind or a
// revisionName (no ControllerRevisions here): nothing, which both webhooks ignore.
std::optional<QJsonObject> findSpec(const ObjectStore &store, const QJsonObject &vm, bool preference)
{
    const QJsonObject m = valueAt(vm, {"spec"_L1, preference ? "preference"_L1 : "instancetype"_L1}).toObject();
    if (m.isEmpty() || !stringAt(m, "revisionName"_L1).isEmpty())
        return std::nullopt;
    const QString kind = stringAt(m, "kind"_L1).toLower();
    const QString local = preference ? u"virtualmachinepreference"_s : u"virtualmachineinstancetype"_s;
    const QString cluster = preference ? u"virtualmachineclusterpreference"_s : u"virtualmachineclusterinstancetype"_s;
    const ApiResource *res = nullptr;
    if (kind == local || kind == local + u's')
        res = preference ? &ApiResource::preferences() : &ApiResource::instancetypes();
    else if (kind.isEmpty() || kind == cluster || kind == cluster + u's')
        res = preference ? &ApiResource::clusterPreferences() : &ApiResource::clusterInstancetypes();
    const auto found = res ? store.get(*res, namespaceOf(vm), stringAt(m, "name"_L1)) : std::nullopt;
    if (!found)
        return std::nullopt;
    return objectAt(*found, "spec"_L1);
}

QJsonValue valueAt(const QJsonObject &o, std::initializer_list<QLatin1StringView> path)
{
    QJsonValue v = o;
    for (const QLatin1StringView key : path)
        v = v.toObject().value(key);
    return v;
}

namespace {

void setAtPath(QJsonObject &o, const QLatin1StringView *key, const QLatin1StringView *end, const QJsonValue &v)
{
    if (key + 1 == end) {
        o.insert(*key, v);
        return;
    }
    QJsonObject child = o.value(*key).toObject();
    setAtPath(child, key + 1, end, v);
    o.insert(*key, child);
}

} // namespace

void setAt(QJsonObject &o, std::initializer_list<QLatin1StringView> path, const QJsonValue &v)
{
    setAtPath(o, path.begin(), path.end(), v);
}


namespace {

const QString kDns1123LabelFmt = u"[a-z0-9]([-a-z0-9]*[a-z0-9])?"_s;

// validation.RegexError with its examples.
QString regexError(const QString &message, const QString &format, const QStringList &examples)
{
    QString out = message + u" (e.g. "_s;
    for (qsizetype i = 0; i < examples.size(); ++i)
        out += (i > 0 ? u" or "_s : QString()) + u'\'' + examples.at(i) + u"', "_s;
    return out + u"regex used for validation is '"_s + format + u"')"_s;
}

} // namespace

QStringList dns1123LabelErrors(const QString &value)
{
    static const QRegularExpression label(u"^"_s + kDns1123LabelFmt + u'$');
    static const QRegularExpression subdomain(u"^"_s + kDns1123LabelFmt + u"(\\."_s + kDns1123LabelFmt + u")*$"_s);
    QStringList errors;
    if (value.size() > 63)
        errors << u"must be no more than 63 characters"_s;
    if (label.match(value).hasMatch())
        return errors;
    if (subdomain.match(value).hasMatch())
        return errors << u"must not contain dots"_s;
    return errors << regexError(u"a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must "
                                u"start and end with an alphanumeric character"_s,
                                kDns1123LabelFmt, {u"my-name"_s, u"123-abc"_s});
}

QStringList dns1123SubdomainErrors(const QString &value)
{
    const QString format = kDns1123LabelFmt + u"(\\."_s + kDns1123LabelFmt + u")*"_s;
    static const QRegularExpression subdomain(u"^"_s + kDns1123LabelFmt + u"(\\."_s + kDns1123LabelFmt + u")*$"_s);
    QStringList errors;
    if (value.size() > 253)
        errors << u"must be no more than 253 characters"_s;
    if (!subdomain.match(value).hasMatch())
        errors << regexError(u"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and "
                             u"must start and end with an alphanumeric character"_s,
                             format, {u"example.com"_s});
    return errors;
}

qint64 bytesOf(const QJsonValue &v)
{
    const auto bytes = v.isUndefined() ? Result<std::int64_t>::failure(QString()) : core::bytesFromJson(v);
    return bytes ? *bytes : 0;
}

qint64 cpuMillisOf(const QJsonValue &v)
{
    const auto millis = v.isUndefined() ? Result<std::int64_t>::failure(QString()) : core::cpuMillisFromJson(v);
    return millis ? *millis : 0;
}

// resource.Quantity String() (CanonicalizeBytes) for whole numbers: binary suffixes stay binary
// at the largest exact power of 1024 (under 1024: a plain number), the rest decimal.
QString canonicalQuantity(const QJsonValue &v)
{
    const QString text = v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 17);
    const auto bytes = core::bytesFromJson(v);
    if (!bytes)
        return text;
    const bool binary = text.endsWith(u'i');
    static const char *const binarySuffixes[] = {"", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"};
    static const char *const decimalSuffixes[] = {"", "k", "M", "G", "T", "P", "E"};
    const qint64 step = binary ? 1024 : 1000;
    qint64 n = *bytes;
    int power = 0;
    while (n != 0 && n % step == 0 && power < 6 && (!binary || *bytes >= 1024)) {
        n /= step;
        ++power;
    }
    return QString::number(n) + QLatin1StringView(binary ? binarySuffixes[power] : decimalSuffixes[power]);
}

} // namespace vmadmission

std::optional<ApiServer::HookAnswer> admitVirtualMachine(const ObjectStore &store, QJsonObject &obj, bool create,
                                                         bool virtApiUp)
{
    if (!virtApiUp)
        return unreachable();
    if (const QStringList errors = schemaErrors(obj); !errors.isEmpty()) {
        Causes c;
        for (const QString &e : errors)
            c << Cause{{}, e, {}};
        return denial(kMutator, c);
    }
    if (markedForDeletion(obj)) // both webhooks let a VM being deleted through untouched
        return std::nullopt;
    if (auto denied = mutate(store, obj, create))
        return denied;
    if (create)
        if (auto refused = invalidName(obj))
            return refused;
    return validate(store, obj, create);
}

} // namespace drover::sim
