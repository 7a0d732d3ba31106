#include "MaintenanceIntents.h"

#include "ApiResource.h"
#include "ClusterConnection.h"
#include "EventRecorder.h"
#include "KubeClient.h"
#include "Maintenance.h"
#include "ObjectCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace drover::ops {

using reconcile::MaintenancePhase;
using reconcile::phaseName;
using reconcile::stepName;

MaintenanceIntents::MaintenanceIntents(ClusterConnection *connection, Maintenance *maintenance, QObject *parent)
    : QObject(parent), m_connection(connection), m_maintenance(maintenance), m_flush(new QTimer(this))
{
    m_flush->setInterval(1000);
    connect(m_flush, &QTimer::timeout, this, &MaintenanceIntents::flushStatus);
    connect(m_maintenance, &Maintenance::progressed, this, &MaintenanceIntents::onProgress);
}

void MaintenanceIntents::setStatusIntervalMs(int ms)
{
    m_flush->setInterval(ms);
}

// From the connection's HostMaintenance informer (no list per pass): a pass sees what the watch
// has delivered, which is at most a moment behind the API server.
void MaintenanceIntents::pass()
{
    const kube::ObjectCache *cache = m_connection->hostMaintenances();
    if (!cache)
        return;
    for (const kube::LazyObject &item : cache->objects()) {
        const QJsonObject o = item.json();
        const QJsonObject meta = o.value(QLatin1String("metadata")).toObject();
        const QJsonObject spec = o.value(QLatin1String("spec")).toObject();
        Intent in{meta.value(QLatin1String("name")).toString(), spec.value(QLatin1String("nodeName")).toString(),
                  spec.value(QLatin1String("policy")).toString(), spec.value(QLatin1String("reason")).toString(),
                  spec.value(QLatin1String("leave")).toBool(), meta.value(QLatin1String("generation")).toInteger(),
                  meta.value(QLatin1String("uid")).toString()};
        if (in.node.isEmpty())
            continue;
        m_byNode.insert(in.node, in);
        // What the executor already does (its sessions, resumed from the Node) is not asked twice.
        const QString ask = (in.leave ? QStringLiteral("leave:") : QStringLiteral("enter:")) + in.uid;
        if (m_started.contains(ask))
            continue;
        m_started.insert(ask);
        if (in.leave)
            m_maintenance->leave(in.node);
        else if (!m_maintenance->activeNodes().contains(in.node))
            m_maintenance->enter({in.node, reconcile::policyFromName(in.policy).value_or(reconcile::VmPolicy::Refuse), in.reason});
    }
}

