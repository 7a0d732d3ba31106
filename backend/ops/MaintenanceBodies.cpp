#include "MaintenanceBodies.h"

#include <QJsonDocument>

namespace drover::ops::bodies {

namespace a = reconcile::annotations;

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
QJsonObject withAnnotations(const QJsonObject &annotations)
{
    return QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("annotations"), annotations}}}};
}
} // namespace

QByteArray cordonPatch(bool cordon)
{
    return compact(QJsonObject{{QStringLiteral("spec"),
                                QJsonObject{{QStringLiteral("unschedulable"), cordon ? QJsonValue(true) : QJsonValue(QJsonValue::Null)}}}});
}

QByteArray intentPatch(const reconcile::MaintenanceIntent &intent, const QString &state)
{
    return compact(withAnnotations({{a::policy, reconcile::policyName(intent.policy)},
                                    {a::reason, intent.reason},
                                    {a::state, state}}));
}

QByteArray clearIntentPatch()
{
    const QJsonValue null(QJsonValue::Null);
    return compact(withAnnotations({{a::policy, null}, {a::reason, null}, {a::state, null}}));
}

QByteArray statePatch(const QString &state)
{
    return compact(withAnnotations({{a::state, state}}));
}

QJsonObject eviction(const QString &ns, const QString &pod)
{
    return QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("policy/v1")},
                       {QStringLiteral("kind"), QStringLiteral("Eviction")},
                       {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), pod}, {QStringLiteral("namespace"), ns}}}};
}

QByteArray stopVmPatch(const QString &node, bool restartAfter, core::RunStrategy before)
{
    QJsonObject o = withAnnotations({{a::stoppedFor, node},
                                     {a::restartAfter, restartAfter ? QStringLiteral("true") : QStringLiteral("false")},
                                     {a::runStrategyBefore, core::nameOf(before)}});
    o.insert(QStringLiteral("spec"), QJsonObject{{QStringLiteral("runStrategy"), QStringLiteral("Halted")},
                                                 {QStringLiteral("running"), QJsonValue::Null}});
    return compact(o);
}

QByteArray startVmPatch(core::RunStrategy before)
{
    const QJsonValue null(QJsonValue::Null);
    QJsonObject o = withAnnotations({{a::stoppedFor, null}, {a::restartAfter, null}, {a::runStrategyBefore, null}});
    const bool wasRunning = before != core::RunStrategy::Halted && before != core::RunStrategy::Unknown;
    o.insert(QStringLiteral("spec"),
             QJsonObject{{QStringLiteral("runStrategy"), core::nameOf(wasRunning ? before : core::RunStrategy::Always)}});
    return compact(o);
}

} // namespace drover::ops::bodies
