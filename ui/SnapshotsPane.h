#pragma once
// One VM's snapshots: take (name and description), restore (a running VM must be stopped
// first), delete; status, readiness, creation time, size, indications and errors in words, live
// from the snapshot informer. The workflows are ops::Snapshots' (one per pane, so a question
// opens over the pane's window); the pane renders their progress and results and answers their
// questions with a DialogPrompter. It lives in the VM page's Snapshots tab and in
// SnapshotDialog (VM ▸ Snapshots…).
#include "ClusterConnection.h"
#include "DialogPrompter.h"
#include "Snapshot.h"
#include "Snapshots.h"

#include <QWidget>
#include <QPointer>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace drover::ui {

class SnapshotsPane : public QWidget
{
    Q_OBJECT
public:
    // actions: the window's VM actions, which run the stop before a restore.
    SnapshotsPane(ops::ClusterConnection *connection, ops::VmActions *actions, const QString &vmKey,
                   QWidget *parent = nullptr);

    void setConfirm(bool on); // false: restore and delete without asking (tests)
    void take(const QString &name, const QString &description);
    void restore(const QString &snapshot);
    void remove(const QString &snapshot);

    QStandardItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    ops::Snapshots *operations() const { return m_ops; }
    QString vmKey() const { return m_key; }
    enum Column { Name, Phase, Ready, Created, Size, Indications, Description, Error, ColumnCount };

private:
    void refresh();
    void onProgress(const ops::SnapshotProgress &p);
    void onFinished(const ops::SnapshotResult &r);
    QString selected() const;
    void say(bool error, const QString &text);
    QString sizeOf(const core::Snapshot &s); // "—" until ops knows it

    QPointer<ops::ClusterConnection> m_connection;
    QString m_key, m_ns, m_vm;
    DialogPrompter m_prompter;
    ops::Snapshots *m_ops;
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_take, *m_restore, *m_delete;
};

} // namespace drover::ui
