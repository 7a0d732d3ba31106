// drover-agent's collectors: on this very machine (real /sys and /proc), on captured trees of
// two servers (Samsung PM9A3 healthy with a worn drive; Micron 7450 with a failing drive and
// a down OSD), on real smartctl 7.3 --json output shapes, and on broken inputs — truncated
// JSON, smartctl's failure bits, garbage cpuinfo, random SMBIOS bytes — which must say what is
// wrong in the report, never crash. Also the executable itself: report, watch, bad arguments.
#include "Report.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace drover::agent;

namespace {
QString tree(const char *name) { return qEnvironmentVariable("DROVER_TEST_DATA") + QStringLiteral("/agent/") + QLatin1String(name); }
AgentRoot captured(const char *name)
{
    AgentRoot r;
    r.dir = tree(name);
    r.captured = true;
    return r;
}
QJsonObject drive(const QJsonObject &report, int i) { return report[QStringLiteral("nvme")][QStringLiteral("controllers")][i].toObject(); }
QByteArray file(const QString &p)
{
    QFile f(p);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestAgent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void thisMachine()
    {
        const QJsonObject r = buildReport(AgentRoot{});
        QCOMPARE(r[QStringLiteral("schema")].toString(), QStringLiteral("drover.io/agent-report/v1"));
        QVERIFY(!r[QStringLiteral("host")].toString().isEmpty());
        const QJsonObject cpu = r[QStringLiteral("cpu")].toObject();
        QVERIFY(cpu[QStringLiteral("available")].toBool());
        QCOMPARE(cpu[QStringLiteral("threads")].toInt(), QThread::idealThreadCount());
        // Memory agrees with /proc/meminfo to the kilobyte.
        const QString meminfo = QString::fromLatin1(file(QStringLiteral("/proc/meminfo")));
        const qint64 kb = meminfo.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char(':'), 1).trimmed().section(QLatin1Char(' '), 0, 0).toLongLong();
        QCOMPARE(qint64(r[QStringLiteral("memory")][QStringLiteral("totalBytes")].toDouble()), kb * 1024);
        QVERIFY(r[QStringLiteral("pci")][QStringLiteral("available")].toBool());
        // Every section is either there or says why not.
        for (const char *s : {"system", "cpu", "memory", "pci", "nics", "nvme", "ceph", "sample"}) {
            const QJsonObject sec = r[QLatin1String(s)].toObject();
            QVERIFY2(sec.contains(QStringLiteral("available")), s);
            if (!sec[QStringLiteral("available")].toBool())
                QVERIFY2(!sec[QStringLiteral("reason")].toString().isEmpty(), s);
        }
    }

