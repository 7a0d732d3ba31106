#include "VmDeletePlan.h"

namespace drover::reconcile {

using namespace Qt::StringLiterals;
using core::VmDisk;

namespace {

QString uidOfObj(const QJsonObject &o)
{
    return o.value("metadata"_L1).toObject().value("uid"_L1).toString();
}

QString nameOfObj(const QJsonObject &o)
{
    return o.value("metadata"_L1).toObject().value("name"_L1).toString();
}

// The object a persistent disk stands on: its DataVolume when there is one, else its claim.
struct Backing
{
    QJsonObject object;
    bool isDataVolume = false;
    bool exists = false;
};

Backing backingOf(const VmDeleteFacts &facts, const VmDisk &disk)
{
    if (disk.kind == VmDisk::Kind::DataVolume && facts.dataVolumes.contains(disk.claim))
        return {facts.dataVolumes.value(disk.claim), true, true};
    if (facts.claims.contains(disk.claim))
        return {facts.claims.value(disk.claim), false, true};
    return {};
}

QString capacityOf(const QJsonObject &claim)
{
    return claim.value("status"_L1).toObject().value("capacity"_L1).toObject().value("storage"_L1).toString();
}

} // namespace

QList<DiskOption> diskOptions(const VmDeleteFacts &facts)
{
    const QString vmUid = uidOfObj(facts.vm);
    QList<DiskOption> options;
    for (const VmDisk &disk : core::vmDisksFromJson(facts.vm)) {
        if (!disk.persistent())
            continue;
        DiskOption o;
        o.disk = disk;
        const Backing b = backingOf(facts, disk);
        o.exists = b.exists;
        o.ownedByVm = b.exists && core::isOwnedBy(b.object, vmUid);
        const QJsonObject claim = facts.claims.value(disk.claim);
        o.size = capacityOf(claim).isEmpty() ? disk.size : capacityOf(claim);
        o.storageClass = claim.value("spec"_L1).toObject().value("storageClassName"_L1).toString();
        if (o.storageClass.isEmpty())
            o.storageClass = disk.storageClass;
        o.phase = b.object.value("status"_L1).toObject().value("phase"_L1).toString();
        o.alsoUsedBy = facts.otherUsers.value(disk.claim);
        o.deleteByDefault = o.ownedByVm && o.alsoUsedBy.isEmpty();
        options << o;
    }
    return options;
}

QList<DeleteStep> planVmDelete(const VmDeleteFacts &facts, const VmDeleteChoice &choice)
{
    const QString vmUid = uidOfObj(facts.vm);
    QList<std::pair<int, QString>> keptTemplates;
    QList<DeleteStep> keep, after;
    QSet<QString> seen; // two volumes naming one claim: one decision
    for (const VmDisk &disk : core::vmDisksFromJson(facts.vm)) {
        if (!disk.persistent() || seen.contains(disk.claim))
            continue;
        seen.insert(disk.claim);
        const bool remove = choice.deleteVolumes.contains(disk.volume);
        if (!remove && disk.templateIndex >= 0)
            keptTemplates << std::pair{disk.templateIndex, disk.claim};
        const Backing b = backingOf(facts, disk);
        if (!b.exists)
            continue;
        const bool owned = core::isOwnedBy(b.object, vmUid);
        if (!remove && owned)
            keep << DeleteStep{b.isDataVolume ? DeleteStep::Kind::PatchDataVolume : DeleteStep::Kind::PatchClaim,
                               nameOfObj(b.object), core::stripOwnerPatch(b.object, vmUid), {}};
        else if (remove && !owned)
            after << DeleteStep{b.isDataVolume ? DeleteStep::Kind::DeleteDataVolume : DeleteStep::Kind::DeleteClaim,
                                nameOfObj(b.object), {}, {}};
    }
    QList<DeleteStep> steps;
    if (!keptTemplates.isEmpty())
        steps << DeleteStep{DeleteStep::Kind::PatchVm, nameOfObj(facts.vm), core::removeTemplatesPatch(keptTemplates), {}};
    steps << keep;
    if (choice.gracePeriodSeconds && facts.running)
        steps << DeleteStep{DeleteStep::Kind::StopVm, nameOfObj(facts.vm), {},
                            QJsonObject{{QStringLiteral("gracePeriod"), *choice.gracePeriodSeconds}}};
    steps << DeleteStep{DeleteStep::Kind::DeleteVm, nameOfObj(facts.vm), {},
                        core::deleteOptionsFor(choice.gracePeriodSeconds)};
    if (choice.deleteSnapshots)
        for (const QString &s : facts.snapshots)
            steps << DeleteStep{DeleteStep::Kind::DeleteSnapshot, s, {}, {}};
    steps << after;
    return steps;
}

QStringList keptClaims(const VmDeleteFacts &facts, const VmDeleteChoice &choice)
{
    QStringList kept;
    for (const DiskOption &o : diskOptions(facts))
        if (o.exists && !choice.deleteVolumes.contains(o.disk.volume) && !kept.contains(o.disk.claim))
            kept << o.disk.claim;
    return kept;
}

} // namespace drover::reconcile
