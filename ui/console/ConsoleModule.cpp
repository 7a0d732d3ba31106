// libdrover-consoles.so's table (ui/ConsoleWindows.h): the console windows made, shown and
// connecting, for the main window that loaded the module.
#include "ConsoleWindow.h"
#include "ConsoleWindows.h"
#include "RfbClient.h"
#include "SerialConsoleWindow.h"
#include "SpiceClient.h"

#include <vterm.h>

namespace drover::ui {

namespace {

QWidget *graphical(QWidget *parent, const QString &vmKey, const console::KubeVirtEndpoint &endpoint)
{
    auto *w = new ConsoleWindow(vmKey, parent);
    w->setWindowFlag(Qt::Window);
    w->setKubeVirtTarget(endpoint, vmKey.section(QLatin1Char('/'), 0, 0), vmKey.section(QLatin1Char('/'), 1));
    w->show();
    w->connectNow();
    return w;
}

QWidget *direct(QWidget *parent, const DirectConsoleTarget &t)
{
    auto *w = new ConsoleWindow(t.title, parent, t.spice ? ConsoleWindow::Protocol::Spice : ConsoleWindow::Protocol::Vnc);
    w->setWindowFlag(Qt::Window);
    if (t.opener)
        w->setFdTarget(t.via, t.opener);
    else
        w->setTcpTarget(t.host, t.port);
    w->setKeychainKey(t.keychainKey);
    w->setPassword(t.password);
    w->show();
    w->connectNow();
    return w;
}

QWidget *serial(QWidget *parent, const QString &vmKey, const console::KubeVirtEndpoint &endpoint)
{
    auto *w =
        new SerialConsoleWindow(endpoint, vmKey.section(QLatin1Char('/'), 0, 0), vmKey.section(QLatin1Char('/'), 1), parent);
    w->setWindowFlag(Qt::Window);
    w->show();
    w->connectNow();
    return w;
}

QList<QPair<QString, QString>> libraryVersions()
{
    return {
        {QStringLiteral("libvncclient"), console::RfbClient::libraryVersion()},
        {QStringLiteral("spice-client-glib"), console::SpiceClient::libraryVersion()},
        // libvterm names only its interface version (major.minor) in its header; no run-time query.
        {QStringLiteral("libvterm"), QStringLiteral("%1.%2").arg(VTERM_VERSION_MAJOR).arg(VTERM_VERSION_MINOR)},
    };
}

constexpr ConsoleWindows kTable{kConsoleWindowsAbi, graphical, direct, serial, libraryVersions};

} // namespace

} // namespace drover::ui

extern "C" __attribute__((visibility("default"))) const drover::ui::ConsoleWindows *drover_console_windows()
{
    return &drover::ui::kTable;
}
