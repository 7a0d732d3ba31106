#pragma once
// The events of one VM as its page lists them, kept current by watches: those whose
// involvedObject is the VM or its VMI (they share the name: fieldSelector involvedObject.name)
// and those of each virt-launcher pod the VMI has run in (status.activePods: fieldSelector
// involvedObject.uid), newest first. follow("") stops. Threading: the connection's thread.
#include "ClusterConnection.h"
#include "KubeEvent.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace drover::kube {
class Informer;
}

namespace drover::ops {

class VmEvents : public QObject
{
    Q_OBJECT
public:
    explicit VmEvents(ClusterConnection *connection, QObject *parent = nullptr);
    ~VmEvents() override;

    void follow(const QString &vmKey);
    QString vmKey() const { return m_key; }
    // Newest first.
    QList<core::KubeEvent> events() const { return m_events; }
    // Every watch has listed once (an empty list then means there are none).
    bool synced() const;
    // The last failure (a 403: this account may not read events there); ok() once they list.
    kube::KubeError error() const { return m_error; }

Q_SIGNALS:
    void changed();

private:
    kube::Informer *watch(const QString &fieldSelector);
    void onVmiChanged();
    void collect();
    void clear();

    ClusterConnection *m_connection;
    QString m_key;
    QPointer<kube::Informer> m_byName;
    QHash<QString, QPointer<kube::Informer>> m_byPod; // launcher pod uid -> its events' watch
    QStringList m_podOrder;                           // those uids, oldest first
    QList<core::KubeEvent> m_events;
    kube::KubeError m_error;
};

} // namespace drover::ops
