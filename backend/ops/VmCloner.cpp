#include "VmCloner.h"

#include "Informer.h"
#include "ObjectMeta.h"
#include "OpsTr.h"
#include "Snapshot.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

namespace drover::ops {

namespace {

QString keyOf(const core::CloneRequest &r, const QString &name)
{
    return r.ns + QLatin1Char('/') + name;
}

QString suggestName(const std::function<bool(const QString &)> &taken, const QString &ns, const QString &source)
{
    const QString base = source.left(240) + QStringLiteral("-clone");
    QString name = base;
    for (int n = 2; taken(ns + QLatin1Char('/') + name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

} // namespace

VmCloner::VmCloner(ClusterConnection *connection, QObject *parent) : QObject(parent), m_connection(connection)
{
    qRegisterMetaType<VmCloneSource>();
    qRegisterMetaType<VmCloneProgress>();
    qRegisterMetaType<VmCloneResult>();
    connect(connection, &ClusterConnection::cachesReplaced, this, [this] {
        ++m_generation;
        if (m_current)
            end(VmCloneResult::Abandoned);
    });
}

VmCloner::~VmCloner() = default;

void VmCloner::inspect(const QString &vmKey)
{
    kube::KubeClient *client = m_connection->client();
    if (!client) {
        VmCloneSource s;
        s.vmKey = vmKey;
        s.error.kind = kube::ErrorKind::Network;
        s.error.message = Tr::tr("No cluster is open.");
        Q_EMIT inspected(s);
        return;
    }
    client->get(kube::ApiResource::virtualMachines(), core::namespaceOfKey(vmKey), core::nameOfKey(vmKey), this, [this, vmKey](const kube::Response &r) {
        VmCloneSource s;
        s.vmKey = vmKey;
        s.error = r.error;
        if (r.ok()) {
            s.interfaces = core::vmInterfacesFromJson(r.object);
            s.usesRunning = r.object.value(QLatin1String("spec")).toObject().contains(QLatin1String("running"));
            s.running = m_connection->vmis() && m_connection->vmis()->contains(vmKey);
            if (s.running) {
                const QJsonObject vmiStatus = m_connection->vmis()->get(vmKey).value(QLatin1String("status")).toObject();
                for (const QJsonValue &v : vmiStatus.value(QLatin1String("interfaces")).toArray())
                    s.runtimeMacs.insert(v.toObject().value(QLatin1String("name")).toString(), v.toObject().value(QLatin1String("mac")).toString());
            }
            kube::ObjectCache *vms = m_connection->vms();
            s.suggestedName = suggestName([vms](const QString &k) { return vms && vms->contains(k); }, core::namespaceOfKey(vmKey), core::nameOfKey(vmKey));
        }
        Q_EMIT inspected(s);
    });
}

QString VmCloner::validate(const core::CloneRequest &r, const QList<core::VmInterface> &interfaces)
{
    if (!core::isDnsSubdomain(r.target))
        return Tr::tr("“%1” is not a valid VM name: lower-case letters, digits, '-' and '.', starting and ending with a letter or "
                      "digit, 253 characters at most.")
            .arg(r.target);
    if (r.target == r.source)
        return Tr::tr("The clone needs a name other than its source's.");
    for (auto it = r.newMacAddresses.cbegin(); it != r.newMacAddresses.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        const bool known = std::any_of(interfaces.cbegin(), interfaces.cend(), [&](const core::VmInterface &i) { return i.name == it.key(); });
        if (!known)
            return Tr::tr("%1 has no interface named %2.").arg(r.source, it.key());
        if (const QString problem = core::macAddressProblem(it.value()); !problem.isEmpty())
            return Tr::tr("Interface %1: %2").arg(it.key(), problem);
        for (const core::VmInterface &i : interfaces)
            if (i.macAddress.compare(it.value(), Qt::CaseInsensitive) == 0)
                return Tr::tr("%1 is the MAC of %2's interface %3: the clone would share it.").arg(it.value(), r.source, i.name);
    }
    return {};
}

void VmCloner::run(const core::CloneRequest &request)
{
    if (m_current)
        end(VmCloneResult::Abandoned, Tr::tr("Another clone was started."));
    VmCloneResult result;
    result.request = request;
    kube::KubeClient *client = m_connection->client();
    if (!client) {
        result.status = VmCloneResult::NotConnected;
        Q_EMIT finished(result);
        return;
    }
    const quint64 gen = m_generation;
    auto fail = [this, gen](VmCloneResult res, VmCloneResult::Status status, const QString &reason, const kube::KubeError &error) {
        res.status = gen == m_generation ? status : VmCloneResult::Abandoned;
        res.reason = reason;
        res.error = error;
        Q_EMIT finished(res);
    };
    // The source read fresh: its interfaces now, and whether its spec says running.
    client->get(kube::ApiResource::virtualMachines(), request.ns, request.source, this, [=, this](const kube::Response &src) mutable {
        if (!src.ok() || gen != m_generation)
            return fail(result, VmCloneResult::Failed, {}, src.error);
        result.request.sourceUsesRunning = src.object.value(QLatin1String("spec")).toObject().contains(QLatin1String("running"));
        if (const QString why = validate(result.request, core::vmInterfacesFromJson(src.object)); !why.isEmpty())
            return fail(result, VmCloneResult::Invalid, why, {});
        client->get(kube::ApiResource::virtualMachines(), request.ns, request.target, this, [=, this](const kube::Response &t) {
            if (gen != m_generation)
                return fail(result, VmCloneResult::Abandoned, {}, {});
            if (t.ok())
                return fail(result, VmCloneResult::Invalid, Tr::tr("A VM named %1 already exists in %2.").arg(request.target, request.ns), {});
            if (t.httpStatus != 404)
                return fail(result, VmCloneResult::Failed, {}, t.error);
            create(result);
        });
    });
}

void VmCloner::create(VmCloneResult result)
{
    const quint64 gen = m_generation;
    m_connection->client()->create(kube::ApiResource::virtualMachineClones(), result.request.ns, core::cloneFor(result.request), this,
                                   [this, gen, result](const kube::Response &r) mutable {
                                       if (gen != m_generation || !r.ok()) {
                                           result.status = gen != m_generation ? VmCloneResult::Abandoned : VmCloneResult::Failed;
                                           result.error = r.error;
                                           Q_EMIT finished(result);
                                           return;
                                       }
                                       result.cloneName = r.object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
                                       follow(result);
                                   });
}

void VmCloner::follow(VmCloneResult result)
{
    m_current = result;
    m_phase.clear();
    m_snapshot.clear();
    auto *inf = new kube::Informer(m_connection->client(), kube::ApiResource::virtualMachineClones(), result.request.ns, this);
    inf->setSelectors({}, QStringLiteral("metadata.name=") + result.cloneName);
    m_informer = inf;
    connect(inf->cache(), &kube::ObjectCache::changed, this, &VmCloner::onCloneChanged);
    connect(inf, &kube::Informer::errorOccurred, this, [this](const kube::KubeError &e) {
        if (e.httpStatus != 403 || !m_current)
            return; // the informer retries by itself
        end(VmCloneResult::Failed,
            Tr::tr("The clone %1 was created and goes on in the cluster, but this account may not follow it.").arg(m_current->cloneName), e);
    });
    if (kube::ObjectCache *snaps = m_connection->snapshots())
        connect(snaps, &kube::ObjectCache::changed, this, &VmCloner::onSnapshotsChanged);
    inf->start();
    Q_EMIT progressed(VmCloneProgress{result.request, result.cloneName, {}}); // created, no phase yet
}

void VmCloner::onCloneChanged()
{
    if (!m_current || !m_informer)
        return;
    const QString key = keyOf(m_current->request, m_current->cloneName);
    if (!m_informer->cache()->contains(key)) {
        if (m_informer->cache()->synced())
            end(VmCloneResult::Abandoned, Tr::tr("The clone %1 was deleted before it finished.").arg(m_current->cloneName));
        return;
    }
    const Result<core::CloneState> state = core::CloneState::fromJson(m_informer->cache()->get(key));
    if (!state)
        return;
    if (state->succeeded())
        return end(VmCloneResult::Succeeded);
    if (state->failed())
        return end(VmCloneResult::Failed, state->failure());
    // KubeVirt waits, Progressing False "Pending", while the source cannot be cloned (missing,
    // or a volume its storage cannot snapshot), with why in Ready's reason.
    const core::Condition *progressing = core::findCondition(state->conditions, QStringLiteral("Progressing"));
    if (progressing && !progressing->isTrue() && progressing->reason == QLatin1String("Pending")) {
        QString why = state->failure();
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1);
        return withdraw(Tr::tr("KubeVirt cannot clone %1: %2.").arg(m_current->request.source, why));
    }
    if (!state->snapshotName.isEmpty())
        m_snapshot = state->snapshotName;
    if (state->phase != m_phase && !state->phase.isEmpty()) {
        m_phase = state->phase;
        Q_EMIT progressed(VmCloneProgress{m_current->request, m_current->cloneName, m_phase});
    }
    onSnapshotsChanged();
}

void VmCloner::onSnapshotsChanged()
{
    kube::ObjectCache *snaps = m_connection->snapshots();
    if (!m_current || m_snapshot.isEmpty() || !snaps)
        return;
    const QJsonObject obj = snaps->get(keyOf(m_current->request, m_snapshot));
    const Result<core::Snapshot> snap =
        obj.isEmpty() ? Result<core::Snapshot>::failure(Error::Kind::NotFound, QString()) : core::Snapshot::fromJson(obj);
    if (!snap || snap->phase != QLatin1String("Failed"))
        return;
    withdraw(Tr::tr("KubeVirt clones through a snapshot, and the snapshot of %1 failed (%2).")
                 .arg(m_current->request.source, snap->error.isEmpty() ? Tr::tr("no reason given") : snap->error));
}

// KubeVirt would wait for ever: delete the clone (and with it, its owner, the snapshot) and fail.
void VmCloner::withdraw(const QString &reason)
{
    m_connection->client()->remove(kube::ApiResource::virtualMachineClones(), m_current->request.ns, m_current->cloneName, this,
                                   [](const kube::Response &) {});
    end(VmCloneResult::Failed, reason + QLatin1Char(' ') + Tr::tr("The clone was withdrawn."));
}

void VmCloner::end(VmCloneResult::Status status, const QString &reason, const kube::KubeError &error)
{
    if (!m_current)
        return;
    VmCloneResult result = *m_current;
    m_current.reset();
    if (m_informer) {
        m_informer->stop();
        m_informer->deleteLater();
    }
    if (kube::ObjectCache *snaps = m_connection->snapshots())
        disconnect(snaps, &kube::ObjectCache::changed, this, &VmCloner::onSnapshotsChanged);
    result.status = status;
    result.reason = reason;
    result.error = error;
    Q_EMIT finished(result);
}

} // namespace drover::ops
