#pragma once
// Kubernetes Events on the objects droverd acts for (core/v1 Event, as client-go's EventRecorder
// writes them): `kubectl describe hostmaintenance d1` shows what happened and when. An event like
// the last one for the same object (same type, reason and message) is not written again: its
// count and lastTimestamp are patched, as client-go's EventCorrelator does; one whose Event the
// API server has expired (404) is created anew. Events in a cluster-scoped object's name go to
// "default", as client-go puts them.
#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace drover::kube {
class KubeClient;
}

namespace drover::ops {

struct EventTarget
{
    QString apiVersion; // "drover.io/v1alpha1"
    QString kind;       // "HostMaintenance"
    QString ns;         // empty: cluster-scoped
    QString name;
    QString uid;
};

class EventRecorder : public QObject
{
    Q_OBJECT
public:
    // component: source.component and reportingController ("droverd"); instance: this replica.
    EventRecorder(std::function<kube::KubeClient *()> client, QString component, QString instance, QObject *parent = nullptr);
    void normal(const EventTarget &on, const QString &reason, const QString &message) { record(on, QStringLiteral("Normal"), reason, message); }
    void warning(const EventTarget &on, const QString &reason, const QString &message) { record(on, QStringLiteral("Warning"), reason, message); }
    // Calls made ("create"/"patch") and failed, for tests and /metrics.
    int written() const { return m_written; }
    int failed() const { return m_failed; }

private:
    struct Seen
    {
        QString ns;
        QString name; // the Event's
        int count = 0;
    };
    void record(const EventTarget &on, const QString &type, const QString &reason, const QString &message);
    void create(const EventTarget &on, const QString &type, const QString &reason, const QString &message, const QString &key);
    void patch(const EventTarget &on, const QString &type, const QString &reason, const QString &message, const QString &key);

    std::function<kube::KubeClient *()> m_client;
    QString m_component;
    QString m_instance;
    QHash<QString, Seen> m_seen; // uid/type/reason/message -> the Event written for it
    int m_written = 0;
    int m_failed = 0;
};

} // namespace drover::ops
