// What a desktop program keeps between runs: the window's size and place, where the docks are,
// the splitter, the VM table's columns (order, widths, hidden ones, sort) and the host tree's
// widths, and the appearance (light, dark, or the system's). main.cpp restores them at start and
// saves them on quit, through QSettings (~/.config/drover/drover.conf, XDG_CONFIG_HOME honoured);
// tests construct windows without touching the user's settings.
#include "Appearance.h"
#include "HostPane.h"
#include "MainWindow.h"
#include "VmPane.h"

#include <QAction>
#include <QActionGroup>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>

namespace drover::ui {

namespace {

constexpr int kStateVersion = 1; // bump when docks change so that old layouts are not applied

QSplitter *mainSplitter(const QWidget *w)
{
    return w->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
}

} // namespace

void MainWindow::saveLayout(QSettings &s) const
{
    s.beginGroup(QStringLiteral("window"));
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("state"), saveState(kStateVersion));
    s.setValue(QStringLiteral("splitter"), mainSplitter(this)->saveState());
    s.setValue(QStringLiteral("vmColumns"), m_vmPane->table()->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("hostColumns"), m_hostPane->saveColumns());
    s.setValue(QStringLiteral("hostTab"), m_hostPane->currentTab());
    s.endGroup();
    s.setValue(QStringLiteral("appearance"), appearanceToString(currentAppearance()));
}

void MainWindow::restoreLayout(const QSettings &s)
{
    auto value = [&s](const char *key) { return s.value(QStringLiteral("window/") + QLatin1String(key)); };
    if (const QByteArray g = value("geometry").toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray st = value("state").toByteArray(); !st.isEmpty())
        restoreState(st, kStateVersion);
    if (const QByteArray sp = value("splitter").toByteArray(); !sp.isEmpty())
        mainSplitter(this)->restoreState(sp);
    if (const QByteArray h = value("vmColumns").toByteArray(); !h.isEmpty())
        m_vmPane->table()->horizontalHeader()->restoreState(h);
    if (const QByteArray h = value("hostColumns").toByteArray(); !h.isEmpty())
        m_hostPane->restoreColumns(h);
    if (const QVariant tab = value("hostTab"); tab.isValid())
        m_hostPane->setCurrentTab(tab.toInt());
    m_vmPane->syncColumnMenu();
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout.state, kStateVersion);
    mainSplitter(this)->restoreState(m_defaultLayout.splitter);
    m_vmPane->table()->horizontalHeader()->restoreState(m_defaultLayout.vmColumns);
    m_hostPane->restoreColumns(m_defaultLayout.hostColumns);
    m_vmPane->syncColumnMenu();
}

// View ▸ Columns, Appearance and Reset Layout; the default layout is kept to reset to.
void MainWindow::buildLayoutMenu()
{
    m_defaultLayout = {saveState(kStateVersion), mainSplitter(this)->saveState(), m_vmPane->table()->horizontalHeader()->saveState(),
                       m_hostPane->saveColumns()};
    QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    view->addSeparator();
    view->addMenu(m_vmPane->columnMenu());
    QMenu *look = view->addMenu(tr("&Appearance"));
    look->setObjectName(QStringLiteral("appearanceMenu"));
    auto *group = new QActionGroup(look);
    const std::pair<Appearance, QString> choices[] = {
        {Appearance::System, tr("Follow &System")}, {Appearance::Light, tr("&Light")}, {Appearance::Dark, tr("&Dark")}};
    for (const auto &[appearance, label] : choices) {
        QAction *a = look->addAction(label);
        a->setObjectName(QStringLiteral("appearance-") + appearanceToString(appearance));
        a->setCheckable(true);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [appearance] { applyAppearance(appearance); });
    }
    connect(look, &QMenu::aboutToShow, this, [look] {
        const QString current = QStringLiteral("appearance-") + appearanceToString(currentAppearance());
        for (QAction *a : look->actions())
            a->setChecked(a->objectName() == current);
    });
    view->addAction(tr("&Reset Layout"), this, &MainWindow::resetLayout)->setObjectName(QStringLiteral("resetLayoutAction"));
}

} // namespace drover::ui
