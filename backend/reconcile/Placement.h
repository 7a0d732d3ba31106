#pragma once
// An index over one ClusterState for placement: built once per planning pass in
// O(nodes + VMIs + migrations), after which checking a host is O(1) and ranking all hosts for a
// VM is O(hosts). Without it every host check rescanned every VMI and migration (a 10,000-VM
// cluster cost seconds per drain plan). checkTarget, rankTargets, planMigration and planMoves
// are thin wrappers; a caller planning many moves builds one Placement and reuses it.
//
// The rules are MigrationTargets.h's: room is a node's allocatable CPU and memory minus what
// the unfinished VMIs on it and those migrating to it request (each VMI counted once per node).
#include "MigrationTargets.h"

#include <QHash>
#include <QSet>

namespace drover::reconcile {

class Placement
{
public:
    // Keeps a reference: state must outlive the index and stay unchanged while it is used.
    explicit Placement(const ClusterState &state);

    const ClusterState &state() const { return m_state; }
    const core::Vmi *vmi(const QString &key) const;
    const core::Node *node(const QString &name) const;

    struct Room
    {
        qint64 cpuFree = 0; // millicores
        qint64 memFree = 0; // bytes
    };
    // What is left on a known node (zeros for an unknown one).
    Room roomOn(const QString &node) const;

    // The checks on the VM alone (running, LiveMigratable, not migrating, limits leave a slot).
    TargetCheck checkVm(const core::Vmi *v, const QString &key, const MigrationLimits &limits) const;
    // The checks on one host for that VM (known, not its own, Ready, uncordoned, selector,
    // affinity, room), with the sentence for a person when refused.
    TargetCheck checkHost(const core::Vmi &v, const QString &key, const QString &target) const;
    // The same, without building the sentence: for scanning every host.
    Refusal hostRefusal(const core::Vmi &v, const QString &target) const;
    // Every host that passes checkHost, best first (most room left after the move, then name).
    QList<TargetChoice> rankHosts(const core::Vmi &v) const;

    int migrationsInFlight() const { return int(m_flights.size()); }
    int outboundFrom(const QString &node) const { return m_outbound.value(node); }
    bool hasMigration(const QString &vmiKey) const { return m_migrating.contains(vmiKey); }

    // Count a migration of the VMI to target as started: it takes a slot, and room on target.
    void addMigration(const QString &vmiKey, const QString &target);

private:
    struct InFlight
    {
        QString vmiKey, source, target;
    };
    Refusal hostRefusal(const core::Vmi &v, int nodeIndex) const;
    core::Fit fitOn(const core::Vmi &v, int nodeIndex) const;
    void countOn(int vmiIndex, const QString &node);

    const ClusterState &m_state;
    QHash<QString, int> m_nodeIndex;          // name -> index in state.nodes
    QHash<QString, int> m_vmiIndex;           // "ns/name" -> index in state.vmis
    QList<Room> m_room;                       // per node index
    QHash<int, QList<int>> m_countedOn;       // VMI index -> node indices it takes room on
    QList<InFlight> m_flights;                // unfinished migrations, and those added
    QSet<QString> m_migrating;                // VMI keys with a migration in flight
    QHash<QString, int> m_outbound;           // source node -> migrations in flight from it
};

// planMigration over a prebuilt index (see MigrationTargets.h).
MigrationPlan planMigration(const Placement &placement, const QString &vmiKey,
                            const QString &targetNode, const MigrationLimits &limits);

// A VMI's phase in a sentence: its API word, or "starting" before virt-controller set one.
QString phaseInWords(core::VmiPhase phase);

} // namespace drover::reconcile
