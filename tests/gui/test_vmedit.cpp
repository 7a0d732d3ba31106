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
#include "WindowParts.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
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
    ui::VmEditDialog *openDialog(const QString &key = kVm)
    {
        if (!QTest::qWaitFor([&] { return parts::tableIndexOf(*win(), key).isValid(); }, 10000) || !m_sw.select(key))
            return nullptr;
        QTest::keyClick(parts::vmTable(*win()), Qt::Key_E, Qt::ControlModifier);
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
    QJsonObject vm(const QString &key = kVm) { return m_sw.fetch(R::virtualMachines(), u"prod"_s, key.section(u'/', 1)); }
    // A stopped VM of the given instancetype in prod, made as another admin would.
    bool createVm(const QString &name, const QString &instancetype)
    {
        const QJsonObject body = QJsonDocument::fromJson(QString::fromUtf8(R"json({"apiVersion":"kubevirt.io/v1","kind":"VirtualMachine",
"metadata":{"name":"%1","namespace":"prod"},"spec":{"runStrategy":"Halted","instancetype":{"name":"%2"},
"template":{"spec":{"domain":{"devices":{"disks":[{"name":"rootdisk","disk":{"bus":"virtio"}}]}},
"volumes":[{"name":"rootdisk","containerDisk":{"image":"quay.io/containerdisks/fedora:latest"}}]}}}})json")
                                                     .arg(name, instancetype).toUtf8()).object();
        std::optional<kube::Response> done;
        QObject ctx;
        win()->connection()->client()->create(R::virtualMachines(), u"prod"_s, body, &ctx, [&done](const kube::Response &r) { done = r; });
        return QTest::qWaitFor([&done] { return done.has_value(); }, 10000) && done->ok();
    }
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
        ui::VmPage *page = parts::vmPage(*win());
        QTRY_VERIFY(page->pendingLabel()->isVisible());
        QVERIFY2(page->pendingLabel()->text().startsWith(u"Restart required"_s), qPrintable(page->pendingLabel()->text()));
        QVERIFY(page->restartButton()->isVisible());
        QTest::keySequence(win(), QKeySequence(Qt::ALT | Qt::Key_Return)); // VM ▸ Details
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->vmKey(), kVm);
        shoot(parts::vmDock(*win()), u"vmedit-restart-required.png"_s);
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
        ui::VmPage *page = parts::vmPage(*win());
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

    // Annotations the user did not touch are never sent, byte for byte (kubectl's
    // last-applied-configuration ends in a newline; a value may span lines); and a dialog that is
    // saving cannot be closed under its save.
    void untouchedAnnotationsAndNoCloseWhileSaving()
    {
        std::optional<kube::Response> done;
        QObject ctx;
        win()->connection()->client()->patch(
            R::virtualMachines(), u"prod"_s, kVm.section(u'/', 1), kube::PatchType::Merge,
            QJsonDocument(QJsonObject{{u"metadata"_s,
                                       QJsonObject{{u"annotations"_s,
                                                    QJsonObject{{u"kubectl.kubernetes.io/last-applied-configuration"_s,
                                                                 u"{\"kind\":\"VirtualMachine\"}\n"_s},
                                                                {u"note"_s, u"  two\nlines "_s}}}}}})
                .toJson(QJsonDocument::Compact),
            &ctx, [&done](const kube::Response &r) { done = r; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(done->ok());
        const QJsonObject before = at(vm(), u"metadata.annotations"_s).toObject();

        ui::VmEditDialog *d = openDialog();
        QVERIFY(d);
        const QString shown = d->findChild<QPlainTextEdit *>(u"vmEditAnnotations"_s)->toPlainText();
        QVERIFY2(shown.contains(u"two\\nlines"_s), qPrintable(shown)); // one line each, the newline as \n
        d->descriptionEdit()->setText(u"shop front end"_s);
        QCOMPARE(d->planLines().size(), 1);
        QVERIFY2(d->planLines().first().startsWith(u"Description:"_s), qPrintable(d->planLines().join(u'\n')));

        QPointer<ui::VmEditDialog> p(d);
        d->saveButton()->click();
        QTest::keyClick(d, Qt::Key_Escape); // refused while the save is under way
        d->reject();
        QVERIFY(p && p->isVisible());
        QVERIFY(QTest::qWaitFor([&p] { return !p || !p->isVisible(); }, 15000));
        const QJsonObject after = at(vm(), u"metadata.annotations"_s).toObject();
        QCOMPARE(after.value("description"_L1).toString(), u"shop front end"_s);
        for (const QString &k : {u"kubectl.kubernetes.io/last-applied-configuration"_s, u"note"_s})
            QCOMPARE(after.value(k), before.value(k));
    }

    // From an instancetype to a custom size: the instancetype's own size to start from; no Save
    // while the memory is not a quantity. A VM whose instancetype the catalogue lacks keeps it.
    void customSizeFromAnInstancetype()
    {
        QVERIFY(createVm(u"sized"_s, u"u1.medium"_s));
        ui::VmEditDialog *d = openDialog(u"prod/sized"_s);
        QVERIFY(d);
        QCOMPARE(d->instancetypeBox()->currentData().toString(), u"u1.medium"_s);
        d->tabs()->setCurrentIndex(1);
        d->customSizeButton()->click();
        QCOMPARE(d->socketsBox()->value(), 1); // u1.medium: 1 vCPU, 4Gi
        QCOMPARE(d->memoryEdit()->text(), u"4Gi"_s);
        QVERIFY(d->saveButton()->isEnabled()); // instancetype → custom is a change
        d->memoryEdit()->setText(u"4 gigs"_s);
        QVERIFY(!d->saveButton()->isEnabled());
        d->memoryEdit()->clear();
        QVERIFY(!d->saveButton()->isEnabled());
        d->memoryEdit()->setText(u"6Gi"_s);
        QVERIFY(d->saveButton()->isEnabled());
        shoot(d, u"vmedit-custom-size.png"_s);
        QVERIFY(saveAndClose(d));
        const QJsonObject saved = vm(u"prod/sized"_s);
        QVERIFY(!at(saved, u"spec"_s).toObject().contains("instancetype"_L1));
        QCOMPARE(at(saved, u"spec.template.spec.domain.memory.guest"_s).toString(), u"6Gi"_s);
        QCOMPARE(at(saved, u"spec.template.spec.domain.cpu.sockets"_s).toInt(), 1);

        QVERIFY(createVm(u"unlisted"_s, u"x9.private"_s));
        d = openDialog(u"prod/unlisted"_s);
        QVERIFY(d);
        QCOMPARE(d->instancetypeBox()->currentData().toString(), u"x9.private"_s);
        QVERIFY(!d->customSizeButton()->isChecked());
        QVERIFY(!d->saveButton()->isEnabled()); // nothing changed: no swap, no preference dropped
        d->reject();
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
