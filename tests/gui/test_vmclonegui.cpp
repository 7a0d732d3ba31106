// VM ▸ Clone… against the real drover-sim, as a user does it: select a stopped VM, press
// Ctrl+Shift+D, the dialog proposes "<name>-clone"; a bad name and a bad MAC are said in words
// and Clone stays greyed while they are there; a name taken by another VM is refused by the
// workflow with the dialog still open and everything typed still there; then Clone with a new
// MAC: the phases show, the dialog closes, the banner says so and the new VM is in the table.
// A running VM on local NVMe cannot be cloned (no snapshots there): KubeVirt's words, dialog open.
// Screenshots: the dialog as opened, with a refusal, while KubeVirt works, and KubeVirt's refusal.
#include "MessageBanner.h"
#include "SimWindow.h"
#include "TaskLog.h"
#include "VmCloneDialog.h"
#include "WindowParts.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace drover;
using namespace Qt::StringLiterals;
using ui::VmCloneDialog;

class TestVmCloneGui : public QObject
{
    Q_OBJECT
private:
    test::SimWindow m_sw;
    ui::MainWindow *win() const { return m_sw.win.get(); }

    void shoot(QWidget *w, const QString &name) { QVERIFY(test::shoot(w, QStringLiteral(DROVER_SCREENSHOT_DIR), name)); }
    static void retype(QLineEdit *e, const QString &text)
    {
        e->setFocus();
        e->selectAll();
        QTest::keyClick(e, Qt::Key_Backspace);
        QTest::keyClicks(e, text);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sw.start()); }
    void cleanupTestCase() { m_sw.stop(); }

    void cloneWithTheKeyboard()
    {
        const QString source = u"staging/ubuntu-dev-02"_s;
        QVERIFY(m_sw.select(source));
        QVERIFY(parts::cloneAction(*win())->isEnabled());
        QTest::keySequence(win(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        VmCloneDialog *d = m_sw.openedDialog<VmCloneDialog>();
        QVERIFY(d);
        QCOMPARE(d->nameEdit()->text(), u"ubuntu-dev-02-clone"_s);
        QVERIFY(d->cloneButton()->isEnabled());
        QVERIFY(!d->startBox()->isChecked());
        QCOMPARE(d->interfaces()->topLevelItemCount(), 1);
        shoot(d, u"clone-dialog.png"_s);

        // Typing something wrong says what is wrong, and Clone waits for a fix.
        retype(d->nameEdit(), u"Shop Copy"_s);
        QVERIFY(!d->cloneButton()->isEnabled());
        QVERIFY2(d->statusLabel()->text().contains(u"not a valid VM name"_s), qPrintable(d->statusLabel()->text()));
        retype(d->nameEdit(), u"ubuntu-dev-01"_s);
        QLineEdit *mac = d->macEdit(u"default"_s);
        QVERIFY(mac);
        QTest::keyClicks(mac, u"02:00:00:ab:cd"_s);
        QVERIFY(!d->cloneButton()->isEnabled());
        QVERIFY(d->statusLabel()->text().contains(u"not a MAC address"_s));
        QTest::keyClicks(mac, u":07"_s);
        QTRY_VERIFY(d->cloneButton()->isEnabled());

        // A name another VM has: refused in words, nothing typed is lost.
        QTest::mouseClick(d->cloneButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d->statusLabel()->text().contains(u"A VM named ubuntu-dev-01 already exists in staging."_s), 10000);
        QVERIFY(d->isVisible());
        QCOMPARE(mac->text(), u"02:00:00:ab:cd:07"_s);
        QCOMPARE(d->nameEdit()->text(), u"ubuntu-dev-01"_s);
        shoot(d, u"clone-refused.png"_s);

        retype(d->nameEdit(), u"ubuntu-dev-02-copy"_s);
        QTRY_VERIFY(d->cloneButton()->isEnabled());
        QTest::mouseClick(d->cloneButton(), Qt::LeftButton);
        QVERIFY(!d->nameEdit()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(d->statusLabel()->text().contains(u"snapshot"_s) || !d->isVisible(), 10000);
        if (d->isVisible())
            shoot(d, u"clone-working.png"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!win()->findChild<VmCloneDialog *>() || !win()->findChild<VmCloneDialog *>()->isVisible(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(parts::vmModel(*win())->rowOf(u"staging/ubuntu-dev-02-copy"_s) >= 0, 10000);
        const QString banner = parts::actionBanner(*win())->text();
        QVERIFY2(banner.contains(u"staging/ubuntu-dev-02 cloned to staging/ubuntu-dev-02-copy (stopped)."_s), qPrintable(banner));
        QTRY_COMPARE_WITH_TIMEOUT(win()->connection()->vms()->get(u"staging/ubuntu-dev-02-copy"_s)
                                      .value("spec"_L1).toObject().value("template"_L1).toObject().value("spec"_L1).toObject()
                                      .value("domain"_L1).toObject().value("devices"_L1).toObject().value("interfaces"_L1).toArray()
                                      .first().toObject().value("macAddress"_L1).toString(),
                                  u"02:00:00:ab:cd:07"_s, 10000);
        // Recent Tasks keeps the clone, with how it ended.
        const QTreeWidgetItem *task = win()->findChild<ui::TaskLog *>()->topLevelItem(0);
        QVERIFY(task);
        QCOMPARE(task->text(1), u"Clone"_s);
        QCOMPARE(task->text(2), u"staging/ubuntu-dev-02"_s);
        QVERIFY2(task->text(3).contains(u"cloned to staging/ubuntu-dev-02-copy"_s), qPrintable(task->text(3)));
        shoot(win(), u"clone-done.png"_s);
    }

    // A running VM: its MAC as the cluster gave it is shown; a clone that KubeVirt cannot make
    // (its disk on local NVMe has no snapshots) ends in words, the dialog stays open.
    void cloneThatKubeVirtRefuses()
    {
        QVERIFY(m_sw.select(u"prod/pg-archive-01"_s));
        parts::cloneAction(*win())->trigger();
        VmCloneDialog *d = m_sw.openedDialog<VmCloneDialog>();
        QVERIFY(d);
        QVERIFY2(d->interfaces()->topLevelItem(0)->text(2).endsWith(u"(given at start)"_s), qPrintable(d->interfaces()->topLevelItem(0)->text(2)));
        QTest::mouseClick(d->cloneButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d->statusLabel()->text().contains(u"does not support snapshots"_s), 20000);
        QVERIFY(d->isVisible());
        QVERIFY(d->cloneButton()->isEnabled());
        QCOMPARE(d->nameEdit()->text(), u"pg-archive-01-clone"_s);
        shoot(d, u"clone-kubevirt-refuses.png"_s);
        d->close();
    }
};

QTEST_MAIN(TestVmCloneGui)
#include "test_vmclonegui.moc"
