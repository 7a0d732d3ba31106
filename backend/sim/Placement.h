#pragma once
// Where the simulated scheduler puts a VMI: a Ready, schedulable Node matching the VMI's
// nodeSelector with room for its memory (no overcommit) and vCPUs (4:1 overcommit), the
// least loaded by memory. Build once, then pick/add for many VMIs (populating 10,000 VMs).
#include "ObjectStore.h"

namespace drover::sim {

class Placement
{
public:
    explicit Placement(const ObjectStore &store);
    // Empty when no host fits.
    QString pick(const QJsonObject &vmiSpec) const;
    void add(const QString &node, const QJsonObject &vmiSpec);

private:
    struct Host
    {
        QString name;
        QJsonObject labels;
        qint64 cpuMillis = 0;
        qint64 memBytes = 0;
        qint64 usedCpu = 0;
        qint64 usedMem = 0;
    };
    QList<Host> m_hosts;
};

} // namespace drover::sim
