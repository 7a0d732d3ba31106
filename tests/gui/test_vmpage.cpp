// The VM page against the real drover-sim, as a user meets it: select a running VM and press
// Alt+Return (VM ▸ Details): the page shows its state and host as the VMI has them, and what its
// guest agent says (OS, hostname, time zone, users, file systems, addresses with their source);
// its disks and networks; its YAML exactly as kubectl prints the same object, and Copy puts it on
// the clipboard. A VM whose guest runs no agent says so in words; a stopped VM says it does not
// run; two selected VMs show none. Screenshots of each tab, looked at.
#include "SimWindow.h"
#include "SnapshotsPane.h"
#include "VmPage.h"
#include "WindowParts.h"

#include <QClipboard>
#include <QDockWidget>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace drover;
using namespace Qt::StringLiterals;
using R = kube::ApiResource;

class TestVmPage : public QObject
{
    Q_OBJECT
private:
    test::SimWindow m_sw;
    ui::MainWindow *win() const { return m_sw.win.get(); }
    ui::VmPage *page() const { return parts::vmPage(*win()); }

    void shoot(const QString &name)
    {
        QCoreApplication::processEvents(); // new rows show on the next turn of the event loop, as for a user
        QVERIFY(test::shoot(win(), QStringLiteral(DROVER_SCREENSHOT_DIR), name));
    }
    // Selects key, opens the page with its key, and waits for the guest agent's answer.
    bool open(const QString &key)
    {
        const int before = page()->agentReports();
        if (!m_sw.select(key))
            return false;
        QTest::keySequence(win(), QKeySequence(Qt::ALT | Qt::Key_Return));
        return parts::vmDock(*win())->isVisible() && page()->vmKey() == key &&
               QTest::qWaitFor([&] { return page()->agentReports() > before; }, 10000);
    }
    QString kubectlYaml(const QString &ns, const QString &name)
    {
        const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
        if (kubectl.isEmpty())
            qFatal("kubectl is not installed: scripts/setup.sh installs it");
        QProcess p;
        p.start(kubectl, {u"--kubeconfig"_s, m_sw.sim.kubeconfig(), u"get"_s, u"vm"_s, u"-n"_s, ns, name, u"-o"_s, u"yaml"_s});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            qFatal("kubectl get vm failed: %s", p.readAllStandardError().constData());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sw.start()); }
    void cleanupTestCase() { m_sw.stop(); }

    void runningVmWithItsGuest()
    {
        const QString key = u"prod/shop-web-01"_s;
        QVERIFY(open(key));
        const QJsonObject vmi = m_sw.fetch(R::virtualMachineInstances(), u"prod"_s, u"shop-web-01"_s);
        const QJsonObject st = vmi.value("status"_L1).toObject();
        QVERIFY2(page()->overviewValue(u"Guest agent"_s).startsWith(u"connected"_s), qPrintable(page()->overviewValue(u"Guest agent"_s)));
        QCOMPARE(page()->overviewValue(u"Host"_s), st.value("nodeName"_L1).toString());
        QCOMPARE(page()->overviewValue(u"Status"_s), u"Running"_s);
        QCOMPARE(page()->overviewValue(u"Hostname"_s), u"shop-web-01"_s);
        QVERIFY2(page()->overviewValue(u"Guest OS"_s).contains(u"Fedora"_s), qPrintable(page()->overviewValue(u"Guest OS"_s)));
        QVERIFY(!page()->overviewValue(u"Time zone"_s).isEmpty());
        const QString ip = st.value("interfaces"_L1).toArray().first().toObject().value("ipAddress"_L1).toString();
        QVERIFY2(page()->overviewValue(u"IP addresses"_s).contains(ip + u" — from the domain, the guest agent"_s),
                 qPrintable(page()->overviewValue(u"IP addresses"_s)));
        QVERIFY(!page()->overviewValue(u"Logged-in users"_s).isEmpty());
        QVERIFY(page()->filesystems()->rowCount() >= 1);
        QCOMPARE(page()->filesystems()->item(0, 0)->text(), u"/"_s);
        QVERIFY(page()->header()->text().contains(u"shop-web-01"_s));
        shoot(u"vmpage-overview.png"_s);

        QVERIFY(page()->showTab(u"Disks"_s));
        const QJsonObject vm = m_sw.fetch(R::virtualMachines(), u"prod"_s, u"shop-web-01"_s);
        const QJsonArray volumes = vm["spec"_L1]["template"_L1]["spec"_L1]["volumes"_L1].toArray();
        QCOMPARE(page()->disks()->rowCount(), volumes.size());
        QCOMPARE(page()->disks()->item(0, 0)->text(), volumes.first().toObject().value("name"_L1).toString());
        QCOMPARE(page()->disks()->item(0, 5)->text(), u"ceph-block"_s);
        // The claim's and DataVolume's state, as the cluster has them.
        QTRY_VERIFY(page()->diskReports() > 0);
        const QString dv = volumes.first().toObject()["dataVolume"_L1]["name"_L1].toString();
        const QJsonObject pvc = m_sw.fetch(R::persistentVolumeClaims(), u"prod"_s, dv);
        QCOMPARE(page()->disks()->item(0, 4)->text(), pvc["status"_L1]["capacity"_L1]["storage"_L1].toString());
        QCOMPARE(page()->disks()->item(0, 7)->text(), u"Succeeded"_s);
        shoot(u"vmpage-disks.png"_s);

        QVERIFY(page()->showTab(u"Networks"_s));
        QCOMPARE(page()->networks()->rowCount(), 1);
        QCOMPARE(page()->networks()->item(0, 1)->text(), u"pod network"_s);
        QCOMPARE(page()->networks()->item(0, 2)->text(), u"masquerade"_s);
        QCOMPARE(page()->networks()->item(0, 5)->text(), ip);
        shoot(u"vmpage-networks.png"_s);

        // Snapshots: the pane of VM ▸ Snapshots…, for this VM, taking one from the tab.
        QVERIFY(page()->showTab(u"Snapshots"_s));
        QVERIFY(page()->snapshots());
        QCOMPARE(page()->snapshots()->vmKey(), key);
        page()->snapshots()->take(u"from-the-page"_s, u"taken on the VM page"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page()->snapshots()->statusLabel()->text().contains(u"Snapshot from-the-page is ready."_s), 20000);
        shoot(u"vmpage-snapshots.png"_s);

        // Events: the VM's start story since the cluster came up, newest first.
        QVERIFY(page()->showTab(u"Events"_s));
        QTRY_VERIFY_WITH_TIMEOUT(page()->events()->rowCount() > 0, 10000);
        QVERIFY2(page()->eventsStatus()->text().contains(u"newest first"_s), qPrintable(page()->eventsStatus()->text()));
        QStringList reasons;
        for (int r = 0; r < page()->events()->rowCount(); ++r)
            reasons << page()->events()->item(r, 2)->text();
        QVERIFY2(reasons.contains(u"Started"_s) && reasons.contains(u"Scheduled"_s), qPrintable(reasons.join(u',')));
        shoot(u"vmpage-events.png"_s);
        QVERIFY(page()->showTab(u"Overview"_s));
    }

    // A stopped VM changes nothing under us: the page's YAML is what kubectl prints.
    void yamlAsKubectlPrintsIt()
    {
        QVERIFY(open(u"staging/ubuntu-dev-02"_s));
        QCOMPARE(page()->overviewValue(u"Guest agent"_s), u"the VM is not running"_s);
        QCOMPARE(page()->overviewValue(u"Host"_s), u"not scheduled"_s);
        QCOMPARE(page()->overviewValue(u"Hostname"_s), QString()); // no row without an agent
        QVERIFY(page()->showTab(u"YAML"_s));
        const QString kubectl = kubectlYaml(u"staging"_s, u"ubuntu-dev-02"_s);
        const QStringList ours = page()->yaml()->toPlainText().split(u'\n'), theirs = kubectl.split(u'\n');
        for (qsizetype i = 0; i < qMin(ours.size(), theirs.size()); ++i)
            QCOMPARE(ours[i], theirs[i]); // the first line that differs, not a wall of text
        QCOMPARE(ours.size(), theirs.size());
        QTest::mouseClick(page()->copyYamlButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), kubectl);
        shoot(u"vmpage-yaml.png"_s);
        QVERIFY(page()->showTab(u"Overview"_s));
    }

    void aGuestWithoutAnAgent()
    {
        QVERIFY(open(u"staging/win11-qa-02"_s)); // no virtio-win guest tools installed (the demo scenario)
        const QString agent = page()->overviewValue(u"Guest agent"_s);
        QVERIFY2(agent.startsWith(u"not connected"_s) && agent.contains(u"VMI does not have guest agent connected"_s), qPrintable(agent));
        QCOMPARE(page()->overviewValue(u"Hostname"_s), QString());
        QCOMPARE(page()->filesystems()->rowCount(), 0);
        QVERIFY(!page()->overviewValue(u"Host"_s).isEmpty());
        shoot(u"vmpage-noagent.png"_s);
    }

    void severalSelectedShowNone()
    {
        QVERIFY(m_sw.select(u"prod/shop-web-01"_s));
        QTableView *t = parts::vmTable(*win());
        const QModelIndex other = parts::tableIndexOf(*win(), u"prod/shop-web-02"_s);
        t->scrollTo(other);
        QTest::mouseClick(t->viewport(), Qt::LeftButton, Qt::ControlModifier, t->visualRect(other).center());
        QCOMPARE(parts::targets(*win()).size(), 2);
        QVERIFY(!parts::vmDetailsAction(*win())->isEnabled());
        QCOMPARE(page()->vmKey(), QString());
        QVERIFY(page()->header()->text().contains(u"Select one VM"_s));
    }
};

QTEST_MAIN(TestVmPage)
#include "test_vmpage.moc"
