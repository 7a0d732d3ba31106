// A VM's snapshots against the real drover-sim: take one and see it become ready, restore it on
// a running VM (the dialog stops the VM first, then restores), a disk without snapshot support
// fails in words, and delete removes it; each snapshot's size, where its content says it.
#include "SimWindow.h"
#include "SnapshotDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QMessageBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace drover;
using ui::SnapshotDialog;

class TestSnapshotDialog : public QObject
{
    Q_OBJECT
private:
    test::SimWindow m_sw;
    ui::MainWindow *win() const { return m_sw.win.get(); }

    static QString cell(SnapshotDialog *d, const QString &snap, int col)
    {
        for (int r = 0; r < d->model()->rowCount(); ++r)
            if (d->model()->item(r, SnapshotDialog::Name)->text() == snap)
                return d->model()->item(r, col)->text();
        return QStringLiteral("<absent>");
    }
    QString printable(const QString &key) const
    {
        return win()->connection()->vms()->get(key).value(QStringLiteral("status")).toObject().value(QStringLiteral("printableStatus")).toString();
    }
    QString memoryOf(const QString &key) const
    {
        return win()->connection()->vms()->get(key).value(QStringLiteral("spec")).toObject().value(QStringLiteral("template")).toObject()
            .value(QStringLiteral("spec")).toObject().value(QStringLiteral("domain")).toObject().value(QStringLiteral("memory")).toObject()
            .value(QStringLiteral("guest")).toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sw.start()); }
    void cleanupTestCase() { m_sw.stop(); }

    void takeRestoreDelete()
    {
        const QString key = QStringLiteral("prod/shop-web-01");
        QTRY_COMPARE(printable(key), QStringLiteral("Running"));
        QCOMPARE(memoryOf(key), QStringLiteral("4Gi"));
        SnapshotDialog *d = win()->openSnapshots(key);
        QVERIFY(d && d->isVisible());
        QCOMPARE(win()->openSnapshots(key), d); // one window per VM
        d->take(QStringLiteral("before-upgrade"), QStringLiteral("before the 2.4 upgrade"));
        QTRY_COMPARE_WITH_TIMEOUT(cell(d, QStringLiteral("before-upgrade"), SnapshotDialog::Phase), QStringLiteral("Succeeded"), 15000);
        QCOMPARE(cell(d, QStringLiteral("before-upgrade"), SnapshotDialog::Ready), QStringLiteral("yes"));
        QCOMPARE(cell(d, QStringLiteral("before-upgrade"), SnapshotDialog::Description), QStringLiteral("before the 2.4 upgrade"));
        QVERIFY(cell(d, QStringLiteral("before-upgrade"), SnapshotDialog::Indications).contains(QStringLiteral("Online")));
        QVERIFY(!cell(d, QStringLiteral("before-upgrade"), SnapshotDialog::Created).isEmpty());
        // Its size, from the VirtualMachineSnapshotContent: the VM's one 30 Gi DataVolume.
        QTRY_COMPARE_WITH_TIMEOUT(cell(d, QStringLiteral("before-upgrade"), SnapshotDialog::Size), QStringLiteral("30.0 GiB"), 5000);

        // The VM changes after the snapshot (through the API, as another admin would).
        const QByteArray patch = R"({"spec":{"template":{"spec":{"domain":{"memory":{"guest":"8Gi"}}}}}})";
        bool patched = false;
        QObject ctx;
        win()->connection()->client()->patch(kube::ApiResource::virtualMachines(), QStringLiteral("prod"), QStringLiteral("shop-web-01"),
                                             kube::PatchType::Merge, patch, &ctx, [&](const kube::Response &r) { patched = r.ok(); });
        QTRY_VERIFY(patched);
        QTRY_COMPARE(memoryOf(key), QStringLiteral("8Gi"));

        // Restore while it runs: the dialog asks to stop it first, stops it, then restores.
        bool asked = false;
        QTimer::singleShot(200, this, [&] {
            auto *box = d->findChild<QMessageBox *>(QStringLiteral("restoreConfirmation"));
            if (!box)
                return;
            asked = box->text().contains(QStringLiteral("must be stopped"));
            QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
            box->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/snapshot-restore-confirm.png"));
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
        });
        d->restore(QStringLiteral("before-upgrade"));
        QVERIFY(asked);
        QTRY_VERIFY_WITH_TIMEOUT(d->statusLabel()->text().contains(QStringLiteral("is restored to before-upgrade")), 20000);
        QCOMPARE(printable(key), QStringLiteral("Stopped"));
        QTRY_COMPARE(memoryOf(key), QStringLiteral("4Gi"));
        QVERIFY(d->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/snapshot-dialog.png")));

        d->setConfirm(false);
        d->remove(QStringLiteral("before-upgrade"));
        QTRY_COMPARE(cell(d, QStringLiteral("before-upgrade"), SnapshotDialog::Name), QStringLiteral("<absent>"));
        d->close();
    }

    void sizeWhereKnown_data()
    {
        QTest::addColumn<QString>("vm");
        QTest::addColumn<QString>("size");
        QTest::newRow("Windows: an 80 Gi DataVolume") << QStringLiteral("ci/build-win-02") << QStringLiteral("80.0 GiB");
        // A container disk and cloud-init only: the snapshot succeeds and holds no volume, so no size.
        QTest::newRow("no persistent volume") << QStringLiteral("ci/gh-runner-01") << QStringLiteral("—");
    }
    void sizeWhereKnown()
    {
        QFETCH(QString, vm);
        QFETCH(QString, size);
        SnapshotDialog *d = win()->openSnapshots(vm);
        QVERIFY(d);
        const QString snap = QStringLiteral("sized");
        d->take(snap, {});
        QTRY_COMPARE_WITH_TIMEOUT(cell(d, snap, SnapshotDialog::Phase), QStringLiteral("Succeeded"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(d, snap, SnapshotDialog::Size), size, 5000);
        if (size == QStringLiteral("—")) { // and stays so once the content, with no volume backup, was read
            const QString ns = vm.section(QLatin1Char('/'), 0, 0);
            const QString content = win()->connection()->snapshots()->get(ns + QLatin1Char('/') + snap).value(QStringLiteral("status")).toObject()
                                        .value(QStringLiteral("virtualMachineSnapshotContentName")).toString();
            QVERIFY(!content.isEmpty());
            int backups = -1;
            QObject ctx;
            win()->connection()->client()->get(kube::ApiResource::snapshotContents(), ns, content, &ctx, [&](const kube::Response &r) {
                backups = r.ok() ? int(r.object.value(QStringLiteral("spec")).toObject().value(QStringLiteral("volumeBackups")).toArray().size()) : -2;
            });
            QTRY_COMPARE(backups, 0);
            QTest::qWait(300);
            QCOMPARE(cell(d, snap, SnapshotDialog::Size), size);
        }
        d->setConfirm(false);
        d->remove(snap);
        QTRY_COMPARE(cell(d, snap, SnapshotDialog::Name), QStringLiteral("<absent>"));
        d->close();
    }

    void unsupportedStorageSaysWhy()
    {
        SnapshotDialog *d = win()->openSnapshots(QStringLiteral("prod/pg-archive-01")); // local NVMe volume
        d->take(QStringLiteral("archive-snap"), {});
        QTRY_COMPARE_WITH_TIMEOUT(cell(d, QStringLiteral("archive-snap"), SnapshotDialog::Phase), QStringLiteral("Failed"), 15000);
        QVERIFY2(cell(d, QStringLiteral("archive-snap"), SnapshotDialog::Error).startsWith(QStringLiteral("no VolumeSnapshotClass found for storage class local-nvme")),
                 qPrintable(cell(d, QStringLiteral("archive-snap"), SnapshotDialog::Error)));
        QCOMPARE(cell(d, QStringLiteral("archive-snap"), SnapshotDialog::Ready), QStringLiteral("no"));
        QCOMPARE(cell(d, QStringLiteral("archive-snap"), SnapshotDialog::Size), QStringLiteral("—")); // nothing was kept
        d->close();
    }
};

QTEST_MAIN(TestSnapshotDialog)
#include "test_snapshotdialog.moc"
