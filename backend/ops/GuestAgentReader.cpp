#include "GuestAgentReader.h"

#include "ObjectMeta.h"
#include "OpsTr.h"

#include <QUrlQuery>

#include <memory>

namespace drover::ops {

namespace {

// virt-api answers these three GETs' refusals with HTTP 500 and the StatusError's text as a plain
// body (httpGetRequestHandler writes every error that way; its unit tests expect 500 for all):
//   Operation cannot be fulfilled on virtualmachineinstance.kubevirt.io "x": VMI does not have guest agent connected
//   Operation cannot be fulfilled on virtualmachineinstance.kubevirt.io "x": VMI is not running
//   virtualmachineinstance.kubevirt.io "x" not found
// so the words tell them apart; a 409 or 404 (a proxy, a future KubeVirt) reads the same.
GuestAgentReport::Status classify(const kube::KubeError &e)
{
    if (e.message.contains(QLatin1String("does not have guest agent connected")) || e.kind == kube::ErrorKind::Conflict)
        return GuestAgentReport::NoAgent;
    if (e.message.contains(QLatin1String("VMI is not running")) || e.kind == kube::ErrorKind::NotFound ||
        (e.httpStatus == 500 && e.message.endsWith(QLatin1String("not found"))))
        return GuestAgentReport::NotRunning;
    return GuestAgentReport::Failed;
}

} // namespace

GuestAgentReader::GuestAgentReader(ClusterConnection *connection, QObject *parent) : QObject(parent), m_connection(connection)
{
    qRegisterMetaType<GuestAgentReport>();
}

QString GuestAgentReader::pathOf(const QString &vmKey, const QString &subresource)
{
    return QStringLiteral("/apis/subresources.kubevirt.io/v1/namespaces/%1/virtualmachineinstances/%2/%3")
        .arg(core::namespaceOfKey(vmKey), core::nameOfKey(vmKey), subresource);
}

void GuestAgentReader::read(const QString &vmKey)
{
    GuestAgentReport report;
    report.vmKey = vmKey;
    kube::KubeClient *client = m_connection->client();
    if (!client) {
        report.error.kind = kube::ErrorKind::Network;
        report.error.message = Tr::tr("No cluster is open.");
        Q_EMIT reported(report);
        return;
    }
    if (!m_connection->vmis() || !m_connection->vmis()->contains(vmKey)) {
        report.status = GuestAgentReport::NotRunning;
        Q_EMIT reported(report);
        return;
    }
    client->request("GET", pathOf(vmKey, QStringLiteral("guestosinfo")), {}, {}, this, [this, report](const kube::Response &r) mutable {
        report.error = r.error;
        if (r.ok()) {
            report.status = GuestAgentReport::Connected;
            report.info = core::guestAgentInfoFromJson(r.object);
            readLists(report);
            return;
        }
        report.status = classify(r.error);
        Q_EMIT reported(report);
    });
}

// Both lists asked at once; the report goes out when the second answers. A list that fails
// leaves what guestosinfo said in place.
void GuestAgentReader::readLists(GuestAgentReport report)
{
    kube::KubeClient *client = m_connection->client();
    auto pending = std::make_shared<GuestAgentReport>(std::move(report));
    auto left = std::make_shared<int>(2);
    auto done = [this, pending, left] {
        if (--*left == 0)
            Q_EMIT reported(*pending);
    };
    client->request("GET", pathOf(pending->vmKey, QStringLiteral("userlist")), {}, {}, this, [pending, done](const kube::Response &r) {
        if (r.ok())
            pending->info.users = core::guestUsersFromJson(r.object);
        done();
    });
    client->request("GET", pathOf(pending->vmKey, QStringLiteral("filesystemlist")), {}, {}, this, [pending, done](const kube::Response &r) {
        if (r.ok())
            pending->info.filesystems = core::guestFilesystemsFromJson(r.object);
        done();
    });
}

} // namespace drover::ops
