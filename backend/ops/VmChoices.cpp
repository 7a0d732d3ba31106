// VmCreator::loadChoices: every list a new VM chooses from, read side by side; each failure
// becomes a note and leaves the other lists intact.
#include "VmCreator.h"

#include "JsonFields.h"
#include "ObjectMeta.h"
#include "OpsTr.h"

#include <algorithm>
#include <functional>
#include <memory>

namespace drover::ops {

namespace {

using R = kube::ApiResource;

// Where the golden images live (CDI's DataImportCrons put them there; OpenShift's equivalent is
// openshift-virtualization-os-images).
const QString kOsImages = QStringLiteral("kubevirt-os-images");

struct Gather
{
    NewVmChoices choices;
    QList<QJsonObject> profiles;
    bool namespacesListed = false;
    int pending = 0;
};

QString noteFor(const QString &what, const QString &ns, const kube::KubeError &e)
{
    if (e.kind == kube::ErrorKind::NotFound)
        return Tr::tr("Not installed on this cluster: %1.").arg(what);
    if (e.kind == kube::ErrorKind::Forbidden)
        return ns.isEmpty() ? Tr::tr("This account may not list %1.").arg(what)
                            : Tr::tr("This account may not list %1 in %2.").arg(what, ns);
    return Tr::tr("The %1 could not be read: %2").arg(what, e.userMessage());
}

void sortChoices(NewVmChoices &c)
{
    std::sort(c.instancetypes.begin(), c.instancetypes.end(), [](const auto &a, const auto &b) {
        const int ra = a.seriesRank(), rb = b.seriesRank();
        return std::tie(a.namespaced, ra, a.series, a.cpus, a.memoryBytes, a.name) <
               std::tie(b.namespaced, rb, b.series, b.cpus, b.memoryBytes, b.name);
    });
    std::sort(c.preferences.begin(), c.preferences.end(),
              [](const auto &a, const auto &b) { return std::tie(a.namespaced, a.name) < std::tie(b.namespaced, b.name); });
    std::sort(c.dataSources.begin(), c.dataSources.end(), [](const auto &a, const auto &b) { return a.key() < b.key(); });
    std::sort(c.storageClasses.begin(), c.storageClasses.end(), [](const auto &a, const auto &b) {
        return std::tie(b.defaultVirt, b.defaultClass, a.name) < std::tie(a.defaultVirt, a.defaultClass, b.name);
    });
    std::sort(c.nads.begin(), c.nads.end(), [](const auto &a, const auto &b) { return std::tie(a.ns, a.name) < std::tie(b.ns, b.name); });
    c.pvcs.sort();
    c.namespaces.removeDuplicates();
    c.namespaces.sort();
}

} // namespace

void VmCreator::loadChoices(const QString &ns)
{
    kube::KubeClient *client = m_connection->client();
    auto g = std::make_shared<Gather>();
    g->choices.ns = ns;
    if (!client) {
        g->choices.notes.append(Tr::tr("No cluster is open."));
        Q_EMIT choicesLoaded(g->choices);
        return;
    }
    auto finish = [this, g] {
        if (--g->pending > 0)
            return;
        NewVmChoices &c = g->choices;
        for (core::StorageClassInfo &sc : c.storageClasses)
            for (const QJsonObject &p : std::as_const(g->profiles))
                if (core::stringAt(core::objectAt(p, "metadata"), "name") == sc.name)
                    sc.applyProfile(p);
        if (!g->namespacesListed && m_connection->vms()) // fall back to what the VM list shows
            for (const QString &key : m_connection->vms()->keys())
                c.namespaces.append(core::namespaceOfKey(key));
        if (!c.ns.isEmpty())
            c.namespaces.append(c.ns);
        sortChoices(c);
        Q_EMIT choicesLoaded(c);
    };
    using Decode = std::function<void(const QJsonObject &)>;
    auto list = [&](const R &r, const QString &listNs, const QString &what, Decode decode, bool quiet = false) {
        ++g->pending;
        client->listAll(r, listNs, 500, this, [g, listNs, what, decode, quiet, finish](const kube::ListResult &res) {
            if (res.ok())
                for (const kube::ListItem &item : res.items)
                    decode(item.object.json());
            else if (!quiet)
                g->choices.notes.append(noteFor(what, listNs, res.error));
            finish();
        });
    };
    NewVmChoices *c = &g->choices;
    auto add = [](auto &to, auto decoded) {
        if (decoded)
            to.append(*decoded);
    };
    ++g->pending; // held until every list is asked, so none can finish the gathering early
    list(R::namespaces(), {}, Tr::tr("namespaces"), [g, c](const QJsonObject &o) {
        g->namespacesListed = true;
        c->namespaces.append(core::stringAt(core::objectAt(o, "metadata"), "name"));
    }, true);
    list(R::clusterInstancetypes(), {}, Tr::tr("cluster instancetypes"),
         [c, add](const QJsonObject &o) { add(c->instancetypes, core::InstancetypeInfo::fromJson(o, false)); });
    list(R::clusterPreferences(), {}, Tr::tr("cluster preferences"),
         [c, add](const QJsonObject &o) { add(c->preferences, core::PreferenceInfo::fromJson(o, false)); });
    list(R::storageClasses(), {}, Tr::tr("StorageClasses"),
         [c, add](const QJsonObject &o) { add(c->storageClasses, core::StorageClassInfo::fromJson(o)); });
    list(R::storageProfiles(), {}, Tr::tr("StorageProfiles"), [g](const QJsonObject &o) { g->profiles.append(o); }, true);
    list(R::dataSources(), kOsImages, Tr::tr("golden images (DataSources)"),
         [c, add](const QJsonObject &o) { add(c->dataSources, core::DataSourceInfo::fromJson(o)); });
    if (!ns.isEmpty()) {
        list(R::instancetypes(), ns, Tr::tr("instancetypes"),
             [c, add](const QJsonObject &o) { add(c->instancetypes, core::InstancetypeInfo::fromJson(o, true)); }, true);
        list(R::preferences(), ns, Tr::tr("preferences"),
             [c, add](const QJsonObject &o) { add(c->preferences, core::PreferenceInfo::fromJson(o, true)); }, true);
        if (ns != kOsImages)
            list(R::dataSources(), ns, Tr::tr("DataSources"),
                 [c, add](const QJsonObject &o) { add(c->dataSources, core::DataSourceInfo::fromJson(o)); }, true);
        list(R::networkAttachmentDefinitions(), ns, Tr::tr("networks (NetworkAttachmentDefinitions)"),
             [c, add](const QJsonObject &o) { add(c->nads, core::NadInfo::fromJson(o)); });
        list(R::persistentVolumeClaims(), ns, Tr::tr("volumes (PersistentVolumeClaims)"), [c](const QJsonObject &o) {
            c->pvcs.append(core::stringAt(core::objectAt(o, "metadata"), "name"));
        });
    }
    finish();
}

} // namespace drover::ops
