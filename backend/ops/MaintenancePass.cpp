// Maintenance: one pass (observe -> plan -> act) and the requests it makes.
#include "MaintenanceBodies.h"
#include "MaintenanceSession.h"

#include <QJsonDocument>

#include <limits>

namespace drover::ops {

namespace a = reconcile::annotations;
using reconcile::StepKind;

namespace {
// After a change was accepted, the caches need a moment to show it; until then the plan still
// lists the step as not done, and must not send it again.
constexpr int kSettleMs = 30000;

QString evictId(const QString &pod) { return QStringLiteral("evict:") + pod; }

bool due(const QHash<QString, QDateTime> &notBefore, const QString &id, const QDateTime &now)
{
    const auto it = notBefore.constFind(id);
    return it == notBefore.cend() || *it <= now;
}

const core::Pod *findPod(const reconcile::MaintenanceState &s, const QString &key)
{
    for (const core::Pod &p : s.pods)
        if (p.meta.key() == key)
            return &p;
    return nullptr;
}
} // namespace

void Maintenance::pass(Session *s)
{
    MaintenanceObserver *o = s->observer;
    if (!o->synced() || !m_connection->client()) {
        publish(s, {}, false);
        return;
    }
    const auto node = o->nodeObject();
    if (!node) {
        s->lastError = tr("The node %1 is not in the cluster.").arg(s->node);
        publish(s, {}, true);
        return;
    }
    // Act only once the intent is recorded on the Node: a client that dies now must leave
    // behind what the next one needs to continue.
    const QString recorded = node->meta.annotations.value(a::state);
    const bool wantLeaving = s->intent.leaving || recorded == QLatin1String("leaving");
    auto intent = reconcile::intentOf(*node);
    const bool visible = intent && (wantLeaving ? recorded == QLatin1String("leaving") : !recorded.isEmpty());
    if (!visible) {
        // Record (again, after a failure) what was asked; act once the Node shows it.
        if (wantLeaving)
            patchNode(s, QStringLiteral("leave"), intent ? bodies::statePatch(QStringLiteral("leaving"))
                                                         : bodies::intentPatch(s->intent, QStringLiteral("leaving")));
        else
            patchNode(s, QStringLiteral("enter"), bodies::intentPatch(s->intent, QStringLiteral("draining")));
    }
    reconcile::MaintenanceIntent effective = visible ? *intent : s->intent;
    effective.node = s->node;
    effective.leaving = wantLeaving;
    const reconcile::MaintenanceState state = o->state();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const reconcile::MaintenancePlan plan = reconcile::planMaintenance(state, effective, now);
    s->last.plan = plan; // what act() reads (stopVm: restart after or not)
    if (visible) {
        for (const reconcile::PlanStep &step : plan.steps)
            if (!step.done && (step.gate == reconcile::Gate::None || step.kind == StepKind::CephGate))
                act(s, step, state);
        if (plan.phase == reconcile::MaintenancePhase::Ready && recorded != QLatin1String("ready"))
            patchNode(s, QStringLiteral("ready"), bodies::statePatch(QStringLiteral("ready")));
    }
    publish(s, plan, true);
    if (visible && plan.phase == reconcile::MaintenancePhase::Done)
        patchNode(s, QStringLiteral("clear"), bodies::clearIntentPatch());
}

void Maintenance::act(Session *s, const reconcile::PlanStep &step, const reconcile::MaintenanceState &state)
{
    switch (step.kind) {
    case StepKind::Cordon:
        patchNode(s, QStringLiteral("cordon"), bodies::cordonPatch(true));
        break;
    case StepKind::Uncordon:
        patchNode(s, QStringLiteral("uncordon"), bodies::cordonPatch(false));
        break;
    case StepKind::CephGate:
        askCeph(s);
        break;
    case StepKind::StopVm:
        stopVm(s, step.subject, state);
        break;
    case StepKind::StartVm:
        startVm(s, step.subject, state);
        break;
    case StepKind::Evict:
        evict(s, step.subject, state);
        break;
    case StepKind::WaitDrained:
    case StepKind::WaitClean:
        break; // nothing to send: the cluster moves
    }
}

void Maintenance::askCeph(Session *s)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // One question at a time; an answer that never comes (a dropped link) is given up after a minute.
    const qint64 since = s->cephAskedAt.isValid() ? s->cephAskedAt.msecsTo(now) : std::numeric_limits<qint64>::max();
    if ((s->cephAsking && since < 60000) || since < m_cephMs)
        return;
    s->cephAsking = true;
    s->cephAskedAt = now;
    const QString node = s->node;
    m_gate->ask(node, s->observer->osdIds(), this, [this, node](const reconcile::OkToStop &answer) {
        Session *x = m_sessions.value(node);
        if (!x)
            return;
        x->cephAsking = false;
        x->observer->setOkToStop(answer); // changed() brings the next pass
    });
}

