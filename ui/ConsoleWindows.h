#pragma once
// The console windows (ui/console: VNC and SPICE screens, the serial terminal) live in a module
// of their own, libdrover-consoles.so, loaded the first time one opens. What they link
// (libvncclient, spice-client-glib and GStreamer under it, libvterm: 54 libraries) is then not
// mapped into a console that only lists: ~8 MB of resident memory at start (issue 14's budget),
// and none of their start-up work. The main window reaches the module through this table only.
#include "KubeVirtStream.h"
#include "RemoteSession.h"

#include <QList>
#include <QPair>
#include <QString>

class QWidget;

namespace drover::ui {

// A console straight to a hypervisor's VNC or SPICE server: over TCP, or through `opener`
// (an SSH tunnel; `via` then says which, for the window's status line).
struct DirectConsoleTarget
{
    QString title;
    bool spice = false;
    QString host;
    quint16 port = 0;
    QString password;
    QString keychainKey; // where a password the user asks to keep goes
    QString via;
    console::FdOpener opener;
};

// The module's entry points. Each window is created with `parent`, shown, and connecting.
struct ConsoleWindows
{
    int abi; // kConsoleWindowsAbi of the module's build: a module from another build is refused
    QWidget *(*graphical)(QWidget *parent, const QString &vmKey, const console::KubeVirtEndpoint &endpoint);
    QWidget *(*direct)(QWidget *parent, const DirectConsoleTarget &target);
    QWidget *(*serial)(QWidget *parent, const QString &vmKey, const console::KubeVirtEndpoint &endpoint);
    QList<QPair<QString, QString>> (*libraryVersions)();
};
// Changed whenever the table or DirectConsoleTarget changes.
inline constexpr int kConsoleWindowsAbi = 1;

// The module's table: already in the process (a test links the library), else loaded from
// beside the executable (a build tree) or from ../lib/<multiarch>/drover (installed). nullptr
// when it cannot be, with *error saying why in words.
const ConsoleWindows *consoleWindows(QString *error = nullptr);

} // namespace drover::ui

// The one symbol the module exports for the loader.
extern "C" const drover::ui::ConsoleWindows *drover_console_windows();
