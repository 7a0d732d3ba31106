#pragma once
// VM ▸ Snapshots…: one VM's SnapshotsPane in a window of its own, with Close.
#include "SnapshotsPane.h"

#include <QDialog>

namespace drover::ui {

class SnapshotDialog : public QDialog
{
    Q_OBJECT
public:
    // actions: the window's VM actions, which run the stop before a restore.
    SnapshotDialog(ops::ClusterConnection *connection, ops::VmActions *actions, const QString &vmKey,
                   QWidget *parent = nullptr);

    using enum SnapshotsPane::Column;
    SnapshotsPane *pane() const { return m_pane; }
    void setConfirm(bool on) { m_pane->setConfirm(on); }
    void take(const QString &name, const QString &description) { m_pane->take(name, description); }
    void restore(const QString &snapshot) { m_pane->restore(snapshot); }
    void remove(const QString &snapshot) { m_pane->remove(snapshot); }
    QStandardItemModel *model() const { return m_pane->model(); }
    QTableView *view() const { return m_pane->view(); }
    QLabel *statusLabel() const { return m_pane->statusLabel(); }
    ops::Snapshots *operations() const { return m_pane->operations(); }
    QString vmKey() const { return m_pane->vmKey(); }

private:
    SnapshotsPane *m_pane;
};

} // namespace drover::ui
