// Drag a VM onto a host to live-migrate it, against the real drover-sim: the drag says whether a
// host takes the VM (and why not), a drop asks, creates the migration, and the VM appears under
// its new host; a refused drop starts nothing; deleting the migration cancels it.
#include "MainWindow.h"
#include "HostMap.h"
#include "MessageBanner.h"
#include "MigrationDrop.h"
#include "MigrationPanel.h"
#include "MigrationSupport.h"
#include "SimProcess.h"
#include "WindowParts.h"

#include <QAbstractButton>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QTabWidget>
#include <QPushButton>
#include <QTableView>
#include <QDragMoveEvent>
#include <QMessageBox>
#include <QMimeData>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace drover;

class TestMigrateDrop : public QObject
{
    Q_OBJECT
private:
    test::SimProcess m_sim;
    std::unique_ptr<ui::MainWindow> m_win;

    void shot(QWidget *w, const QString &name)
    {
        QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
        QVERIFY(w->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/") + name + QStringLiteral(".png")));
    }
    QString hostOf(const QString &key) const
    {
        return parts::hostModel(*m_win)->vmIndex(key).parent().data(models::RawRole).toString();
    }
    QPoint pointOf(const QModelIndex &idx) const
    {
        parts::hostTree(*m_win)->scrollTo(idx);
        return parts::hostTree(*m_win)->visualRect(idx).center();
    }
    // Drag the VMs over the tree to pos; true when the tree accepts a drop there.
    bool hover(const QMimeData *data, const QPoint &pos, QWidget *vp = nullptr)
    {
        if (!vp)
            vp = parts::hostTree(*m_win)->viewport();
        QDragEnterEvent enter(pos, Qt::LinkAction | Qt::CopyAction, data, Qt::LeftButton, {});
        QApplication::sendEvent(vp, &enter);
        QDragMoveEvent move(pos, Qt::LinkAction | Qt::CopyAction, data, Qt::LeftButton, {});
        QApplication::sendEvent(vp, &move);
        return move.isAccepted();
    }
    bool drop(const QMimeData *data, const QPoint &pos, QWidget *vp = nullptr)
    {
        QDropEvent ev(pos, Qt::LinkAction | Qt::CopyAction, data, Qt::LeftButton, {});
        QApplication::sendEvent(vp ? vp : parts::hostTree(*m_win)->viewport(), &ev);
        return ev.isAccepted();
    }
    std::unique_ptr<QMimeData> dragOf(const QString &key)
    {
        return std::unique_ptr<QMimeData>(parts::hostModel(*m_win)->mimeData({parts::hostModel(*m_win)->vmIndex(key)}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({QStringLiteral("--time-scale"), QStringLiteral("0.2")}), qPrintable(m_sim.error()));
        m_win = std::make_unique<ui::MainWindow>();
        m_win->resize(1440, 860);
        m_win->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_win.get()));
        QVERIFY(m_win->openKubeconfig({m_sim.kubeconfig()}));
        QTRY_COMPARE_WITH_TIMEOUT(m_win->connection()->state(), ops::ClusterConnection::State::Synced, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(parts::vmModel(*m_win)->rowCount(), 40, 20000);
        QTRY_VERIFY(parts::hostModel(*m_win)->vmIndex(QStringLiteral("prod/kafka-01")).isValid());
        // Placed under its host: the VMIs' batch reaches the tree when its summaries are built on
        // the store's worker, which under a loaded machine can be after the VMs are listed.
        QTRY_VERIFY(!hostOf(QStringLiteral("prod/kafka-01")).isEmpty());
    }
    void cleanupTestCase()
    {
        m_win.reset();
        m_sim.stop();
    }

    void refusedDropsStartNothing()
    {
        const QString archive = QStringLiteral("prod/pg-archive-01"); // ReadWriteOnce disk
        const QString other = hostOf(archive) == QLatin1String("nvme-a01") ? QStringLiteral("nvme-a02") : QStringLiteral("nvme-a01");
        auto data = dragOf(archive);
        QVERIFY(data);
        const QPoint at = pointOf(parts::hostModel(*m_win)->hostIndex(other));
        QVERIFY(!hover(data.get(), at));
        QVERIFY(!parts::migrationDrop(*m_win)->lastAllowed());
        QVERIFY2(parts::migrationDrop(*m_win)->lastVerdict().startsWith(QStringLiteral("prod/pg-archive-01 cannot be live-migrated: ")),
                 qPrintable(parts::migrationDrop(*m_win)->lastVerdict()));
        QVERIFY(!drop(data.get(), at));

        // A VM dropped on the host it runs on.
        const QString kafka = QStringLiteral("prod/kafka-01");
        auto k = dragOf(kafka);
        QVERIFY(!hover(k.get(), pointOf(parts::hostModel(*m_win)->hostIndex(hostOf(kafka)))));
        QCOMPARE(parts::migrationDrop(*m_win)->lastVerdict(), QStringLiteral("%1 already runs on %2").arg(kafka, hostOf(kafka)));
        QTest::qWait(300);
        QCOMPARE(m_win->connection()->migrations()->size(), 0); // nothing was created
    }

    void dropMigratesAndTheVmMoves()
    {
        const QString key = QStringLiteral("prod/kafka-01");
        const QString source = hostOf(key);
        const auto state = ops::clusterStateFrom(m_win->connection()->nodes(), m_win->connection()->vmis(),
                                                    m_win->connection()->migrations());
        const auto targets = reconcile::rankTargets(state, key);
        QVERIFY(!targets.isEmpty());
        const QString target = targets.last().node; // not the planner's favourite: the user's choice counts
        auto data = dragOf(key);
        const QPoint at = pointOf(parts::hostModel(*m_win)->hostIndex(target));
        QVERIFY(hover(data.get(), at));
        QCOMPARE(parts::migrationDrop(*m_win)->lastVerdict(), QStringLiteral("Live-migrate %1 to %2").arg(key, target));
        shot(m_win.get(), QStringLiteral("migrate-hover"));

        bool confirmed = false;
        QTimer::singleShot(200, this, [&] {
            auto *box = m_win->findChild<QMessageBox *>(QStringLiteral("migrationConfirmation"));
            if (!box)
                return;
            QVERIFY(box->text().contains(target));
            shot(box, QStringLiteral("migrate-confirm"));
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole) {
                    confirmed = true;
                    b->click();
                }
        });
        QVERIFY(drop(data.get(), at));
        QVERIFY(confirmed);
        QTRY_COMPARE_WITH_TIMEOUT(parts::vmModel(*m_win)->index(parts::vmModel(*m_win)->rowOf(key), models::VmTableModel::Status).data().toString(),
                                  QStringLiteral("Migrating"), 15000);
        const auto hostCell = [&] { return parts::vmModel(*m_win)->index(parts::vmModel(*m_win)->rowOf(key), models::VmTableModel::Host).data().toString(); };
        QTRY_COMPARE_WITH_TIMEOUT(hostCell(), QStringLiteral("%1 → %2").arg(source, target), 15000);
        shot(m_win.get(), QStringLiteral("migrate-running"));
        QTRY_COMPARE_WITH_TIMEOUT(hostOf(key), target, 30000);
        QTRY_COMPARE(hostCell(), target);
        QVERIFY(source != target);
        QTRY_VERIFY(parts::actionBanner(*m_win)->text().contains(QStringLiteral("%1 now runs on %2.").arg(key, target)));
        // The migrations panel keeps it as history.
        auto *pm = parts::migrationPanel(*m_win)->model();
        QCOMPARE(pm->rowCount(), 1);
        QCOMPARE(pm->index(0, models::MigrationTableModel::Vm).data().toString(), key);
        QTRY_COMPARE(pm->index(0, models::MigrationTableModel::Phase).data().toString(), QStringLiteral("Succeeded"));
        QCOMPARE(pm->index(0, models::MigrationTableModel::Route).data().toString(), QStringLiteral("%1 → %2").arg(source, target));
        QCOMPARE(pm->index(0, models::MigrationTableModel::Progress).data().toString(), QStringLiteral("done"));
        QCOMPARE(pm->index(0, models::MigrationTableModel::Progress).data(models::FractionRole).toDouble(), 1.0);
        QVERIFY(pm->index(0, models::MigrationTableModel::Elapsed).data().toString().endsWith(QStringLiteral(" s")));
        parts::migrationDock(*m_win)->raise();
        shot(m_win.get(), QStringLiteral("migrate-done"));
    }

