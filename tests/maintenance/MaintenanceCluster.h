#pragma once
// A drover-sim process and what the maintenance tests drive it with: the console's connection
// (ops::ClusterConnection), an admin client that fault injection leaves alone, the Ceph gate,
// and waits on the clock (migrations take real, scaled time).
#include "CephGate.h"
#include "ClusterConnection.h"
#include "Kubeconfig.h"
#include "Maintenance.h"
#include "SimProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace drover::test {

class MaintenanceCluster : public QObject
{
public:
    SimProcess sim;
    std::unique_ptr<ops::ClusterConnection> connection;
    std::unique_ptr<ops::AutoCephGate> gate;
    std::unique_ptr<ops::Maintenance> maintenance;
    kube::KubeClient *admin = nullptr;

    // QTest's clock-based wait (migrations take real, scaled time).
    static bool waitFor(const std::function<bool()> &ok, int ms) { return QTest::qWaitFor(ok, ms); }

    bool start(const QString &scenario, const QString &timeScale = QStringLiteral("0.05"))
    {
        const QString file = qEnvironmentVariable("DROVER_TEST_DATA") + QStringLiteral("/scenarios/") + scenario;
        if (!sim.start({QStringLiteral("--scenario"), file, QStringLiteral("--time-scale"), timeScale})) {
            qWarning("%s", qPrintable(sim.error()));
            return false;
        }
        auto config = kube::Kubeconfig::load({sim.kubeconfig()});
        if (!config)
            return false;
        auto ctx = config->resolve({});
        if (!ctx)
            return false;
        auto client = kube::KubeClient::create(*ctx, this);
        if (!client)
            return false;
        admin = *client;
        admin->setExtraHeaders({{QByteArrayLiteral("X-Drover-Sim-Bypass-Faults"), QByteArrayLiteral("true")}});
        return connect();
    }

    // A console (connection + executor), as after a fresh start; resume() picks up drains.
    bool connect()
    {
        maintenance.reset();
        gate.reset();
        connection = std::make_unique<ops::ClusterConnection>();
        auto config = kube::Kubeconfig::load({sim.kubeconfig()});
        if (!config || !connection->open(*config))
            return false;
        gate = std::make_unique<ops::AutoCephGate>([c = connection.get()] { return c->client(); }, nullptr);
        maintenance = std::make_unique<ops::Maintenance>(connection.get(), gate.get());
        maintenance->setRetryIntervalMs(300);
        maintenance->setCephIntervalMs(500);
        return waitFor([this] { return connection->state() == ops::ClusterConnection::State::Synced; }, 20000);
    }

    kube::Response call(const QByteArray &verb, const QString &path, const QUrlQuery &q = {}, const QByteArray &body = {},
                        const QByteArray &type = QByteArrayLiteral("application/json"))
    {
        std::optional<kube::Response> r;
        admin->request(verb, path, q, body, this, [&](const kube::Response &x) { r = x; }, type);
        waitFor([&] { return r.has_value(); }, 15000);
        return r.value_or(kube::Response{});
    }
    bool fault(const QString &what, const QUrlQuery &q = {})
    {
        return call("POST", QStringLiteral("/drover-sim/v1/") + what, q).ok();
    }
    bool patchNode(const QString &node, const QByteArray &mergePatch, bool status = false)
    {
        return call("PATCH", QStringLiteral("/api/v1/nodes/") + node + (status ? QStringLiteral("/status") : QString()), {},
                    mergePatch, QByteArrayLiteral("application/merge-patch+json"))
            .ok();
    }
    bool uncordon(const QString &node) { return patchNode(node, R"({"spec":{"unschedulable":null}})"); }

    QJsonArray list(const QString &path, const QString &fieldSelector = {})
    {
        QUrlQuery q;
        if (!fieldSelector.isEmpty())
            q.addQueryItem(QStringLiteral("fieldSelector"), fieldSelector);
        return call("GET", path, q).object.value(QLatin1String("items")).toArray();
    }
    // Running VMIs per node, from the API (not the console's cache).
    QMap<QString, QStringList> vmisByNode()
    {
        QMap<QString, QStringList> out;
        for (const QJsonValue &v : list(QStringLiteral("/apis/kubevirt.io/v1/virtualmachineinstances"))) {
            const QJsonObject o = v.toObject();
            if (o[QLatin1String("status")][QLatin1String("phase")].toString() == QLatin1String("Running"))
                out[o[QLatin1String("status")][QLatin1String("nodeName")].toString()]
                    << o[QLatin1String("metadata")][QLatin1String("name")].toString();
        }
        return out;
    }
    QStringList podsOn(const QString &node)
    {
        QStringList out;
        for (const QJsonValue &v : list(QStringLiteral("/api/v1/pods"), QStringLiteral("spec.nodeName=") + node))
            if (v[QLatin1String("status")][QLatin1String("phase")].toString() != QLatin1String("Succeeded"))
                out << v[QLatin1String("metadata")][QLatin1String("namespace")].toString() + QLatin1Char('/') +
                           v[QLatin1String("metadata")][QLatin1String("name")].toString();
        out.sort();
        return out;
    }
    QJsonObject node(const QString &name) { return call("GET", QStringLiteral("/api/v1/nodes/") + name).object; }
    QString cephHealth()
    {
        for (const QJsonValue &c : list(QStringLiteral("/apis/ceph.rook.io/v1/cephclusters")))
            return c[QLatin1String("status")][QLatin1String("ceph")][QLatin1String("health")].toString();
        return {};
    }
};

} // namespace drover::test
