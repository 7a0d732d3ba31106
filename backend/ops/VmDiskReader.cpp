#include "VmDiskReader.h"

#include "ObjectMeta.h"

#include <memory>

namespace drover::ops {

namespace {

struct Pending
{
    VmDiskReport report;
    QHash<QString, QJsonObject> claims, dataVolumes; // by volume
    int left = 0;
};

} // namespace

VmDiskReader::VmDiskReader(ClusterConnection *connection, QObject *parent) : QObject(parent), m_connection(connection)
{
    qRegisterMetaType<VmDiskReport>();
}

void VmDiskReader::read(const QString &vmKey, const QList<core::VmDisk> &disks)
{
    auto p = std::make_shared<Pending>();
    p->report.vmKey = vmKey;
    kube::KubeClient *client = m_connection->client();
    QList<core::VmDisk> persistent;
    for (const core::VmDisk &d : disks)
        if (d.persistent() && !d.claim.isEmpty())
            persistent << d;
    if (!client || persistent.isEmpty()) {
        Q_EMIT reported(p->report);
        return;
    }
    const QString ns = core::namespaceOfKey(vmKey);
    auto done = [this, p] {
        if (--p->left > 0)
            return;
        for (auto it = p->claims.cbegin(); it != p->claims.cend(); ++it)
            p->report.states.insert(it.key(), core::diskStateFromJson(it.value(), p->dataVolumes.value(it.key())));
        Q_EMIT reported(p->report);
    };
    for (const core::VmDisk &d : std::as_const(persistent))
        p->left += d.kind == core::VmDisk::Kind::DataVolume ? 2 : 1;
    for (const core::VmDisk &d : std::as_const(persistent)) {
        p->claims.insert(d.volume, {});
        client->get(kube::ApiResource::persistentVolumeClaims(), ns, d.claim, this, [p, done, volume = d.volume](const kube::Response &r) {
            if (r.ok())
                p->claims.insert(volume, r.object);
            done();
        });
        if (d.kind == core::VmDisk::Kind::DataVolume)
            client->get(kube::ApiResource::dataVolumes(), ns, d.claim, this, [p, done, volume = d.volume](const kube::Response &r) {
                if (r.ok())
                    p->dataVolumes.insert(volume, r.object);
                done();
            });
    }
}

} // namespace drover::ops
