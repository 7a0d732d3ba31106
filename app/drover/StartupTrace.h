#pragma once
// DROVER_STARTUP_TRACE=1: drover prints when its start-up milestones happen, for bench_startup
// (bench/startup), one line each on stdout:
//   STARTUP <event> mono_ms=<CLOCK_MONOTONIC in ms> [key=value …]
// events: main; first_paint (the window's first paint); synced <kind> objects=N (each informer's
// first list); first_rows (the first paint of the VM table with rows in it); synced_all (the
// connection says up to date); complete (also every counter on screen equals what is listed:
// the VM count above the table and the hosts and VMs of the status bar), with VmHWM and VmRSS;
// breakdown, right after complete: CPU ms so far per thread (gui, net: Qt's network thread,
// other) and per step and resource of the client (kube/CostClock.h: decode_vms_ms=…,
// model_vmtable_ms=…).
// Off (the default), it costs nothing: no object is made.
#include <QObject>
#include <QSet>

namespace drover::ui {
class MainWindow;
}

namespace drover::app {

class StartupTrace : public QObject
{
public:
    // Returns null unless DROVER_STARTUP_TRACE=1.
    static StartupTrace *install(ui::MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupTrace(ui::MainWindow *window);
    void bindCaches();
    void checkComplete();
    bool countersRight() const;

    ui::MainWindow *m_window;
    QObject *m_tableViewport = nullptr;
    QSet<QString> m_printed;
    bool m_synced = false;
};

} // namespace drover::app
