// drover-sim's Events over a VM's life, served as kube-apiserver serves them (backend/sim/
// SimEvents.h, VmEvents.h): starting the demo's stopped staging/ubuntu-dev-02 leaves the VM's,
// the VMI's and the launcher pod's events with KubeVirt v1.9's, kube-scheduler's and the
// kubelet's reasons, messages and recorders; fieldSelector involvedObject.name / .uid select
// exactly those, in a list and on a watch; the VMI's status.activePods is keyed by the pod's uid;
// stopping, pausing and migrating leave their events; an unsupported field label gets the API
// server's 400; identical events aggregate (count, lastTimestamp) and old ones expire.
#include "Scenario.h"
#include "SimCluster.h"
#include "SimEvents.h"
#include "VmiJson.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>

using namespace drover::sim;
using drover::kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &VMI = ApiResource::virtualMachineInstances();
const ApiResource &PODS = ApiResource::pods();
const QString kNs = u"staging"_s;
const QString kVm = u"ubuntu-dev-02"_s;

// "Kind Reason|message|component|host" for comparing events in one line each.
QString describe(const QJsonObject &e)
{
    const QJsonObject src = objectAt(e, "source"_L1);
    const QString component = stringAt(src, "component"_L1).isEmpty() ? stringAt(e, "reportingComponent"_L1)
                                                                        : stringAt(src, "component"_L1);
    return QStringLiteral("%1 %2|%3|%4|%5")
        .arg(stringAt(objectAt(e, "involvedObject"_L1), "kind"_L1), stringAt(e, "reason"_L1), stringAt(e, "message"_L1),
             component, stringAt(src, "host"_L1));
}

QStringList describeAll(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out << describe(v.toObject());
    return out;
}

} // namespace

class TestSimEvents : public QObject
{
    Q_OBJECT
    SimCluster m_sim;
    QNetworkAccessManager m_net;

    QNetworkRequest request(const QString &pathAndQuery) { return m_sim.request(pathAndQuery); }
    QPair<int, QJsonObject> send(const QByteArray &method, const QString &pathAndQuery)
    {
        QNetworkReply *r = m_net.sendCustomRequest(request(pathAndQuery), method);
        QEventLoop loop;
        connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        r->deleteLater();
        return {r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(r->readAll()).object()};
    }
    static QString eventsPath(const QString &selector, bool watch = false)
    {
        QUrlQuery q;
        q.addQueryItem(u"fieldSelector"_s, QString::fromLatin1(QUrl::toPercentEncoding(selector)));
        if (watch)
            q.addQueryItem(u"watch"_s, u"true"_s);
        return u"/api/v1/namespaces/staging/events?"_s + q.toString(QUrl::FullyEncoded);
    }
    QJsonArray events(const QString &selector)
    {
        const auto [code, body] = send("GET", eventsPath(selector));
        if (code != 200)
            qWarning("GET events %s: %d", qPrintable(selector), code);
        return body.value("items"_L1).toArray();
    }
    QJsonObject vmi() const { return m_sim.store()->get(VMI, kNs, kVm).value_or(QJsonObject()); }
    QList<QJsonObject> launchers(const QString &vmiUid) const
    {
        WatchFilter f;
        f.ns = kNs;
        f.labels.insert(u"kubevirt.io/created-by"_s, vmiUid);
        return m_sim.store()->list(PODS, f);
    }
    int action(const QString &plural, const QString &name, const QString &verb)
    {
        const auto [code, body] =
            send("PUT", QStringLiteral("/apis/subresources.kubevirt.io/v1/namespaces/staging/%1/%2/%3").arg(plural, name, verb));
        if (code >= 300)
            qWarning("%s %s: %d %s", qPrintable(verb), qPrintable(name), code, QJsonDocument(body).toJson().constData());
        return code;
    }

    // A watch's events, kept as they arrive.
    struct Watch
    {
        QNetworkReply *reply;
        QByteArray buffer;
        QJsonArray objects;
        Watch(TestSimEvents &t, const QString &path) : reply(t.m_net.get(t.request(path)))
        {
            QObject::connect(reply, &QNetworkReply::readyRead, reply, [this] {
                buffer += reply->readAll();
                for (qsizetype nl; (nl = buffer.indexOf('\n')) >= 0; buffer.remove(0, nl + 1)) {
                    const QJsonObject ev = QJsonDocument::fromJson(buffer.left(nl)).object();
                    if (ev.value("type"_L1).toString() == "ADDED"_L1)
                        objects.append(ev.value("object"_L1));
                }
            });
        }
        ~Watch()
        {
            reply->abort();
            reply->deleteLater();
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        SimOptions o;
        o.scenario = demoScenario();
        o.timeScale = 0;
        o.agentSampleMs = 0;
        const auto started = m_sim.start(o);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    }

