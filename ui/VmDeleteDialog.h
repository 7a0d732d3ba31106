#pragma once
// Delete one or many VMs, choosing per disk what stays: each VM with its persistent disks (a
// box per disk, checked = deleted, OpenShift's defaults: owned disks go unless another VM uses
// them, disks the VM does not own stay), its snapshots (they go too unless unticked: a warning
// says so), and the grace period its guest gets to shut down. The workflow is ops::VmDeleter's;
// the dialog renders what inspect() found, turns the boxes into requests and shows each VM's
// outcome in words. It stays open on any failure (the choices kept), and closes when every VM
// is gone.
#include "VmDelete.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace drover::ui {

class VmDeleteDialog : public QDialog
{
    Q_OBJECT
public:
    VmDeleteDialog(ops::ClusterConnection *connection, const QStringList &vmKeys, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QCheckBox *snapshotsBox() const { return m_snapshots; }
    QPushButton *deleteButton() const { return m_delete; }
    QLabel *statusLabel() const { return m_status; }
    ops::VmDeleter *operations() const { return m_ops; }
    // The disk row of volume on VM key (column 0 holds its box), or nullptr.
    QTreeWidgetItem *diskItem(const QString &vmKey, const QString &volume) const;
    bool ready() const { return m_pending == 0; } // every VM inspected
    // One VM's outcome in words ("prod/web deleted; kept: web-data").
    QString statusOf(const ops::VmDeleteResult &r) const { return describe(r); }
    enum Column { Name, Claim, Size, StorageClass, Phase, Note, ColumnCount };

private:
    void onInspected(const ops::VmDeleteCandidate &c);
    void onFinished(const ops::VmDeleteResult &r);
    void start();
    void updateSummary();
    QString describe(const ops::VmDeleteResult &r) const;
    void say(bool error, const QString &text);

    ops::VmDeleter *m_ops;
    QStringList m_keys;
    QHash<QString, QTreeWidgetItem *> m_vmItems;
    QHash<QString, ops::VmDeleteCandidate> m_candidates;
    QStringList m_running;   // VMs whose delete was sent and has not finished
    QStringList m_failed;    // VMs whose last delete failed
    int m_pending = 0;       // inspections not answered yet
    QTreeWidget *m_tree;
    QCheckBox *m_snapshots;
    QCheckBox *m_overrideGrace;
    QSpinBox *m_grace;
    QLabel *m_graceNote;
    QLabel *m_status;
    QPushButton *m_delete;
};

} // namespace drover::ui