    void theExecutableReportsAndWatches()
    {
        QProcess p;
        p.start(QStringLiteral(DROVER_AGENT_BIN), {QStringLiteral("report"), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        QJsonParseError err{};
        const QJsonObject r = QJsonDocument::fromJson(p.readAllStandardOutput(), &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(r[QStringLiteral("schema")].toString(), QStringLiteral("drover.io/agent-report/v1"));

        p.start(QStringLiteral(DROVER_AGENT_BIN), {QStringLiteral("watch"), QStringLiteral("--interval"), QStringLiteral("200ms"),
                                                   QStringLiteral("--count"), QStringLiteral("3")});
        QVERIFY(p.waitForFinished(10000));
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        for (const QByteArray &l : lines) {
            const QJsonObject s = QJsonDocument::fromJson(l).object();
            QCOMPARE(s[QStringLiteral("schema")].toString(), QStringLiteral("drover.io/agent-sample/v1"));
            QVERIFY(s[QStringLiteral("windowMs")].toDouble() >= 190);
            const double cpu = s[QStringLiteral("cpuPercent")].toDouble();
            QVERIFY(cpu >= 0 && cpu <= 100);
            QVERIFY(s[QStringLiteral("memoryAvailableBytes")].toDouble() > 0);
        }
        p.start(QStringLiteral(DROVER_AGENT_BIN), {QStringLiteral("report")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("add --json"));
    }

    void capturedSamsungServer()
    {
        const QJsonObject r = buildReport(captured("epyc-samsung"));
        QCOMPARE(r[QStringLiteral("host")].toString(), QStringLiteral("nvme-b01"));
        QCOMPARE(r[QStringLiteral("system")][QStringLiteral("product")].toString(), QStringLiteral("AS -1115CS-TNR"));
        const QJsonObject cpu = r[QStringLiteral("cpu")].toObject();
        QCOMPARE(cpu[QStringLiteral("model")].toString(), QStringLiteral("AMD EPYC 9354 32-Core Processor"));
        QCOMPARE(cpu[QStringLiteral("sockets")].toInt(), 1);
        QCOMPARE(cpu[QStringLiteral("cores")].toInt(), 32);
        QCOMPARE(cpu[QStringLiteral("threads")].toInt(), 64);
        QVERIFY(cpu[QStringLiteral("flags")].toArray().contains(QStringLiteral("svm")));
        QVERIFY(!cpu[QStringLiteral("flags")].toArray().contains(QStringLiteral("fpu"))); // only what migration cares about
        const QJsonArray dimms = r[QStringLiteral("memory")][QStringLiteral("dimms")].toArray();
        QCOMPARE(dimms.size(), 12); // the empty slot is not a DIMM
        QCOMPARE(dimms[0][QStringLiteral("locator")].toString(), QStringLiteral("DIMM_A0"));
        QCOMPARE(qint64(dimms[0][QStringLiteral("sizeBytes")].toDouble()), 32LL << 30);
        QCOMPARE(dimms[0][QStringLiteral("speedMTs")].toInt(), 4800);
        QCOMPARE(dimms[0][QStringLiteral("partNumber")].toString(), QStringLiteral("M321R4GA3BB6-CQKET"));
        const QJsonArray pci = r[QStringLiteral("pci")][QStringLiteral("devices")].toArray();
        QCOMPARE(pci.size(), 5);
        QCOMPARE(pci[2][QStringLiteral("class")].toString(), QStringLiteral("Non-Volatile memory controller"));
        QCOMPARE(pci[2][QStringLiteral("driver")].toString(), QStringLiteral("nvme"));
        QCOMPARE(pci[0][QStringLiteral("driver")].toString(), QString()); // a host bridge has none
        const QJsonArray nics = r[QStringLiteral("nics")][QStringLiteral("interfaces")].toArray();
        QCOMPARE(nics.size(), 2); // lo left out
        QCOMPARE(nics[1][QStringLiteral("name")].toString(), QStringLiteral("ens1f0np0"));
        QCOMPARE(nics[1][QStringLiteral("speedMbps")].toInt(), 25000);
        QCOMPARE(nics[0][QStringLiteral("speedMbps")].toInt(), -1); // down: the kernel has no speed
        const QJsonObject d1 = drive(r, 1);
        QCOMPARE(d1[QStringLiteral("model")].toString(), QStringLiteral("SAMSUNG MZQL27T6HBLA-00A07"));
        QCOMPARE(qint64(d1[QStringLiteral("namespaces")][0][QStringLiteral("sizeBytes")].toDouble()), 7681501126656LL);
        QCOMPARE(d1[QStringLiteral("health")][QStringLiteral("percentageUsed")].toInt(), 81);
        QCOMPARE(d1[QStringLiteral("health")][QStringLiteral("temperatureC")].toInt(), 44);
        QVERIFY(d1[QStringLiteral("health")][QStringLiteral("smartPassed")].toBool());
        const QJsonArray osds = r[QStringLiteral("ceph")][QStringLiteral("osds")].toArray();
        QCOMPARE(osds.size(), 2); // only this host's, of four in the cluster
        QCOMPARE(osds[0][QStringLiteral("id")].toInt(), 0);
        QCOMPARE(osds[1][QStringLiteral("device")].toString(), QStringLiteral("nvme1n1"));
        QCOMPARE(osds[1][QStringLiteral("commitLatencyMs")].toDouble(), 2.0);
        QCOMPARE(r[QStringLiteral("ceph")][QStringLiteral("health")][QStringLiteral("status")].toString(), QStringLiteral("HEALTH_OK"));
    }

    void capturedMicronServerWithAFailingDrive()
    {
        const QJsonObject r = buildReport(captured("xeon-micron-failing"));
        QCOMPARE(r[QStringLiteral("system")][QStringLiteral("serial")].toString(), QString()); // "To Be Filled By O.E.M." is no serial
        QCOMPARE(r[QStringLiteral("cpu")][QStringLiteral("sockets")].toInt(), 2);
        QCOMPARE(r[QStringLiteral("cpu")][QStringLiteral("threads")].toInt(), 96);
        const QJsonObject h = drive(r, 1)[QStringLiteral("health")].toObject();
        QCOMPARE(drive(r, 1)[QStringLiteral("model")].toString(), QStringLiteral("Micron_7450_MTFDKCC7T6TFR"));
        QCOMPARE(h[QStringLiteral("criticalWarning")].toInt(), 5);
        QCOMPARE(h[QStringLiteral("availableSpare")].toInt(), 4);
        QCOMPARE(h[QStringLiteral("mediaErrors")].toInt(), 17);
        QVERIFY(!h[QStringLiteral("smartPassed")].toBool());
        QVERIFY(drive(r, 0)[QStringLiteral("health")][QStringLiteral("smartPassed")].toBool());
        const QJsonArray osds = r[QStringLiteral("ceph")][QStringLiteral("osds")].toArray();
        QCOMPARE(osds[1][QStringLiteral("id")].toInt(), 3);
        QVERIFY(!osds[1][QStringLiteral("up")].toBool());
        QVERIFY(!osds[1][QStringLiteral("in")].toBool());
        QVERIFY(r[QStringLiteral("ceph")][QStringLiteral("health")][QStringLiteral("checks")].toObject().contains(QStringLiteral("OSD_DOWN")));
    }

    void smartctlOutputShapes()
    {
        const QByteArray good = file(tree("epyc-samsung") + QStringLiteral("/smartctl/nvme0.json"));
        QVERIFY(healthFromSmartctl(good, 0)[QStringLiteral("available")].toBool());
        // Truncated JSON.
        const QJsonObject cut = healthFromSmartctl(good.left(good.size() / 2), 0);
        QVERIFY(!cut[QStringLiteral("available")].toBool());
        QVERIFY(cut[QStringLiteral("reason")].toString().startsWith(QStringLiteral("smartctl printed no valid JSON")));
        // Bit 1: the device could not be opened (e.g. not root); smartctl says why in messages.
        const QByteArray denied = R"({"smartctl":{"version":[7,3],"messages":[{"string":"Smartctl open device: /dev/nvme0 failed: Permission denied","severity":"error"}],"exit_status":2}})";
        const QJsonObject d = healthFromSmartctl(denied, 2);
        QVERIFY(!d[QStringLiteral("available")].toBool());
        QVERIFY(d[QStringLiteral("reason")].toString().contains(QStringLiteral("Permission denied")));
        // Bit 3 (failing) with no smart_status in the JSON still means failing.
        QJsonObject doc = QJsonDocument::fromJson(good).object();
        doc.remove(QStringLiteral("smart_status"));
        QVERIFY(!healthFromSmartctl(QJsonDocument(doc).toJson(), 8)[QStringLiteral("smartPassed")].toBool());
        // A SATA disk's output has no NVMe log.
        const QJsonObject sata = healthFromSmartctl(R"({"device":{"type":"sat"},"ata_smart_attributes":{}})", 0);
        QVERIFY(sata[QStringLiteral("reason")].toString().contains(QStringLiteral("nvme_smart_health_information_log")));
    }

    void brokenSourcesAreSaidNotCrashed()
    {
        QTemporaryDir dir;
        const auto put = [&](const QString &rel, const QByteArray &b) {
            QDir().mkpath(QFileInfo(dir.filePath(rel)).path());
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(b);
        };
        put(QStringLiteral("proc/cpuinfo"), QByteArrayLiteral("\x01\x02garbage without colons\n\xff\xfe"));
        put(QStringLiteral("proc/meminfo"), "MemFree: 12 kB\n");
        put(QStringLiteral("sys/class/nvme/nvme0/model"), "X\n"); // no smartctl capture for it
        put(QStringLiteral("ceph/osd-tree.json"), "{\"nodes\": [");
        AgentRoot r;
        r.dir = dir.path();
        r.captured = true;
        const QJsonObject rep = buildReport(r);
        QCOMPARE(rep[QStringLiteral("cpu")][QStringLiteral("reason")].toString(), QStringLiteral("/proc/cpuinfo lists no processor"));
        QCOMPARE(rep[QStringLiteral("memory")][QStringLiteral("reason")].toString(), QStringLiteral("/proc/meminfo has no MemTotal"));
        QCOMPARE(drive(rep, 0)[QStringLiteral("health")][QStringLiteral("reason")].toString(), QStringLiteral("neither smartctl output nor a SMART log page was captured"));
        QVERIFY(rep[QStringLiteral("ceph")][QStringLiteral("reason")].toString().startsWith(QStringLiteral("ceph osd tree printed no valid JSON")));
        QVERIFY(!rep[QStringLiteral("system")][QStringLiteral("available")].toBool());
        // A missing smartctl on a live machine is a reason too.
        AgentRoot live;
        live.smartctl = QStringLiteral("/nonexistent/smartctl");
        const auto ran = runTool(live.smartctl, {});
        QVERIFY(!ran);
        QCOMPARE(ran.error().message, QStringLiteral("/nonexistent/smartctl is not installed"));
    }

    void smbiosRecordsOfAnyShape()
    {
        // Random and truncated records: never a crash, and no DIMM claimed from garbage sizes.
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 2000; ++i) {
            QByteArray b(int(rng->bounded(80)), '\0');
            for (char &c : b)
                c = char(rng->bounded(256));
            if (i % 2 && !b.isEmpty())
                b[0] = 17;
            (void)dimmFromSmbios(b);
        }
        const QByteArray real = file(tree("epyc-samsung") + QStringLiteral("/sys/firmware/dmi/entries/17-0/raw"));
        for (int n = 0; n < real.size(); ++n)
            (void)dimmFromSmbios(real.left(n));
        QCOMPARE(dimmFromSmbios(real)[QStringLiteral("manufacturer")].toString(), QStringLiteral("Samsung"));
    }
};

QTEST_GUILESS_MAIN(TestAgent)
#include "test_agent.moc"
