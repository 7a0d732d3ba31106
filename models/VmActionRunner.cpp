#include "VmActionRunner.h"

#include "VmSummary.h"

#include <QTimer>

namespace drover::models {

VmActionRunner::VmActionRunner(ClusterConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection), m_timeouts(new QTimer(this))
{
    m_timeouts->setInterval(1000);
    connect(m_timeouts, &QTimer::timeout, this, &VmActionRunner::checkTimeouts);
    connect(connection, &ClusterConnection::cachesReplaced, this, &VmActionRunner::onCachesReplaced);
    onCachesReplaced();
}

VmActionRunner::~VmActionRunner() = default;

void VmActionRunner::onCachesReplaced()
{
    const QStringList keys = m_pending.keys();
    for (const QString &k : keys)
        finish(k, ActionResult::Abandoned, tr("%1: the connection was switched before the result arrived.").arg(k));
    for (kube::ObjectCache *c : {m_connection->vms(), m_connection->vmis()})
        if (c)
            connect(c, &kube::ObjectCache::changed, this, &VmActionRunner::onVmEvents);
}

void VmActionRunner::run(const ActionRequest &request)
{
    const QString key = request.key();
    kube::KubeClient *client = m_connection->client();
    if (!client) {
        ActionResult r{request, ActionResult::Failed,
                       VmActionText::failed(request.action, key, tr("not connected to a cluster.")), {}};
        Q_EMIT finished(r);
        return;
    }
    if (m_pending.contains(key))
        finish(key, ActionResult::Abandoned,
               tr("%1: superseded by %2.").arg(key, VmActionText::name(request.action)));
    const ActionCall call = actionCall(request.action);
    Pending p;
    p.request = request;
    p.expectedStatus = call.expectedStatus;
    if (kube::ObjectCache *vmis = m_connection->vmis())
        p.vmiUidBefore = vmis->getLazy(key).value(QLatin1String("metadata")).toObject().value(QLatin1String("uid")).toString();
    p.deadline = QDateTime::currentDateTimeUtc().addMSecs(m_timeoutMs);
    p.serial = ++m_serial;
    m_pending.insert(key, p);
    if (!m_timeouts->isActive())
        m_timeouts->start();
    Q_EMIT started(request, VmActionText::progress(request.action, key));

    const quint64 serial = p.serial;
    client->kubevirtAction(call.plural, request.ns, request.name, call.verb, call.body, this,
                           [this, key, serial](const kube::Response &resp) {
                               auto it = m_pending.find(key);
                               if (it == m_pending.end() || it->serial != serial)
                                   return; // superseded or abandoned meanwhile
                               if (!resp.ok()) {
                                   // KubeVirt answers 409 when the VM is not in a state for the
                                   // action ("VM is not running"): not a concurrent edit, so
                                   // not KubeError's generic "reload and try again".
                                   const QString why = resp.error.kind == kube::ErrorKind::Conflict
                                       ? tr("KubeVirt refused it in the VM's current state: %1.").arg(resp.error.message)
                                       : resp.error.userMessage();
                                   finish(key, ActionResult::Failed,
                                          VmActionText::failed(it->request.action, key, why), resp.error);
                                   return;
                               }
                               it->accepted = true;
                               check(key);
                           });
}

void VmActionRunner::onVmEvents(const QList<kube::CacheEvent> &events)
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

void VmActionRunner::check(const QString &key)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end() || !it->accepted)
        return;
    kube::ObjectCache *vms = m_connection->vms();
    kube::ObjectCache *vmis = m_connection->vmis();
    if (!vms || !vms->contains(key)) {
        finish(key, ActionResult::Failed,
               VmActionText::failed(it->request.action, key, tr("the VM was deleted.")));
        return;
    }
    const VmSummary s = VmSummary::fromJson(key, vms->getLazy(key), vmis ? vmis->getLazy(key) : kube::LazyObject());
    bool done = s.status == it->expectedStatus;
    if (it->request.action == VmAction::Restart)
        done = done && s.hasVmi && s.vmiUid != it->vmiUidBefore;
    if (done)
        finish(key, ActionResult::Succeeded, VmActionText::done(it->request.action, key));
}

void VmActionRunner::checkTimeouts()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList late;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (it->deadline <= now)
            late << it.key();
    for (const QString &k : std::as_const(late)) {
        const Pending &p = m_pending[k];
        QString current;
        if (kube::ObjectCache *vms = m_connection->vms())
            current = vms->getLazy(k).value(QLatin1String("status")).toObject().value(QLatin1String("printableStatus")).toString();
        const QString why = p.accepted
            ? tr("the cluster accepted the request, but the VM is still %1 after %2 s instead of %3.")
                  .arg(current.isEmpty() ? tr("in an unknown state") : current)
                  .arg(m_timeoutMs / 1000)
                  .arg(p.expectedStatus)
            : tr("the cluster did not answer within %1 s.").arg(m_timeoutMs / 1000);
        finish(k, ActionResult::TimedOut, VmActionText::failed(p.request.action, k, why));
    }
    if (m_pending.isEmpty())
        m_timeouts->stop();
}

void VmActionRunner::finish(const QString &key, ActionResult::Status status, const QString &message,
                            const kube::KubeError &error)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    ActionResult r{it->request, status, message, error};
    m_pending.erase(it);
    Q_EMIT finished(r);
}

} // namespace drover::models
