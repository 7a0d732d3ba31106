// MainWindow: the console actions — a running VM's graphical console (VNC through KubeVirt's
// websocket) or serial console, each in its own window, one per VM; double-click opens one.
#include "ConsoleWindow.h"
#include "MainWindow.h"
#include "SerialConsoleWindow.h"

#include <QAction>
#include <QMenu>
#include <QTableView>

namespace drover::ui {

void MainWindow::buildConsoleActions(QMenu *vmMenu)
{
    vmMenu->addSeparator();
    m_consoleAction = vmMenu->addAction(tr("Open &Console"), this, [this] {
        if (m_targets.size() == 1)
            openConsole(m_targets.first());
    });
    m_consoleAction->setObjectName(QStringLiteral("consoleAction"));
    m_consoleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_consoleAction->setToolTip(tr("The VM's screen, keyboard and mouse (VNC)"));
    m_consoleAction->setEnabled(false);
    m_serialAction = vmMenu->addAction(tr("Serial Console"), this, [this] {
        if (m_targets.size() == 1)
            openSerialConsole(m_targets.first());
    });
    m_serialAction->setObjectName(QStringLiteral("serialConsoleAction"));
    m_serialAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_serialAction->setEnabled(false);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &idx) {
        const QString key = idx.data(models::KeyRole).toString();
        const auto s = m_vmModel->summaryOf(key);
        if (s && s->vmiRunning)
            openConsole(key);
    });
}

ConsoleWindow *MainWindow::openConsole(const QString &key)
{
    if (!m_connection->client())
        return nullptr;
    for (ConsoleWindow *w : findChildren<ConsoleWindow *>())
        if (w->property("vmKey").toString() == key) {
            w->raise();
            w->activateWindow();
            return w;
        }
    auto *w = new ConsoleWindow(key, this);
    w->setWindowFlag(Qt::Window);
    w->setProperty("vmKey", key);
    w->setKubeVirtTarget(console::KubeVirtEndpoint::fromClient(*m_connection->client()), key.section(QLatin1Char('/'), 0, 0),
                         key.section(QLatin1Char('/'), 1));
    w->show();
    w->connectNow();
    return w;
}

SerialConsoleWindow *MainWindow::openSerialConsole(const QString &key)
{
    if (!m_connection->client())
        return nullptr;
    for (SerialConsoleWindow *w : findChildren<SerialConsoleWindow *>())
        if (w->vmKey() == key) {
            w->raise();
            w->activateWindow();
            return w;
        }
    auto *w = new SerialConsoleWindow(console::KubeVirtEndpoint::fromClient(*m_connection->client()), key.section(QLatin1Char('/'), 0, 0),
                                      key.section(QLatin1Char('/'), 1), this);
    w->setWindowFlag(Qt::Window);
    w->show();
    w->connectNow();
    return w;
}

} // namespace drover::ui
