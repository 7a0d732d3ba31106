#pragma once
// The soak test's two actors: a writer that keeps changing VMs (creates, annotation patches,
// deletes) and remembers what the server acknowledged, and a meter on an Informer that counts
// what the soak reports: duplicate events, and time shown as up to date while stale.
#include "Informer.h"
#include "KubeClient.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

namespace drover::test {

// A write the server acknowledged: the object's resourceVersion in the answer, and when.
struct SoakAck
{
    qint64 rv = 0;
    bool deleted = false;
    qint64 atMs = 0;
};

class SoakWriter : public QObject
{
    Q_OBJECT
public:
    // Writes VMs named soak-0 … soak-(names-1) in namespace ns, one request at a time.
    SoakWriter(kube::KubeClient *client, const QString &ns, int names, const QElapsedTimer *clock,
               QObject *parent = nullptr);
    void start(int intervalMs);
    void stop() { m_timer.stop(); }
    bool idle() const { return !m_inFlight; }
    // Per key ("ns/name"), the last acknowledged write. A write whose answer was lost (the server
    // died meanwhile) leaves no entry: what it did is unknown until the next answer.
    const QHash<QString, SoakAck> &acks() const { return m_acks; }
    int acknowledged() const { return m_acknowledged; }
    int failed() const { return m_failed; }

private:
    enum class Known { Unknown, Absent, Present };
    void step();
    void answered(const QString &key, bool isDelete, const kube::Response &r);

    kube::KubeClient *m_client;
    QString m_ns;
    int m_names;
    const QElapsedTimer *m_clock;
    QTimer m_timer;
    QHash<QString, Known> m_known;
    QHash<QString, SoakAck> m_acks;
    QRandomGenerator m_rng{20261202};
    bool m_inFlight = false;
    int m_seq = 0;
    int m_acknowledged = 0;
    int m_failed = 0;
};

class SoakMeter : public QObject
{
    Q_OBJECT
public:
    // graceMs: how long an acknowledged write may take to reach the cache before it counts as
    // missing from it.
    SoakMeter(kube::Informer *informer, const SoakWriter *writer, const QElapsedTimer *clock,
              int graceMs, QObject *parent = nullptr);
    void start(int sampleMs);

    // What the console shows as "up to date" for this informer: its cache has synced and no
    // error is pending. ClusterConnection::watchInformer's rule: an error is pending from
    // errorOccurred until synced, recovered or the next cache change.
    bool claimsUpToDate() const;
    // Keys whose acknowledged write (older than the grace) the cache does not show.
    QStringList staleKeys(qint64 nowMs) const;
    int events() const { return m_events; }
    int duplicates() const { return m_duplicates; }
    int errors() const { return m_errors; }
    double staleSeconds() const { return m_staleMs / 1000.0; }

private:
    void onChanged(const QList<kube::CacheEvent> &events);
    void sample();

    kube::Informer *m_informer;
    const SoakWriter *m_writer;
    const QElapsedTimer *m_clock;
    int m_graceMs;
    QTimer m_timer;
    QSet<QString> m_seen; // "C key@rv" for Added/Modified, "D key@rv" for Deleted
    bool m_errorPending = false;
    bool m_wasStale = false;
    bool m_trace = qEnvironmentVariableIsSet("DROVER_SOAK_TRACE");
    qint64 m_lastSample = -1;
    qint64 m_staleMs = 0;
    int m_events = 0;
    int m_duplicates = 0;
    int m_errors = 0;
};

} // namespace drover::test
