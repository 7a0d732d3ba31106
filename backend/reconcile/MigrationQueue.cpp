#include "MigrationQueue.h"

#include "Placement.h"

namespace drover::reconcile {

bool waitsForSlot(Refusal r)
{
    return r == Refusal::ClusterLimit || r == Refusal::NodeLimit;
}

QList<MoveStep> planMoves(ClusterState state, const QList<Move> &moves, const MigrationLimits &limits)
{
    // One index for the whole batch; each started move is added to it, so the next one sees the
    // slot and the room it takes.
    Placement placement(state);
    QList<MoveStep> steps;
    for (const Move &m : moves) {
        MoveStep s;
        s.move = m;
        s.plan = planMigration(placement, m.vmKey, m.host, limits);
        if (s.plan.check.ok()) {
            s.outcome = MoveOutcome::Start;
            placement.addMigration(m.vmKey, s.plan.target);
        } else {
            s.outcome = waitsForSlot(s.plan.check.refusal) ? MoveOutcome::Wait : MoveOutcome::Refuse;
        }
        steps.append(s);
    }
    return steps;
}

} // namespace drover::reconcile
