// VM ▸ New VM… against the real drover-sim, as a new user meets it: Ctrl+N, the defaults the
// cluster's catalogue gives (the default virt StorageClass, the golden image's instancetype and
// preference, the pod network), an SSH key, the exact YAML on Review, Create: the VM is selected
// and its page shown; its Secret and DataVolume exist owned by it; it runs and the page shows the
// guest's IP; kubectl reads back what Review showed (plus only what the cluster adds). A spec
// KubeVirt's webhook refuses lands on its page with nothing typed lost; a URL CDI cannot fetch
// shows CDI's words on the Disks tab; RWO storage warns that the VM cannot live-migrate.
// Screenshots of every page, looked at.
#include "NewVmDialog.h"
#include "SimWindow.h"
#include "VmPage.h"
#include "WindowParts.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <yaml-cpp/yaml.h>

using namespace drover;
using namespace Qt::StringLiterals;
using R = kube::ApiResource;
using core::NewVmPage;

namespace {

const QString kKey = u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHd1cm92ZXIgdGVzdCBrZXkgbm90IHJlYWw= ops@desk"_s;

// Every scalar under want is also in got, at the same place: what the cluster added is allowed,
// nothing sent may be missing or changed.
bool contains(const YAML::Node &got, const YAML::Node &want, const QString &path, QString *why)
{
    if (want.IsMap()) {
        for (const auto &kv : want) {
            const std::string k = kv.first.as<std::string>();
            if (!got.IsMap() || !got[k])
                return *why = path + u'.' + QString::fromStdString(k) + u" is missing"_s, false;
            if (!contains(got[k], kv.second, path + u'.' + QString::fromStdString(k), why))
                return false;
        }
        return true;
    }
    if (want.IsSequence()) {
        if (!got.IsSequence() || got.size() != want.size())
            return *why = path + u" has another length"_s, false;
        for (std::size_t i = 0; i < want.size(); ++i)
            if (!contains(got[i], want[i], path + u'[' + QString::number(i) + u']', why))
                return false;
        return true;
    }
    if (want.IsScalar() && (!got.IsScalar() || got.Scalar() != want.Scalar()))
        return *why = path + u" differs"_s, false;
    return true;
}

} // namespace

class TestNewVm : public QObject
{
    Q_OBJECT
private:
    test::SimWindow m_sw;
    ui::MainWindow *win() const { return m_sw.win.get(); }

    void shoot(QWidget *w, const QString &name)
    {
        QCoreApplication::processEvents();
        QVERIFY(test::shoot(w, QStringLiteral(DROVER_SCREENSHOT_DIR), name));
    }
    ui::NewVmDialog *openDialog()
    {
        win()->activateWindow();
        if (!QTest::qWaitForWindowActive(win()))
            return nullptr;
        QTest::keySequence(win(), QKeySequence::New);
        ui::NewVmDialog *d = m_sw.openedDialog<ui::NewVmDialog>();
        return d && QTest::qWaitForWindowActive(d) ? d : nullptr;
    }
    QString kubectlVmYaml(const QString &ns, const QString &name)
    {
        QProcess p;
        p.start(QStandardPaths::findExecutable(u"kubectl"_s),
                {u"--kubeconfig"_s, m_sw.sim.kubeconfig(), u"get"_s, u"vm"_s, u"-n"_s, ns, name, u"-o"_s, u"yaml"_s});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            qFatal("kubectl get vm failed: %s", p.readAllStandardError().constData());
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    QString m_lastStatus;
    // The dialog closed (the VM exists); else what it says, in m_lastStatus.
    bool closed(ui::NewVmDialog *d)
    {
        QPointer<ui::NewVmDialog> p(d);
        const bool gone = QTest::qWaitFor([&p] { return !p; }, 15000);
        m_lastStatus = p ? p->statusLabel()->text() + u" | "_s + p->problemsOn(p->currentPage()) : QString();
        return gone;
    }
    static QJsonObject ownerOf(const QJsonObject &obj)
    {
        return obj["metadata"_L1]["ownerReferences"_L1].toArray().first().toObject();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sw.start(u"0.05"_s)); }
    void cleanupTestCase() { m_sw.stop(); }

