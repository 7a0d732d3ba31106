#include "MigrationQueue.h"

namespace drover::reconcile {

bool waitsForSlot(Refusal r)
{
    return r == Refusal::ClusterLimit || r == Refusal::NodeLimit;
}

QList<MoveStep> planMoves(ClusterState state, const QList<Move> &moves, const MigrationLimits &limits)
{
    QList<MoveStep> steps;
    for (const Move &m : moves) {
        MoveStep s;
        s.move = m;
        s.plan = planMigration(state, m.vmKey, m.host, limits);
        if (s.plan.check.ok()) {
            s.outcome = MoveOutcome::Start;
            core::Migration inFlight; // what this step will start, for the next one's checks
            inFlight.meta.ns = m.vmKey.section(QLatin1Char('/'), 0, 0);
            inFlight.vmiName = m.vmKey.section(QLatin1Char('/'), 1);
            inFlight.phase = QStringLiteral("Pending");
            inFlight.migrationState.targetNode = s.plan.target;
            state.migrations.append(inFlight);
        } else {
            s.outcome = waitsForSlot(s.plan.check.refusal) ? MoveOutcome::Wait : MoveOutcome::Refuse;
        }
        steps.append(s);
    }
    return steps;
}

} // namespace drover::reconcile
