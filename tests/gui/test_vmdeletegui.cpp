// VM ▸ Delete… against the real drover-sim, as a user does it: select a VM, press Del, untick its
// disk to keep it, Delete — the VM goes, the disk stays (its DataVolume and claim, owned by no
// VM) and the banner says so; two VMs with the defaults take their disks along; a VM deleted
// by someone else while the dialog is open fails in words and the dialog stays open with the
// other choices as they were. Screenshots of the dialog, before and after a failure.
#include "MessageBanner.h"
#include "SimWindow.h"
#include "TaskLog.h"
#include "VmDeleteDialog.h"
#include "WindowParts.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace drover;
using namespace Qt::StringLiterals;
using ui::VmDeleteDialog;
using R = kube::ApiResource;

class TestVmDeleteGui : public QObject
{
    Q_OBJECT
private:
    test::SimWindow m_sw;
    ui::MainWindow *win() const { return m_sw.win.get(); }

    void shoot(QWidget *w, const QString &name) { QVERIFY(test::shoot(w, QStringLiteral(DROVER_SCREENSHOT_DIR), name)); }
    QJsonObject fetch(const R &r, const QString &ns, const QString &name) { return m_sw.fetch(r, ns, name); }
    VmDeleteDialog *openedDialog() { return m_sw.openedDialog<VmDeleteDialog>(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sw.start()); }
    // A dialog a failed case left open must not stand in for the next one's.
    void cleanup()
    {
        for (VmDeleteDialog *d : win()->findChildren<VmDeleteDialog *>())
            delete d;
    }
    void cleanupTestCase() { m_sw.stop(); }

    void deleteKeepingItsDisk()
    {
        const QString key = u"prod/shop-web-04"_s;
        QVERIFY(m_sw.select(key));
        QVERIFY(parts::deleteAction(*win())->isEnabled());
        QTest::keyClick(parts::vmTable(*win()), Qt::Key_Delete);
        VmDeleteDialog *d = openedDialog();
        QVERIFY(d);
        QTreeWidgetItem *root = d->diskItem(key, u"rootdisk"_s);
        QVERIFY(root);
        QCOMPARE(root->checkState(VmDeleteDialog::Name), Qt::Checked); // its own disk goes by default
        QCOMPARE(root->text(VmDeleteDialog::Claim), u"shop-web-04-root"_s);
        QCOMPARE(root->text(VmDeleteDialog::Size), u"30Gi"_s);
        QVERIFY(!root->text(VmDeleteDialog::StorageClass).isEmpty());
        QCOMPARE(root->text(VmDeleteDialog::Phase), u"Succeeded"_s);
        QVERIFY(d->tree()->topLevelItem(0)->text(VmDeleteDialog::Note).contains(u"Running"_s));
        root->setCheckState(VmDeleteDialog::Name, Qt::Unchecked);
        shoot(d, u"vm-delete-dialog.png"_s);
        QTest::mouseClick(d->deleteButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!win()->findChild<VmDeleteDialog *>(), 20000); // closed when done
        QTRY_VERIFY_WITH_TIMEOUT(parts::vmModel(*win())->rowOf(key) < 0, 20000);
        QVERIFY2(parts::actionBanner(*win())->text().contains(u"kept: shop-web-04-root"_s), qPrintable(parts::actionBanner(*win())->text()));
        const QTreeWidgetItem *task = win()->findChild<ui::TaskLog *>()->topLevelItem(0); // and Recent Tasks
        QVERIFY(task);
        QCOMPARE(task->text(1), u"Delete"_s);
        QCOMPARE(task->text(2), key);
        QVERIFY2(task->text(3).contains(u"kept: shop-web-04-root"_s), qPrintable(task->text(3)));
        const QJsonObject dv = fetch(R::dataVolumes(), u"prod"_s, u"shop-web-04-root"_s);
        QVERIFY(!dv.isEmpty());
        QVERIFY(dv.value("metadata"_L1).toObject().value("ownerReferences"_L1).toArray().isEmpty());
        QVERIFY(!fetch(R::persistentVolumeClaims(), u"prod"_s, u"shop-web-04-root"_s).isEmpty());
    }

