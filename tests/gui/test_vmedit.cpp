// VM ▸ Edit… against the real drover-sim, as a user meets it: Ctrl+E on a running VM; the
// description, a label and the boot order changed, the plan saying the boot order needs a restart
// before anything is sent; Save asks to restart, the VM carries KubeVirt's RestartRequired and
// the VM page says so with a Restart button that clears it. A socket added live (within
// maxSockets) is hot-plugged with no restart; too many sockets say why a restart is needed. A
// blank disk hot-plugged and removed again. A VM changed by someone else meanwhile is not
// overwritten: the dialog reloads it, says what changed, keeps what was typed, and saves on the
// second try. Screenshots looked at.
#include "JsonPath.h"
#include "SimWindow.h"
#include "VmEditDialog.h"
#include "VmPage.h"
#include "VmYamlDialog.h"

#include <QApplication>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace drover;
using namespace Qt::StringLiterals;
using R = kube::ApiResource;

namespace {

const QString kVm = u"prod/shop-web-02"_s;

QJsonValue at(const QJsonValue &root, const QString &path)
{
    return drover::test::jsonAt(root, path);
}

bool conditionTrue(const QJsonObject &obj, const QString &type)
{
    for (const QJsonValue &c : at(obj, u"status.conditions"_s).toArray())
        if (c[u"type"_s].toString() == type && c[u"status"_s].toString() == "True"_L1)
            return true;
    return false;
}

QJsonObject volumeStatus(const QJsonObject &vmi, const QString &name)
{
    for (const QJsonValue &v : at(vmi, u"status.volumeStatus"_s).toArray())
        if (v[u"name"_s].toString() == name)
            return v.toObject();
    return {};
}

} // namespace

class TestVmEdit : public QObject
{
    Q_OBJECT
    test::SimWindow m_sw;
    ui::MainWindow *win() const { return m_sw.win.get(); }
    QString m_question; // the last restart question asked

