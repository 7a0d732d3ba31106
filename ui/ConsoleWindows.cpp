#include "ConsoleWindows.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <dlfcn.h>

namespace drover::ui {

namespace {

using Entry = const ConsoleWindows *(*)();

constexpr char kSymbol[] = "drover_console_windows";
constexpr char kFile[] = "libdrover-consoles.so";

// Where the module may be: beside the executable (a build tree), or DROVER_CONSOLES_DIR beside
// its bin/ (installed: /usr/lib/x86_64-linux-gnu/drover for /usr/bin/drover).
QStringList candidates()
{
    const QDir dir(QCoreApplication::applicationDirPath());
    return {dir.filePath(QLatin1String(kFile)),
            QDir::cleanPath(dir.filePath(QStringLiteral("../" DROVER_CONSOLES_DIR "/") + QLatin1String(kFile)))};
}

struct Loaded
{
    const ConsoleWindows *table = nullptr;
    QString error;
};

Loaded load()
{
    Entry entry = nullptr;
    // A program that links the library (the console tests) has it already; reinterpret_cast:
    // dlsym hands back an object pointer for a function.
    if (void *linked = dlsym(RTLD_DEFAULT, kSymbol))
        entry = reinterpret_cast<Entry>(linked);
    QStringList tried;
    for (const QString &path : candidates()) {
        if (entry)
            break;
        if (!QFileInfo::exists(path)) {
            tried += path;
            continue;
        }
        auto *lib = new QLibrary(path); // kept loaded for the process's life: windows use its code
        entry = reinterpret_cast<Entry>(lib->resolve(kSymbol));
        if (!entry)
            return {nullptr, QCoreApplication::translate("ConsoleWindows", "The console module %1 could not be loaded: %2")
                                 .arg(path, lib->errorString())};
    }
    if (!entry)
        return {nullptr, QCoreApplication::translate("ConsoleWindows", "The console module is not installed (looked for %1). "
                                                                       "Reinstall the drover package.")
                             .arg(tried.join(QStringLiteral(", ")))};
    const ConsoleWindows *table = entry();
    if (!table || table->abi != kConsoleWindowsAbi)
        return {nullptr, QCoreApplication::translate("ConsoleWindows", "The console module is from another version of Drover. "
                                                                       "Reinstall the drover package.")};
    return {table, {}};
}

} // namespace

const ConsoleWindows *consoleWindows(QString *error)
{
    static const Loaded loaded = load(); // the GUI thread asks; once
    if (error)
        *error = loaded.error;
    return loaded.table;
}

} // namespace drover::ui
