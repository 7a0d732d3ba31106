#pragma once
// Runs VM lifecycle actions (KubeVirt subresources) and reports their outcome. Start, stop and
// restart only change the VM's desired state — a 2xx proves nothing — so an accepted request is
// followed on the VM/VMI caches until the VM reaches the state the action promises, or the
// time limit passes. Requests and results are values, delivered by signal; the words for a
// person are the UI's (models::VmActionText), the result carries what they are made of.
// One action in flight per VM: a second one supersedes the first (Abandoned).
// Threading: the connection's thread (the GUI's, or droverd's main loop).
#include "ApiDiscovery.h"
#include "ClusterConnection.h"
#include "VmAction.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class QTimer;

namespace drover::ops {

struct ActionRequest
{
    VmAction action = VmAction::Start;
    QString ns;
    QString name;
    QString key() const { return ns + QLatin1Char('/') + name; }
};

struct ActionResult
{
    enum Status {
        Succeeded, // the VM reached the promised state
        Failed,    // not done: the API refused it, the VM went away, no cluster (see reason)
        TimedOut,  // accepted (or sent), but the VM did not get there in time
        Abandoned, // the connection was switched or another action on the VM superseded it
    };
    enum class Reason {
        None,               // Succeeded
        NotConnected,       // Failed: no cluster open
        Refused,            // Failed: the API said no; error holds KubeVirt's own words
        ApiMissing,         // Failed: KubeVirt's subresource API is not served or does not answer (see api)
        VmDeleted,          // Failed: the VM disappeared while we waited
        NoAnswer,           // TimedOut: the request was never answered
        NotReached,         // TimedOut: accepted, but the VM is still observedStatus
        ConnectionSwitched, // Abandoned
        Superseded,         // Abandoned: by supersededBy
    };
    ActionRequest request;
    Status status = Failed;
    Reason reason = Reason::None;
    kube::KubeError error;     // Refused, ApiMissing: the server's status, reason and message
    kube::ApiAvailability api; // ApiMissing: what discovery said about subresources.kubevirt.io/v1
    QString expectedStatus;    // the printableStatus the action promises ("Stopped")
    QString observedStatus;    // NotReached: where the VM is instead (empty: unknown)
    int timeoutSeconds = 0;    // TimedOut: the limit that passed
    VmAction supersededBy = VmAction::Start; // Superseded: the newer action
};

class VmActions : public QObject
{
    Q_OBJECT
public:
    explicit VmActions(ClusterConnection *connection, QObject *parent = nullptr);
    ~VmActions() override;

    // How long an accepted action may take to show its effect. Default 3 minutes.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Sends the request; started() now, finished() exactly once later (or now, when there is
    // no cluster to send it to).
    void run(const ActionRequest &request);
    int pendingCount() const { return int(m_pending.size()); }
    bool isPending(const QString &vmKey) const { return m_pending.contains(vmKey); }

Q_SIGNALS:
    void started(const drover::ops::ActionRequest &request);
    void finished(const drover::ops::ActionResult &result);

private:
    struct Pending
    {
        ActionRequest request;
        QString expectedStatus;
        QString vmiUidBefore; // restart: done when a new VMI runs
        QDateTime deadline;
        bool accepted = false;
        quint64 serial = 0;
    };
    void onCachesReplaced();
    void onVmEvents(const QList<kube::CacheEvent> &events);
    void onAnswer(const QString &key, quint64 serial, const kube::Response &resp);
    void refuse(const QString &key, quint64 serial, const kube::KubeError &error, const kube::ApiAvailability &api);
    void check(const QString &key);
    void checkTimeouts();
    void finish(const QString &key, ActionResult result);

    ClusterConnection *m_connection;
    QHash<QString, Pending> m_pending; // by VM key: one action in flight per VM
    QTimer *m_timeouts;
    int m_timeoutMs = 180000;
    quint64 m_serial = 0;
};

} // namespace drover::ops

Q_DECLARE_METATYPE(drover::ops::ActionRequest)
Q_DECLARE_METATYPE(drover::ops::ActionResult)
