#pragma once
// The host map: one tile per host with its state, VM count and vCPU/memory bars, laid out in a
// grid that reflows with the width. VMs dragged from the table or the tree onto a tile
// live-migrate there (a MigrationDrop on the viewport judges and reports the drop). A view over
// HostTreeModel's host rows; the "Not running" group is left out.
#include "HostTreeModel.h"

#include <QListView>

namespace drover::ui {

class HostMap : public QListView
{
    Q_OBJECT
public:
    explicit HostMap(models::HostTreeModel *model, QWidget *parent = nullptr);
    // The tile of that host (invalid when absent), in the model's terms.
    QModelIndex tileOf(const QString &host) const;

private:
    void follow();
    models::HostTreeModel *m_hosts;
};

} // namespace drover::ui
