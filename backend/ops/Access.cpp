#include "Access.h"

namespace drover::ops {

using kube::ResourceAttributes;

Access::Access(QObject *parent) : QObject(parent) {}

void Access::setClient(kube::KubeClient *client)
{
    m_client = client;
    ++m_epoch;
    m_answers.clear();
    m_rules.clear();
    m_rulesPending.clear();
    m_oneByOne.clear();
    m_waitingForRules.clear();
    m_asking.clear();
    m_failed.clear();
    // Whoever waits on the old cluster hears Unknown now rather than never.
    const auto callbacks = std::exchange(m_callbacks, {});
    for (const auto &list : callbacks)
        for (const auto &[ctx, cb] : list)
            if (ctx)
                cb(Verdict::Unknown);
}

std::optional<Access::Verdict> Access::known(const ResourceAttributes &q) const
{
    if (const auto it = m_answers.constFind(q); it != m_answers.constEnd())
        return *it ? Verdict::Allowed : Verdict::Denied;
    if (!q.ns.isEmpty())
        if (const auto it = m_rules.constFind(q.ns); it != m_rules.constEnd())
            return kube::rulesAllow(it->resourceRules, q) ? Verdict::Allowed : Verdict::Denied;
    return std::nullopt;
}

Access::Verdict Access::verdict(const ResourceAttributes &q)
{
    if (const auto v = known(q))
        return *v;
    if (!m_client || m_failed.contains(q))
        return Verdict::Unknown;
    if (!q.ns.isEmpty() && !m_oneByOne.contains(q.ns)) {
        // One rules review answers every question in the namespace.
        auto &waiting = m_waitingForRules[q.ns];
        if (!waiting.contains(q))
            waiting << q;
        if (!m_rulesPending.contains(q.ns))
            sendRules(q.ns);
        return Verdict::Unknown;
    }
    sendReview(q);
    return Verdict::Unknown;
}

void Access::ask(const ResourceAttributes &q, QObject *context, std::function<void(Verdict)> cb)
{
    if (const auto v = known(q)) {
        cb(*v);
        return;
    }
    if (!m_client || m_failed.contains(q)) {
        cb(Verdict::Unknown);
        return;
    }
    m_callbacks[q].append({QPointer<QObject>(context), std::move(cb)});
    sendReview(q);
}

void Access::sendReview(const ResourceAttributes &q)
{
    if (m_asking.contains(q) || !m_client)
        return;
    m_asking.insert(q);
    ++m_sent;
    const quint64 epoch = m_epoch;
    m_client->create(kube::selfSubjectAccessReviews(), {}, kube::selfSubjectAccessReview(q), this,
                     [this, q, epoch](const kube::Response &r) {
                         if (epoch != m_epoch)
                             return;
                         m_asking.remove(q);
                         const auto d = r.ok() ? kube::decodeAccessReview(r.object)
                                               : Result<kube::AccessDecision>::failure(r.error.message);
                         if (!d) {
                             m_failed.insert(q);
                             answer(q, Verdict::Unknown);
                             return;
                         }
                         learn(q, d->allowed);
                     });
}

void Access::sendRules(const QString &ns)
{
    if (!m_client)
        return;
    m_rulesPending.insert(ns);
    ++m_sent;
    const quint64 epoch = m_epoch;
    m_client->create(kube::selfSubjectRulesReviews(), {}, kube::selfSubjectRulesReview(ns), this,
                     [this, ns, epoch](const kube::Response &r) {
                         if (epoch != m_epoch)
                             return;
                         m_rulesPending.remove(ns);
                         const auto rules = r.ok() ? kube::decodeRulesReview(r.object)
                                                   : Result<kube::RulesReview>::failure(r.error.message);
                         if (rules) {
                             learn(ns, *rules);
                             if (m_rules.contains(ns))
                                 return;
                         }
                         // No usable rules: ask what was asked, one question at a time.
                         m_oneByOne.insert(ns);
                         const QList<ResourceAttributes> waiting = m_waitingForRules.take(ns);
                         for (const ResourceAttributes &q : waiting)
                             sendReview(q);
                     });
}

void Access::learn(const QString &ns, const kube::RulesReview &rules)
{
    if (rules.incomplete || ns.isEmpty()) {
        m_oneByOne.insert(ns);
        return;
    }
    m_rules.insert(ns, rules);
    m_oneByOne.remove(ns);
    m_waitingForRules.remove(ns);
    // Callers waiting through ask() in this namespace have their answer now.
    const QList<ResourceAttributes> keys = m_callbacks.keys();
    for (const ResourceAttributes &q : keys)
        if (q.ns == ns)
            answer(q, *known(q));
    Q_EMIT changed();
}

void Access::learn(const ResourceAttributes &q, bool allowed)
{
    m_answers.insert(q, allowed);
    m_failed.remove(q);
    answer(q, allowed ? Verdict::Allowed : Verdict::Denied);
    Q_EMIT changed();
}

void Access::answer(const ResourceAttributes &q, Verdict v)
{
    const auto callbacks = m_callbacks.take(q);
    for (const auto &[ctx, cb] : callbacks)
        if (ctx)
            cb(v);
}

void Access::forget(const QString &ns)
{
    m_rules.remove(ns);
    m_oneByOne.remove(ns);
    for (auto it = m_answers.begin(); it != m_answers.end();)
        it = it.key().ns == ns ? m_answers.erase(it) : std::next(it);
    for (auto it = m_failed.begin(); it != m_failed.end();)
        it = it->ns == ns ? m_failed.erase(it) : std::next(it);
    Q_EMIT changed();
}

namespace permissions {

namespace {
ResourceAttributes kubevirtSub(const QString &plural, const QString &sub, const QString &verb, const QString &ns)
{
    return {verb, QStringLiteral("subresources.kubevirt.io"), plural, sub, ns, {}};
}
} // namespace

ResourceAttributes list(const kube::ApiResource &r, const QString &ns)
{
    return {QStringLiteral("list"), r.group, r.plural, {}, r.namespaced ? ns : QString(), {}};
}

ResourceAttributes vmAction(VmAction action, const QString &ns)
{
    const ActionCall call = actionCall(action);
    return kubevirtSub(call.plural, call.verb, QStringLiteral("update"), ns);
}

ResourceAttributes vncConsole(const QString &ns)
{
    return kubevirtSub(QStringLiteral("virtualmachineinstances"), QStringLiteral("vnc"), QStringLiteral("get"), ns);
}

ResourceAttributes serialConsole(const QString &ns)
{
    return kubevirtSub(QStringLiteral("virtualmachineinstances"), QStringLiteral("console"), QStringLiteral("get"), ns);
}

ResourceAttributes createMigration(const QString &ns)
{
    const kube::ApiResource &r = kube::ApiResource::migrations();
    return {QStringLiteral("create"), r.group, r.plural, {}, ns, {}};
}

ResourceAttributes createSnapshot(const QString &ns)
{
    const kube::ApiResource &r = kube::ApiResource::snapshots();
    return {QStringLiteral("create"), r.group, r.plural, {}, ns, {}};
}

ResourceAttributes deleteVm(const QString &ns)
{
    const kube::ApiResource &r = kube::ApiResource::virtualMachines();
    return {QStringLiteral("delete"), r.group, r.plural, {}, ns, {}};
}

ResourceAttributes patchVm(const QString &ns)
{
    const kube::ApiResource &r = kube::ApiResource::virtualMachines();
    return {QStringLiteral("patch"), r.group, r.plural, {}, ns, {}};
}

ResourceAttributes createClone(const QString &ns)
{
    const kube::ApiResource &r = kube::ApiResource::virtualMachineClones();
    return {QStringLiteral("create"), r.group, r.plural, {}, ns, {}};
}

ResourceAttributes patchNodes()
{
    return {QStringLiteral("patch"), {}, QStringLiteral("nodes"), {}, {}, {}};
}

ResourceAttributes evictPods()
{
    return {QStringLiteral("create"), {}, QStringLiteral("pods"), QStringLiteral("eviction"), {}, {}};
}

} // namespace permissions

} // namespace drover::ops
