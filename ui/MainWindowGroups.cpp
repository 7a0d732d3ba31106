// View ▸ Group VMs By: the VM table grouped by namespace, host or tenant cluster (Cluster API's
// cluster.x-k8s.io/cluster-name label, the Cluster column), each group under a header row that
// spans the table. The choice is kept for the next start.
#include "MainWindow.h"

#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace drover::ui {

using models::VmGroupProxy;
using models::VmTableModel;

namespace {

int columnOf(VmGroupProxy::GroupBy by)
{
    switch (by) {
    case VmGroupProxy::GroupBy::Namespace: return VmTableModel::Namespace;
    case VmGroupProxy::GroupBy::Host: return VmTableModel::Host;
    case VmGroupProxy::GroupBy::TenantCluster: return VmTableModel::Cluster;
    case VmGroupProxy::GroupBy::None: break;
    }
    return 0;
}

} // namespace

void MainWindow::buildGroupMenu(QMenu *viewMenu)
{
    QMenu *menu = viewMenu->addMenu(tr("&Group VMs By"));
    menu->setObjectName(QStringLiteral("groupByMenu"));
    auto *group = new QActionGroup(menu);
    const struct
    {
        VmGroupProxy::GroupBy by;
        QString text;
        const char *name;
    } choices[] = {{VmGroupProxy::GroupBy::None, tr("&Nothing"), "groupByNone"},
                   {VmGroupProxy::GroupBy::Namespace, tr("N&amespace"), "groupByNamespace"},
                   {VmGroupProxy::GroupBy::Host, tr("&Host"), "groupByHost"},
                   {VmGroupProxy::GroupBy::TenantCluster, tr("&Tenant Cluster"), "groupByCluster"}};
    const int saved = QSettings().value(QStringLiteral("vmTable/groupBy"), 0).toInt();
    for (const auto &c : choices) {
        QAction *a = menu->addAction(c.text);
        a->setObjectName(QLatin1String(c.name));
        a->setCheckable(true);
        a->setChecked(int(c.by) == saved);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, by = c.by] {
            m_groups->setGroupBy(by, columnOf(by));
            QSettings().setValue(QStringLiteral("vmTable/groupBy"), int(by));
        });
    }
    connect(m_groups, &VmGroupProxy::groupsChanged, this, &MainWindow::respanGroups);
    if (saved > 0 && saved <= int(VmGroupProxy::GroupBy::TenantCluster))
        m_groups->setGroupBy(VmGroupProxy::GroupBy(saved), columnOf(VmGroupProxy::GroupBy(saved)));
}

// A group's header row spans the table, so its name is never cut by the first column.
void MainWindow::respanGroups()
{
    m_table->clearSpans();
    for (int row : m_groups->groupRows())
        m_table->setSpan(row, 0, 1, m_groups->columnCount());
}

QModelIndex MainWindow::tableIndexOf(const QString &key, int column) const
{
    const int row = m_vmModel->rowOf(key);
    if (row < 0)
        return {};
    return m_groups->mapFromSource(m_proxy->mapFromSource(m_vmModel->index(row, column)));
}

} // namespace drover::ui
