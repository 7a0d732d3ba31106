#include "Lifecycle.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace drover::core {
namespace {

template <typename E, std::size_t N>
using Names = std::array<std::pair<E, QLatin1StringView>, N>;

constexpr Names<RunStrategy, 7> runStrategies{{
    {RunStrategy::Halted, "Halted"_L1},
    {RunStrategy::Always, "Always"_L1},
    {RunStrategy::RerunOnFailure, "RerunOnFailure"_L1},
    {RunStrategy::Manual, "Manual"_L1},
    {RunStrategy::Once, "Once"_L1},
    {RunStrategy::WaitAsReceiver, "WaitAsReceiver"_L1},
    {RunStrategy::Unknown, "Unknown"_L1},
}};

constexpr Names<VmiPhase, 9> vmiPhases{{
    {VmiPhase::Unset, ""_L1},
    {VmiPhase::Pending, "Pending"_L1},
    {VmiPhase::Scheduling, "Scheduling"_L1},
    {VmiPhase::Scheduled, "Scheduled"_L1},
    {VmiPhase::Running, "Running"_L1},
    {VmiPhase::Succeeded, "Succeeded"_L1},
    {VmiPhase::Failed, "Failed"_L1},
    {VmiPhase::WaitingForSync, "WaitingForSync"_L1},
    {VmiPhase::Unknown, "Unknown"_L1},
}};

constexpr Names<MigrationPhase, 12> migrationPhases{{
    {MigrationPhase::Unset, ""_L1},
    {MigrationPhase::Pending, "Pending"_L1},
    {MigrationPhase::Scheduling, "Scheduling"_L1},
    {MigrationPhase::Scheduled, "Scheduled"_L1},
    {MigrationPhase::PreparingTarget, "PreparingTarget"_L1},
    {MigrationPhase::TargetReady, "TargetReady"_L1},
    {MigrationPhase::WaitingForSync, "WaitingForSync"_L1},
    {MigrationPhase::Synchronizing, "Synchronizing"_L1},
    {MigrationPhase::Running, "Running"_L1},
    {MigrationPhase::Succeeded, "Succeeded"_L1},
    {MigrationPhase::Failed, "Failed"_L1},
    {MigrationPhase::Unknown, "Unknown"_L1},
}};

constexpr Names<PodPhase, 6> podPhases{{
    {PodPhase::Unset, ""_L1},
    {PodPhase::Pending, "Pending"_L1},
    {PodPhase::Running, "Running"_L1},
    {PodPhase::Succeeded, "Succeeded"_L1},
    {PodPhase::Failed, "Failed"_L1},
    {PodPhase::Unknown, "Unknown"_L1},
}};

template <typename E, std::size_t N>
E fromName(const Names<E, N> &names, QStringView name, E unknown)
{
    for (const auto &[value, word] : names)
        if (name == word)
            return value;
    return unknown;
}

template <typename E, std::size_t N>
QLatin1StringView nameIn(const Names<E, N> &names, E value)
{
    for (const auto &[v, word] : names)
        if (v == value)
            return word;
    return "Unknown"_L1;
}

QString phaseText(const QJsonObject &obj)
{
    return obj.value("status"_L1).toObject().value("phase"_L1).toString();
}

} // namespace

RunStrategy runStrategyFromName(QStringView name)
{
    return fromName(runStrategies, name, RunStrategy::Unknown);
}

VmiPhase vmiPhaseFromName(QStringView name)
{
    return fromName(vmiPhases, name, VmiPhase::Unknown);
}

MigrationPhase migrationPhaseFromName(QStringView name)
{
    return fromName(migrationPhases, name, MigrationPhase::Unknown);
}

PodPhase podPhaseFromName(QStringView name)
{
    return fromName(podPhases, name, PodPhase::Unknown);
}

QLatin1StringView nameOf(RunStrategy s)
{
    return nameIn(runStrategies, s);
}

QLatin1StringView nameOf(VmiPhase p)
{
    return nameIn(vmiPhases, p);
}

QLatin1StringView nameOf(MigrationPhase p)
{
    return nameIn(migrationPhases, p);
}

QLatin1StringView nameOf(PodPhase p)
{
    return nameIn(podPhases, p);
}

RunStrategy runStrategyOfSpec(const QJsonObject &vmSpec)
{
    return runStrategyOf(vmSpec.value("runStrategy"_L1), vmSpec.value("running"_L1));
}

RunStrategy runStrategyOf(const QJsonValue &runStrategy, const QJsonValue &running)
{
    if (runStrategy.isString() && !runStrategy.toString().isEmpty())
        return runStrategyFromName(runStrategy.toString());
    return running.toBool() ? RunStrategy::Always : RunStrategy::Halted;
}

VmiPhase vmiPhaseOf(const QJsonObject &vmi)
{
    return vmiPhaseFromName(phaseText(vmi));
}

MigrationPhase migrationPhaseOf(const QJsonObject &migration)
{
    return migrationPhaseFromName(phaseText(migration));
}

PodPhase podPhaseOf(const QJsonObject &pod)
{
    return podPhaseFromName(phaseText(pod));
}

} // namespace drover::core
