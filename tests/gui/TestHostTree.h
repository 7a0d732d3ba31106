#pragma once
#include <QObject>

// HostTreeModel: placement of VMs under their hosts, moves as remove+insert, host totals; the
// VM summaries it shares with the VM table, and their building on the store's worker.
class TestHostTree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placement();
    void moveBetweenHosts();
    void stopMovesToNotRunning();
    void aBatchMovesRowsInRanges();
    void hostStateAndAllocation();
    void usageNotKnownWhileInstancesAreListed();
    void nodeDeletedKeepsHostWhileVmsRunThere();
    void summariesSharedWithTheTable();
    void summariesBuiltOffTheGuiThread();
    void factsDecodedApart();
    void heartbeatShowsNothingNew();
    void aPrintedHeartbeatIsNotDecoded();
    void anAddressChangesOnlyItsVmRows();
    void aBigChangeIsShownOverSeveralTurns();
};
