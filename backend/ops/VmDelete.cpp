#include "VmDelete.h"

#include "ObjectMeta.h"
#include "Snapshot.h"

#include <memory>

namespace drover::ops {

using reconcile::DeleteStep;
using reconcile::VmDeleteFacts;

namespace {

bool notFound(const kube::Response &r)
{
    return r.httpStatus == 404;
}

// The claims and DataVolumes a VM's volumes name.
QStringList claimsOf(const QJsonObject &vm)
{
    QStringList names;
    for (const core::VmDisk &d : core::vmDisksFromJson(vm))
        if (d.persistent() && !names.contains(d.claim))
            names << d.claim;
    return names;
}

} // namespace

VmDeleter::VmDeleter(ClusterConnection *connection, QObject *parent) : QObject(parent), m_connection(connection)
{
    connect(connection, &ClusterConnection::cachesReplaced, this, [this] { ++m_generation; });
}

void VmDeleter::inspect(const QString &vmKey)
{
    readFacts(vmKey, [this, vmKey](const kube::KubeError &error, const VmDeleteFacts &facts) {
        VmDeleteCandidate c;
        c.vmKey = vmKey;
        c.error = error;
        if (error.ok()) {
            c.disks = reconcile::diskOptions(facts);
            c.snapshots = facts.snapshots;
            const QJsonObject tmplSpec = facts.vm.value(QLatin1String("spec")).toObject().value(QLatin1String("template")).toObject()
                                             .value(QLatin1String("spec")).toObject();
            c.gracePeriodSeconds = tmplSpec.value(QLatin1String("terminationGracePeriodSeconds")).toInt(180);
            c.running = m_connection->vmis() && m_connection->vmis()->contains(vmKey);
        }
        Q_EMIT inspected(c);
    });
}

void VmDeleter::run(const VmDeleteRequest &request)
{
    VmDeleteResult result;
    result.request = request;
    if (!m_connection->client()) {
        result.status = VmDeleteResult::NotConnected;
        Q_EMIT finished(result);
        return;
    }
    readFacts(request.vmKey, [this, result](const kube::KubeError &error, const VmDeleteFacts &facts) mutable {
        if (!error.ok()) {
            result.error = error;
            Q_EMIT finished(result);
            return;
        }
        const QList<DeleteStep> steps = reconcile::planVmDelete(facts, result.request.choice);
        result.keptClaims = reconcile::keptClaims(facts, result.request.choice);
        execute(result, steps, int(steps.size()));
    });
}

void VmDeleter::readFacts(const QString &vmKey, FactsCallback done)
{
    kube::KubeClient *client = m_connection->client();
    if (!client) {
        kube::KubeError e;
        e.kind = kube::ErrorKind::Network;
        e.message = QStringLiteral("not connected");
        return done(e, {});
    }
    client->get(kube::ApiResource::virtualMachines(), core::namespaceOfKey(vmKey), core::nameOfKey(vmKey), this,
                [this, vmKey, done, generation = m_generation](const kube::Response &r) {
                    if (generation != m_generation)
                        return;
                    if (!r.ok())
                        return done(r.error, {});
                    VmDeleteFacts facts;
                    facts.vm = r.object;
                    facts.running = m_connection->vmis() && m_connection->vmis()->contains(vmKey);
                    localFacts(vmKey, facts);
                    readDisks(vmKey, facts, done);
                });
}

// What the caches already know: the VM's snapshots, other VMs in its namespace using its disks.
void VmDeleter::localFacts(const QString &vmKey, VmDeleteFacts &facts) const
{
    const QString prefix = core::namespaceOfKey(vmKey) + QLatin1Char('/');
    if (kube::ObjectCache *snaps = m_connection->snapshots())
        for (const QString &key : snaps->keys())
            if (key.startsWith(prefix))
                if (auto s = core::Snapshot::fromJson(snaps->get(key)); s && s->sourceName == core::nameOfKey(vmKey))
                    facts.snapshots << s->meta.name;
    const QStringList mine = claimsOf(facts.vm);
    if (kube::ObjectCache *vms = m_connection->vms())
        for (const QString &key : vms->keys())
            if (key.startsWith(prefix) && key != vmKey)
                for (const QString &claim : claimsOf(vms->get(key)))
                    if (mine.contains(claim))
                        facts.otherUsers[claim] << core::nameOfKey(key);
}

void VmDeleter::readDisks(const QString &vmKey, VmDeleteFacts facts, FactsCallback done)
{
    struct Reading
    {
        VmDeleteFacts facts;
        int outstanding = 0;
        kube::KubeError error;
    };
    auto state = std::make_shared<Reading>(Reading{std::move(facts), 0, {}});
    const QString ns = core::namespaceOfKey(vmKey);
    QList<std::pair<const kube::ApiResource *, QString>> reads;
    for (const core::VmDisk &d : core::vmDisksFromJson(state->facts.vm)) {
        if (d.kind == core::VmDisk::Kind::DataVolume && !reads.contains(std::pair{&kube::ApiResource::dataVolumes(), d.claim}))
            reads << std::pair{&kube::ApiResource::dataVolumes(), d.claim};
        if (d.persistent() && !reads.contains(std::pair{&kube::ApiResource::persistentVolumeClaims(), d.claim}))
            reads << std::pair{&kube::ApiResource::persistentVolumeClaims(), d.claim};
    }
    if (reads.isEmpty())
        return done({}, state->facts);
    state->outstanding = int(reads.size());
    for (const auto &read : std::as_const(reads)) {
        const QString name = read.second;
        const bool isDv = read.first == &kube::ApiResource::dataVolumes();
        m_connection->client()->get(*read.first, ns, name, this, [this, state, isDv, name, done, generation = m_generation](const kube::Response &r) {
            if (generation != m_generation)
                return;
            if (r.ok())
                (isDv ? state->facts.dataVolumes : state->facts.claims).insert(name, r.object);
            else if (!notFound(r) && state->error.ok())
                state->error = r.error;
            if (--state->outstanding == 0)
                done(state->error, state->facts);
        });
    }
}

void VmDeleter::execute(VmDeleteResult result, QList<DeleteStep> steps, int total)
{
    if (steps.isEmpty()) {
        result.status = result.failures.isEmpty() ? VmDeleteResult::Succeeded : VmDeleteResult::Incomplete;
        Q_EMIT finished(result);
        return;
    }
    const DeleteStep step = steps.takeFirst();
    send(core::namespaceOfKey(result.request.vmKey), step, [this, result, steps, total, step, generation = m_generation](const kube::Response &r) mutable {
        if (generation != m_generation) {
            result.status = VmDeleteResult::Abandoned;
            Q_EMIT finished(result);
            return;
        }
        // Steps after the VM's delete: one that fails does not stop the others; a 404 there means
        // someone else already deleted it.
        const bool afterVm = step.kind == DeleteStep::Kind::DeleteSnapshot || step.kind == DeleteStep::Kind::DeleteDataVolume ||
                             step.kind == DeleteStep::Kind::DeleteClaim;
        // A stop answered "not running" (409): it stopped meanwhile; the delete goes on.
        const bool stoppedAlready = step.kind == DeleteStep::Kind::StopVm && r.httpStatus == 409;
        if (!r.ok() && !(afterVm && notFound(r)) && !stoppedAlready) {
            if (!afterVm) { // up to and with the VM's delete: stop, nothing is lost
                result.status = VmDeleteResult::Failed;
                result.error = r.error;
                result.failedStep = step;
                Q_EMIT finished(result);
                return;
            }
            result.failures << std::pair{step, r.error};
        }
        Q_EMIT stepDone(result.request, total - int(steps.size()), total);
        execute(result, steps, total);
    });
}

void VmDeleter::send(const QString &ns, const DeleteStep &step, std::function<void(const kube::Response &)> cb)
{
    kube::KubeClient *client = m_connection->client();
    if (!client) {
        kube::Response r;
        r.error.kind = kube::ErrorKind::Network;
        r.error.message = QStringLiteral("not connected");
        return cb(r);
    }
    using K = DeleteStep::Kind;
    using R = kube::ApiResource;
    switch (step.kind) {
    case K::PatchVm:
        return client->patch(R::virtualMachines(), ns, step.name, kube::PatchType::Json, step.patch, this, cb);
    case K::PatchDataVolume:
        return client->patch(R::dataVolumes(), ns, step.name, kube::PatchType::Json, step.patch, this, cb);
    case K::PatchClaim:
        return client->patch(R::persistentVolumeClaims(), ns, step.name, kube::PatchType::Json, step.patch, this, cb);
    case K::StopVm:
        return client->kubevirtAction(R::virtualMachines().plural, ns, step.name, QStringLiteral("stop"), step.options, this, cb);
    case K::DeleteVm:
        return client->remove(R::virtualMachines(), ns, step.name, this, cb, step.options);
    case K::DeleteSnapshot:
        return client->remove(R::snapshots(), ns, step.name, this, cb);
    case K::DeleteDataVolume:
        return client->remove(R::dataVolumes(), ns, step.name, this, cb);
    case K::DeleteClaim:
        return client->remove(R::persistentVolumeClaims(), ns, step.name, this, cb);
    }
}

} // namespace drover::ops
