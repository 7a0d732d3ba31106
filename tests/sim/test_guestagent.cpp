// drover-sim's guest agent subresources over HTTPS, as KubeVirt v1.9's virt-api serves them
// (backend/sim/GuestAgent.h): guestosinfo, userlist and filesystemlist of a running VM with an
// agent agree with its VMI's status.guestOSInfo, its name and its boot disk, and are the same
// bytes on every call; a VM without an agent has no AgentConnected, an empty guestOSInfo and a
// domain-only interface, and the three answer virt-api's 500 with "VMI does not have guest
// agent connected"; a stopped VM's and an unknown name's answer is the VMI's "not found", a VMI
// not Running gets "VMI is not running"; other methods get go-restful's 405. The demo runs
// win11-qa-02 and cross-arm-01 without an agent.
#include "GuestAgent.h"
#include "Scenario.h"
#include "SimCluster.h"
#include "VmiJson.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSslConfiguration>
#include <QTest>

using namespace drover::sim;
using drover::kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const ApiResource &VM = ApiResource::virtualMachines();
const ApiResource &VMI = ApiResource::virtualMachineInstances();

struct Reply
{
    int code = 0;
    QByteArray contentType;
    QByteArray allow;
    QByteArray body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

VmSpec vm(const char *name, const char *os, const char *osName, bool running = true,
          bool agent = true, const char *ns = "prod")
{
    VmSpec v;
    v.name = QLatin1StringView(name);
    v.ns = QLatin1StringView(ns);
    v.os = QLatin1StringView(os);
    v.osName = QLatin1StringView(osName);
    v.running = running;
    v.guestAgent = agent;
    return v;
}

// One host; in prod a Fedora and a Windows guest with agents, a Debian guest without one and a
// stopped VM; in ci a runner on a container disk.
struct Cluster
{
    SimCluster sim;
    QNetworkAccessManager net;

    Cluster()
    {
        Scenario s;
        s.name = u"guestagent"_s;
        HostSpec h;
        h.name = u"h1"_s;
        h.cpuCores = 64;
        h.memoryBytes = 256LL << 30;
        s.hosts << h;
        s.vms = {vm("web", "linux", "Fedora 40"), vm("win", "windows", "Windows Server 2022"),
                 vm("quiet", "linux", "Debian 12", true, false),
                 vm("off", "linux", "Fedora 40", false),
                 vm("runner", "linux", "Ubuntu 24.04 LTS", true, true, "ci")};
        SimOptions o;
        o.scenario = s;
        o.timeScale = 0;
        o.agentSampleMs = 0;
        const auto started = sim.start(o);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
    }

    QJsonObject vmi(const QString &name, const QString &ns = u"prod"_s) const
    {
        return sim.store()->get(VMI, ns, name).value_or(QJsonObject());
    }

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest req(QUrl(sim.serverUrl() + path));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromData(sim.pki().caCertPem));
        req.setSslConfiguration(ssl);
        req.setRawHeader("Authorization", "Bearer " + sim.token());
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *r = net.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        r->deleteLater();
        return {r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                r->rawHeader("Content-Type"), r->rawHeader("Allow"), r->readAll()};
    }
    Reply get(const QString &name, const QString &verb, const QString &ns = u"prod"_s)
    {
        return send("GET", path(name, verb, ns));
    }
    static QString path(const QString &name, const QString &verb, const QString &ns = u"prod"_s)
    {
        return QStringLiteral(
                   "/apis/subresources.kubevirt.io/v1/namespaces/%1/virtualmachineinstances/%2/%3")
            .arg(ns, name, verb);
    }
};

// Seconds since the epoch of the VMI's first Running transition.
double runningSince(const QJsonObject &vmi)
{
    for (const QJsonValue &v :
         objectAt(vmi, "status"_L1).value("phaseTransitionTimestamps"_L1).toArray())
        if (stringAt(v.toObject(), "phase"_L1) == "Running"_L1)
            return double(QDateTime::fromString(
                              stringAt(v.toObject(), "phaseTransitionTimestamp"_L1), Qt::ISODate)
                              .toSecsSinceEpoch());
    return -1;
}

