#include "VmActions.h"

#include "ObservedState.h"

#include <QTimer>

namespace drover::ops {

VmActions::VmActions(ClusterConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection), m_timeouts(new QTimer(this))
{
    m_timeouts->setInterval(1000);
    connect(m_timeouts, &QTimer::timeout, this, &VmActions::checkTimeouts);
    connect(connection, &ClusterConnection::cachesReplaced, this, &VmActions::onCachesReplaced);
    onCachesReplaced();
}

VmActions::~VmActions() = default;

void VmActions::onCachesReplaced()
{
    const QStringList keys = m_pending.keys();
    for (const QString &k : keys) {
        ActionResult r;
        r.status = ActionResult::Abandoned;
        r.reason = ActionResult::Reason::ConnectionSwitched;
        finish(k, r);
    }
    for (kube::ObjectCache *c : {m_connection->vms(), m_connection->vmis()})
        if (c)
            connect(c, &kube::ObjectCache::changed, this, &VmActions::onVmEvents);
}

void VmActions::run(const ActionRequest &request)
{
    const QString key = request.key();
    const ActionCall call = actionCall(request.action);
    kube::KubeClient *client = m_connection->client();
    if (!client) {
        ActionResult r;
        r.request = request;
        r.reason = ActionResult::Reason::NotConnected;
        r.expectedStatus = call.expectedStatus;
        Q_EMIT finished(r);
        return;
    }
    if (m_pending.contains(key)) {
        ActionResult r;
        r.status = ActionResult::Abandoned;
        r.reason = ActionResult::Reason::Superseded;
        r.supersededBy = request.action;
        finish(key, r);
    }
    Pending p;
    p.request = request;
    p.expectedStatus = call.expectedStatus;
    p.vmiUidBefore = observeVm(*m_connection, key).vmiUid;
    p.deadline = QDateTime::currentDateTimeUtc().addMSecs(m_timeoutMs);
    p.serial = ++m_serial;
    m_pending.insert(key, p);
    if (!m_timeouts->isActive())
        m_timeouts->start();
    Q_EMIT started(request);

    client->kubevirtAction(call.plural, request.ns, request.name, call.verb, call.body, this,
                           [this, key, serial = p.serial](const kube::Response &resp) { onAnswer(key, serial, resp); });
}

void VmActions::onAnswer(const QString &key, quint64 serial, const kube::Response &resp)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end() || it->serial != serial)
        return; // superseded or abandoned meanwhile
    if (!resp.ok()) {
        if (kube::mayMeanMissingApi(resp.error) && m_connection->client()) {
            // "404 page not found" or the aggregator's 503: ask discovery whether KubeVirt's API
            // is there at all, so the user learns what is missing instead of a bare 404.
            kube::probeApi(m_connection->client(), QStringLiteral("subresources.kubevirt.io/v1"), this,
                           [this, key, serial, error = resp.error](const kube::ApiAvailability &a) {
                               refuse(key, serial, error, a);
                           });
            return;
        }
        refuse(key, serial, resp.error, {});
        return;
    }
    it->accepted = true;
    check(key);
}

// KubeVirt answers 409 when the VM is not in a state for the action ("VM is not running"):
// error.message holds its words; the UI says it in its own.
void VmActions::refuse(const QString &key, quint64 serial, const kube::KubeError &error,
                       const kube::ApiAvailability &api)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end() || it->serial != serial)
        return;
    ActionResult r;
    const bool missing = api.state == kube::ApiAvailability::NotServed || api.state == kube::ApiAvailability::Unavailable;
    r.reason = missing ? ActionResult::Reason::ApiMissing : ActionResult::Reason::Refused;
    r.error = error;
    r.api = api;
    finish(key, r);
}

void VmActions::onVmEvents(const QList<kube::CacheEvent> &events)
{
    if (m_pending.isEmpty())
        return;
    QSet<QString> keys;
    for (const auto &e : events)
        if (m_pending.contains(e.key))
            keys.insert(e.key);
    for (const QString &k : std::as_const(keys))
        check(k);
}

void VmActions::check(const QString &key)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end() || !it->accepted)
        return;
    const VmObserved vm = observeVm(*m_connection, key);
    if (!vm.exists) {
        ActionResult r;
        r.reason = ActionResult::Reason::VmDeleted;
        finish(key, r);
        return;
    }
    bool done = vm.status == it->expectedStatus;
    if (it->request.action == VmAction::Restart)
        done = done && vm.hasVmi && vm.vmiUid != it->vmiUidBefore;
    if (done) {
        ActionResult r;
        r.status = ActionResult::Succeeded;
        finish(key, r);
    }
}

void VmActions::checkTimeouts()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList late;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (it->deadline <= now)
            late << it.key();
    for (const QString &k : std::as_const(late)) {
        ActionResult r;
        r.status = ActionResult::TimedOut;
        r.reason = m_pending[k].accepted ? ActionResult::Reason::NotReached : ActionResult::Reason::NoAnswer;
        if (kube::ObjectCache *vms = m_connection->vms())
            r.observedStatus = vms->getLazy(k).value(QLatin1String("status")).toObject().value(QLatin1String("printableStatus")).toString();
        r.timeoutSeconds = m_timeoutMs / 1000;
        finish(k, r);
    }
    if (m_pending.isEmpty())
        m_timeouts->stop();
}

// Fills in what every result of the pending action shares, then forgets it and reports.
void VmActions::finish(const QString &key, ActionResult result)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    result.request = it->request;
    result.expectedStatus = it->expectedStatus;
    m_pending.erase(it);
    Q_EMIT finished(result);
}

} // namespace drover::ops