    void dropOnTheClusterPicksAHost()
    {
        const QString key = QStringLiteral("prod/shop-api-01");
        auto data = dragOf(key);
        QVERIFY(hover(data.get(), pointOf(parts::hostModel(*m_win)->clusterIndex())));
        QVERIFY2(parts::migrationDrop(*m_win)->lastVerdict().startsWith(QStringLiteral("Live-migrate %1 to nvme-").arg(key)),
                 qPrintable(parts::migrationDrop(*m_win)->lastVerdict()));
    }

    void deletingTheMigrationCancelsIt()
    {
        const QString key = QStringLiteral("prod/rds-01"); // 16 GiB: seconds of transfer at this pace
        const QString source = hostOf(key);
        parts::prompter(*m_win)->setAnswer(QStringLiteral("migrate.confirm"), true);
        m_win->migrateVms({key}, QString());
        kube::ObjectCache *migs = m_win->connection()->migrations();
        QString name;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (auto it = migs->objects().cbegin(); it != migs->objects().cend(); ++it)
                if (it.value().json().value(QStringLiteral("spec")).toObject().value(QStringLiteral("vmiName")).toString() == QLatin1String("rds-01") &&
                    it.value().json().value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString() == QLatin1String("Running"))
                    name = it.key().section(QLatin1Char('/'), 1);
            return !name.isEmpty();
        }(), 15000);
        // Cancel from the panel: select the row, press Cancel, confirm.
        ui::MigrationPanel *panel = parts::migrationPanel(*m_win);
        const int row = panel->model()->rowOf(QStringLiteral("prod/") + name);
        QVERIFY(row >= 0);
        QVERIFY(panel->model()->index(row, models::MigrationTableModel::Progress).data(models::FractionRole).isValid());
        panel->view()->selectRow(row);
        QTRY_VERIFY(panel->cancelButton()->isEnabled());
        parts::migrationDock(*m_win)->raise();
        shot(m_win.get(), QStringLiteral("migrate-cancel"));
        bool asked = false;
        QTimer::singleShot(200, this, [&] {
            auto *box = panel->findChild<QMessageBox *>(QStringLiteral("cancelMigrationConfirmation"));
            if (!box)
                return;
            asked = box->text().contains(key);
            for (QAbstractButton *b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    b->click();
        });
        panel->cancelButton()->click();
        QVERIFY(asked);
        QTRY_COMPARE(panel->model()->index(row, models::MigrationTableModel::Phase).data().toString(), QStringLiteral("Cancelled"));
        QVERIFY(!panel->cancelButton()->isEnabled());
        QTRY_VERIFY(parts::actionBanner(*m_win)->text().contains(QStringLiteral("The migration of %1 was cancelled.").arg(key)));
        QTest::qWait(500);
        QCOMPARE(hostOf(key), source);
    }

    void hostMapTilesTakeDrops()
    {
        ui::HostMap *map = parts::hostMap(*m_win);
        auto *tabs = m_win->findChild<QTabWidget *>(QStringLiteral("hostTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(map);
        QTRY_VERIFY(map->isVisible());
        // Six hosts, six tiles: the "Not running" group is not a place to drop on.
        int tiles = 0;
        for (int r = 0; r < parts::hostModel(*m_win)->rowCount(map->rootIndex()); ++r)
            tiles += map->isRowHidden(r) ? 0 : 1;
        QCOMPARE(tiles, 6);
        const QString key = QStringLiteral("prod/kafka-02");
        const QString from = hostOf(key);
        const QString to = from == QLatin1String("nvme-a03") ? QStringLiteral("nvme-a04") : QStringLiteral("nvme-a03");
        auto data = dragOf(key);
        QWidget *vp = map->viewport();
        const auto tile = [&](const QString &h) { return map->visualRect(map->tileOf(h)).center(); };
        QVERIFY(!hover(data.get(), tile(from), vp));
        QCOMPARE(parts::mapDrop(*m_win)->lastVerdict(), QStringLiteral("%1 already runs on %2").arg(key, from));
        QVERIFY(hover(data.get(), tile(to), vp));
        QCOMPARE(parts::mapDrop(*m_win)->lastVerdict(), QStringLiteral("Live-migrate %1 to %2").arg(key, to));
        // Empty space on the map is the cluster: Drover picks the host.
        QVERIFY(hover(data.get(), QPoint(vp->width() - 4, vp->height() - 4), vp));
        QVERIFY(parts::mapDrop(*m_win)->lastVerdict().startsWith(QStringLiteral("Live-migrate %1 to nvme-").arg(key)));
        parts::prompter(*m_win)->setAnswer(QStringLiteral("migrate.confirm"), true);
        QVERIFY(hover(data.get(), tile(to), vp));
        QVERIFY(drop(data.get(), tile(to), vp));
        QTRY_COMPARE_WITH_TIMEOUT(hostOf(key), to, 30000);
        shot(m_win.get(), QStringLiteral("host-map"));
        tabs->setCurrentIndex(0);
    }

    void multiVmDropQueuesBeyondTheLimits()
    {
        // Four migratable VMs from one host: KubeVirt lets a node send two at a time.
        auto *hm = parts::hostModel(*m_win);
        QString source;
        QStringList keys;
        for (int r = 0; r < hm->rowCount(hm->clusterIndex()) && keys.size() < 4; ++r) {
            const QModelIndex h = hm->index(r, 0, hm->clusterIndex());
            QStringList here;
            for (int i = 0; i < hm->rowCount(h); ++i) {
                const QString k = hm->index(i, 0, h).data(models::KeyRole).toString();
                const QJsonObject labels = m_win->connection()->vms()->get(k).value(QStringLiteral("metadata")).toObject().value(QStringLiteral("labels")).toObject();
                if (!labels.contains(QStringLiteral("drover.io/not-migratable")))
                    here << k;
            }
            if (!h.data(models::RawRole).toString().isEmpty() && here.size() >= 4) {
                source = h.data(models::RawRole).toString();
                keys = here.mid(0, 4);
            }
        }
        QVERIFY2(keys.size() == 4, "the demo has a host with four migratable VMs");
        kube::ObjectCache *migs = m_win->connection()->migrations();
        int maxOutbound = 0;
        auto conn = connect(migs, &kube::ObjectCache::changed, this, [&] {
            int n = 0;
            for (auto it = migs->objects().cbegin(); it != migs->objects().cend(); ++it) {
                const QJsonObject o = it.value().json();
                const QString vmi = o.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("namespace")).toString() + QLatin1Char('/') +
                                    o.value(QStringLiteral("spec")).toObject().value(QStringLiteral("vmiName")).toString();
                const QString phase = o.value(QStringLiteral("status")).toObject().value(QStringLiteral("phase")).toString();
                if (keys.contains(vmi) && phase != QLatin1String("Succeeded") && phase != QLatin1String("Failed"))
                    ++n;
            }
            maxOutbound = qMax(maxOutbound, n);
        });
        parts::prompter(*m_win)->setAnswer(QStringLiteral("migrate.confirm"), true);
        m_win->migrateVms(keys, QString());
        QCOMPARE(parts::migrationQueue(*m_win).size(), 2);
        QVERIFY(parts::migrationPanel(*m_win)->queueLabel()->isVisibleTo(parts::migrationPanel(*m_win)));
        QVERIFY(parts::migrationPanel(*m_win)->queueLabel()->text().contains(keys[3]));
        QVERIFY2(parts::actionBanner(*m_win)->text().contains(QStringLiteral("queued: they start as running ones finish")), qPrintable(parts::actionBanner(*m_win)->text()));
        parts::migrationDock(*m_win)->raise();
        shot(m_win.get(), QStringLiteral("migrate-queued"));
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const QString &k : keys)
                if (hostOf(k) == source)
                    return false;
            return true;
        }(), 60000);
        QTRY_VERIFY(parts::migrationQueue(*m_win).isEmpty());
        QVERIFY(!parts::migrationPanel(*m_win)->queueLabel()->isVisibleTo(parts::migrationPanel(*m_win)));
        disconnect(conn);
        QCOMPARE(maxOutbound, 2); // two at a time, never three
    }
};

QTEST_MAIN(TestMigrateDrop)
#include "test_migratedrop.moc"
