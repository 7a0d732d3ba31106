#pragma once
// The migrations panel's rows: one per VirtualMachineInstanceMigration seen since the cluster was
// opened, newest first. Finished ones stay as history; one deleted before it finished is shown
// as Cancelled. Progress comes from the simulator's data annotations where present (a real
// KubeVirt publishes it only as Prometheus metrics), else from the phase.
// Incremental: inserts at the top and dataChanged per row; a one-second tick refreshes the
// elapsed time of running migrations. Threading: GUI thread.
#include "Migration.h"
#include "ModelRoles.h"
#include "ObjectCache.h"

#include <QAbstractTableModel>
#include <QPointer>

class QTimer;

namespace drover::models {

class MigrationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Vm, Phase, Route, Elapsed, Progress, Result, ColumnCount };
    Q_ENUM(Column)

    explicit MigrationTableModel(QObject *parent = nullptr);
    void setCache(kube::ObjectCache *migrations); // resets: another cluster

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "namespace/name" of the migration in a row; -1 / empty when absent.
    QString keyAt(int row) const;
    int rowOf(const QString &key) const;
    bool finishedAt(int row) const;

private:
    struct Row
    {
        QString key;
        core::Migration m;
        bool cancelled = false;
        double processed = -1, total = -1; // bytes, from the simulator's annotations
    };
    void onChanged(const QList<kube::CacheEvent> &events);
    static void fill(Row &row, const QJsonObject &obj);
    QString phaseText(const Row &r) const;

    QPointer<kube::ObjectCache> m_cache;
    QList<Row> m_rows; // newest first
    QTimer *m_tick;
};

} // namespace drover::models
