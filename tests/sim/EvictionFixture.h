#pragma once
// A drover-sim cluster in-process for the maintenance tests: three hosts (h1 a control-plane
// node), VMs that all start on h1 (h2 and h3 begin cordoned and are uncordoned once the VMs run),
// a Deployment, the DaemonSets, and an HTTPS client for the API as a real client uses it.
#include "Eviction.h"
#include "SimCluster.h"
#include "SimPods.h"
#include "VmiJson.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTest>

namespace drover::test {

using namespace drover::sim;
using kube::ApiResource;
using namespace Qt::StringLiterals;

struct EvictionCluster
{
    SimCluster cluster;
    QNetworkAccessManager net;

    static VmSpec vm(const char *name, const char *strategy = "", bool migratable = true, const char *device = "")
    {
        VmSpec v;
        v.name = QLatin1StringView(name);
        v.ns = u"prod"_s;
        v.memoryBytes = 2LL << 30;
        v.evictionStrategy = QLatin1StringView(strategy);
        v.migratable = migratable;
        v.hostDevice = QLatin1StringView(device);
        return v;
    }

    // scale: the controllers' time scale. The cluster's evictionStrategy is LiveMigrate.
    explicit EvictionCluster(double scale, int perCluster = 5, int perNode = 2)
    {
        Scenario s;
        s.name = u"eviction"_s;
        for (int i = 1; i <= 3; ++i) {
            HostSpec h;
            h.name = QStringLiteral("h%1").arg(i);
            h.cpuCores = 32;
            h.memoryBytes = 128LL << 30;
            h.unschedulable = i > 1;
            h.controlPlane = i == 1;
            s.hosts << h;
        }
        s.vms = {vm("web"), vm("api"), vm("cache"), vm("queue"), vm("legacy", "", false),
                 vm("gpu", "", true, "nvidia.com/GA102GL_A10"), vm("scratch", "None"),
                 vm("maybe", "LiveMigrateIfPossible", false), vm("capk", "External")};
        s.kubevirt.evictionStrategy = u"LiveMigrate"_s;
        s.kubevirt.parallelMigrationsPerCluster = perCluster;
        s.kubevirt.parallelOutboundMigrationsPerNode = perNode;
        s.deployments = {{u"proxy"_s, u"prod"_s, 2}};
        SimOptions o;
        o.scenario = s;
        o.timeScale = scale;
        o.agentSampleMs = 0;
        const auto started = cluster.start(o);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        QTRY_VERIFY(launcher(u"capk"_s).has_value());
        for (const char *h : {"h2", "h3"})
            setCordoned(QLatin1StringView(h), false);
    }

    ObjectStore &store() { return *cluster.store(); }
    void setCordoned(const QString &node, bool on)
    {
        (void)store().mutate(ApiResource::nodes(), {}, node, [on](QJsonObject &o) {
            QJsonObject spec = objectAt(o, "spec"_L1);
            spec.insert("unschedulable"_L1, on);
            o.insert("spec"_L1, spec);
        });
    }
    QJsonObject vmi(const QString &name) { return store().get(ApiResource::virtualMachineInstances(), u"prod"_s, name).value_or(QJsonObject()); }
    QString vmiNode(const QString &name) { return stringAt(objectAt(vmi(name), "status"_L1), "nodeName"_L1); }
    // The VMI's live (not finished) launcher pod on its node.
    std::optional<QJsonObject> launcher(const QString &vmiName)
    {
        WatchFilter f;
        f.ns = u"prod"_s;
        f.labels = {{u"kubevirt.io"_s, u"virt-launcher"_s}, {u"vm.kubevirt.io/name"_s, vmiName}};
        for (const QJsonObject &p : store().list(ApiResource::pods(), f))
            if (stringAt(objectAt(p, "status"_L1), "phase"_L1) == "Running"_L1 &&
                stringAt(objectAt(p, "spec"_L1), "nodeName"_L1) == vmiNode(vmiName))
                return p;
        return std::nullopt;
    }
    QList<QJsonObject> podsOn(const QString &node)
    {
        WatchFilter f;
        f.fields.append({u"spec.nodeName"_s, node, false});
        return store().list(ApiResource::pods(), f);
    }
    ApiServer::HookAnswer evict(const QString &pod, bool dryRun = false, const QString &ns = u"prod"_s)
    {
        return cluster.eviction()->evict(ns, pod, QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, pod}, {u"namespace"_s, ns}}}}, dryRun);
    }
    static QString message(const ApiServer::HookAnswer &a) { return a.body.value("message"_L1).toString(); }

    QNetworkRequest request(const QString &pathAndQuery) { return cluster.request(pathAndQuery); }
    // GET (or POST with a body); the status code and the body.
    std::pair<int, QJsonObject> get(const QString &pathAndQuery, const QByteArray *post = nullptr)
    {
        QNetworkRequest req = request(pathAndQuery);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *r = post ? net.post(req, *post) : net.get(req);
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        r->deleteLater();
        return {r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(r->readAll()).object()};
    }
    std::pair<int, QJsonObject> post(const QString &pathAndQuery, const QByteArray &body) { return get(pathAndQuery, &body); }
};

// A watch over HTTPS: the events as they arrive, "TYPE name".
struct Watch
{
    QNetworkReply *reply = nullptr;
    QByteArray buffer;
    QStringList events;
    Watch(EvictionCluster &c, const QString &pathAndQuery)
    {
        reply = c.net.get(c.request(pathAndQuery));
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [this] {
            buffer += reply->readAll();
            for (qsizetype nl; (nl = buffer.indexOf('\n')) >= 0; buffer.remove(0, nl + 1)) {
                const QJsonObject ev = QJsonDocument::fromJson(buffer.left(nl)).object();
                events << ev.value("type"_L1).toString() + u' ' + nameOf(ev.value("object"_L1).toObject());
            }
        });
    }
    ~Watch()
    {
        reply->abort();
        reply->deleteLater();
    }
};

} // namespace drover::test
