#pragma once
// What every ops test stands on: a real drover-sim process and an ops::ClusterConnection synced
// to it — no window, no models. Helpers read the caches and change objects as another admin would.
#include "ClusterConnection.h"
#include "Kubeconfig.h"
#include "SimProcess.h"

#include <QJsonObject>
#include <QTest>

namespace drover::test {

struct OpsCluster
{
    SimProcess sim;
    ops::ClusterConnection connection;

    // Starts the simulator (the demo cluster at this time scale) and waits for Synced.
    bool start(const QString &timeScale = QStringLiteral("0.2"))
    {
        if (!sim.start({QStringLiteral("--time-scale"), timeScale})) {
            qWarning("drover-sim: %s", qPrintable(sim.error()));
            return false;
        }
        auto config = kube::Kubeconfig::load({sim.kubeconfig()});
        if (!config || !connection.open(*config))
            return false;
        return QTest::qWaitFor([this] { return connection.state() == ops::ClusterConnection::State::Synced; }, 20000) &&
               QTest::qWaitFor([this] { return connection.vms()->size() == 40; }, 20000);
    }

    QJsonObject vm(const QString &key) const { return connection.vms()->get(key); }
    QJsonObject vmi(const QString &key) const { return connection.vmis()->get(key); }
    QString printableStatus(const QString &key) const
    {
        return vm(key).value(QLatin1String("status")).toObject().value(QLatin1String("printableStatus")).toString();
    }
    QString hostOf(const QString &key) const
    {
        return vmi(key).value(QLatin1String("status")).toObject().value(QLatin1String("nodeName")).toString();
    }
    QString memoryOf(const QString &key) const
    {
        return vm(key).value(QLatin1String("spec")).toObject().value(QLatin1String("template")).toObject()
            .value(QLatin1String("spec")).toObject().value(QLatin1String("domain")).toObject()
            .value(QLatin1String("memory")).toObject().value(QLatin1String("guest")).toString();
    }
    // A merge patch through the API; true when the server took it.
    bool patch(const kube::ApiResource &r, const QString &key, const QByteArray &body)
    {
        int ok = -1;
        QObject ctx;
        connection.client()->patch(r, key.section(QLatin1Char('/'), 0, 0), key.section(QLatin1Char('/'), 1), kube::PatchType::Merge,
                                   body, &ctx, [&ok](const kube::Response &resp) { ok = resp.ok() ? 1 : 0; });
        return QTest::qWaitFor([&ok] { return ok >= 0; }, 10000) && ok == 1;
    }
};

} // namespace drover::test
