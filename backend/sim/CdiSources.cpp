// Where a DataVolume's data comes from and the claim CDI renders for it (Cdi.h, namespace cdi).
#include "Catalog.h"
#include "Cdi.h"
#include "Eviction.h"
#include "VmiJson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace drover::sim::cdi {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &DS = ApiResource::dataSources();
const ApiResource &PVC = ApiResource::persistentVolumeClaims();

// CDI pkg/controller/common/util.go DefaultInstanceTypeLabels.
const char *const kDefaultLabels[] = {"instancetype.kubevirt.io/default-instancetype",
                                      "instancetype.kubevirt.io/default-instancetype-kind",
                                      "instancetype.kubevirt.io/default-preference",
                                      "instancetype.kubevirt.io/default-preference-kind"};

QJsonObject labelsOf(const QJsonObject &obj)
{
    return objectAt(objectAt(obj, "metadata"_L1), "labels"_L1);
}

QJsonObject defaultLabelsIn(const QJsonObject &labels)
{
    QJsonObject out;
    for (const char *key : kDefaultLabels)
        if (labels.contains(QLatin1StringView(key)))
            out.insert(QLatin1StringView(key), labels.value(QLatin1StringView(key)));
    return out;
}

// The PVC a clone reads: spec.source.pvc, or the one its sourceRef's DataSource points at.
std::optional<QJsonObject> cloneSource(const ObjectStore &store, const QJsonObject &dv)
{
    const QJsonObject spec = objectAt(dv, "spec"_L1);
    QJsonObject pvc = objectAt(objectAt(spec, "source"_L1), "pvc"_L1);
    if (pvc.isEmpty() && spec.contains("sourceRef"_L1)) {
        if (const auto ds = dataSourceFor(store, namespaceOf(dv), spec))
            pvc = objectAt(objectAt(objectAt(*ds, "spec"_L1), "source"_L1), "pvc"_L1);
    }
    if (pvc.isEmpty())
        return std::nullopt;
    const QString ns = stringAt(pvc, "namespace"_L1);
    return store.get(PVC, ns.isEmpty() ? namespaceOf(dv) : ns, stringAt(pvc, "name"_L1));
}

// CDI pkg/controller/datavolume/util.go renderPvcSpecVolumeModeAndAccessModesAndStorageClass:
// the class (else the default virt class), then what the StorageProfile says is missing.
void renderModes(const ObjectStore &store, QJsonObject &spec)
{
    QString sc = stringAt(spec, "storageClassName"_L1);
    if (sc.isEmpty())
        sc = catalog::defaultVirtStorageClass(store);
    if (sc.isEmpty())
        return;
    spec.insert("storageClassName"_L1, sc);
    const QJsonArray sets = catalog::claimPropertySets(store, sc);
    const QJsonArray modes = spec.value("accessModes"_L1).toArray();
    const QString volumeMode = stringAt(spec, "volumeMode"_L1);
    for (const QJsonValue &v : sets) {
        const QJsonObject set = v.toObject();
        const QJsonArray setModes = set.value("accessModes"_L1).toArray();
        if (modes.isEmpty() && volumeMode.isEmpty()) { // getDefaultVolumeAndAccessMode: the first set
            spec.insert("accessModes"_L1, setModes);
            spec.insert("volumeMode"_L1, set.value("volumeMode"_L1));
            return;
        }
        if (modes.isEmpty() && stringAt(set, "volumeMode"_L1) == volumeMode) { // getDefaultAccessModes
            spec.insert("accessModes"_L1, setModes);
            return;
        }
        if (volumeMode.isEmpty() && !modes.isEmpty() && setModes.contains(modes.first())) { // getDefaultVolumeMode
            spec.insert("volumeMode"_L1, set.value("volumeMode"_L1));
            return;
        }
    }
}

// datasource-controller.go: what a DataSource's status should say, as (ready, reason, message).
struct Verdict
{
    bool ready = false;
    QString reason;
    QString message;
};

Verdict judge(const ObjectStore &store, const QJsonObject &ds, std::optional<QJsonObject> &pvc)
{
    const QJsonObject source = objectAt(objectAt(ds, "spec"_L1), "source"_L1);
    const QJsonObject ref = objectAt(source, "pvc"_L1);
    if (ref.isEmpty())
        return source.contains("snapshot"_L1) ? Verdict{false, u"NotFound"_s, u"Snapshot not found"_s}
                                              : Verdict{false, u"NoSource"_s, u"No source PVC set"_s};
    const QString ns = stringAt(ref, "namespace"_L1).isEmpty() ? namespaceOf(ds) : stringAt(ref, "namespace"_L1);
    pvc = store.get(PVC, ns, stringAt(ref, "name"_L1));
    if (const auto dv = store.get(ApiResource::dataVolumes(), ns, stringAt(ref, "name"_L1))) {
        const QString phase = stringAt(objectAt(*dv, "status"_L1), "phase"_L1);
        if (phase != "Succeeded"_L1)
            return {false, phase, u"Import DataVolume phase "_s + phase};
    } else if (!pvc) {
        return {false, u"NotFound"_s, u"PVC not found"_s};
    }
    return {true, u"Ready"_s, u"DataSource is ready to be consumed"_s};
}

} // namespace

