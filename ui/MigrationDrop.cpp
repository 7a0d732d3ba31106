#include "MigrationDrop.h"

#include "AccessText.h"

#include "HostTreeItems.h"
#include "MigrationSupport.h"
#include "ModelRoles.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QToolTip>
#include <QAbstractItemView>

namespace drover::ui {

QList<reconcile::Move> movesFor(const QStringList &keys, const QString &host)
{
    QList<reconcile::Move> moves;
    for (const QString &k : keys)
        moves.append(reconcile::Move{k, host});
    return moves;
}

MigrationDrop::MigrationDrop(QAbstractItemView *view, ops::ClusterConnection *connection, bool emptyMeansCluster,
                             QObject *parent)
    : QObject(parent), m_tree(view), m_emptyMeansCluster(emptyMeansCluster), m_connection(connection)
{
    m_tree->viewport()->setAcceptDrops(true);
    m_tree->viewport()->installEventFilter(this);
}

bool MigrationDrop::targetAt(const QPoint &pos, QString *host) const
{
    QModelIndex idx = m_tree->indexAt(pos);
    if (!idx.isValid()) {
        host->clear();
        return m_emptyMeansCluster;
    }
    idx = idx.siblingAtColumn(0);
    auto kind = models::TreeItemKind(idx.data(models::ItemKindRole).toInt());
    if (kind == models::TreeItemKind::Vm) {
        idx = idx.parent();
        kind = models::TreeItemKind(idx.data(models::ItemKindRole).toInt());
    }
    if (kind == models::TreeItemKind::Cluster) {
        host->clear();
        return true;
    }
    *host = idx.data(models::RawRole).toString();
    return kind == models::TreeItemKind::Host && !host->isEmpty(); // not the "Not running" group
}

void MigrationDrop::judge(const QStringList &keys, const QString &host)
{
    // A migration is an object the account creates in the VM's namespace: no right, no drop.
    QStringList namespaces;
    for (const QString &k : keys)
        if (const QString ns = k.section(QLatin1Char('/'), 0, 0); !namespaces.contains(ns))
            namespaces << ns;
    QString deniedNs;
    if (m_connection && m_connection->client() &&
        models::accessBlocks(m_connection->access(), namespaces, &ops::permissions::createMigration, &deniedNs)) {
        m_allowed = false;
        m_verdict = models::AccessText::migration(deniedNs);
        return;
    }
    QStringList moving, waiting, refused;
    for (const auto &step : reconcile::planMoves(m_state, movesFor(keys, host))) {
        if (step.outcome == reconcile::MoveOutcome::Start)
            moving << step.plan.target;
        else if (step.outcome == reconcile::MoveOutcome::Wait)
            waiting << step.move.vmKey;
        else
            refused << step.plan.check.reason;
    }
    m_allowed = !moving.isEmpty() || !waiting.isEmpty();
    if (!m_allowed)
        m_verdict = refused.join(QLatin1Char('\n'));
    else if (keys.size() == 1 && !moving.isEmpty())
        m_verdict = tr("Live-migrate %1 to %2").arg(keys.first(), moving.first());
    else
        m_verdict = tr("Live-migrate %1 of %2 VMs now").arg(moving.size()).arg(keys.size()) +
                    (waiting.isEmpty() ? QString() : QLatin1Char('\n') + tr("%n wait(s) for a free migration slot", nullptr, int(waiting.size()))) +
                    (refused.isEmpty() ? QString() : QLatin1Char('\n') + refused.join(QLatin1Char('\n')));
}

bool MigrationDrop::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_tree->viewport())
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        const QStringList keys = models::vmKeysFrom(e->mimeData());
        if (keys.isEmpty() || !m_connection)
            return false; // not ours: the tree does what it does
        if (event->type() == QEvent::DragEnter)
            m_state = ops::clusterStateFrom(m_connection->nodes(), m_connection->vmis(), m_connection->migrations());
        QString host;
        const QPoint pos = e->position().toPoint();
        if (!targetAt(pos, &host)) {
            m_allowed = false;
            m_verdict = tr("Drop on a host to live-migrate, or on the cluster to let Drover choose");
        } else {
            judge(keys, host);
        }
        if (event->type() == QEvent::Drop) {
            QToolTip::hideText();
            if (m_allowed) {
                e->setDropAction(Qt::LinkAction);
                e->accept();
                Q_EMIT dropRequested(keys, host);
            } else {
                e->ignore();
            }
            return true;
        }
        QToolTip::showText(m_tree->viewport()->mapToGlobal(pos), m_verdict, m_tree->viewport());
        if (event->type() == QEvent::DragEnter) {
            e->setDropAction(Qt::LinkAction);
            e->accept(); // keep getting moves even when this spot refuses
        } else if (m_allowed) {
            e->setDropAction(Qt::LinkAction);
            e->accept();
        } else {
            e->ignore();
        }
        return true;
    }
    case QEvent::DragLeave:
        QToolTip::hideText();
        return false;
    default:
        return false;
    }
}

} // namespace drover::ui
