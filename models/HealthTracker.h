#pragma once
// Hosts' health from the HostReport cache (one report per node, as the agents publish them or
// drover-sim plays them) and the cluster's storage health from Rook's CephCluster, kept judged
// and current; drive temperatures are remembered for the charts (last 360 readings per drive).
// Changed reports are judged in slices (kube::turn::Slice: a share of each turn of the event loop,
// with the informers' slices): agents that publish together (500 reports of ~6 kB, read and
// judged one by one) would otherwise hold the GUI thread for 30 ms and more at once (issue 14's
// stall probe).
// Threading: GUI thread.
#include "HostHealth.h"
#include "ObjectCache.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <deque>

namespace drover::models {

class HealthTracker : public QObject
{
    Q_OBJECT
public:
    explicit HealthTracker(QObject *parent = nullptr);
    void setCaches(kube::ObjectCache *hostReports, kube::ObjectCache *cephClusters);

    bool has(const QString &host) const { return m_hosts.contains(host); }
    HostHealth host(const QString &host) const { return m_hosts.value(host); }
    QStringList hosts() const { return m_hosts.keys(); }
    CephSummary ceph() const { return m_ceph; }
    // A report fetched another way (over SSH): judged and shown like the published ones.
    void addReport(const QString &host, const QJsonObject &report, const QString &source);
    // (msecs since epoch, °C) readings of one drive ("nvme0") of a host.
    std::deque<QPair<qint64, int>> temperatures(const QString &host, const QString &drive) const
    {
        return m_temps.value(host + QLatin1Char('/') + drive);
    }

Q_SIGNALS:
    void hostChanged(const QString &host);
    void cephChanged();

private:
    void onReports(const QList<kube::CacheEvent> &events);
    void judgeQueued(); // a slice of the queued reports
    void onCeph();
    void take(const QString &host, HostHealth judged, const QString &source);
    const HostHealth *previous(const QString &host) const; // its last judgement (null: none)

    QPointer<kube::ObjectCache> m_reports, m_cephClusters;
    QHash<QString, HostHealth> m_hosts;
    QHash<QString, std::deque<QPair<qint64, int>>> m_temps;
    CephSummary m_ceph;
    QList<QMetaObject::Connection> m_conns;
    QList<QString> m_queue; // hosts whose changed reports are still to be judged, oldest first
    QSet<QString> m_queued;
    QTimer *m_judge;
};

} // namespace drover::models
