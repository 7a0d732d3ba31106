#pragma once
// The migrations panel: every migration of this session (running ones on top, history below)
// with phase, source → target, elapsed time, data copied and the failure reason; Cancel asks,
// then has ops::Migrations delete the selected running migration (how KubeVirt cancels one).
// The queue it shows is ops::Migrations' (setQueued renders queueChanged).
#include "ClusterConnection.h"
#include "MigrationTableModel.h"
#include "Migrations.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace drover::ui {

class MigrationPanel : public QWidget
{
    Q_OBJECT
public:
    MigrationPanel(ops::ClusterConnection *connection, ops::Migrations *migrations, QWidget *parent = nullptr);
    void rebind(); // after the connection's caches were replaced
    models::MigrationTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Cancel the migration in row (asks unless confirm is false).
    void cancelRow(int row, bool confirm = true);
    // Moves waiting for a free migration slot, shown under the table with a way to drop them.
    void setQueued(const QList<reconcile::Move> &moves);
    QLabel *queueLabel() const { return m_queued; }

Q_SIGNALS:
    void clearQueueRequested();

private:
    void updateButton();

    QPointer<ops::ClusterConnection> m_connection;
    QPointer<ops::Migrations> m_migrations;
    models::MigrationTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_cancel;
    QLabel *m_queued;
    QPushButton *m_clearQueue;
};

} // namespace drover::ui