void Maintenance::patchNode(Session *s, const QString &what, const QByteArray &patch)
{
    const QString id = what + QLatin1Char(':') + s->node;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (s->inflight.contains(id) || !due(s->notBefore, id, now) || !m_connection->client())
        return;
    s->inflight.insert(id);
    const QString node = s->node;
    m_connection->client()->patch(kube::ApiResource::nodes(), {}, node, kube::PatchType::Merge, patch, this,
                                  [this, node, id, what](const kube::Response &r) {
                                      Session *x = m_sessions.value(node);
                                      if (!x)
                                          return;
                                      x->inflight.remove(id);
                                      if (!r.ok()) {
                                          x->lastError = tr("Could not update node %1: %2").arg(node, r.error.userMessage());
                                          x->notBefore.insert(id, QDateTime::currentDateTimeUtc().addMSecs(m_retryMs));
                                          Q_EMIT failed(node, x->lastError);
                                          return;
                                      }
                                      // The intent and its state are rewritten on purpose; a
                                      // change of the node itself is counted.
                                      finishAction(x, id, what == QLatin1String("cordon") || what == QLatin1String("uncordon"));
                                      if (what == QLatin1String("ready"))
                                          Q_EMIT ready(node);
                                      if (what == QLatin1String("clear")) {
                                          endSession(node);
                                          Q_EMIT left(node);
                                      }
                                  });
}

void Maintenance::finishAction(Session *s, const QString &id, bool changed)
{
    s->notBefore.insert(id, QDateTime::currentDateTimeUtc().addMSecs(kSettleMs));
    s->lastError.clear();
    if (!changed)
        return;
    ++m_stats.actions;
    if (++m_done[id] > 1)
        ++m_stats.repeatedActions;
}

void Maintenance::evict(Session *s, const QString &podKey, const reconcile::MaintenanceState &state)
{
    const QString id = evictId(podKey);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const core::Pod *pod = findPod(state, podKey);
    if (!pod || pod->meta.deletionTimestamp.isValid() || s->inflight.contains(id) || !due(s->notBefore, id, now))
        return;
    if (pod->meta.labels.value(QStringLiteral("app")) == QLatin1String("rook-ceph-osd") && !(s->observer->okToStop().known && s->observer->okToStop().ok)) {
        ++m_stats.osdEvictionsAgainstCeph; // the planner let it through without Ceph's yes: refuse
        return;
    }
    s->inflight.insert(id);
    s->evictions[podKey] = EvictionStatus{EvictionStatus::Sent, 0, {}, now};
    const QString node = s->node;
    const QString path = kube::ApiResource::pods().objectPath(pod->meta.ns, pod->meta.name, QStringLiteral("eviction"));
    const QByteArray body = QJsonDocument(bodies::eviction(pod->meta.ns, pod->meta.name)).toJson(QJsonDocument::Compact);
    m_connection->client()->request("POST", path, {}, body, this, [this, node, id, podKey](const kube::Response &r) {
        Session *x = m_sessions.value(node);
        if (!x)
            return;
        x->inflight.remove(id);
        const QString message = r.ok() ? QString() : r.error.message;
        EvictionStatus st{classifyEviction(r.httpStatus, message), r.httpStatus, message, QDateTime::currentDateTimeUtc()};
        if (r.httpStatus == 404) // gone already: what an eviction wants
            st.kind = EvictionStatus::Evicted;
        x->evictions[podKey] = st;
        if (st.kind == EvictionStatus::Evicted) {
            finishAction(x, id, r.httpStatus != 404);
        } else {
            // kubectl drain retries every 5 s; so do we, whatever the refusal.
            x->notBefore.insert(id, QDateTime::currentDateTimeUtc().addMSecs(m_retryMs));
            if (st.kind == EvictionStatus::Failed) {
                x->lastError = tr("Could not evict %1: %2").arg(podKey, r.error.userMessage());
                Q_EMIT failed(node, x->lastError);
            }
        }
        schedulePass(x);
    });
}

