#pragma once
// core/v1 Node as a host of VMs.
#include "ObjectMeta.h"
#include "Result.h"

#include <cstdint>

namespace drover::core {

struct NodeAddress
{
    QString type; // InternalIP, ExternalIP, Hostname
    QString address;
};

struct Node
{
    ObjectMeta meta;
    bool unschedulable = false; // spec.unschedulable: cordoned
    std::int64_t cpuCapacityMillis = 0;
    std::int64_t cpuAllocatableMillis = 0;
    std::int64_t memoryCapacityBytes = 0;
    std::int64_t memoryAllocatableBytes = 0;
    QList<NodeAddress> addresses;
    QList<Condition> conditions;
    QString kubeletVersion; // status.nodeInfo.kubeletVersion
    QString osImage;        // status.nodeInfo.osImage
    QString kernelVersion;  // status.nodeInfo.kernelVersion
    QString architecture;   // status.nodeInfo.architecture

    bool ready() const; // the Ready condition is True
    QString internalIp() const;

    static Result<Node> fromJson(const QJsonObject &obj);
};

} // namespace drover::core
