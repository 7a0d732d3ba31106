#pragma once
// KubeVirt's guest agent subresources as virt-api v1.9 serves them (routes in
// pkg/virt-api/api.go, handlers GuestOSInfo, UserList and FilesystemList in
// pkg/virt-api/rest/subresource.go):
//   GET /apis/subresources.kubevirt.io/v1/namespaces/{ns}/virtualmachineinstances/{name}/
//       guestosinfo | userlist | filesystemlist
// The bodies come from GuestAgentJson.h.
//
// Why the errors are 500s in plain text and not metav1.Status with 404/409: these three go
// through virt-api's httpGetRequestHandler, which answers every error of prepareConnection with
// go-restful's response.WriteError(http.StatusInternalServerError, err): HTTP 500 and err.Error()
// (the StatusError's message) as the body, with no Content-Type of its own (Go sniffs
// text/plain). KubeVirt's unit tests (pkg/virt-api/rest/subresource_test.go, "Subresource api -
// Guest OS Info") expect StatusInternalServerError for all three cases:
//   no VMI           virtualmachineinstance.kubevirt.io "{name}" not found
//   VMI not Running  Operation cannot be fulfilled on virtualmachineinstance.kubevirt.io "{name}":
//                    VMI is not running
//   no AgentConnected condition (present at all: HasCondition)
//                    Operation cannot be fulfilled on virtualmachineinstance.kubevirt.io "{name}":
//                    VMI does not have guest agent connected
// Only GET is routed: another method finds go-restful's route by path but not by method and gets
// its "405: Method Not Allowed" with an Allow header (vendor/github.com/emicklei/go-restful/v3/
// jsr311.go detectRoute).
#include "ApiServer.h"
#include "ObjectStore.h"

#include <optional>

namespace drover::sim {

class GuestAgentApi
{
public:
    // store: not owned; must outlive this (SimCluster's).
    explicit GuestAgentApi(const ObjectStore *store) : m_store(store) {}

    // guestosinfo, userlist, filesystemlist.
    static bool isVerb(const QString &verb);
    // The answer for subresources.kubevirt.io .../{plural}/{name}/{verb}; nullopt when that is
    // not one of the three (another handler's route).
    std::optional<ApiServer::RawAnswer> answer(QHttpServerRequest::Method method,
                                               const QString &plural, const QString &ns,
                                               const QString &name, const QString &verb) const;

private:
    // The size of the boot disk's claim (its capacity, else its request; else the VM's
    // dataVolumeTemplate's request); 0 when unknown (a container disk).
    qint64 bootDiskBytes(const QJsonObject &vmi) const;

    const ObjectStore *m_store;
};

} // namespace drover::sim
