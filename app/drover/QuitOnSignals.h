#pragma once
// Turns SIGTERM, SIGHUP (a session logout) and SIGINT into QCoreApplication::exit(128 + signal),
// so the event loop returns and everything main() owns is destroyed as on a normal quit — the
// demo cluster's child is stopped and reaped (DemoCluster's destructor).
//
// Why a self-pipe: a signal handler may only call async-signal-safe functions; it writes the
// signal number to a pipe, and a QSocketNotifier on the read end acts on it in the event loop.
// Why exit() and not quit(): QGuiApplication's quit() can be refused by a window that will not
// close; a logout must not be.
#include <QObject>

class QSocketNotifier;

namespace drover::app {

class QuitOnSignals : public QObject
{
    Q_OBJECT
public:
    // Installs the handlers; one instance per process, created on the GUI thread after the
    // QCoreApplication. The handlers go back to the defaults when it is destroyed.
    explicit QuitOnSignals(QObject *parent = nullptr);
    ~QuitOnSignals() override;

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace drover::app