    void shoot(QWidget *w, const QString &name)
    {
        QCoreApplication::processEvents();
        QVERIFY(test::shoot(w, QStringLiteral(DROVER_SCREENSHOT_DIR), name));
    }
    ui::VmEditDialog *openDialog()
    {
        if (!m_sw.select(kVm))
            return nullptr;
        QTest::keyClick(win()->vmTable(), Qt::Key_E, Qt::ControlModifier);
        return m_sw.openedDialog<ui::VmEditDialog>();
    }
    // Answers the next message box with `button`, remembering its text.
    void answerNext(QMessageBox::StandardButton button)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(50);
        connect(timer, &QTimer::timeout, this, [this, timer, button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                m_question = box->text();
                timer->deleteLater();
                box->button(button)->click();
            }
        });
        timer->start();
    }
    bool saveAndClose(ui::VmEditDialog *d)
    {
        QPointer<ui::VmEditDialog> p(d);
        d->saveButton()->click();
        const bool gone = QTest::qWaitFor([&p] { return !p || !p->isVisible(); }, 15000);
        if (!gone)
            qWarning("still open: %s", qPrintable(p->statusLabel()->text()));
        return gone;
    }
    QJsonObject vm() { return m_sw.fetch(R::virtualMachines(), u"prod"_s, kVm.section(u'/', 1)); }
    QJsonObject vmi() { return m_sw.fetch(R::virtualMachineInstances(), u"prod"_s, kVm.section(u'/', 1)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sw.start(u"0.05"_s)); }
    void cleanupTestCase() { m_sw.stop(); }

    void metadataAndARestart()
    {
        ui::VmEditDialog *d = openDialog();
        QVERIFY(d);
        QVERIFY(d->source().live.running);
        shoot(d, u"vmedit-general.png"_s);
        d->descriptionEdit()->setText(u"shop front end, second node"_s);
        d->labelsEdit()->appendPlainText(u"env=prod"_s);
        d->tabs()->setCurrentIndex(2);
        QTableWidget *disks = d->diskTable();
        QCOMPARE(disks->item(1, 0)->text(), u"cloudinitdisk"_s);
        disks->item(1, 5)->setText(u"2"_s); // as typed into the Boot order cell
        const QStringList plan = d->planLines();
        QCOMPARE(plan.size(), 3);
        QVERIFY2(plan[0].startsWith(u"Description: "_s) && plan[0].contains(u"no restart"_s), qPrintable(plan[0]));
        QVERIFY2(plan[1].startsWith(u"Labels: "_s) && plan[1].contains(u"env=prod"_s), qPrintable(plan[1]));
        QVERIFY2(plan[2].startsWith(u"Boot order: rootdisk → rootdisk, cloudinitdisk — Restart needed"_s), qPrintable(plan[2]));
        shoot(d, u"vmedit-plan.png"_s);

        answerNext(QMessageBox::No);
        QVERIFY(saveAndClose(d));
        QVERIFY2(m_question.contains(u"Boot order"_s), qPrintable(m_question));
        const QJsonObject saved = vm();
        QCOMPARE(at(saved, u"metadata.annotations.description"_s).toString(), u"shop front end, second node"_s);
        QCOMPARE(at(saved, u"metadata.labels.env"_s).toString(), u"prod"_s);
        QCOMPARE(at(saved, u"spec.template.spec.domain.devices.disks.1.bootOrder"_s).toInt(), 2);

        // KubeVirt marks it; the VM page says so and offers the restart.
        QTRY_VERIFY_WITH_TIMEOUT(conditionTrue(vm(), u"RestartRequired"_s), 10000);
        ui::VmPage *page = win()->vmPage();
        QTRY_VERIFY(page->pendingLabel()->isVisible());
        QVERIFY2(page->pendingLabel()->text().startsWith(u"Restart required"_s), qPrintable(page->pendingLabel()->text()));
        QVERIFY(page->restartButton()->isVisible());
        QTest::keySequence(win(), QKeySequence(Qt::ALT | Qt::Key_Return)); // VM ▸ Details
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->vmKey(), kVm);
        shoot(win()->vmDock(), u"vmedit-restart-required.png"_s);
        page->restartButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!conditionTrue(vm(), u"RestartRequired"_s), 20000);
        QTRY_VERIFY(!page->pendingLabel()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(at(vmi(), u"status.phase"_s).toString(), u"Running"_s, 20000);
    }

    void aSocketLiveAndTooManySockets()
    {
        ui::VmEditDialog *d = openDialog();
        QVERIFY(d);
        const core::VmLiveContext live = d->source().live;
        QVERIFY(live.running);
        QVERIFY2(live.maxSockets >= 2, qPrintable(QString::number(live.maxSockets)));
        d->tabs()->setCurrentIndex(1);
        d->socketsBox()->setValue(live.maxSockets + 1);
        QVERIFY2(d->planLines().value(0).contains(u"Restart needed: more sockets than the running VM can take"_s),
                 qPrintable(d->planLines().join(u'\n')));
        d->socketsBox()->setValue(2);
        QVERIFY2(d->planLines().value(0).contains(u"Applied live"_s), qPrintable(d->planLines().join(u'\n')));
        shoot(d, u"vmedit-size.png"_s);
        QVERIFY(saveAndClose(d)); // no restart to ask for
        QVERIFY(!qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        QTRY_COMPARE_WITH_TIMEOUT(at(vmi(), u"status.currentCPUTopology.sockets"_s).toInt(), 2, 20000);
        QVERIFY(!conditionTrue(vm(), u"RestartRequired"_s));
    }

    void aDiskHotPluggedAndRemoved()
    {
        ui::VmEditDialog *d = openDialog();
        QVERIFY(d);
        core::VmEditDisk disk;
        disk.name = u"data-1"_s;
        disk.device = u"disk"_s;
        disk.bus = u"scsi"_s;
        disk.hotpluggable = true;
        disk.dataVolume = true;
        disk.claim = u"shop-web-02-data-1"_s;
        disk.size = u"2Gi"_s;
        d->tabs()->setCurrentIndex(2);
        d->addDisk(disk);
        QVERIFY2(d->planLines().value(0).contains(u"Plugged into the running VM"_s), qPrintable(d->planLines().join(u'\n')));
        shoot(d, u"vmedit-disk.png"_s);
        QVERIFY(saveAndClose(d));
        QTRY_COMPARE_WITH_TIMEOUT(volumeStatus(vmi(), u"data-1"_s).value("phase"_L1).toString(), u"Ready"_s, 20000);
        QVERIFY(!conditionTrue(vm(), u"RestartRequired"_s));

        d = openDialog();
        QVERIFY(d);
        d->tabs()->setCurrentIndex(2);
        QTableWidget *disks = d->diskTable();
        const QList<QTableWidgetItem *> row = disks->findItems(u"data-1"_s, Qt::MatchExactly);
        QCOMPARE(row.size(), 1);
        disks->selectRow(row.first()->row());
        QPushButton *remove = d->findChild<QPushButton *>(u"vmEditRemoveDisk"_s);
        QVERIFY(remove->isEnabled());
        remove->click();
        QVERIFY(saveAndClose(d));
        QTRY_VERIFY_WITH_TIMEOUT(volumeStatus(vmi(), u"data-1"_s).isEmpty(), 20000);
    }

    void aNicOnAMultusNetwork()
    {
        ui::VmEditDialog *d = openDialog();
        QVERIFY(d);
        d->tabs()->setCurrentIndex(3);
        d->addNic(u"vlan-100"_s);
        QCOMPARE(d->nicTable()->rowCount(), 2);
        QVERIFY2(d->planLines().value(0).startsWith(u"Network interfaces: default → default, nic-1 — Plugged into the running VM"_s),
                 qPrintable(d->planLines().join(u'\n')));
        shoot(d, u"vmedit-nic.png"_s);
        QVERIFY(saveAndClose(d));
        QTRY_COMPARE_WITH_TIMEOUT(at(vmi(), u"spec.domain.devices.interfaces"_s).toArray().size(), 2, 20000);
        QCOMPARE(at(vm(), u"spec.template.spec.networks.1.multus.networkName"_s).toString(), u"vlan-100"_s);
        QVERIFY(!conditionTrue(vm(), u"RestartRequired"_s));
    }

    void editYamlWithADiff()
    {
        QVERIFY(m_sw.select(kVm));
        QTest::keySequence(win(), QKeySequence(Qt::ALT | Qt::Key_Return));
        ui::VmPage *page = win()->vmPage();
        QTRY_COMPARE(page->vmKey(), kVm);
        QVERIFY(page->showTab(u"YAML"_s));
        page->editYamlButton()->click();
        ui::VmYamlDialog *d = m_sw.openedDialog<ui::VmYamlDialog>();
        QVERIFY(d);
        QVERIFY(!d->editor()->toPlainText().contains(u"managedFields"_s)); // as kubectl edit shows it
        const QString original = d->editor()->toPlainText();
        QVERIFY(original.contains(u"\n  labels:\n"_s)); // the VM's own (the template's are deeper)

        // A typo is named by line; nothing is sent.
        d->editor()->setPlainText(original + u"spec: [\n"_s);
        d->reviewButton()->click();
        QVERIFY2(d->statusLabel()->text().startsWith(u"This is not valid YAML: line"_s), qPrintable(d->statusLabel()->text()));
        QVERIFY(!d->reviewing());

        // KubeVirt's webhook refuses a run strategy it does not know: its words, the text kept.
        QString text = original;
        text.replace(u"runStrategy: Always"_s, u"runStrategy: Sometimes"_s);
        d->editor()->setPlainText(text);
        d->reviewButton()->click();
        QVERIFY(d->reviewing());
        QVERIFY(d->diffView()->toPlainText().contains(u"-  runStrategy: Always\n+  runStrategy: Sometimes"_s));
        d->saveButton()->click();
        QTRY_VERIFY(d->statusLabel()->text().contains(u"was not saved"_s));
        QVERIFY2(d->statusLabel()->text().contains(u"Sometimes"_s), qPrintable(d->statusLabel()->text()));
        QCOMPARE(d->editor()->toPlainText(), text);

        // A label added as text: the diff shows exactly that line, Save replaces the VM.
        text = original;
        const qsizetype where = text.indexOf(u"\n  labels:\n"_s) + 1;
        text.insert(where + qsizetype(strlen("  labels:\n")), u"    team: web\n"_s);
        d->editor()->setPlainText(text);
        d->reviewButton()->click();
        QVERIFY(d->reviewing());
        QVERIFY2(d->diffView()->toPlainText().contains(u"\n+    team: web\n"_s), qPrintable(d->diffView()->toPlainText()));
        QCOMPARE(d->diffView()->toPlainText().count(u"\n+"_s) + d->diffView()->toPlainText().count(u"\n-"_s), 1);
        shoot(d, u"vmedit-yaml-diff.png"_s);
        QPointer<ui::VmYamlDialog> p(d);
        d->saveButton()->click();
        QTRY_VERIFY(!p || !p->isVisible());
        QCOMPARE(at(vm(), u"metadata.labels.team"_s).toString(), u"web"_s);
    }

    void someoneElseChangedIt()
    {
        ui::VmEditDialog *d = openDialog();
        QVERIFY(d);
        d->labelsEdit()->appendPlainText(u"owner=ops"_s);
        // Meanwhile, another admin.
        std::optional<kube::Response> done;
        QObject ctx;
        win()->connection()->client()->patch(R::virtualMachines(), u"prod"_s, kVm.section(u'/', 1), kube::PatchType::Merge,
                                             R"json({"metadata":{"annotations":{"description":"changed by alice"}}})json", &ctx,
                                             [&done](const kube::Response &r) { done = r; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(done->ok());

        d->saveButton()->click();
        QTRY_VERIFY(d->statusLabel()->text().contains(u"changed by someone else"_s));
        QVERIFY2(d->statusLabel()->text().contains(u"Description"_s), qPrintable(d->statusLabel()->text()));
        QCOMPARE(d->descriptionEdit()->text(), u"changed by alice"_s); // the VM as it is now…
        QVERIFY(d->labelsEdit()->toPlainText().contains(u"owner=ops"_s)); // …with what was typed
        shoot(d, u"vmedit-conflict.png"_s);
        QVERIFY(saveAndClose(d));
        const QJsonObject saved = vm();
        QCOMPARE(at(saved, u"metadata.annotations.description"_s).toString(), u"changed by alice"_s);
        QCOMPARE(at(saved, u"metadata.labels.owner"_s).toString(), u"ops"_s);
    }
};

QTEST_MAIN(TestVmEdit)
#include "test_vmedit.moc"
