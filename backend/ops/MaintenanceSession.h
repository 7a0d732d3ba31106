#pragma once
// Private to Maintenance*.cpp: one host's maintenance in progress.
#include "Maintenance.h"
#include "MaintenanceObserver.h"

#include <QSet>

namespace drover::ops {

struct Maintenance::Session
{
    QString node;
    reconcile::MaintenanceIntent intent; // as asked here; the Node's annotations win once seen
    MaintenanceObserver *observer = nullptr;
    QSet<QString> inflight;              // action ids with a request out
    QHash<QString, QDateTime> notBefore; // action id -> earliest next try (retries, settling)
    QMap<QString, EvictionStatus> evictions;
    QDateTime cephAskedAt;
    bool cephAsking = false;
    QString lastError;
    QDateTime startedAt;
    bool passQueued = false;
    MaintenanceProgress last;
};

} // namespace drover::ops
