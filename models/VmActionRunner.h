#pragma once
// Runs VM lifecycle actions (KubeVirt subresources) and reports their outcome. Start, stop and
// restart only change the VM's desired state — a 2xx proves nothing — so an accepted request is
// followed on the VM/VMI caches until the VM reaches the state the action promises, or the
// time limit passes. Requests and results are values, delivered by signal.
// Threading: GUI thread.
#include "ClusterConnection.h"
#include "VmStatus.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

class QTimer;

namespace drover::models {

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
        Failed,    // the API refused the request (error holds why)
        TimedOut,  // accepted, but the VM did not get there in time
        Abandoned, // the connection was switched or another action on the VM superseded it
    };
    ActionRequest request;
    Status status = Failed;
    QString message;     // a sentence for the user
    kube::KubeError error; // for Failed
};

class VmActionRunner : public QObject
{
    Q_OBJECT
public:
    explicit VmActionRunner(ClusterConnection *connection, QObject *parent = nullptr);
    ~VmActionRunner() override;

    // How long an accepted action may take to show its effect. Default 3 minutes.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void run(const ActionRequest &request);
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    // The request was sent: message is "Stopping prod/web-01…".
    void started(const drover::models::ActionRequest &request, const QString &message);
    void finished(const drover::models::ActionResult &result);

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
    void check(const QString &key);
    void checkTimeouts();
    void finish(const QString &key, ActionResult::Status status, const QString &message,
                const kube::KubeError &error = {});

    ClusterConnection *m_connection;
    QHash<QString, Pending> m_pending; // by VM key: one action in flight per VM
    QTimer *m_timeouts;
    int m_timeoutMs = 180000;
    quint64 m_serial = 0;
};

} // namespace drover::models

Q_DECLARE_METATYPE(drover::models::ActionRequest)
Q_DECLARE_METATYPE(drover::models::ActionResult)
