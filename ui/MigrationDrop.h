#pragma once
// Dragging VMs onto the host tree or the host map: while the drag hovers a host, the planner says whether the
// VMs may live-migrate there, the cursor shows it, and a tooltip gives the refusal in words.
// A drop on a host (or on the cluster row: the best host) is handed on as dropRequested().
// Installed as an event filter on the tree's viewport; the tree's own drop handling never runs.
#include "ClusterConnection.h"
#include "MigrationQueue.h"

#include <QObject>
#include <QPoint>
#include <QPointer>

class QAbstractItemView;

namespace drover::ui {

class MigrationDrop : public QObject
{
    Q_OBJECT
public:
    // view: the host tree, or the host map (whose empty space stands for the cluster).
    MigrationDrop(QAbstractItemView *view, ops::ClusterConnection *connection, bool emptyMeansCluster = false,
                  QObject *parent = nullptr);

    // The last hover's verdict, as the tooltip showed it (for tests and the status bar).
    QString lastVerdict() const { return m_verdict; }
    bool lastAllowed() const { return m_allowed; }

Q_SIGNALS:
    // host empty: dropped on the cluster, let the planner choose.
    void dropRequested(const QStringList &keys, const QString &host);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The host under pos: a host row, a VM row's host, "" for the cluster row; false elsewhere.
    bool targetAt(const QPoint &pos, QString *host) const;
    void judge(const QStringList &keys, const QString &host);

    QAbstractItemView *m_tree;
    bool m_emptyMeansCluster;
    QPointer<ops::ClusterConnection> m_connection;
    reconcile::ClusterState m_state; // decoded once per drag
    QString m_verdict;
    bool m_allowed = false;
};

// The moves a drop of these VMs on host (empty: the cluster) asks for.
QList<reconcile::Move> movesFor(const QStringList &keys, const QString &host);

} // namespace drover::ui