    void fromAGoldenImageWithAKey()
    {
        QVERIFY(m_sw.select(u"prod/shop-web-01"_s)); // the dialog opens in the selected VM's namespace
        ui::NewVmDialog *d = openDialog();
        QVERIFY(d);
        QCOMPARE(d->namespaceBox()->currentText(), u"prod"_s);
        QCOMPARE(d->currentPage(), NewVmPage::Basics);
        QVERIFY(d->choices().notes.isEmpty());
        shoot(d, u"newvm-basics.png"_s);

        // Defaults: the first golden image, named after it; the default virt class; its instancetype.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(d->currentPage(), NewVmPage::Disks); // a mnemonic clicks as animateClick(): a moment later
        QCOMPARE(d->imageBox()->currentData().toString(), u"kubevirt-os-images/centos-stream9"_s);
        d->imageBox()->setCurrentIndex(d->imageBox()->findData(u"kubevirt-os-images/fedora"_s));
        QCOMPARE(d->nameEdit()->text(), u"fedora-vm"_s);
        QCOMPARE(d->storageClassBox()->currentData().toString(), u"ceph-block"_s);
        QVERIFY(d->migrationWarning()->isHidden());
        shoot(d, u"newvm-disks.png"_s);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(d->currentPage(), NewVmPage::Size);
        QVERIFY(d->instancetypeTree()->currentItem());
        QCOMPARE(d->instancetypeTree()->currentItem()->text(0), u"u1.medium"_s);
        QCOMPARE(d->preferenceBox()->currentData().toString(), u"fedora"_s);
        shoot(d, u"newvm-size.png"_s);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(d->currentPage(), NewVmPage::Networks);
        QCOMPARE(d->nicTree()->topLevelItemCount(), 1);
        QVERIFY(d->nadBox()->findData(u"vlan-100"_s) > 0); // the namespace's Multus networks
        shoot(d, u"newvm-networks.png"_s);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(d->currentPage(), NewVmPage::FirstBoot);
        QTest::keyClicks(d->sshKeysEdit(), kKey);
        shoot(d, u"newvm-firstboot.png"_s);

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(d->currentPage(), NewVmPage::Review);
        const QString review = d->reviewYaml();
        QVERIFY(review.contains(u"runStrategy: RerunOnFailure"_s));
        QVERIFY(review.contains(u"secretName: fedora-vm-ssh-key"_s));
        shoot(d, u"newvm-review.png"_s);

        QVERIFY(d->createButton()->isEnabled());
        QTest::mouseClick(d->createButton(), Qt::LeftButton);
        QVERIFY2(closed(d), qPrintable(m_lastStatus));

        // Selected, its page shown.
        QTRY_COMPARE_WITH_TIMEOUT(parts::targets(*win()), QStringList{u"prod/fedora-vm"_s}, 10000);
        QVERIFY(parts::vmDock(*win())->isVisible());
        QCOMPARE(parts::vmPage(*win())->vmKey(), u"prod/fedora-vm"_s);

        const QJsonObject vm = m_sw.fetch(R::virtualMachines(), u"prod"_s, u"fedora-vm"_s);
        const QString uid = vm["metadata"_L1]["uid"_L1].toString();
        const QJsonObject secret = m_sw.fetch(R::secrets(), u"prod"_s, u"fedora-vm-ssh-key"_s);
        QCOMPARE(ownerOf(secret)["uid"_L1].toString(), uid);
        const QJsonObject dv = m_sw.fetch(R::dataVolumes(), u"prod"_s, u"fedora-vm-rootdisk"_s);
        QCOMPARE(ownerOf(dv)["uid"_L1].toString(), uid);
        QCOMPARE(ownerOf(dv)["controller"_L1].toBool(), true);

        // kubectl reads back every field Review showed; the cluster only adds.
        const YAML::Node sent = YAML::Load(review.section(u"---\n"_s, 0, 0).toStdString());
        const YAML::Node got = YAML::Load(kubectlVmYaml(u"prod"_s, u"fedora-vm"_s).toStdString());
        QString why;
        QVERIFY2(contains(got, sent, u""_s, &why), qPrintable(why));

        // The clone runs, the VM starts, the page shows the guest's address.
        QTRY_VERIFY_WITH_TIMEOUT(parts::vmPage(*win())->overviewValue(u"Status"_s) == u"Running"_s, 30000);
        const QJsonObject vmi = m_sw.fetch(R::virtualMachineInstances(), u"prod"_s, u"fedora-vm"_s);
        const QString ip = vmi["status"_L1]["interfaces"_L1].toArray().first().toObject()["ipAddress"_L1].toString();
        QVERIFY(!ip.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(parts::vmPage(*win())->overviewValue(u"IP addresses"_s).contains(ip), 10000);
        shoot(win(), u"newvm-created.png"_s);
    }

    // Windows 11 wants 2 vCPUs and 4Gi (its preference's requirements): KubeVirt's webhook refuses
    // a 1-socket VM, and the refusal lands on Size with everything typed still there.
    void aRefusalLandsOnItsPage()
    {
        ui::NewVmDialog *d = openDialog();
        QVERIFY(d);
        d->nameEdit()->setText(u"win-small"_s);
        d->bootSourceBox()->setCurrentIndex(5); // blank disk + installer ISO
        d->isoUrlEdit()->setText(u"https://images.example/win11.iso"_s);
        d->showPage(NewVmPage::Size);
        d->customSizeButton()->setChecked(true);
        d->memoryEdit()->setText(u"2Gi"_s);
        d->preferenceBox()->setCurrentIndex(d->preferenceBox()->findData(u"windows.11"_s));
        d->showPage(NewVmPage::Review);
        QTest::mouseClick(d->createButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(d->currentPage(), NewVmPage::Size, 10000);
        QVERIFY2(d->problemsOn(NewVmPage::Size).contains(u"insufficient CPU resources"_s), qPrintable(d->problemsOn(NewVmPage::Size)));
        QCOMPARE(d->nameEdit()->text(), u"win-small"_s);
        QCOMPARE(d->memoryEdit()->text(), u"2Gi"_s);
        shoot(d, u"newvm-refused.png"_s);
        QVERIFY(m_sw.fetch(R::virtualMachines(), u"prod"_s, u"win-small"_s).isEmpty());

        // Mended where it was said: two sockets and 4Gi pass.
        d->socketsBox()->setValue(2);
        d->memoryEdit()->setText(u"4Gi"_s);
        d->showPage(NewVmPage::Review);
        QTest::mouseClick(d->createButton(), Qt::LeftButton);
        QVERIFY2(closed(d), qPrintable(m_lastStatus));
        QVERIFY(!m_sw.fetch(R::virtualMachines(), u"prod"_s, u"win-small"_s).isEmpty());
    }

    // An import CDI cannot fetch: the VM exists, and its Disks tab says CDI's words.
    void aFailedImportSaysWhy()
    {
        ui::NewVmDialog *d = openDialog();
        QVERIFY(d);
        d->nameEdit()->setText(u"broken-import"_s);
        d->bootSourceBox()->setCurrentIndex(1); // URL
        d->bootRefEdit()->setText(u"https://images.example/gone/404"_s);
        d->showPage(NewVmPage::Disks);
        d->storageClassBox()->setCurrentIndex(d->storageClassBox()->findData(u"local-nvme"_s));
        QVERIFY(d->migrationWarning()->isVisible()); // RWO: it cannot live-migrate
        QVERIFY(d->migrationWarning()->text().contains(u"cannot live-migrate"_s));
        shoot(d, u"newvm-rwo.png"_s);
        d->showPage(NewVmPage::Review);
        QTest::mouseClick(d->createButton(), Qt::LeftButton);
        QVERIFY2(closed(d), qPrintable(m_lastStatus));
        QTRY_COMPARE_WITH_TIMEOUT(parts::vmPage(*win())->vmKey(), u"prod/broken-import"_s, 10000);
        QVERIFY(parts::vmPage(*win())->showTab(u"Disks"_s));
        QTRY_VERIFY_WITH_TIMEOUT(parts::vmPage(*win())->disks()->rowCount() == 1 &&
                                     parts::vmPage(*win())->disks()->item(0, 7)->toolTip().contains(u"got 404"_s),
                                 30000);
        shoot(win(), u"newvm-import-failed.png"_s);
    }
};

QTEST_MAIN(TestNewVm)
#include "test_newvm.moc"
