// MainWindow: the console actions — a running VM's graphical console (VNC through KubeVirt's
// websocket) or serial console, each in its own window, one per VM; double-click opens one. The
// windows come from the console module (ConsoleWindows.h), loaded when the first one opens.
#include "ConsoleWindows.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "VmActionSet.h"
#include "VmPane.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QMenu>
#include <QPointer>
#include <QTableView>

namespace drover::ui {

void MainWindow::buildConsoleActions(QMenu *vmMenu)
{
    vmMenu->addSeparator();
    m_consoleAction = vmMenu->addAction(tr("Open &Console"), this, [this] {
        if (const QStringList t = m_actions->targets(); t.size() == 1)
            openConsole(t.first());
    });
    m_consoleAction->setObjectName(QStringLiteral("consoleAction"));
    m_consoleAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_consoleAction->setToolTip(tr("The VM's screen, keyboard and mouse (VNC)"));
    m_consoleAction->setEnabled(false);
    m_serialAction = vmMenu->addAction(tr("Serial Console"), this, [this] {
        if (const QStringList t = m_actions->targets(); t.size() == 1)
            openSerialConsole(t.first());
    });
    m_serialAction->setObjectName(QStringLiteral("serialConsoleAction"));
    m_serialAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_serialAction->setEnabled(false);
    connect(m_vmPane, &VmPane::activated, this, [this](const QString &key) {
        const auto s = m_vmModel->summaryOf(key);
        if (s && s->vmiRunning)
            openConsole(key);
    });
}

QWidget *MainWindow::openDirectConsole(const QString &protocol, const QString &host, quint16 port, const QString &password,
                                       const QString &sshVia)
{
    const ConsoleWindows *consoles = consoleModule();
    if (!consoles)
        return nullptr;
    DirectConsoleTarget t;
    t.title = sshVia.isEmpty() ? QStringLiteral("%1:%2").arg(host).arg(port)
                               : QStringLiteral("%1:%2 via %3").arg(host).arg(port).arg(sshVia);
    t.spice = protocol == QLatin1String("SPICE");
    t.host = host;
    t.port = port;
    t.password = password;
    t.keychainKey = QStringLiteral("%1/%2").arg(t.spice ? QStringLiteral("spice") : QStringLiteral("vnc"), t.title);
    if (!sshVia.isEmpty()) {
        // SPICE asks for one tunnel per channel, all over the same SSH connection.
        t.via = tr("%1:%2 through SSH to %3").arg(host).arg(port).arg(sshVia);
        t.opener = [tunnels = QPointer<models::SshTunnels>(m_tunnels), sshVia, host, port](QObject *ctx, console::FdDone done) {
            if (!tunnels)
                return;
            using Session = console::RemoteSession;
            tunnels->open(sshVia, host, port, ctx,
                          [done = std::move(done)](const Result<int, models::SshTunnels::TunnelFailure> &fd) {
                              if (fd) {
                                  done(*fd);
                                  return;
                              }
                              const Session::Error kind =
                                  fd.error().permanent ? Session::Error::TransportRefused : Session::Error::ConnectFailed;
                              done(Session::OpenFailure{kind, fd.error().message});
                          });
        };
    }
    return consoles->direct(this, t);
}

void MainWindow::askDirectConsole()
{
    // QEMU/libvirt guests outside KubeVirt: their hypervisor's VNC or SPICE server.
    QDialog dlg(this);
    dlg.setObjectName(QStringLiteral("directConsoleDialog"));
    dlg.setWindowTitle(tr("Connect to a console"));
    dlg.setMinimumWidth(440);
    auto *form = new QFormLayout(&dlg);
    auto *protocol = new QComboBox(&dlg);
    protocol->addItems({QStringLiteral("VNC"), QStringLiteral("SPICE")});
    auto *host = new QLineEdit(QStringLiteral("127.0.0.1"), &dlg);
    auto *port = new QSpinBox(&dlg);
    port->setRange(1, 65535);
    port->setValue(5900);
    auto *password = new QLineEdit(&dlg);
    password->setEchoMode(QLineEdit::Password);
    password->setPlaceholderText(tr("none, or asked when needed"));
    auto *via = new QLineEdit(&dlg);
    via->setObjectName(QStringLiteral("sshVia"));
    via->setPlaceholderText(tr("optional: user@hypervisor"));
    via->setToolTip(tr("Reach the VNC or SPICE server through an SSH tunnel from this host; Host and Port are then as it sees them."));
    form->addRow(tr("Protocol:"), protocol);
    form->addRow(tr("Through SSH:"), via);
    form->addRow(tr("Host:"), host);
    form->addRow(tr("Port:"), port);
    form->addRow(tr("Password:"), password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dlg);
    connect(buttons, &QDialogButtonBox::accepted, &dlg, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    form->addRow(buttons);
    if (dlg.exec() == QDialog::Accepted && !host->text().trimmed().isEmpty())
        openDirectConsole(protocol->currentText(), host->text().trimmed(), quint16(port->value()), password->text(),
                          via->text().trimmed());
}

const ConsoleWindows *MainWindow::consoleModule()
{
    QString error;
    const ConsoleWindows *consoles = consoleWindows(&error);
    if (!consoles)
        m_actionBanner->showMessage(MessageBanner::Severity::Error, tr("No console can open: %1").arg(error));
    return consoles;
}

// The console of `kind` ("graphical", "serial") this window opened for a VM, raised; or nullptr.
static QWidget *raiseOpenConsole(QObject *owner, const char *kind, const QString &key)
{
    for (QWidget *w : owner->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (w->property("vmKey").toString() == key && w->property("consoleKind").toByteArray() == kind) {
            w->raise();
            w->activateWindow();
            return w;
        }
    return nullptr;
}

// A VM's console of `kind` through KubeVirt, made by the module's `make`: raised if open.
QWidget *MainWindow::openKubeVirtConsole(const char *kind, const QString &key, KubeVirtConsoleMaker make)
{
    if (!m_connection->client())
        return nullptr;
    // The window opens at once; its stream waits for the credential (an exec plugin may still be
    // fetching it) and says in the window when there is none (console::KubeVirtStream).
    if (QWidget *open = raiseOpenConsole(this, kind, key))
        return open;
    const ConsoleWindows *consoles = consoleModule();
    if (!consoles)
        return nullptr;
    QWidget *w = (consoles->*make)(this, key, console::KubeVirtEndpoint::fromClient(*m_connection->client()));
    w->setProperty("vmKey", key);
    w->setProperty("consoleKind", QByteArray(kind));
    return w;
}

QWidget *MainWindow::openConsole(const QString &key)
{
    return openKubeVirtConsole("graphical", key, &ConsoleWindows::graphical);
}

QWidget *MainWindow::openSerialConsole(const QString &key)
{
    return openKubeVirtConsole("serial", key, &ConsoleWindows::serial);
}

} // namespace drover::ui
