#pragma once
// An in-process drover-sim at time scale 0 (one roomy host, the given VMs), spoken to over HTTPS
// as a client speaks to it. Every condition the store ever commits as True is recorded per
// object ("vm/NAME", "vmi/NAME"), so a condition that comes and goes is seen without sleeping.
#include "Scenario.h"
#include "SimCluster.h"
#include "VmiJson.h"

#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSslConfiguration>
#include <QTest>

namespace drover::sim::test {

struct SimReply
{
    int code = 0;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct SimHttpCluster
{
    SimCluster sim;
    QNetworkAccessManager net;
    QHash<QString, QSet<QString>> seen; // "vm/NAME" or "vmi/NAME" -> condition types ever seen True

    SimHttpCluster(const QString &name, const QList<VmSpec> &vms)
    {
        using kube::ApiResource;
        Scenario s;
        s.name = name;
        HostSpec h;
        h.name = QStringLiteral("h1");
        h.cpuCores = 128;
        h.memoryBytes = 512LL << 30;
        s.hosts << h;
        s.vms = vms;
        SimOptions o;
        o.scenario = s;
        o.timeScale = 0;
        o.agentSampleMs = 0;
        QObject::connect(sim.store(), &ObjectStore::changed, &net, [this](const ApiResource &r, const QString &, const QJsonObject &obj) {
            const QString prefix = r == ApiResource::virtualMachines()           ? QStringLiteral("vm/")
                                   : r == ApiResource::virtualMachineInstances() ? QStringLiteral("vmi/")
                                                                                 : QString();
            if (prefix.isEmpty())
                return;
            for (const QJsonValue &c : objectAt(obj, QLatin1StringView("status")).value(QLatin1StringView("conditions")).toArray())
                if (stringAt(c.toObject(), QLatin1StringView("status")) == QLatin1StringView("True"))
                    seen[prefix + nameOf(obj)].insert(stringAt(c.toObject(), QLatin1StringView("type")));
        });
        const auto started = sim.start(o);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    }

    QJsonObject vm(const QString &ns, const QString &name) const
    {
        return sim.store()->get(kube::ApiResource::virtualMachines(), ns, name).value_or(QJsonObject());
    }
    QJsonObject vmi(const QString &ns, const QString &name) const
    {
        return sim.store()->get(kube::ApiResource::virtualMachineInstances(), ns, name).value_or(QJsonObject());
    }

    SimReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QByteArray &contentType = "application/json")
    {
        QNetworkRequest req(QUrl(sim.serverUrl() + path));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromData(sim.pki().caCertPem));
        req.setSslConfiguration(ssl);
        req.setRawHeader("Authorization", "Bearer " + sim.token());
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *r = net.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        r->deleteLater();
        return {r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), r->readAll()};
    }
};

} // namespace drover::sim::test
