#include "Discovery.h"

#include "CrdSchema.h"

#include <QJsonArray>
#include <QMap>

namespace drover::sim {

static QJsonArray strings(const QStringList &l)
{
    return QJsonArray::fromStringList(l);
}

ResourceInfo resourceInfo(const kube::ApiResource &r)
{
    static const QMap<QString, ResourceInfo> known = {
        {QStringLiteral("nodes"), {{QStringLiteral("no")}, {}, QStringLiteral("node")}},
        {QStringLiteral("namespaces"), {{QStringLiteral("ns")}, {}, QStringLiteral("namespace")}},
        {QStringLiteral("pods"), {{QStringLiteral("po")}, {QStringLiteral("all")}, QStringLiteral("pod")}},
        {QStringLiteral("events"), {{QStringLiteral("ev")}, {}, QStringLiteral("event")}},
        {QStringLiteral("virtualmachines"),
         {{QStringLiteral("vm"), QStringLiteral("vms")}, {QStringLiteral("all")}, QStringLiteral("virtualmachine")}},
        {QStringLiteral("virtualmachineinstances"),
         {{QStringLiteral("vmi"), QStringLiteral("vmis")}, {QStringLiteral("all")}, QStringLiteral("virtualmachineinstance")}},
        {QStringLiteral("virtualmachineinstancemigrations"),
         {{QStringLiteral("vmim"), QStringLiteral("vmims")}, {QStringLiteral("all")}, QStringLiteral("virtualmachineinstancemigration")}},
        {QStringLiteral("virtualmachinesnapshots"),
         {{QStringLiteral("vmsnapshot"), QStringLiteral("vmsnapshots")}, {QStringLiteral("all")}, QStringLiteral("virtualmachinesnapshot")}},
        {QStringLiteral("daemonsets"), {{QStringLiteral("ds")}, {QStringLiteral("all")}, QStringLiteral("daemonset")}},
        {QStringLiteral("replicasets"), {{QStringLiteral("rs")}, {QStringLiteral("all")}, QStringLiteral("replicaset")}},
        {QStringLiteral("deployments"), {{QStringLiteral("deploy")}, {QStringLiteral("all")}, QStringLiteral("deployment")}},
        {QStringLiteral("poddisruptionbudgets"), {{QStringLiteral("pdb")}, {}, QStringLiteral("poddisruptionbudget")}},
        {QStringLiteral("kubevirts"), {{QStringLiteral("kv"), QStringLiteral("kvs")}, {QStringLiteral("all")}, QStringLiteral("kubevirt")}},
        {QStringLiteral("virtualmachinerestores"),
         {{QStringLiteral("vmrestore"), QStringLiteral("vmrestores")}, {QStringLiteral("all")}, QStringLiteral("virtualmachinerestore")}},
        {QStringLiteral("virtualmachineclones"),
         {{QStringLiteral("vmclone"), QStringLiteral("vmclones")}, {QStringLiteral("all")}, QStringLiteral("virtualmachineclone")}},
        // What creating a VM reads (Catalog.h): KubeVirt's instancetype CRDs
        // (pkg/virt-operator/resource/generate/components/crds.go), CDI's (crds_generated.go),
        // Multus' NetworkAttachmentDefinition CRD, and storage.k8s.io's StorageClass.
        {QStringLiteral("virtualmachineclusterinstancetypes"),
         {{QStringLiteral("vmclusterinstancetype"), QStringLiteral("vmclusterinstancetypes"), QStringLiteral("vmcf"),
           QStringLiteral("vmcfs")}, {}, QStringLiteral("virtualmachineclusterinstancetype")}},
        {QStringLiteral("virtualmachineinstancetypes"),
         {{QStringLiteral("vminstancetype"), QStringLiteral("vminstancetypes"), QStringLiteral("vmf"), QStringLiteral("vmfs")},
          {QStringLiteral("all")}, QStringLiteral("virtualmachineinstancetype")}},
        {QStringLiteral("virtualmachineclusterpreferences"),
         {{QStringLiteral("vmcp"), QStringLiteral("vmcps")}, {}, QStringLiteral("virtualmachineclusterpreference")}},
        {QStringLiteral("virtualmachinepreferences"),
         {{QStringLiteral("vmpref"), QStringLiteral("vmprefs"), QStringLiteral("vmp"), QStringLiteral("vmps")},
          {QStringLiteral("all")}, QStringLiteral("virtualmachinepreference")}},
        {QStringLiteral("datavolumes"), {{QStringLiteral("dv"), QStringLiteral("dvs")}, {QStringLiteral("all")}, QStringLiteral("datavolume")}},
        {QStringLiteral("datasources"), {{QStringLiteral("das")}, {QStringLiteral("all")}, QStringLiteral("datasource")}},
        {QStringLiteral("network-attachment-definitions"),
         {{QStringLiteral("net-attach-def")}, {}, QStringLiteral("network-attachment-definition")}},
        {QStringLiteral("storageclasses"), {{QStringLiteral("sc")}, {}, QStringLiteral("storageclass")}},
        {QStringLiteral("persistentvolumeclaims"), {{QStringLiteral("pvc")}, {}, QStringLiteral("persistentvolumeclaim")}},
    };
    // Drover's own kinds: what their CRDs name, as apiextensions-apiserver serves it.
    if (const CrdSchemas::Kind *k = CrdSchemas::builtIn().find(r.group, r.plural))
        return ResourceInfo{k->shortNames, k->categories, k->singular};
    return known.value(r.plural, ResourceInfo{{}, {}, r.kind.toLower()});
}

QJsonObject versionDocument()
{
    return QJsonObject{{QStringLiteral("major"), QStringLiteral("1")},
                       {QStringLiteral("minor"), QStringLiteral("30")},
                       {QStringLiteral("gitVersion"), QStringLiteral("v1.30.0-drover-sim")},
                       {QStringLiteral("gitCommit"), QStringLiteral("0000000")},
                       {QStringLiteral("gitTreeState"), QStringLiteral("clean")},
                       {QStringLiteral("buildDate"), QStringLiteral("2026-01-01T00:00:00Z")},
                       {QStringLiteral("goVersion"), QStringLiteral("n/a")},
                       {QStringLiteral("compiler"), QStringLiteral("gcc")},
                       {QStringLiteral("platform"), QStringLiteral("linux/amd64")}};
}

QJsonObject coreVersions(const QString &serverAddress)
{
    return QJsonObject{
        {QStringLiteral("kind"), QStringLiteral("APIVersions")},
        {QStringLiteral("versions"), QJsonArray{QStringLiteral("v1")}},
        {QStringLiteral("serverAddressByClientCIDRs"),
         QJsonArray{QJsonObject{{QStringLiteral("clientCIDR"), QStringLiteral("0.0.0.0/0")},
                                {QStringLiteral("serverAddress"), serverAddress}}}}};
}

QJsonObject groupList(const QList<kube::ApiResource> &resources)
{
    QMap<QString, QStringList> versions; // group -> versions, in registration order
    for (const auto &r : resources)
        if (!r.group.isEmpty() && !versions[r.group].contains(r.version))
            versions[r.group].append(r.version);
    // KubeVirt's aggregated subresource API.
    versions[QStringLiteral("subresources.kubevirt.io")] = {QStringLiteral("v1")};
    QJsonArray groups;
    for (auto it = versions.begin(); it != versions.end(); ++it) {
        QJsonArray vs;
        for (const auto &v : it.value())
            vs.append(QJsonObject{{QStringLiteral("groupVersion"), it.key() + QLatin1Char('/') + v},
                                  {QStringLiteral("version"), v}});
        groups.append(QJsonObject{{QStringLiteral("name"), it.key()},
                                  {QStringLiteral("versions"), vs},
                                  {QStringLiteral("preferredVersion"), vs.first()}});
    }
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("APIGroupList")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("groups"), groups}};
}

