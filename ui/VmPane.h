#pragma once
// The main window's centre: the VM filter with its count ("12 of 400 VMs") above the VM table,
// which shows the filtered VMs, grouped when View ▸ Group VMs By says so (group rows span the
// table), with columns the user moves, hides (View ▸ Columns, the header's menu) and sorts, and
// screen thumbnails in the Name column when turned on. It renders and says what the user did
// (selection, context menu, double click); the window decides what follows.
#include <QWidget>

class QAbstractItemDelegate;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace drover::models {
class ThumbnailCache;
class VmFilterProxy;
class VmGroupProxy;
class VmTableModel;
} // namespace drover::models

namespace drover::ui {

class ThumbnailDelegate;

class VmPane : public QWidget
{
    Q_OBJECT
public:
    VmPane(models::VmTableModel *model, QAbstractItemDelegate *delegate, QWidget *parent);

    QTableView *table() const { return m_table; }
    models::VmFilterProxy *proxy() const { return m_proxy; }
    models::VmGroupProxy *groups() const { return m_groups; }
    // The table's index of a VM (invalid when filtered out).
    QModelIndex indexOf(const QString &key, int column = 0) const;
    QStringList selectedKeys() const;
    // Selects and shows key without saying so (the selection came from elsewhere).
    void mirrorSelection(const QString &key);
    // Makes key the current row and scrolls to it (a new VM, found once listed).
    bool reveal(const QString &key);
    void focusFilter();
    void updateCount();
    // View ▸ Columns (also the header's context menu) and View ▸ Group VMs By.
    QMenu *columnMenu() const { return m_columnMenu; }
    void syncColumnMenu();
    void addGroupMenu(QMenu *viewMenu);
    // Screen thumbnails in the Name column (nullptr: none); the running VMs on screen.
    void setThumbnails(models::ThumbnailCache *thumbs);
    QStringList runningKeysOnScreen() const;
    void repaintVm(const QString &key);

Q_SIGNALS:
    void selectionChanged(const QStringList &keys);
    void menuRequested(const QPoint &globalPos);
    void activated(const QString &key); // double click
    void rowsScrolled();

private:
    void buildTable(QAbstractItemDelegate *delegate);
    void buildColumnMenu();
    void respanGroups();

    models::VmTableModel *m_model;
    models::VmFilterProxy *m_proxy;
    models::VmGroupProxy *m_groups;
    QLineEdit *m_filter = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
    QMenu *m_columnMenu = nullptr;
    ThumbnailDelegate *m_thumbDelegate = nullptr;
    int m_thumbWidth = 0;
    bool m_mirroring = false;
};

} // namespace drover::ui