    // Del in the filter field deletes a character, not the selected VM.
    void delInTheFilterEditsText()
    {
        QVERIFY(m_sw.select(u"prod/shop-web-03"_s));
        QLineEdit *filter = parts::filterEdit(*win());
        filter->setFocus();
        QTest::keyClicks(filter, u"web-03"_s); // the selected VM stays listed and selected
        QTest::keyClick(filter, Qt::Key_Home);
        QTRY_VERIFY(parts::deleteAction(*win())->isEnabled()); // Del would reach it, were it not for the field
        QTest::keyClick(filter, Qt::Key_Delete);
        QCOMPARE(filter->text(), u"eb-03"_s);
        QVERIFY(!win()->findChild<VmDeleteDialog *>());
        filter->clear();
    }

    void deleteTwoWithTheDefaults()
    {
        const QStringList keys{u"staging/shop-web-stg-01"_s, u"staging/shop-web-stg-02"_s};
        win()->openDelete(keys);
        VmDeleteDialog *d = openedDialog();
        QVERIFY(d);
        QCOMPARE(d->tree()->topLevelItemCount(), 2);
        QVERIFY2(d->deleteButton()->text().startsWith(u"Delete 2 VM"_s), qPrintable(d->deleteButton()->text()));
        QTest::mouseClick(d->deleteButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!win()->findChild<VmDeleteDialog *>(), 20000);
        for (const QString &k : keys) {
            QTRY_VERIFY_WITH_TIMEOUT(parts::vmModel(*win())->rowOf(k) < 0, 20000);
            const QString disk = k.section(u'/', 1) + u"-root"_s;
            QTRY_VERIFY_WITH_TIMEOUT(fetch(R::persistentVolumeClaims(), u"staging"_s, disk).isEmpty(), 20000);
        }
    }

    void vmGoneMeanwhileFailsInWords()
    {
        const QString gone = u"prod/kafka-01"_s, other = u"prod/kafka-02"_s;
        win()->openDelete({gone, other});
        VmDeleteDialog *d = openedDialog();
        QVERIFY(d);
        QTreeWidgetItem *otherDisk = d->diskItem(other, u"rootdisk"_s);
        QVERIFY(otherDisk);
        otherDisk->setCheckState(VmDeleteDialog::Name, Qt::Unchecked);
        // Someone else deletes one of them while the dialog is open.
        std::optional<kube::Response> answer;
        QObject ctx;
        win()->connection()->client()->remove(R::virtualMachines(), u"prod"_s, u"kafka-01"_s, &ctx,
                                              [&answer](const kube::Response &r) { answer = r; });
        QTRY_VERIFY(answer && answer->ok());
        QTest::mouseClick(d->deleteButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d->statusLabel()->text().isEmpty(), 20000);
        QVERIFY(d->isVisible()); // stays open: the failure is read where it happened
        QVERIFY2(d->statusLabel()->text().contains(u"prod/kafka-01 was not deleted"_s), qPrintable(d->statusLabel()->text()));
        QVERIFY2(d->statusLabel()->text().contains(u"someone else deleted it"_s), qPrintable(d->statusLabel()->text()));
        // The other VM went as chosen: its disk kept.
        QTRY_VERIFY_WITH_TIMEOUT(parts::vmModel(*win())->rowOf(other) < 0, 20000);
        QVERIFY(!fetch(R::persistentVolumeClaims(), u"prod"_s, u"kafka-02-root"_s).isEmpty());
        QVERIFY(!d->deleteButton()->isEnabled()); // nothing left to delete: both are gone
        shoot(d, u"vm-delete-failed.png"_s);
        d->close();
    }
};

QTEST_MAIN(TestVmDeleteGui)
#include "test_vmdeletegui.moc"
