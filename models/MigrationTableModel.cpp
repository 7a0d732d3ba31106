#include "MigrationTableModel.h"

#include "Quantity.h"
#include "VmStatus.h"

#include <QColor>
#include <QTimer>

#include <algorithm>

namespace drover::models {

MigrationTableModel::MigrationTableModel(QObject *parent) : QAbstractTableModel(parent), m_tick(new QTimer(this))
{
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        for (int r = 0; r < m_rows.size(); ++r)
            if (!finishedAt(r))
                Q_EMIT dataChanged(index(r, Elapsed), index(r, Elapsed));
    });
    m_tick->start();
}

void MigrationTableModel::setCache(kube::ObjectCache *migrations)
{
    beginResetModel();
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = migrations;
    m_rows.clear();
    if (m_cache) {
        for (auto it = m_cache->objects().cbegin(); it != m_cache->objects().cend(); ++it) {
            Row r{it.key(), {}, false, -1, -1};
            fill(r, it.value().json());
            m_rows.append(r);
        }
        std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            return a.m.meta.creationTimestamp > b.m.meta.creationTimestamp;
        });
        connect(m_cache, &kube::ObjectCache::changed, this, &MigrationTableModel::onChanged);
    }
    endResetModel();
}

void MigrationTableModel::fill(Row &row, const QJsonObject &obj)
{
    if (auto m = core::Migration::fromJson(obj))
        row.m = *m;
    const auto &ann = row.m.meta.annotations;
    row.processed = ann.value(QStringLiteral("sim.drover.io/data-processed-bytes"), QStringLiteral("-1")).toDouble();
    row.total = ann.value(QStringLiteral("sim.drover.io/data-total-bytes"), QStringLiteral("-1")).toDouble();
}

void MigrationTableModel::onChanged(const QList<kube::CacheEvent> &events)
{
    for (const kube::CacheEvent &e : events) {
        const int r = rowOf(e.key);
        if (e.type == kube::CacheEvent::Deleted) {
            if (r >= 0 && !m_rows[r].m.finished()) {
                m_rows[r].cancelled = true; // deleting an unfinished migration cancels it
                Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
            }
            continue;
        }
        if (r >= 0) {
            fill(m_rows[r], e.object.json());
            Q_EMIT dataChanged(index(r, 0), index(r, ColumnCount - 1));
        } else {
            beginInsertRows({}, 0, 0);
            Row row{e.key, {}, false, -1, -1};
            fill(row, e.object.json());
            m_rows.prepend(row);
            endInsertRows();
        }
    }
}

int MigrationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MigrationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MigrationTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].key : QString();
}

int MigrationTableModel::rowOf(const QString &key) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].key == key)
            return r;
    return -1;
}

bool MigrationTableModel::finishedAt(int row) const
{
    return row < 0 || row >= m_rows.size() || m_rows[row].cancelled || m_rows[row].m.finished();
}

QString MigrationTableModel::phaseText(const Row &r) const
{
    if (r.cancelled)
        return tr("Cancelled");
    return r.m.phase == core::MigrationPhase::Unset ? tr("Created") : QString(core::nameOf(r.m.phase));
}

QVariant MigrationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    const auto &st = r.m.migrationState;
    const bool done = finishedAt(index.row());
    // Elapsed: from the first phase (or creation) to the end, or to now while it runs.
    QDateTime start = r.m.meta.creationTimestamp;
    for (auto it = r.m.phaseTransitions.cbegin(); it != r.m.phaseTransitions.cend(); ++it)
        if (!start.isValid() || it.value() < start)
            start = it.value();
    QDateTime end = st.endTimestamp;
    if (!end.isValid() && done)
        for (auto it = r.m.phaseTransitions.cbegin(); it != r.m.phaseTransitions.cend(); ++it)
            end = qMax(end, it.value());
    if (!end.isValid())
        end = QDateTime::currentDateTimeUtc();
    const qint64 secs = start.isValid() ? qMax<qint64>(0, start.secsTo(end)) : -1;
    double fraction = -1;
    if (r.m.phase == core::MigrationPhase::Succeeded)
        fraction = 1;
    else if (r.total > 0 && r.processed >= 0)
        fraction = qMin(1.0, r.processed / r.total);

    if (role == KeyRole)
        return r.key;
    if (role == BarColorRole && index.column() == Progress)
        return r.m.phase == core::MigrationPhase::Failed || r.cancelled ? QColor(0xd0, 0x35, 0x35)
               : fraction >= 1                                          ? QColor(0x2e, 0x9d, 0x4f)
                                                                        : QColor(0x2f, 0x7f, 0xd8);
    if (role == FractionRole && index.column() == Progress)
        return fraction >= 0 ? QVariant(fraction) : QVariant();
    if (role == StatusKindRole && index.column() == Phase) {
        if (r.m.phase == core::MigrationPhase::Failed || r.cancelled)
            return int(StatusKind::Error);
        return int(r.m.phase == core::MigrationPhase::Succeeded ? StatusKind::Running : StatusKind::Transitional);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Vm: return r.m.meta.ns + QLatin1Char('/') + r.m.vmiName;
    case Phase: return phaseText(r);
    case Route:
        return st.sourceNode.isEmpty() && st.targetNode.isEmpty() ? QString()
                                                                  : tr("%1 → %2").arg(st.sourceNode, st.targetNode.isEmpty() ? tr("?") : st.targetNode);
    case Elapsed: return secs < 0 ? QString() : secs < 60 ? tr("%1 s").arg(secs) : tr("%1 min %2 s").arg(secs / 60).arg(secs % 60);
    case Progress:
        if (r.total > 0 && r.processed >= 0 && !done)
            return tr("%1 of %2").arg(core::formatBytes(qint64(qMin(r.processed, r.total))), core::formatBytes(qint64(r.total)));
        return fraction == 1 ? tr("done") : QString();
    case Result:
        if (r.cancelled)
            return tr("cancelled by deleting the migration");
        return st.failureReason;
    }
    return {};
}

QVariant MigrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Vm: return tr("VM");
    case Phase: return tr("Phase");
    case Route: return tr("Source → target");
    case Elapsed: return tr("Elapsed");
    case Progress: return tr("Data");
    case Result: return tr("Result");
    }
    return {};
}

} // namespace drover::models
