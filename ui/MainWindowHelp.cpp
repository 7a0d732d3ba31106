// The Help menu: the keyboard reference, read from the window's own actions.
#include "MainWindow.h"
#include "ShortcutsDialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace drover::ui {

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *d = new ShortcutsDialog(this, menuBar(), this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    keys->setShortcut(QKeySequence(Qt::Key_F1));
}

} // namespace drover::ui
