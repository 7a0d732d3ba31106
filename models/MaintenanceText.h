#pragma once
// Words for a host-maintenance plan: actions, phases, steps and gates, translated.
#include "Maintenance.h"
#include "MaintenancePlan.h"

#include <QCoreApplication>

namespace drover::models {

struct MaintenanceText
{
    Q_DECLARE_TR_FUNCTIONS(drover::models::MaintenanceText)
public:
    static QString action(reconcile::ItemAction a);       // "Live-migrate"
    static QString phase(reconcile::MaintenancePhase p);  // "Draining"
    static QString step(const reconcile::PlanStep &s);    // "Evict prod/virt-launcher-web-01-x7k2p"
    static QString gate(reconcile::Gate g);               // "waits for a migration slot"
    static QString eviction(const ops::EvictionStatus &e); // "KubeVirt is live-migrating it"
    static QString eta(int seconds);                      // "about 4 min"
    // One line: "12 VMs live-migrate, 2 shut down, 8 pods evicted, 3 stay".
    static QString summary(const reconcile::MaintenancePlan &plan);
    // Ceph's last answer in a sentence.
    static QString ceph(const reconcile::OkToStop &c);
};

} // namespace drover::models
