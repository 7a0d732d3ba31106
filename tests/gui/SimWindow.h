#pragma once
// What the dialog tests stand on: the real main window, offscreen, connected to a real drover-sim
// (the demo cluster), driven as a user drives it. Helpers return false (and say why with
// qWarning) where a QVERIFY cannot stand: the caller QVERIFYs them.
#include "MainWindow.h"
#include "SimProcess.h"
#include "VmTableModel.h"
#include "WindowParts.h"

#include <QDir>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

namespace drover::test {

struct SimWindow
{
    SimProcess sim;
    std::unique_ptr<ui::MainWindow> win;

    // drover-sim at this time scale, the window shown and synced with its 40 VMs listed.
    bool start(const QString &timeScale = QStringLiteral("0.2"))
    {
        if (!sim.start({QStringLiteral("--time-scale"), timeScale})) {
            qWarning("drover-sim: %s", qPrintable(sim.error()));
            return false;
        }
        win = std::make_unique<ui::MainWindow>();
        win->show();
        return QTest::qWaitForWindowExposed(win.get()) && win->openKubeconfig({sim.kubeconfig()}) &&
               QTest::qWaitFor([this] { return win->connection()->state() == ops::ClusterConnection::State::Synced; }, 20000) &&
               QTest::qWaitFor([this] { return parts::vmModel(*win)->rowCount() == 40; }, 20000);
    }
    void stop()
    {
        win.reset();
        sim.stop();
    }
    // Clicks the VM's row, as a user selects it; true when it is the one selection.
    bool select(const QString &key)
    {
        win->activateWindow();
        if (!QTest::qWaitForWindowActive(win.get()))
            return false;
        QTableView *t = parts::vmTable(*win);
        const QModelIndex idx = parts::tableIndexOf(*win, key);
        if (!idx.isValid())
            return false;
        t->scrollTo(idx);
        QTest::mouseClick(t->viewport(), Qt::LeftButton, {}, t->visualRect(idx).center());
        return parts::targets(*win) == QStringList{key};
    }
    // The object's JSON as the API has it now; empty on 404 (any other failure is fatal).
    QJsonObject fetch(const kube::ApiResource &r, const QString &ns, const QString &name)
    {
        std::optional<kube::Response> got;
        QObject ctx;
        win->connection()->client()->get(r, ns, name, &ctx, [&got](const kube::Response &resp) { got = resp; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 10000) || (!got->ok() && got->httpStatus != 404))
            qFatal("GET %s failed", qPrintable(name));
        return got->ok() ? got->object : QJsonObject();
    }
    // The first visible dialog of type D once ready() (its facts read), or nullptr.
    template <typename D>
    D *openedDialog()
    {
        D *d = nullptr;
        if (!QTest::qWaitFor([&] { return (d = win->findChild<D *>()) && d->isVisible(); }, 5000))
            return nullptr;
        return QTest::qWaitFor([d] { return d->ready(); }, 20000) ? d : nullptr;
    }
};

// Saves w as a PNG under the test's DROVER_SCREENSHOT_DIR.
inline bool shoot(QWidget *w, const QString &dir, const QString &name)
{
    QDir().mkpath(dir);
    return w->grab().save(dir + QLatin1Char('/') + name);
}

} // namespace drover::test