namespace {
const core::Vm *findVm(const reconcile::MaintenanceState &s, const QString &key)
{
    for (const core::Vm &v : s.vms)
        if (v.meta.key() == key)
            return &v;
    return nullptr;
}

// KubeVirt would have live-migrated this VMI on eviction (the safety count's question).
bool wouldMigrate(const reconcile::MaintenanceState &s, const QString &key)
{
    for (const core::Vmi &v : s.cluster.vmis) {
        if (v.meta.key() != key)
            continue;
        const core::Condition *c = core::findCondition(v.conditions, QStringLiteral("LiveMigratable"));
        const QString strategy = v.evictionStrategy.isEmpty() ? s.kubevirt.evictionStrategy : v.evictionStrategy;
        return c && c->isTrue() && strategy != QLatin1String("None");
    }
    return false;
}
} // namespace

void Maintenance::stopVm(Session *s, const QString &vmKey, const reconcile::MaintenanceState &state)
{
    const QString id = QStringLiteral("stop:") + vmKey;
    const core::Vm *vm = findVm(state, vmKey);
    if (!vm || s->inflight.contains(id) || !due(s->notBefore, id, QDateTime::currentDateTimeUtc()))
        return;
    bool restartAfter = s->intent.policy == reconcile::VmPolicy::StopAndRestartAfter;
    for (const reconcile::PlanItem &i : s->last.plan.items)
        if (i.key == vmKey)
            restartAfter = i.action == reconcile::ItemAction::StopAndRestart;
    if (wouldMigrate(state, vmKey))
        ++m_stats.migratableVmsStopped;
    patchVm(s, id, *vm, bodies::stopVmPatch(s->node, restartAfter, vm->runStrategy), tr("Could not stop %1: %2"));
}

void Maintenance::startVm(Session *s, const QString &vmKey, const reconcile::MaintenanceState &state)
{
    const QString id = QStringLiteral("start:") + vmKey;
    const core::Vm *vm = findVm(state, vmKey);
    if (!vm || s->inflight.contains(id) || !due(s->notBefore, id, QDateTime::currentDateTimeUtc()))
        return;
    patchVm(s, id, *vm, bodies::startVmPatch(core::runStrategyFromName(vm->meta.annotations.value(a::runStrategyBefore))),
            tr("Could not start %1: %2"));
}

void Maintenance::patchVm(Session *s, const QString &id, const core::Vm &vm, const QByteArray &patch, const QString &failText)
{
    s->inflight.insert(id);
    const QString node = s->node;
    const QString vmKey = vm.meta.key();
    m_connection->client()->patch(kube::ApiResource::virtualMachines(), vm.meta.ns, vm.meta.name, kube::PatchType::Merge, patch,
                                  this, [this, node, id, vmKey, failText](const kube::Response &r) {
                                      Session *x = m_sessions.value(node);
                                      if (!x)
                                          return;
                                      x->inflight.remove(id);
                                      if (r.ok()) {
                                          finishAction(x, id, true);
                                          return;
                                      }
                                      x->lastError = failText.arg(vmKey, r.error.userMessage());
                                      x->notBefore.insert(id, QDateTime::currentDateTimeUtc().addMSecs(m_retryMs));
                                      Q_EMIT failed(node, x->lastError);
                                  });
}

void Maintenance::publish(Session *s, const reconcile::MaintenancePlan &plan, bool synced)
{
    MaintenanceProgress p;
    p.node = s->node;
    p.synced = synced;
    p.plan = plan;
    p.evictions = s->evictions;
    p.ceph = s->observer->okToStop();
    p.lastError = s->lastError;
    p.startedAt = s->startedAt;
    s->last = p;
    Q_EMIT progressed(p);
}

} // namespace drover::ops