const QStringList kVerbs{u"guestosinfo"_s, u"userlist"_s, u"filesystemlist"_s};

} // namespace

class TestGuestAgent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_c = std::make_unique<Cluster>(); }
    void cleanupTestCase() { m_c.reset(); }

    void guestOsInfoAgreesWithTheVmi_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("hostname");
        QTest::addColumn<QString>("zone");
        QTest::newRow("fedora") << u"web"_s << u"web"_s << u"UTC, 0"_s;
        QTest::newRow("windows") << u"win"_s << u"WIN"_s << u"Coordinated Universal Time, 0"_s;
    }
    void guestOsInfoAgreesWithTheVmi()
    {
        QFETCH(QString, name);
        QFETCH(QString, hostname);
        QFETCH(QString, zone);
        const Reply r = m_c->get(name, u"guestosinfo"_s);
        QCOMPARE(r.code, 200);
        QCOMPARE(r.contentType, QByteArray("application/json"));
        const QJsonObject info = r.json();
        const QJsonObject status = objectAt(m_c->vmi(name), "status"_L1);
        QVERIFY(!objectAt(status, "guestOSInfo"_L1).isEmpty());
        QCOMPARE(objectAt(info, "os"_L1), objectAt(status, "guestOSInfo"_L1));
        QCOMPARE(stringAt(objectAt(info, "os"_L1), "machine"_L1), u"x86_64"_s);
        QVERIFY(!stringAt(objectAt(info, "os"_L1), "kernelRelease"_L1).isEmpty());
        QCOMPARE(stringAt(info, "hostname"_L1), hostname);
        QCOMPARE(stringAt(info, "timezone"_L1), zone);
        QVERIFY(info.value("guestAgentVersion"_L1).isString());
        QVERIFY(!stringAt(info, "guestAgentVersion"_L1).isEmpty());
        QVERIFY(!info.contains("kind"_L1)); // virt-api re-encodes the launcher's body: no TypeMeta
        QVERIFY(!info.contains("fsFreezeStatus"_L1));
        // What virt-handler requires of an agent (pkg/virt-handler/guestagent.go), all enabled.
        QSet<QString> enabled;
        for (const QJsonValue &c : info.value("supportedCommands"_L1).toArray())
            if (c.toObject().value("enabled"_L1).toBool())
                enabled.insert(stringAt(c.toObject(), "name"_L1));
        for (const char *required :
             {"guest-ping", "guest-get-time", "guest-info", "guest-shutdown",
              "guest-network-get-interfaces", "guest-get-fsinfo", "guest-get-host-name",
              "guest-get-users", "guest-get-timezone", "guest-get-osinfo"})
            QVERIFY2(enabled.contains(QLatin1StringView(required)), required);
        // The lists inside agree with the list subresources.
        QCOMPARE(info.value("userList"_L1).toArray(),
                 m_c->get(name, u"userlist"_s).json().value("items"_L1).toArray());
        QCOMPARE(objectAt(info, "fsInfo"_L1).value("disks"_L1).toArray(),
                 m_c->get(name, u"filesystemlist"_s).json().value("items"_L1).toArray());
        // The same bytes every time.
        for (const QString &verb : kVerbs)
            QCOMPARE(m_c->get(name, verb).body, m_c->get(name, verb).body);
    }

    void userList_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("firstUser");
        QTest::addColumn<QString>("domain");
        QTest::newRow("fedora") << u"web"_s << u"fedora"_s << QString();
        QTest::newRow("windows") << u"win"_s << u"Administrator"_s << u"WIN"_s;
        QTest::newRow("ubuntu") << u"runner"_s << u"ubuntu"_s << QString();
    }
    void userList()
    {
        QFETCH(QString, name);
        QFETCH(QString, firstUser);
        QFETCH(QString, domain);
        const QString ns = name == "runner"_L1 ? u"ci"_s : u"prod"_s;
        const Reply r = m_c->get(name, u"userlist"_s, ns);
        QCOMPARE(r.code, 200);
        const QJsonObject list = r.json();
        QCOMPARE(list.value("metadata"_L1), QJsonValue(QJsonObject()));
        const QJsonArray items = list.value("items"_L1).toArray();
        QVERIFY(items.size() == 1 || items.size() == 2);
        QCOMPARE(stringAt(items[0].toObject(), "userName"_L1), firstUser);
        QCOMPARE(items[0].toObject().contains("domain"_L1), !domain.isEmpty()); // omitempty
        QCOMPARE(stringAt(items[0].toObject(), "domain"_L1), domain);
        const double boot = runningSince(m_c->vmi(name, ns));
        QVERIFY(boot > 0);
        for (const QJsonValue &u : items) {
            const QJsonValue login = u.toObject().value("loginTime"_L1);
            QVERIFY(login.isDouble());
            QVERIFY(login.toDouble() > boot);
            QVERIFY(login.toDouble() < double(QDateTime::currentSecsSinceEpoch()) + 3 * 3600 + 1);
        }
        static const QRegularExpression fractional(u"\"loginTime\":\\d+\\.\\d+"_s);
        QVERIFY2(fractional.match(QString::fromUtf8(r.body)).hasMatch(), r.body.constData());
    }

    void filesystemList_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("mountPoint");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("bus");
        QTest::addColumn<qint64>("diskBytes");
        QTest::newRow("fedora on a 30Gi claim")
            << u"web"_s << u"prod"_s << u"/"_s << u"btrfs"_s << u"virtio"_s << (30LL << 30);
        QTest::newRow("windows on an 80Gi claim")
            << u"win"_s << u"prod"_s << u"C:\\"_s << u"NTFS"_s << u"sata"_s << (80LL << 30);
        QTest::newRow("ubuntu on a container disk")
            << u"runner"_s << u"ci"_s << u"/"_s << u"ext4"_s << u"virtio"_s << (10LL << 30);
    }
    void filesystemList()
    {
        QFETCH(QString, name);
        QFETCH(QString, ns);
        QFETCH(QString, mountPoint);
        QFETCH(QString, type);
        QFETCH(QString, bus);
        QFETCH(qint64, diskBytes);
        const Reply r = m_c->get(name, u"filesystemlist"_s, ns);
        QCOMPARE(r.code, 200);
        QCOMPARE(r.json().value("metadata"_L1), QJsonValue(QJsonObject()));
        const QJsonArray items = r.json().value("items"_L1).toArray();
        QVERIFY(!items.isEmpty());
        const QJsonObject root = items[0].toObject();
        QCOMPARE(stringAt(root, "mountPoint"_L1), mountPoint);
        QCOMPARE(stringAt(root, "fileSystemType"_L1), type);
        QVERIFY(!stringAt(root, "diskName"_L1).isEmpty());
        const qint64 total = root.value("totalBytes"_L1).toInteger();
        const qint64 used = root.value("usedBytes"_L1).toInteger();
        QVERIFY2(total > diskBytes * 9 / 10 && total < diskBytes,
                 qPrintable(QString::number(total)));
        QVERIFY(used > 0 && used < total);
        const QJsonObject disk = root.value("disk"_L1).toArray().first().toObject();
        QCOMPARE(stringAt(disk, "busType"_L1), bus);
        qint64 sum = 0;
        for (const QJsonValue &fs : items)
            sum += fs.toObject().value("totalBytes"_L1).toInteger();
        QVERIFY(sum < diskBytes);
    }

    void freezeShowsInGuestOsInfo()
    {
        QCOMPARE(m_c->send("PUT", Cluster::path(u"web"_s, u"freeze"_s), "{}").code, 200);
        QCOMPARE(stringAt(m_c->get(u"web"_s, u"guestosinfo"_s).json(), "fsFreezeStatus"_L1),
                 u"frozen"_s);
        QCOMPARE(m_c->send("PUT", Cluster::path(u"web"_s, u"unfreeze"_s), "{}").code, 200);
        QVERIFY(!m_c->get(u"web"_s, u"guestosinfo"_s).json().contains("fsFreezeStatus"_L1));
    }

    void vmWithoutAgent()
    {
        const QJsonObject vmi = m_c->vmi(u"quiet"_s);
        QCOMPARE(phaseOf(vmi), u"Running"_s);
        QVERIFY(!conditionOf(vmi, u"AgentConnected"_s));
        QVERIFY(conditionTrue(vmi, u"Ready"_s));
        const QJsonObject status = objectAt(vmi, "status"_L1);
        QVERIFY(status.contains("guestOSInfo"_L1)); // the empty struct KubeVirt serialises
        QCOMPARE(objectAt(status, "guestOSInfo"_L1), QJsonObject());
        const QJsonObject iface = status.value("interfaces"_L1).toArray().first().toObject();
        QCOMPARE(stringAt(iface, "infoSource"_L1), u"domain"_s);
        QVERIFY(!iface.contains("interfaceName"_L1));
        QVERIFY(
            !stringAt(iface, "ipAddress"_L1).isEmpty()); // the pod IP, from virt-handler's cache
        const QJsonObject vmObj =
            m_c->sim.store()->get(VM, u"prod"_s, u"quiet"_s).value_or(QJsonObject());
        QVERIFY(!conditionOf(vmObj, u"AgentConnected"_s));
        QVERIFY(conditionOf(m_c->sim.store()->get(VM, u"prod"_s, u"web"_s).value_or(QJsonObject()),
                            u"AgentConnected"_s));
        for (const QString &verb : kVerbs) {
            const Reply r = m_c->get(u"quiet"_s, verb);
            QCOMPARE(r.code, 500);
            QCOMPARE(r.contentType, QByteArray("text/plain; charset=utf-8"));
            QCOMPARE(r.body, QByteArray("Operation cannot be fulfilled on "
                                        "virtualmachineinstance.kubevirt.io \"quiet\": "
                                        "VMI does not have guest agent connected"));
        }
    }

    void noVmi_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("stopped VM") << u"off"_s;
        QTest::newRow("unknown name") << u"nope"_s;
    }
    void noVmi()
    {
        QFETCH(QString, name);
        QVERIFY(!m_c->sim.store()->get(VMI, u"prod"_s, name));
        for (const QString &verb : kVerbs) {
            const Reply r = m_c->get(name, verb);
            QCOMPARE(r.code, 500);
            QCOMPARE(r.contentType, QByteArray("text/plain; charset=utf-8"));
            QCOMPARE(
                QString::fromUtf8(r.body),
                QStringLiteral("virtualmachineinstance.kubevirt.io \"%1\" not found").arg(name));
        }
    }

    // Routed by virt-api for GET only: go-restful's 405 for the rest.
    void otherMethods_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::newRow("PUT") << QByteArray("PUT");
        QTest::newRow("POST") << QByteArray("POST");
        QTest::newRow("DELETE") << QByteArray("DELETE");
    }
    void otherMethods()
    {
        QFETCH(QByteArray, method);
        for (const QString &verb : kVerbs) {
            const Reply r = m_c->send(method, Cluster::path(u"web"_s, verb),
                                      method == "DELETE" ? QByteArray() : QByteArray("{}"));
            QCOMPARE(r.code, 405);
            QCOMPARE(r.allow, QByteArray("GET"));
            QCOMPARE(r.body, QByteArray("405: Method Not Allowed"));
        }
    }

    void discoveryListsThem()
    {
        const Reply r = m_c->send("GET", u"/apis/subresources.kubevirt.io/v1"_s);
        QCOMPARE(r.code, 200);
        QStringList names;
        for (const QJsonValue &res : r.json().value("resources"_L1).toArray())
            names << stringAt(res.toObject(), "name"_L1);
        for (const QString &verb : kVerbs)
            QVERIFY(names.contains(u"virtualmachineinstances/"_s + verb));
    }

    // A VMI that exists but is not Running (scheduling, finished): "VMI is not running".
    void vmiNotRunning_data()
    {
        QTest::addColumn<QString>("phase");
        QTest::newRow("Scheduling") << u"Scheduling"_s;
        QTest::newRow("Scheduled") << u"Scheduled"_s;
        QTest::newRow("Succeeded") << u"Succeeded"_s;
    }
    void vmiNotRunning()
    {
        QFETCH(QString, phase);
        ObjectStore store;
        store.registerResource(VMI);
        QJsonObject vmi{
            {u"metadata"_s, QJsonObject{{u"name"_s, u"boot"_s}, {u"namespace"_s, u"prod"_s}}},
            {u"status"_s, QJsonObject{{u"phase"_s, phase}}}};
        setCondition(vmi, u"AgentConnected"_s, true);
        QVERIFY(store.create(VMI, u"prod"_s, vmi).ok());
        const GuestAgentApi api(&store);
        for (const QString &verb : kVerbs) {
            const auto a = api.answer(QHttpServerRequest::Method::Get, u"virtualmachineinstances"_s,
                                      u"prod"_s, u"boot"_s, verb);
            QVERIFY(a);
            QCOMPARE(a->code, 500);
            QCOMPARE(
                a->body,
                QByteArray(
                    "Operation cannot be fulfilled on virtualmachineinstance.kubevirt.io \"boot\": "
                    "VMI is not running"));
        }
        // Not its routes: the PUT actions and other kinds.
        QVERIFY(!api.answer(QHttpServerRequest::Method::Put, u"virtualmachineinstances"_s,
                            u"prod"_s, u"boot"_s, u"pause"_s));
        QVERIFY(!api.answer(QHttpServerRequest::Method::Get, u"virtualmachines"_s, u"prod"_s,
                            u"boot"_s, u"guestosinfo"_s));
    }

    // The demo runs a Windows and a Linux VM without an agent; every other running VM has one.
    void demoVmsWithoutAgent()
    {
        ObjectStore store;
        for (const ApiResource *r : {&ApiResource::namespaces(), &ApiResource::nodes(), &VM, &VMI})
            store.registerResource(*r);
        const Scenario s = demoScenario();
        populate(store, s, true);
        QStringList without;
        int running = 0;
        for (const QJsonObject &vmi : store.list(VMI)) {
            QCOMPARE(phaseOf(vmi), u"Running"_s);
            ++running;
            if (!conditionOf(vmi, u"AgentConnected"_s)) {
                without << nameOf(vmi);
                QCOMPARE(labelOf(vmi, u"drover.io/guest-agent"_s), u"none"_s);
                QCOMPARE(objectAt(objectAt(vmi, "status"_L1), "guestOSInfo"_L1), QJsonObject());
            } else {
                QVERIFY(!objectAt(objectAt(vmi, "status"_L1), "guestOSInfo"_L1).isEmpty());
            }
        }
        without.sort();
        QCOMPARE(without, QStringList({u"cross-arm-01"_s, u"win11-qa-02"_s}));
        QCOMPARE(running, 35);
        QCOMPARE(
            labelOf(*store.get(VM, u"staging"_s, u"win11-qa-02"_s), u"drover.io/guest-agent"_s),
            u"none"_s);
    }

private:
    std::unique_ptr<Cluster> m_c;
};

QTEST_GUILESS_MAIN(TestGuestAgent)
#include "test_guestagent.moc"
