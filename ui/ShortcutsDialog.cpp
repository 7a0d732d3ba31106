#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace drover::ui {

namespace {

// "Enter &Maintenance…" reads "Enter Maintenance" in a list.
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

QString keysOf(const QAction *a)
{
    QStringList keys;
    for (const QKeySequence &k : a->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

void addMenu(QTreeWidget *tree, QMenu *menu, const QString &title, QSet<const QAction *> *seen)
{
    QTreeWidgetItem *group = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->menu()) {
            addMenu(tree, a->menu(), title + QStringLiteral(" ▸ ") + plain(a->text()), seen);
            continue;
        }
        if (a->isSeparator() || a->shortcuts().isEmpty() || seen->contains(a))
            continue;
        seen->insert(a);
        if (!group) {
            group = new QTreeWidgetItem(tree, {title});
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {plain(a->text()), keysOf(a)});
    }
}

// The dock an action works in ("" for the window itself), or a null string when it belongs to
// another window (a console window's parent is this one too).
QString paneOf(const QAction *a, const QWidget *window)
{
    QString pane = QStringLiteral("");
    for (const QObject *o = a->parent(); o && o != window; o = o->parent()) {
        const auto *w = qobject_cast<const QWidget *>(o);
        if (!w)
            continue;
        if (w->isWindow() && !qobject_cast<const QMenu *>(w) && !qobject_cast<const QDockWidget *>(w))
            return QString();
        if (const auto *dock = qobject_cast<const QDockWidget *>(w))
            pane = dock->windowTitle();
    }
    return pane;
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QMenuBar *bar, QWidget *parent) : QDialog(parent), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    QSet<const QAction *> seen;
    for (QAction *top : bar->actions())
        if (top->menu())
            addMenu(m_tree, top->menu(), plain(top->text()), &seen);
    // Keys that work without a menu entry: the window's own, and a pane's (under the dock's title).
    QHash<QString, QTreeWidgetItem *> groups;
    for (QAction *a : window->findChildren<QAction *>()) {
        const QString where = paneOf(a, window);
        if (a->shortcuts().isEmpty() || seen.contains(a) || where.isNull())
            continue;
        QTreeWidgetItem *&group = groups[where];
        if (!group) {
            group = new QTreeWidgetItem(m_tree, {where.isEmpty() ? tr("Window") : where});
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, {plain(a->text()), keysOf(a)});
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QFont f = m_tree->topLevelItem(i)->font(0);
        f.setBold(true);
        m_tree->topLevelItem(i)->setFont(0, f);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(440, 520);
}

} // namespace drover::ui
