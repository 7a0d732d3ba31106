#pragma once
// The main window's left side: the hosts as a tree (cluster ▸ hosts ▸ their VMs) and as a map of
// tiles, in two tabs; VMs dropped on a host in either ask to live-migrate there. When the account
// may not read nodes, a note stands in their place. It renders and says what the user did
// (selection, the host in focus, a double click, a drop, a context menu); the window decides what
// follows.
#include <QStackedWidget>

class QAbstractItemDelegate;
class QAbstractItemView;
class QTabWidget;
class QTreeView;

namespace drover::models {
class HostTreeModel;
}
namespace drover::ops {
class ClusterConnection;
}

namespace drover::ui {

class HostMap;

class HostPane : public QStackedWidget
{
    Q_OBJECT
public:
    HostPane(models::HostTreeModel *model, ops::ClusterConnection *connection, QAbstractItemDelegate *delegate, QWidget *parent);

    QTreeView *tree() const { return m_tree; }
    HostMap *map() const { return m_map; }
    // The host the Host menu acts on: the map's current tile when the map shows, else the tree's
    // current host (or the host of its current VM).
    QString currentHost() const;
    void setHostsForbidden(bool forbidden);
    void expandCluster();
    // The tree's columns and the tab shown, between runs.
    QByteArray saveColumns() const;
    void restoreColumns(const QByteArray &state);
    int currentTab() const;
    void setCurrentTab(int tab);

Q_SIGNALS:
    void vmsSelected(const QStringList &keys);
    void hostFocused(const QString &host); // empty: the cluster
    void hostOpened(const QString &host);  // double click
    void currentHostChanged();
    void dropRequested(const QStringList &keys, const QString &host);
    void menuRequested(QAbstractItemView *view, const QPoint &globalPos);

private:
    void buildTree(QAbstractItemDelegate *delegate);
    void buildMap();
    void onTreeSelection();

    models::HostTreeModel *m_model;
    ops::ClusterConnection *m_connection;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_tree = nullptr;
    HostMap *m_map = nullptr;
};

} // namespace drover::ui
