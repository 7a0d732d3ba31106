#pragma once
// drover-sim's one home for core/v1 Events: the recorders the cluster's components write through.
//  - record(): client-go's tools/record EventRecorder, which KubeVirt's controllers, virt-handler
//    and the kubelet use: metadata.name <object>.<UnixNano in hex>, involvedObject a reference
//    with the object's resourceVersion (and a fieldPath for a container), source {component,
//    host}, reportingComponent/reportingInstance the same two (record/event.go makeEvent),
//    firstTimestamp = lastTimestamp, count 1, eventTime null. An event identical to an earlier
//    one (same source, involvedObject, type, reason and message: events_cache.go getEventKey)
//    is not written again: the existing Event's count goes up and its lastTimestamp moves, as
//    the EventCorrelator's patch does. (Its aggregator, which folds ten similar events with
//    different messages into "(combined from similar events): ...", is not played.)
//  - recordV1(): client-go's tools/events (events.k8s.io/v1) recorder, which kube-scheduler
//    uses, as core/v1 shows it: eventTime with microseconds, action, reportingComponent and
//    reportingInstance, source {}, no count and null first/lastTimestamp.
// Bounded as kube-apiserver's --event-ttl (1 h by default) bounds them: an Event not written for
// the TTL is deleted; beyond a cap the oldest go first (the TTL alone would let a burst grow).
//
// Writes go to the store at once: callers must not be inside ObjectStore::changed.
#include "ObjectStore.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace drover::sim {

struct EventSource
{
    QString component;
    QString host; // empty for cluster-wide controllers
};

class SimEvents : public QObject
{
    Q_OBJECT
public:
    // The recorder of store: the one made before, else a new one owned by the store.
    static SimEvents *of(ObjectStore *store);

    // type: "Normal" or "Warning". fieldPath: e.g. "spec.containers{compute}" for the kubelet.
    void record(const QJsonObject &obj, const EventSource &source, const QString &type,
                const QString &reason, const QString &message, const QString &fieldPath = {});
    // events.k8s.io/v1: reportingController and reportingInstance, action and note.
    void recordV1(const QJsonObject &obj, const QString &controller, const QString &instance,
                  const QString &type, const QString &reason, const QString &action,
                  const QString &note);

    // A component's reportingInstance ("default-scheduler-<host>"), fixed when its recorder is
    // made (client-go tools/events NewRecorder): decide() is called the first time only.
    QString instanceOf(const QString &component, const std::function<QString()> &decide);

    // ttlSeconds: how long an Event lives after its last write; maxEvents: how many are kept.
    void setLimits(int ttlSeconds, int maxEvents);
    // Deletes the Events this recorder wrote that are older than the TTL (a timer calls it).
    void expire();

private:
    explicit SimEvents(ObjectStore *store);
    struct Written
    {
        QDateTime at;
        QString ns, name;
    };
    QJsonObject reference(const QJsonObject &obj, const QString &fieldPath) const;
    QString eventName(const QJsonObject &obj, const QDateTime &t);
    bool bump(const QString &key, const QString &stamp);
    void remember(const QString &ns, const QString &name, const QDateTime &at);
    void trim();

    ObjectStore *m_store;
    QTimer m_expiry;
    QHash<QString, QString> m_correlated;  // correlator key -> "ns/name" of its Event
    QHash<QString, QString> m_instances;   // component -> its reportingInstance
    QHash<QString, QDateTime> m_lastWrite; // "ns/name" -> when it was last written
    std::deque<Written> m_written;         // every write, oldest first (stale ones skipped)
    qint64 m_lastNanos = 0;
    int m_ttlSeconds = 3600;
    int m_maxEvents = 5000;
};

} // namespace drover::sim