std::optional<QJsonObject> resourceList(const QList<kube::ApiResource> &resources,
                                        const QString &group, const QString &version)
{
    QJsonArray list;
    const QStringList verbs = {QStringLiteral("create"), QStringLiteral("delete"),
                               QStringLiteral("get"),    QStringLiteral("list"),
                               QStringLiteral("patch"),  QStringLiteral("update"),
                               QStringLiteral("watch")};
    for (const auto &r : resources) {
        if (r.group != group || r.version != version)
            continue;
        const ResourceInfo info = resourceInfo(r);
        QJsonObject o{{QStringLiteral("name"), r.plural},
                      {QStringLiteral("singularName"), info.singular},
                      {QStringLiteral("namespaced"), r.namespaced},
                      {QStringLiteral("kind"), r.kind},
                      {QStringLiteral("verbs"), strings(verbs)}};
        if (!info.shortNames.isEmpty())
            o.insert(QStringLiteral("shortNames"), strings(info.shortNames));
        if (!info.categories.isEmpty())
            o.insert(QStringLiteral("categories"), strings(info.categories));
        list.append(o);
        if (r.plural == QLatin1String("virtualmachineinstances")) // KubeVirt's VMI CRD has no /status
            continue;
        list.append(QJsonObject{{QStringLiteral("name"), r.plural + QStringLiteral("/status")},
                                {QStringLiteral("singularName"), QString()},
                                {QStringLiteral("namespaced"), r.namespaced},
                                {QStringLiteral("kind"), r.kind},
                                {QStringLiteral("verbs"), strings({QStringLiteral("get"), QStringLiteral("patch"), QStringLiteral("update")})}});
    }
    if (group.isEmpty() && version == QLatin1String("v1") && !list.isEmpty()) {
        // kubectl drain looks for this entry (name, group, version and kind set) and falls back to
        // plain DELETE without it (k8s.io/kubectl/pkg/drain/drain.go CheckEvictionSupport).
        list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("pods/eviction")},
                                {QStringLiteral("singularName"), QString()},
                                {QStringLiteral("namespaced"), true},
                                {QStringLiteral("group"), QStringLiteral("policy")},
                                {QStringLiteral("version"), QStringLiteral("v1")},
                                {QStringLiteral("kind"), QStringLiteral("Eviction")},
                                {QStringLiteral("verbs"), strings({QStringLiteral("create")})}});
    }
    if (group == QLatin1String("subresources.kubevirt.io") && version == QLatin1String("v1")) {
        const QStringList vmSubs = {QStringLiteral("start"), QStringLiteral("stop"),
                                    QStringLiteral("restart"), QStringLiteral("migrate"),
                                    QStringLiteral("addvolume"), QStringLiteral("removevolume")};
        const QStringList vmiSubs = {QStringLiteral("pause"), QStringLiteral("unpause"),
                                     QStringLiteral("softreboot"), QStringLiteral("reset"),
                                     QStringLiteral("vnc"), QStringLiteral("console"),
                                     QStringLiteral("addvolume"), QStringLiteral("removevolume")};
        for (const auto &s : vmSubs)
            list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("virtualmachines/") + s},
                                    {QStringLiteral("singularName"), QString()},
                                    {QStringLiteral("namespaced"), true},
                                    {QStringLiteral("kind"), QString()},
                                    {QStringLiteral("verbs"), strings({QStringLiteral("update")})}});
        for (const auto &s : vmiSubs)
            list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("virtualmachineinstances/") + s},
                                    {QStringLiteral("singularName"), QString()},
                                    {QStringLiteral("namespaced"), true},
                                    {QStringLiteral("kind"), QString()},
                                    {QStringLiteral("verbs"), strings({QStringLiteral("get"), QStringLiteral("update")})}});
        // The guest agent's reads (GuestAgent.h). virt-api lists its subresources with no verbs;
        // the simulator names the one each answers, as above.
        for (const char *sub : {"guestosinfo", "userlist", "filesystemlist"})
            list.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("virtualmachineinstances/") + QLatin1String(sub)},
                                    {QStringLiteral("singularName"), QString()},
                                    {QStringLiteral("namespaced"), true},
                                    {QStringLiteral("kind"), QString()},
                                    {QStringLiteral("verbs"), strings({QStringLiteral("get")})}});
    }
    if (list.isEmpty())
        return std::nullopt;
    const QString gv = group.isEmpty() ? version : group + QLatin1Char('/') + version;
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("APIResourceList")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("groupVersion"), gv},
                       {QStringLiteral("resources"), list}};
}

} // namespace drover::sim