    // The demo's running VMs get their start events when the simulator starts.
    void populatedVmHasStartEvents()
    {
        const QString name = u"shop-web-stg-01"_s;
        QTRY_VERIFY(events(u"involvedObject.name="_s + name).size() >= 4);
        const QStringList got = describeAll(events(u"involvedObject.name="_s + name));
        const QString node = stringAt(objectAt(*m_sim.store()->get(VMI, kNs, name), "status"_L1), "nodeName"_L1);
        for (const QString &want :
             {u"VirtualMachine SuccessfulCreate|Started the virtual machine by creating the new virtual machine instance shop-web-stg-01|virtualmachine-controller|"_s,
              u"VirtualMachineInstance Created|VirtualMachineInstance defined.|virt-handler|"_s + node,
              u"VirtualMachineInstance Started|VirtualMachineInstance started.|virt-handler|"_s + node})
            QVERIFY2(got.contains(want), qPrintable(got.join(u'\n')));
    }

    void startGivesEvents()
    {
        QVERIFY(!m_sim.store()->get(VMI, kNs, kVm));
        Watch watch(*this, eventsPath(u"involvedObject.name="_s + kVm, true));
        QTRY_VERIFY(watch.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
        QCOMPARE(action(u"virtualmachines"_s, kVm, u"start"_s), 202);
        QTRY_COMPARE(phaseOf(vmi()), u"Running"_s);
        const QString node = stringAt(objectAt(vmi(), "status"_L1), "nodeName"_L1);
        const QList<QJsonObject> pods = launchers(uidOf(vmi()));
        QCOMPARE(pods.size(), 1);
        const QJsonObject pod = pods.first();

        // status.activePods: the launcher pod's uid -> its node.
        QTRY_COMPARE(objectAt(objectAt(vmi(), "status"_L1), "activePods"_L1), (QJsonObject{{uidOf(pod), node}}));

        const QJsonArray mine = events(u"involvedObject.name="_s + kVm);
        const QStringList got = describeAll(mine);
        const QStringList want{
            u"VirtualMachine SuccessfulCreate|Started the virtual machine by creating the new virtual machine instance ubuntu-dev-02|virtualmachine-controller|"_s,
            u"VirtualMachineInstance SuccessfulCreate|Created virtual machine pod "_s + nameOf(pod) + u"|virtualmachine-controller|"_s,
            u"VirtualMachineInstance Created|VirtualMachineInstance defined.|virt-handler|"_s + node,
            u"VirtualMachineInstance Started|VirtualMachineInstance started.|virt-handler|"_s + node};
        QCOMPARE(got, want); // in the order they happened (names sort by time)
        for (const QJsonValue &v : mine) {
            const QJsonObject e = v.toObject();
            QCOMPARE(stringAt(objectAt(e, "involvedObject"_L1), "name"_L1), kVm);
            QCOMPARE(e.value("count"_L1).toInt(), 1);
            QCOMPARE(stringAt(e, "type"_L1), u"Normal"_s);
            QCOMPARE(stringAt(e, "reportingComponent"_L1), stringAt(objectAt(e, "source"_L1), "component"_L1));
        }
        QCOMPARE(stringAt(objectAt(mine.at(3).toObject(), "involvedObject"_L1), "uid"_L1), uidOf(vmi()));

        // The pod's: the scheduler's (events.k8s.io, no source) and the kubelet's.
        const QJsonArray podEvents = events(u"involvedObject.uid="_s + uidOf(pod));
        const QString image = u"quay.io/kubevirt/virt-launcher:v1.9.0"_s;
        QCOMPARE(describeAll(podEvents),
                 (QStringList{u"Pod Scheduled|Successfully assigned staging/%1 to %2|default-scheduler|"_s.arg(nameOf(pod), node),
                              u"Pod Pulled|Container image \"%1\" already present on machine|kubelet|%2"_s.arg(image, node),
                              u"Pod Created|Created container compute|kubelet|"_s + node,
                              u"Pod Started|Started container compute|kubelet|"_s + node}));
        const QJsonObject sched = podEvents.first().toObject();
        QVERIFY(objectAt(sched, "source"_L1).isEmpty());
        QCOMPARE(stringAt(sched, "action"_L1), u"Binding"_s);
        QVERIFY(stringAt(sched, "reportingInstance"_L1).startsWith("default-scheduler-"_L1));
        QVERIFY(sched.value("lastTimestamp"_L1).isNull());
        QCOMPARE(stringAt(objectAt(podEvents.at(1).toObject(), "involvedObject"_L1), "fieldPath"_L1), u"spec.containers{compute}"_s);

        // More selectors: "source" falls back to reportingComponent; terms combine.
        QCOMPARE(events(u"involvedObject.uid=%1,source=default-scheduler"_s.arg(uidOf(pod))).size(), 1);
        QCOMPARE(events(u"involvedObject.uid=%1,source=kubelet,reason!=Pulled"_s.arg(uidOf(pod))).size(), 2);
        QCOMPARE(events(u"involvedObject.name=%1,involvedObject.kind=VirtualMachine"_s.arg(kVm)).size(), 1);
        QCOMPARE(events(u"involvedObject.name=%1,type=Warning"_s.arg(kVm)).size(), 0);

        // The watch saw the same events as the list.
        QTRY_COMPARE(describeAll(watch.objects), want);
    }

    void pauseAndUnpause()
    {
        QCOMPARE(action(u"virtualmachineinstances"_s, kVm, u"pause"_s), 200);
        QTRY_VERIFY(conditionTrue(vmi(), u"Paused"_s));
        QCOMPARE(action(u"virtualmachineinstances"_s, kVm, u"unpause"_s), 200);
        QTRY_VERIFY(!conditionOf(vmi(), u"Paused"_s));
        const QString node = stringAt(objectAt(vmi(), "status"_L1), "nodeName"_L1);
        const QStringList got = describeAll(events(u"involvedObject.name=%1,source=virt-handler"_s.arg(kVm)));
        QVERIFY2(got.contains(u"VirtualMachineInstance Paused|VirtualMachineInstance paused|virt-handler|"_s + node), qPrintable(got.join(u'\n')));
        QVERIFY2(got.contains(u"VirtualMachineInstance Unpaused|VirtualMachineInstance unpaused|virt-handler|"_s + node), qPrintable(got.join(u'\n')));
    }

    void migrationGivesEvents()
    {
        const QString source = stringAt(objectAt(vmi(), "status"_L1), "nodeName"_L1);
        QCOMPARE(action(u"virtualmachines"_s, kVm, u"migrate"_s), 202);
        QJsonObject mig;
        QTRY_VERIFY([&] {
            for (const QJsonObject &m : m_sim.store()->list(ApiResource::migrations()))
                if (stringAt(objectAt(m, "spec"_L1), "vmiName"_L1) == kVm)
                    mig = m;
            return stringAt(objectAt(mig, "status"_L1), "phase"_L1) == "Succeeded"_L1;
        }());
        const QString target = stringAt(objectAt(vmi(), "status"_L1), "nodeName"_L1);
        QVERIFY(target != source);
        // The target pod is the VMI's only one once the source pod is gone.
        QTRY_COMPARE(launchers(uidOf(vmi())).size(), 1);
        const QJsonObject pod = launchers(uidOf(vmi())).first();
        QCOMPARE(stringAt(objectAt(pod, "spec"_L1), "nodeName"_L1), target);
        QTRY_COMPARE(objectAt(objectAt(vmi(), "status"_L1), "activePods"_L1), (QJsonObject{{uidOf(pod), target}}));

        const QStringList onVmi = describeAll(events(u"involvedObject.name=%1,involvedObject.kind=VirtualMachineInstance"_s.arg(kVm)));
        QVERIFY2(onVmi.contains(u"VirtualMachineInstance PreparingTarget|VirtualMachineInstance Migration Target Prepared.|virt-handler|"_s + target),
                 qPrintable(onVmi.join(u'\n')));
        QVERIFY(onVmi.contains(u"VirtualMachineInstance Migrating|VirtualMachineInstance is migrating.|virt-handler|"_s + source));
        QVERIFY(onVmi.contains(u"VirtualMachineInstance Migrated|The VirtualMachineInstance migrated to node %1.|virt-handler|%1"_s.arg(target)));
        const QStringList onMig = describeAll(events(u"involvedObject.name="_s + nameOf(mig)));
        QCOMPARE(onMig, (QStringList{
                            u"VirtualMachineInstanceMigration SuccessfulCreate|Created migration target pod %1|virtualmachine-controller|"_s.arg(nameOf(pod)),
                            u"VirtualMachineInstanceMigration SuccessfulHandOver|Migration target pod is ready for preparation by virt-handler.|virtualmachine-controller|"_s,
                            u"VirtualMachineInstanceMigration SuccessfulMigration|Source node reported migration succeeded|virtualmachine-controller|"_s}));
        QCOMPARE(describeAll(events(u"involvedObject.uid="_s + uidOf(pod))).first(),
                 u"Pod Scheduled|Successfully assigned staging/%1 to %2|default-scheduler|"_s.arg(nameOf(pod), target));
    }

    void stopGivesEvents()
    {
        const QJsonObject running = vmi();
        const QString node = stringAt(objectAt(running, "status"_L1), "nodeName"_L1);
        QVERIFY(!launchers(uidOf(running)).isEmpty());
        const QJsonObject pod = launchers(uidOf(running)).first();
        QCOMPARE(action(u"virtualmachines"_s, kVm, u"stop"_s), 202);
        QTRY_VERIFY(!m_sim.store()->get(VMI, kNs, kVm));
        const QStringList got = describeAll(events(u"involvedObject.name="_s + kVm));
        for (const QString &want :
             {u"VirtualMachine SuccessfulDelete|Stopped the virtual machine by deleting the virtual machine instance %1|virtualmachine-controller|"_s.arg(uidOf(running)),
              u"VirtualMachineInstance ShuttingDown|Signaled Graceful Shutdown|virt-handler|"_s + node,
              u"VirtualMachineInstance SuccessfulDelete|Deleted virtual machine pod %1|virtualmachine-controller|"_s.arg(nameOf(pod)),
              u"VirtualMachineInstance Stopped|The VirtualMachineInstance was shut down.|virt-handler|"_s + node})
            QVERIFY2(got.contains(want), qPrintable(want + u"\nnot in\n"_s + got.join(u'\n')));
        QVERIFY(got.indexOf(u"VirtualMachineInstance ShuttingDown|Signaled Graceful Shutdown|virt-handler|"_s + node) <
                got.indexOf(u"VirtualMachineInstance Stopped|The VirtualMachineInstance was shut down.|virt-handler|"_s + node));
        const QStringList podEvents = describeAll(events(u"involvedObject.uid="_s + uidOf(pod)));
        QVERIFY2(podEvents.contains(u"Pod Killing|Stopping container compute|kubelet|"_s + node), qPrintable(podEvents.join(u'\n')));
    }

    void unsupportedFieldLabel()
    {
        const auto [code, body] = send("GET", eventsPath(u"involvedObject.foo=x"_s));
        QCOMPARE(code, 400);
        QCOMPARE(stringAt(body, "reason"_L1), u"BadRequest"_s);
        QCOMPARE(stringAt(body, "message"_L1), u"field label not supported: involvedObject.foo"_s);
        QCOMPARE(send("GET", eventsPath(u"spec.nodeName=x"_s, true)).first, 400);
        // Events' labels are events' only.
        const auto pods = send("GET", u"/api/v1/namespaces/staging/pods?fieldSelector=reason%3DStarted"_s);
        QCOMPARE(pods.first, 400);
        QCOMPARE(stringAt(pods.second, "message"_L1), u"field label not supported: reason"_s);
    }

    // The EventCorrelator's count, and the TTL and cap.
    void aggregatesAndExpires()
    {
        ObjectStore store;
        store.registerResource(ApiResource::events());
        const QJsonObject obj{{u"kind"_s, u"Pod"_s},
                              {u"apiVersion"_s, u"v1"_s},
                              {u"metadata"_s, QJsonObject{{u"name"_s, u"p"_s}, {u"namespace"_s, u"n"_s}, {u"uid"_s, u"u1"_s}}}};
        SimEvents *rec = SimEvents::of(&store);
        QCOMPARE(SimEvents::of(&store), rec);
        rec->record(obj, {u"kubelet"_s, u"h1"_s}, u"Warning"_s, u"BackOff"_s, u"Back-off restarting failed container"_s);
        QTest::qWait(5);
        rec->record(obj, {u"kubelet"_s, u"h1"_s}, u"Warning"_s, u"BackOff"_s, u"Back-off restarting failed container"_s);
        rec->record(obj, {u"kubelet"_s, u"h2"_s}, u"Warning"_s, u"BackOff"_s, u"Back-off restarting failed container"_s);
        const QList<QJsonObject> all = store.list(ApiResource::events());
        QCOMPARE(all.size(), 2); // another host is another source
        QCOMPARE(all.first().value("count"_L1).toInt() + all.last().value("count"_L1).toInt(), 3);
        rec->setLimits(3600, 3);
        for (int i = 0; i < 5; ++i)
            rec->record(obj, {u"kubelet"_s, u"h1"_s}, u"Normal"_s, u"Pulled"_s, QString::number(i));
        QCOMPARE(store.count(ApiResource::events()), 3);
        rec->setLimits(1, 100);
        QTRY_COMPARE_WITH_TIMEOUT((rec->expire(), store.count(ApiResource::events())), 0, 3000);
    }
};

QTEST_GUILESS_MAIN(TestSimEvents)
#include "test_simevents.moc"
