#pragma once
// The guest addresses the VMIs hold (status.interfaces[0].ipAddress), per /24 (a node's
// podCIDR), for drover-sim's churn: a renewed lease takes the next free address after its own in
// the same range, .2-.254 as the scheduler's Placement hands them out, so no two VMIs share one.
// Built from the store once, then kept current from its changes (VMIs started, moved, gone), so a
// renewal costs no scan of 10,000 objects.
#include "ObjectStore.h"

#include <QHash>
#include <QObject>

namespace drover::sim {

class LeasePool : public QObject
{
public:
    explicit LeasePool(ObjectStore *store);
    // Another free address in ip's range, now taken (ip is freed when the VMI's change commits);
    // ip itself when the range is full or ip is not an IPv4 address.
    QString renew(const QString &ip);

private:
    void hold(const QString &key, const QString &ip);
    void release(const QString &key);

    QHash<QString, QString> m_held;         // VMI key -> its address
    QHash<QString, QHash<int, int>> m_used; // "10.244.3." -> last octet -> VMIs holding it
};

} // namespace drover::sim
