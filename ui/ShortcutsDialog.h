#pragma once
// Help ▸ Keyboard Shortcuts: every action of a window that has a key, under the menu it lives in,
// read from the actions themselves so the list cannot drift from what the keys do.
#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace drover::ui {

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads the menus of `bar` and the window's own actions that are in no menu.
    ShortcutsDialog(QWidget *window, QMenuBar *bar, QWidget *parent = nullptr);
    QTreeWidget *tree() const { return m_tree; }

private:
    QTreeWidget *m_tree;
};

} // namespace drover::ui
