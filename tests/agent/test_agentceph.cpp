// drover-agent's Ceph collector against a real single-node Ceph from Debian's packages (one mon,
// one mgr, one OSD on memstore: tests/agent/ceph/mini-ceph.sh), through the real `ceph` CLI:
// this host's OSD is found up and in with its size, the cluster health is read; then the OSD
// stops (down, with Ceph's own OSD_DOWN warning) and is marked out, and the report says so.
#include "Collectors.h"

#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace drover::agent;

class TestAgentCeph : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_script = QStringLiteral(DROVER_MINI_CEPH);

    QJsonObject osd0()
    {
        const QJsonObject c = collectCeph(AgentRoot{}, QHostInfo::localHostName());
        for (const QJsonValue &o : c[QStringLiteral("osds")].toArray())
            if (o[QStringLiteral("id")].toInt() == 0)
                return o.toObject();
        return {};
    }
    bool ceph(const QStringList &args)
    {
        QProcess p;
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral("ceph"), QStringList{QStringLiteral("--connect-timeout"), QStringLiteral("20")} + args);
        return p.waitForFinished(30000) && p.exitCode() == 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"ceph", "ceph-mon", "ceph-mgr", "ceph-osd", "monmaptool"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is missing: scripts/setup.sh installs Debian's Ceph packages").arg(QLatin1String(tool))));
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(m_script, {QStringLiteral("start"), m_dir.path(), QString::number(20000 + QCoreApplication::applicationPid() % 20000)});
        QVERIFY(p.waitForFinished(90000));
        QVERIFY2(p.exitCode() == 0, "mini-ceph did not start");
        // The collector runs the ceph CLI as a host's agent would; CEPH_CONF points it here.
        qputenv("CEPH_CONF", p.readAllStandardOutput().trimmed());
    }
    void cleanupTestCase() { QProcess::execute(m_script, {QStringLiteral("stop"), m_dir.path()}); }

    void thisHostsOsdIsUpAndIn()
    {
        const QJsonObject c = collectCeph(AgentRoot{}, QHostInfo::localHostName());
        QVERIFY2(c[QStringLiteral("available")].toBool(), qPrintable(c[QStringLiteral("reason")].toString()));
        QVERIFY(c[QStringLiteral("health")][QStringLiteral("status")].toString().startsWith(QStringLiteral("HEALTH_")));
        const QJsonObject o = osd0();
        QCOMPARE(o[QStringLiteral("name")].toString(), QStringLiteral("osd.0"));
        QVERIFY(o[QStringLiteral("up")].toBool());
        QVERIFY(o[QStringLiteral("in")].toBool());
        QCOMPARE(o[QStringLiteral("kbTotal")].toDouble(), 262144.0); // memstore device bytes = 256 MiB
        QVERIFY(o[QStringLiteral("crushWeight")].toDouble() > 0);
        QCOMPARE(o[QStringLiteral("deviceClass")].toString(), QStringLiteral("ssd")); // as mini-ceph.sh set it
        // Another host's name finds none of them.
        const QJsonObject other = collectCeph(AgentRoot{}, QStringLiteral("not-this-host"));
        QCOMPARE(other[QStringLiteral("osds")].toArray().size(), 0);
    }

    void aDeadOsdIsReportedDownThenOut()
    {
        QFile pid(m_dir.filePath(QStringLiteral("run/osd.0.pid")));
        QVERIFY(pid.open(QIODevice::ReadOnly));
        QCOMPARE(::kill(pid.readAll().trimmed().toInt(), SIGTERM), 0);
        // A stopped OSD tells the monitor on its way out: down, still in, and Ceph warns.
        QTRY_VERIFY_WITH_TIMEOUT(!osd0()[QStringLiteral("up")].toBool(), 30000);
        QVERIFY(osd0()[QStringLiteral("in")].toBool());
        const QJsonObject health = collectCeph(AgentRoot{}, QHostInfo::localHostName())[QStringLiteral("health")].toObject();
        QCOMPARE(health[QStringLiteral("status")].toString(), QStringLiteral("HEALTH_WARN"));
        QVERIFY(health[QStringLiteral("checks")].toObject().contains(QStringLiteral("OSD_DOWN")));
        // The admin marks it out: its data is to move elsewhere.
        QVERIFY(ceph({QStringLiteral("osd"), QStringLiteral("out"), QStringLiteral("0")}));
        QTRY_VERIFY_WITH_TIMEOUT(!osd0()[QStringLiteral("in")].toBool(), 30000);
    }
};

QTEST_MAIN(TestAgentCeph)
#include "test_agentceph.moc"
