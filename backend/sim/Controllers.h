#pragma once
// drover-sim's stand-ins for KubeVirt's virt-controller and virt-handler: VMs with a running
// runStrategy get a VMI that goes Pending → Scheduling → Scheduled → Running on a host with
// room; halted VMs lose theirs; the VM's status follows. Also the lifecycle subresources.
#include "ObjectStore.h"

#include <QObject>
#include <QSet>

namespace drover::sim {

class Controllers : public QObject
{
    Q_OBJECT
public:
    Controllers(ObjectStore *store, QObject *parent = nullptr);
    // 1.0: demo pace (a VM starts in ~1.5 s); 0: every step on the next event-loop turn.
    void setTimeScale(double s) { m_scale = s; }
    double timeScale() const { return m_scale; }

    // PUT subresources: virtualmachines/{start,stop,restart}, virtualmachineinstances/
    // {pause,unpause,softreboot,reset}. Codes and messages as KubeVirt's lifecycle handlers.
    StoreResult action(const QString &plural, const QString &ns, const QString &name,
                       const QString &verb, const QJsonObject &body);

    // The host a new VMI would land on (empty: none fits). Exposed for populate().
    static QString pickHost(const ObjectStore &store, const QJsonObject &vmiSpec);

private:
    void onChanged(const kube::ApiResource &r, const QString &type, const QJsonObject &obj);
    void queueVm(const QString &key);
    void reconcileVm(const QString &key);
    void advanceVmi(const QString &ns, const QString &name, const QString &uid);
    void after(int ms, std::function<void()> fn);
    void setVmStatus(const QString &ns, const QString &name, const QString &printable);
    StoreResult vmAction(const QString &ns, const QString &name, const QString &verb, const QJsonObject &body);
    StoreResult vmiAction(const QString &ns, const QString &name, const QString &verb);

    ObjectStore *m_store;
    double m_scale = 1.0;
    QSet<QString> m_queued;      // VM keys waiting for a reconcile pass
    QSet<QString> m_manualStart; // runStrategy Manual VMs asked to start
    QSet<QString> m_stopping;    // VM keys whose VMI is being shut down
};

} // namespace drover::sim
