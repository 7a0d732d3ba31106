#pragma once
// Several VMs dropped at once, or a drain: plan the moves in order, each one started counting as
// in flight for the next, so the batch respects KubeVirt's parallel-migration limits and the
// targets' room. A move refused only because the limits are reached waits for a free slot (the
// caller plans it again when a migration ends); any other refusal is final. Pure.
#include "MigrationTargets.h"

namespace drover::reconcile {

struct Move
{
    QString vmKey; // "namespace/name"
    QString host;  // empty: the best target
};

enum class MoveOutcome { Start, Wait, Refuse };

struct MoveStep
{
    Move move;
    MoveOutcome outcome = MoveOutcome::Refuse;
    MigrationPlan plan; // plan.check says why for Wait and Refuse
};

// True for the refusals that a finished migration lifts.
bool waitsForSlot(Refusal r);

QList<MoveStep> planMoves(ClusterState state, const QList<Move> &moves, const MigrationLimits &limits = {});

} // namespace drover::reconcile