std::optional<QJsonObject> reconcileDataSource(const ObjectStore &store, const QJsonObject &ds)
{
    if (objectAt(objectAt(ds, "spec"_L1), "source"_L1).contains("dataSource"_L1))
        return std::nullopt; // a chain of DataSources: not played
    std::optional<QJsonObject> pvc;
    const Verdict v = judge(store, ds, pvc);
    QJsonObject next = ds;
    QJsonObject meta = objectAt(next, "metadata"_L1);
    QJsonObject labels = labelsOf(next);
    // cc.CopyAllowedLabels: the PVC's kubevirt.io labels (validLabelsMatch in common/util.go).
    static const QRegularExpression allowed(u"^([\\w.]+\\.kubevirt.io|kubevirt.io)/[\\w.-]+$"_s);
    const QJsonObject pvcLabels = v.ready && pvc ? labelsOf(*pvc) : QJsonObject();
    for (auto it = pvcLabels.begin(); it != pvcLabels.end(); ++it)
        if (allowed.match(it.key()).hasMatch())
            labels.insert(it.key(), it.value());
    meta.insert("labels"_L1, labels);
    next.insert("metadata"_L1, meta);
    QJsonObject status = objectAt(next, "status"_L1);
    status.insert("source"_L1, v.ready ? objectAt(objectAt(ds, "spec"_L1), "source"_L1) : QJsonObject());
    const QJsonObject old = status.value("conditions"_L1).toArray().first().toObject();
    const QString statusText = v.ready ? u"True"_s : u"False"_s;
    const QString now = rfc3339(QDateTime::currentDateTimeUtc());
    status.insert("conditions"_L1,
                  QJsonArray{QJsonObject{{u"type"_s, u"Ready"_s}, {u"status"_s, statusText}, {u"reason"_s, v.reason},
                                         {u"message"_s, v.message}, {u"lastHeartbeatTime"_s, now},
                                         {u"lastTransitionTime"_s, stringAt(old, "status"_L1) == statusText
                                                                      ? old.value("lastTransitionTime"_L1)
                                                                      : QJsonValue(now)}}});
    next.insert("status"_L1, status);
    const bool same = labels == labelsOf(ds) && stringAt(old, "status"_L1) == statusText &&
                      stringAt(old, "reason"_L1) == v.reason && stringAt(old, "message"_L1) == v.message &&
                      objectAt(objectAt(ds, "status"_L1), "source"_L1) == status.value("source"_L1).toObject();
    if (same)
        return std::nullopt;
    return next;
}

Result<QJsonObject> dataSourceFor(const ObjectStore &store, const QString &ns, const QJsonObject &dvSpec)
{
    const QJsonObject ref = objectAt(dvSpec, "sourceRef"_L1);
    const QString refNs = stringAt(ref, "namespace"_L1);
    const QString name = stringAt(ref, "name"_L1);
    auto ds = store.get(DS, refNs.isEmpty() ? ns : refNs, name);
    if (!ds) // what client-go's Get returns (apimachinery errors.NewNotFound)
        return Result<QJsonObject>::failure(Error::Kind::NotFound,
                                            QStringLiteral("datasources.cdi.kubevirt.io \"%1\" not found").arg(name));
    return *ds;
}

Result<QJsonObject> resolveTemplateSpec(const ObjectStore &store, const QString &ns, QJsonObject spec)
{
    // KubeVirt pkg/storage/types/dv.go GetResolvedCloneSource.
    const QJsonObject ref = objectAt(spec, "sourceRef"_L1);
    QJsonObject source = objectAt(spec, "source"_L1);
    QString sourceNs = ns;
    if (!ref.isEmpty() && stringAt(ref, "kind"_L1) == "DataSource"_L1) {
        const auto ds = dataSourceFor(store, ns, spec);
        if (!ds)
            return ds.error();
        if (!stringAt(ref, "namespace"_L1).isEmpty())
            sourceNs = stringAt(ref, "namespace"_L1);
        const QJsonObject dsSpec = objectAt(*ds, "spec"_L1);
        const QJsonObject resolved = objectAt(dsSpec, "source"_L1).contains("dataSource"_L1)
                                         ? objectAt(objectAt(*ds, "status"_L1), "source"_L1)
                                         : objectAt(dsSpec, "source"_L1);
        source = QJsonObject();
        for (const char *kind : {"pvc", "snapshot"})
            if (resolved.contains(QLatin1StringView(kind)))
                source.insert(QLatin1StringView(kind), resolved.value(QLatin1StringView(kind)));
    }
    for (const char *kind : {"pvc", "snapshot"}) {
        QJsonObject from = objectAt(source, QLatin1StringView(kind));
        if (from.isEmpty())
            continue;
        if (stringAt(from, "namespace"_L1).isEmpty())
            from.insert("namespace"_L1, sourceNs);
        spec.remove("sourceRef"_L1);
        spec.insert("source"_L1, QJsonObject{{QLatin1StringView(kind), from}});
        break;
    }
    return spec;
}

