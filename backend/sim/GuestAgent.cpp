#include "GuestAgent.h"

#include "GuestAgentJson.h"
#include "JsonOut.h"
#include "Quantity.h"
#include "VmiJson.h"

namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

// go-restful's WriteError: the status and the error's text, nothing else.
ApiServer::RawAnswer failure(const QString &text)
{
    return {500, QByteArrayLiteral("text/plain; charset=utf-8"), text.toUtf8(), {}};
}

// errors.NewConflict(v1.Resource("virtualmachineinstance"), name, fmt.Errorf(why)).Error()
ApiServer::RawAnswer conflict(const QString &name, const QString &why)
{
    return failure(
        QStringLiteral(
            "Operation cannot be fulfilled on virtualmachineinstance.kubevirt.io \"%1\": %2")
            .arg(name, why));
}

qint64 bytesAt(const QJsonObject &o, QLatin1StringView key)
{
    const auto bytes = core::bytesFromJson(o.value(key));
    return bytes ? qint64(*bytes) : 0;
}

// A claim's size: status.capacity.storage once bound, else spec.resources.requests.storage.
qint64 claimBytes(const QJsonObject &pvc)
{
    const qint64 capacity =
        bytesAt(objectAt(objectAt(pvc, "status"_L1), "capacity"_L1), "storage"_L1);
    if (capacity > 0)
        return capacity;
    return bytesAt(objectAt(objectAt(objectAt(pvc, "spec"_L1), "resources"_L1), "requests"_L1),
                   "storage"_L1);
}

// The storage a dataVolumeTemplate asks for (spec.storage, or the older spec.pvc).
qint64 templateBytes(const QJsonObject &vm, const QString &dvName)
{
    for (const QJsonValue &t : objectAt(vm, "spec"_L1).value("dataVolumeTemplates"_L1).toArray()) {
        if (nameOf(t.toObject()) != dvName)
            continue;
        const QJsonObject spec = objectAt(t.toObject(), "spec"_L1);
        const QJsonObject claim =
            spec.contains("storage"_L1) ? objectAt(spec, "storage"_L1) : objectAt(spec, "pvc"_L1);
        return bytesAt(objectAt(objectAt(claim, "resources"_L1), "requests"_L1), "storage"_L1);
    }
    return 0;
}

} // namespace

bool GuestAgentApi::isVerb(const QString &verb)
{
    return verb == "guestosinfo"_L1 || verb == "userlist"_L1 || verb == "filesystemlist"_L1;
}

std::optional<ApiServer::RawAnswer> GuestAgentApi::answer(QHttpServerRequest::Method method,
                                                          const QString &plural, const QString &ns,
                                                          const QString &name,
                                                          const QString &verb) const
{
    if (plural != "virtualmachineinstances"_L1 || !isVerb(verb))
        return std::nullopt;
    if (method != QHttpServerRequest::Method::Get)
        return ApiServer::RawAnswer{405, QByteArrayLiteral("text/plain; charset=utf-8"),
                                    QByteArrayLiteral("405: Method Not Allowed"),
                                    QByteArrayLiteral("GET")};
    const auto vmi = m_store->get(ApiResource::virtualMachineInstances(), ns, name);
    if (!vmi)
        return failure(
            QStringLiteral("virtualmachineinstance.kubevirt.io \"%1\" not found").arg(name));
    if (core::vmiPhaseOf(*vmi) != core::VmiPhase::Running)
        return conflict(name, u"VMI is not running"_s);
    if (!conditionOf(*vmi, u"AgentConnected"_s))
        return conflict(name, u"VMI does not have guest agent connected"_s);
    QJsonObject body;
    if (verb == "guestosinfo"_L1)
        body = guestAgentInfoJson(*vmi, bootDiskBytes(*vmi));
    else if (verb == "userlist"_L1)
        body = guestUserListJson(*vmi);
    else
        body = guestFilesystemListJson(*vmi, bootDiskBytes(*vmi));
    return ApiServer::RawAnswer{
        200, QByteArrayLiteral("application/json"), toCompactJson(body), {}};
}

qint64 GuestAgentApi::bootDiskBytes(const QJsonObject &vmi) const
{
    const QString volumeName = bootVolumeOf(vmi);
    const QString ns = namespaceOf(vmi);
    for (const QJsonValue &v : objectAt(vmi, "spec"_L1).value("volumes"_L1).toArray()) {
        const QJsonObject volume = v.toObject();
        if (stringAt(volume, "name"_L1) != volumeName)
            continue;
        QString claim = stringAt(objectAt(volume, "dataVolume"_L1), "name"_L1);
        const bool fromTemplate = !claim.isEmpty();
        if (claim.isEmpty())
            claim = stringAt(objectAt(volume, "persistentVolumeClaim"_L1), "claimName"_L1);
        if (claim.isEmpty())
            return 0; // a container disk, an ephemeral or a cloud-init volume
        if (const auto pvc = m_store->get(ApiResource::persistentVolumeClaims(), ns, claim))
            if (const qint64 bytes = claimBytes(*pvc); bytes > 0)
                return bytes;
        if (!fromTemplate)
            return 0;
        const auto vm = m_store->get(ApiResource::virtualMachines(), ns, nameOf(vmi));
        return vm ? templateBytes(*vm, claim) : 0;
    }
    return 0;
}

} // namespace drover::sim
