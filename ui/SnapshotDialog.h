#pragma once
// One VM's snapshots: take (name and description), restore (a running VM must be stopped
// first: the dialog offers to stop it, waits, then restores), delete; status, readiness,
// creation time, indications and errors in words, live from the snapshot and restore informers.
#include "ClusterConnection.h"
#include "Snapshot.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace drover::ui {

class SnapshotDialog : public QDialog
{
    Q_OBJECT
public:
    SnapshotDialog(models::ClusterConnection *connection, const QString &vmKey, QWidget *parent = nullptr);

    void setConfirm(bool on) { m_confirm = on; } // tests and "don't ask" flows
    void take(const QString &name, const QString &description);
    void restore(const QString &snapshot);
    void remove(const QString &snapshot);

    QStandardItemModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *statusLabel() const { return m_status; }
    QString vmKey() const { return m_key; }
    enum Column { Name, Phase, Ready, Created, Size, Indications, Description, Error, ColumnCount };

private:
    void refresh();
    void onVmChanged();
    void onRestoresChanged();
    void createRestore(const QString &snapshot);
    QString selected() const;
    void say(bool error, const QString &text);
    QString sizeOf(const core::Snapshot &s); // asks for the snapshot's content once; "—" until known

    QPointer<models::ClusterConnection> m_connection;
    QString m_key, m_ns, m_vm;
    bool m_confirm = true;
    QString m_restoreAfterStop; // snapshot to restore once the VM has stopped
    QString m_watchedRestore;   // restore object whose outcome we report
    QStandardItemModel *m_model;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_take, *m_restore, *m_delete;
    QHash<QString, std::optional<std::int64_t>> m_sizes; // content name -> bytes (nullopt: unknown)
};

} // namespace drover::ui