void MaintenanceIntents::onProgress(const MaintenanceProgress &p)
{
    const auto it = m_byNode.constFind(p.node);
    if (it == m_byNode.cend() || !p.synced)
        return;
    int done = 0;
    QJsonArray steps;
    for (const reconcile::PlanStep &s : p.plan.steps) {
        done += s.done ? 1 : 0;
        QJsonObject step{{QStringLiteral("kind"), stepName(s.kind)}, {QStringLiteral("target"), s.subject}, {QStringLiteral("done"), s.done}};
        if (!s.waitsOn.isEmpty())
            step.insert(QStringLiteral("waitsOn"), s.waitsOn);
        steps.append(step);
    }
    const QString blocked = p.plan.blockers.isEmpty() ? QString() : p.plan.blockers.first().message;
    const QString phase = phaseName(p.plan.phase);
    const bool ready = p.plan.phase == MaintenancePhase::Ready || p.plan.phase == MaintenancePhase::Done;
    const QString message = !blocked.isEmpty() ? blocked
                            : ready            ? QStringLiteral("%1 is %2").arg(p.node, p.plan.phase == MaintenancePhase::Done ? QStringLiteral("back in service") : QStringLiteral("drained: safe to power off"))
                                               : QStringLiteral("%1 of %2 steps done").arg(done).arg(steps.size());
    QJsonObject status{{QStringLiteral("phase"), phase},
                       {QStringLiteral("progress"), QStringLiteral("%1/%2").arg(done).arg(steps.size())},
                       {QStringLiteral("observedGeneration"), it->generation},
                       {QStringLiteral("vmsLeft"), p.plan.vmsLeft},
                       {QStringLiteral("podsLeft"), p.plan.podsLeft},
                       {QStringLiteral("etaSeconds"), p.plan.etaSeconds},
                       {QStringLiteral("steps"), steps}};
    // Strings only when there is something to say (null removes an old one): the API server
    // refused an empty suspendReason on a SnapshotSchedule's status the same way.
    status.insert(QStringLiteral("blockedBy"), blocked.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(blocked));
    status.insert(QStringLiteral("conditions"),
                  QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Ready")},
                                         {QStringLiteral("status"), ready ? QStringLiteral("True") : QStringLiteral("False")},
                                         {QStringLiteral("reason"), phase},
                                         {QStringLiteral("message"), message},
                                         {QStringLiteral("observedGeneration"), it->generation},
                                         {QStringLiteral("lastTransitionTime"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}}});
    status.insert(QStringLiteral("lastError"), p.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(p.lastError));
    recordEvents(*it, p, phase, message);
    m_status.insert(it->name, status);
    if (!m_flush->isActive())
        m_flush->start();
}

// An event when the phase changes (Draining, Blocked, InMaintenance, Leaving, Done) and when a
// request fails, as `kubectl describe hostmaintenance` readers expect.
void MaintenanceIntents::recordEvents(const Intent &in, const MaintenanceProgress &p, const QString &phase, const QString &message)
{
    if (!m_events)
        return;
    const EventTarget target{QStringLiteral("drover.io/v1alpha1"), QStringLiteral("HostMaintenance"), {}, in.name, in.uid};
    QString &said = m_said[in.name];
    const QString now = phase + QLatin1Char('\n') + p.lastError;
    if (said == now)
        return;
    if (said.section(QLatin1Char('\n'), 0, 0) != phase) {
        if (p.plan.phase == MaintenancePhase::Blocked)
            m_events->warning(target, phase, message);
        else
            m_events->normal(target, phase,
                             p.plan.phase == MaintenancePhase::Draining ? QStringLiteral("%1 enters maintenance (%2): %3 steps")
                                                                              .arg(in.node, in.reason.isEmpty() ? QStringLiteral("no reason given") : in.reason)
                                                                              .arg(p.plan.steps.size())
                             : p.plan.phase == MaintenancePhase::Leaving ? QStringLiteral("%1 leaves maintenance: %2 steps").arg(in.node).arg(p.plan.steps.size())
                                                                         : message);
    }
    if (!p.lastError.isEmpty() && said.section(QLatin1Char('\n'), 1) != p.lastError)
        m_events->warning(target, QStringLiteral("RequestFailed"), p.lastError);
    said = now;
}

void MaintenanceIntents::flushStatus()
{
    kube::KubeClient *client = m_connection->client();
    if (!client || m_status.isEmpty()) {
        m_flush->stop();
        return;
    }
    for (auto it = m_status.cbegin(); it != m_status.cend(); ++it) {
        const QByteArray patch = QJsonDocument(QJsonObject{{QStringLiteral("status"), it.value()}}).toJson(QJsonDocument::Compact);
        client->request("PATCH", kube::ApiResource::hostMaintenances().objectPath({}, it.key(), QStringLiteral("status")), {}, patch, this,
                        [this, name = it.key()](const kube::Response &r) {
                            if (!r.ok())
                                Q_EMIT statusRefused(QStringLiteral("HostMaintenance %1: its status was not written: %2").arg(name, r.error.userMessage()));
                        },
                        QByteArrayLiteral("application/merge-patch+json"));
    }
    m_status.clear();
}

} // namespace drover::ops