QJsonObject claimSpecFor(const ObjectStore &store, const QJsonObject &dv)
{
    const QJsonObject dvSpec = objectAt(dv, "spec"_L1);
    const bool storageApi = dvSpec.contains("storage"_L1);
    QJsonObject spec = storageApi ? objectAt(dvSpec, "storage"_L1) : objectAt(dvSpec, "pvc"_L1);
    if (storageApi) {
        renderModes(store, spec);
        QJsonObject resources = objectAt(spec, "resources"_L1);
        QJsonObject requests = objectAt(resources, "requests"_L1);
        if (!requests.contains("storage"_L1)) // a clone may leave the size to its source
            if (const auto src = cloneSource(store, dv)) {
                requests.insert("storage"_L1, objectAt(objectAt(*src, "status"_L1), "capacity"_L1).value("storage"_L1));
                resources.insert("requests"_L1, requests);
                spec.insert("resources"_L1, resources);
            }
    }
    if (!spec.contains("accessModes"_L1))
        spec.insert("accessModes"_L1, QJsonArray{u"ReadWriteOnce"_s});
    if (!spec.contains("volumeMode"_L1))
        spec.insert("volumeMode"_L1, u"Filesystem"_s);
    return spec;
}

QJsonObject defaultInstancetypeLabels(const ObjectStore &store, const QJsonObject &dv)
{
    // updateDataVolumeDefaultInstancetypeLabels: nothing when the DataVolume has one already; a
    // sourceRef only with an explicit namespace.
    if (!defaultLabelsIn(labelsOf(dv)).isEmpty())
        return {};
    const QJsonObject spec = objectAt(dv, "spec"_L1);
    const QJsonObject pvc = objectAt(objectAt(spec, "source"_L1), "pvc"_L1);
    if (!pvc.isEmpty()) {
        const auto src = store.get(PVC, stringAt(pvc, "namespace"_L1), stringAt(pvc, "name"_L1));
        return src ? defaultLabelsIn(labelsOf(*src)) : QJsonObject();
    }
    if (stringAt(objectAt(spec, "sourceRef"_L1), "namespace"_L1).isEmpty())
        return {};
    const auto ds = dataSourceFor(store, namespaceOf(dv), spec);
    return ds ? defaultLabelsIn(labelsOf(*ds)) : QJsonObject();
}

QString importFailure(const QJsonObject &dvSpec)
{
    // The importer writes "Unable to connect to http data source: <err>" as its termination
    // message (CDI cmd/cdi-importer/importer.go errorCannotConnectDataSource); err from
    // pkg/importer/http-datasource.go createHTTPReader: a status other than 200 is "expected
    // status code 200, got N. Status: <resp.Status>"; a failed GET is "HTTP request errored: "
    // and Go's *url.Error (the resolver address is a kubeadm cluster's kube-dns, 10.96.0.10).
    const QString url = stringAt(objectAt(objectAt(dvSpec, "source"_L1), "http"_L1), "url"_L1);
    if (url.isEmpty())
        return {};
    const QUrl u(url);
    const QString prefix = u"Unable to connect to http data source: "_s;
    if (u.host().endsWith(".invalid"_L1))
        return prefix + QStringLiteral("HTTP request errored: Get \"%1\": dial tcp: lookup %2 on 10.96.0.10:53: "
                                       "no such host").arg(url, u.host());
    if (u.path().endsWith("/404"_L1))
        return prefix + u"expected status code 200, got 404. Status: 404 Not Found"_s;
    return {};
}

std::optional<ApiServer::HookAnswer> admitDataVolume(const ObjectStore &store, const QJsonObject &obj)
{
    // CDI pkg/apiserver/webhooks/datavolume-mutate.go Admit: AuthorizeUser resolves the clone
    // source (containerized-data-importer-api authorize_utils.go newCloneSourceHandler); its
    // error becomes toAdmissionResponseError (400), which kube-apiserver words as
    // "admission webhook %q denied the request: %s" (apiserver webhook errors ToStatusErr).
    const QJsonObject spec = objectAt(obj, "spec"_L1);
    const QJsonObject ref = objectAt(spec, "sourceRef"_L1);
    if (ref.isEmpty() || stringAt(ref, "kind"_L1) != "DataSource"_L1)
        return std::nullopt;
    const QString ns = namespaceOf(obj);
    if (ns.isEmpty() && stringAt(ref, "namespace"_L1).isEmpty())
        return std::nullopt;
    const auto ds = dataSourceFor(store, ns, spec);
    if (ds)
        return std::nullopt;
    return ApiServer::HookAnswer{
        400, statusObject(400, u"admission webhook \"datavolume-mutate.cdi.kubevirt.io\" denied the request: "_s +
                                   ds.error().message)};
}

} // namespace drover::sim::cdi
