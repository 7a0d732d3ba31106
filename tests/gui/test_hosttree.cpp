#include "TestHostTree.h"

#include "HostTreeModel.h"
#include "ModelFixtures.h"
#include "VmTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace drover;
using namespace drover::test;
using kube::CacheEvent;
using models::HostTreeModel;

namespace {

struct Cluster
{
    kube::ObjectCache nodes, vms, vmis;
    HostTreeModel model{&nodes, &vms, &vmis};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};

    Cluster()
    {
        put(nodes, CacheEvent::Added, QStringLiteral("nvme-a01"), 1, nodeJson(QStringLiteral("nvme-a01"), 1));
        put(nodes, CacheEvent::Added, QStringLiteral("nvme-a02"), 2, nodeJson(QStringLiteral("nvme-a02"), 2));
        for (const auto &[name, node, cores] : {std::tuple{"web-01", "nvme-a01", 4}, std::tuple{"web-02", "nvme-a01", 2},
                                                 std::tuple{"db-01", "nvme-a02", 8}}) {
            const QString n = QLatin1String(name);
            put(vms, CacheEvent::Added, QStringLiteral("prod/") + n, 10, vmJson({.name = n, .cores = cores}, 10));
            put(vmis, CacheEvent::Added, QStringLiteral("prod/") + n, 11,
                vmiJson({.name = n, .node = QLatin1String(node), .cores = cores, .memory = QStringLiteral("16Gi")}, 11));
        }
        put(vms, CacheEvent::Added, QStringLiteral("prod/old-01"), 12,
            vmJson({.name = QStringLiteral("old-01"), .status = QStringLiteral("Stopped"), .runStrategy = QStringLiteral("Halted")}, 12));
        nodes.flush();
        vms.flush();
        vmis.flush();
        model.flushPending();
    }
    QStringList childKeys(const QModelIndex &host) const
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(host); ++r)
            out << model.index(r, 0, host).data(models::KeyRole).toString();
        return out;
    }
    QString cell(const QModelIndex &i, int col) const { return i.siblingAtColumn(col).data().toString(); }
};

} // namespace

void TestHostTree::placement()
{
    Cluster c;
    c.model.setClusterName(QStringLiteral("lab"));
    QCOMPARE(c.model.rowCount(), 1);
    const QModelIndex cluster = c.model.clusterIndex();
    QCOMPARE(cluster.data().toString(), QStringLiteral("lab"));
    QCOMPARE(c.model.rowCount(cluster), 3); // two hosts and "Not running", which comes last
    QCOMPARE(c.model.index(0, 0, cluster).data().toString(), QStringLiteral("nvme-a01"));
    QCOMPARE(c.model.index(1, 0, cluster).data().toString(), QStringLiteral("nvme-a02"));
    QCOMPARE(c.model.index(2, 0, cluster).data().toString(), QStringLiteral("Not running"));
    QCOMPARE(c.childKeys(c.model.hostIndex(QStringLiteral("nvme-a01"))),
             (QStringList{QStringLiteral("prod/web-01"), QStringLiteral("prod/web-02")}));
    QCOMPARE(c.childKeys(c.model.hostIndex(QString())), QStringList{QStringLiteral("prod/old-01")});
    const QModelIndex vm = c.model.vmIndex(QStringLiteral("prod/db-01"));
    QCOMPARE(vm.parent(), c.model.hostIndex(QStringLiteral("nvme-a02")));
    QCOMPARE(c.cell(vm, HostTreeModel::Status), QStringLiteral("Running"));
    QCOMPARE(c.cell(vm, HostTreeModel::Cpu), QStringLiteral("8 vCPU"));
    QCOMPARE(vm.data(models::ItemKindRole).toInt(), int(models::TreeItemKind::Vm));
    QCOMPARE(c.cell(cluster, HostTreeModel::VmCount), QStringLiteral("4"));
}

void TestHostTree::moveBetweenHosts()
{
    Cluster c;
    QSignalSpy removed(&c.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&c.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&c.model, &QAbstractItemModel::modelReset);
    const QPersistentModelIndex a01 = c.model.hostIndex(QStringLiteral("nvme-a01"));
    const QPersistentModelIndex a02 = c.model.hostIndex(QStringLiteral("nvme-a02"));
    // A live migration lands web-01 on nvme-a02.
    put(c.vmis, CacheEvent::Modified, QStringLiteral("prod/web-01"), 20,
        vmiJson({.name = QStringLiteral("web-01"), .node = QStringLiteral("nvme-a02"), .memory = QStringLiteral("16Gi")}, 20));
    c.vmis.flush();
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.first().at(0).toModelIndex(), QModelIndex(a01));
    QCOMPARE(inserted.first().at(0).toModelIndex(), QModelIndex(a02));
    QCOMPARE(c.childKeys(a01), QStringList{QStringLiteral("prod/web-02")});
    QCOMPARE(c.childKeys(a02), (QStringList{QStringLiteral("prod/db-01"), QStringLiteral("prod/web-01")}));
    QCOMPARE(c.cell(a01, HostTreeModel::Cpu), QStringLiteral("2 / 63 vCPU"));
    QCOMPARE(c.cell(a02, HostTreeModel::Cpu), QStringLiteral("12 / 63 vCPU"));
    QCOMPARE(c.cell(a02, HostTreeModel::VmCount), QStringLiteral("2"));
}

void TestHostTree::stopMovesToNotRunning()
{
    Cluster c;
    QSignalSpy reset(&c.model, &QAbstractItemModel::modelReset);
    put(c.vmis, CacheEvent::Deleted, QStringLiteral("prod/db-01"), 30, {});
    put(c.vms, CacheEvent::Modified, QStringLiteral("prod/db-01"), 31,
        vmJson({.name = QStringLiteral("db-01"), .status = QStringLiteral("Stopped"), .runStrategy = QStringLiteral("Halted"), .cores = 8}, 31));
    c.vmis.flush();
    c.vms.flush();
    c.model.flushPending();
    const QModelIndex vm = c.model.vmIndex(QStringLiteral("prod/db-01"));
    QCOMPARE(vm.parent(), c.model.hostIndex(QString()));
    QCOMPARE(c.cell(vm, HostTreeModel::Status), QStringLiteral("Stopped"));
    QCOMPARE(c.cell(c.model.hostIndex(QStringLiteral("nvme-a02")), HostTreeModel::Cpu), QStringLiteral("0 / 63 vCPU"));
    // Deleting a VM removes its row; the pseudo-host stays while it holds VMs.
    put(c.vms, CacheEvent::Deleted, QStringLiteral("prod/old-01"), 32, {});
    c.vms.flush();
    c.model.flushPending();
    QVERIFY(!c.model.vmIndex(QStringLiteral("prod/old-01")).isValid());
    QCOMPARE(c.childKeys(c.model.hostIndex(QString())), QStringList{QStringLiteral("prod/db-01")});
    QCOMPARE(reset.count(), 0);
}

// VMs listed before their VMIs wait under "Not running"; the VMIs' list then places most of them
// on their hosts in one batch, while others are deleted. Each host's rows go in contiguous ranges,
// one signal per range, not one per VM (QAbstractItemModelTester checks every signal).
void TestHostTree::aBatchMovesRowsInRanges()
{
    Cluster c;
    for (int i = 0; i < 30; ++i) {
        const QString name = QStringLiteral("batch-%1").arg(i, 2, 10, QLatin1Char('0'));
        put(c.vms, CacheEvent::Added, QStringLiteral("prod/") + name, 100 + i, vmJson({.name = name}, 100 + i));
    }
    c.vms.flush();
    c.model.flushPending();
    const QPersistentModelIndex notRunning = c.model.hostIndex(QString());
    QCOMPARE(c.model.rowCount(notRunning), 31); // old-01 too
    QSignalSpy removed(&c.model, &QAbstractItemModel::rowsRemoved);
    QStringList onA01, onA02, stay; // of the batch
    int deleted = 0;
    for (int i = 0; i < 30; ++i) {
        const QString name = QStringLiteral("batch-%1").arg(i, 2, 10, QLatin1Char('0'));
        const QString key = QStringLiteral("prod/") + name;
        if (i % 7 == 3) { // deleted in the same batch
            put(c.vms, CacheEvent::Deleted, key, 200 + i, {});
            ++deleted;
        } else if (i % 3 == 2) { // no VMI: stays
            stay << key;
        } else {
            const QString node = i % 2 ? QStringLiteral("nvme-a01") : QStringLiteral("nvme-a02");
            put(c.vmis, CacheEvent::Added, key, 300 + i, vmiJson({.name = name, .node = node}, 300 + i));
            (i % 2 ? onA01 : onA02) << key;
        }
    }
    c.vms.flush();
    c.vmis.flush();
    c.model.flushPending();
    QCOMPARE(c.childKeys(notRunning), stay + QStringList{QStringLiteral("prod/old-01")});
    QCOMPARE(c.childKeys(c.model.hostIndex(QStringLiteral("nvme-a01"))),
             onA01 + (QStringList{QStringLiteral("prod/web-01"), QStringLiteral("prod/web-02")})); // by key
    QCOMPARE(c.childKeys(c.model.hostIndex(QStringLiteral("nvme-a02"))), onA02 + QStringList{QStringLiteral("prod/db-01")});
    int rows = 0;
    for (const QList<QVariant> &signal : std::as_const(removed)) {
        QCOMPARE(signal.at(0).toModelIndex(), QModelIndex(notRunning));
        rows += signal.at(2).toInt() - signal.at(1).toInt() + 1;
    }
    QCOMPARE(rows, 30 - int(stay.size()));       // all that left "Not running"
    QCOMPARE(removed.count(), int(stay.size())); // one range before each that stays (batch-29 stays)
    QCOMPARE(c.model.vmIndex(onA01.first()).parent(), c.model.hostIndex(QStringLiteral("nvme-a01")));
    QCOMPARE(c.cell(c.model.clusterIndex(), HostTreeModel::VmCount), QString::number(4 + 30 - deleted));
}

void TestHostTree::hostStateAndAllocation()
{
    Cluster c;
    const QModelIndex a01 = c.model.hostIndex(QStringLiteral("nvme-a01"));
    QCOMPARE(c.cell(a01, HostTreeModel::Status), QStringLiteral("Ready"));
    QCOMPARE(c.cell(a01, HostTreeModel::Cpu), QStringLiteral("6 / 63 vCPU"));
    QCOMPARE(c.cell(a01, HostTreeModel::Memory), QStringLiteral("32 / 512 GiB"));
    QVERIFY(qAbs(a01.siblingAtColumn(HostTreeModel::Cpu).data(models::FractionRole).toDouble() - 6.0 / 63.0) < 1e-9);
    QVERIFY(qAbs(a01.siblingAtColumn(HostTreeModel::Memory).data(models::FractionRole).toDouble() - 1.0 / 16.0) < 1e-9);
    QVERIFY(!c.model.hostIndex(QString()).siblingAtColumn(HostTreeModel::Cpu).data(models::FractionRole).isValid());
    QSignalSpy changed(&c.model, &QAbstractItemModel::dataChanged);
    put(c.nodes, CacheEvent::Modified, QStringLiteral("nvme-a01"), 40, nodeJson(QStringLiteral("nvme-a01"), 40, true, true));
    put(c.nodes, CacheEvent::Modified, QStringLiteral("nvme-a02"), 41, nodeJson(QStringLiteral("nvme-a02"), 41, false));
    c.nodes.flush();
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(c.cell(a01, HostTreeModel::Status), QStringLiteral("Cordoned"));
    QCOMPARE(c.cell(c.model.hostIndex(QStringLiteral("nvme-a02")), HostTreeModel::Status), QStringLiteral("Not ready"));
    QCOMPARE(a01.data(Qt::DecorationRole).value<QColor>(), models::statusColor(models::StatusKind::Paused));
    QCOMPARE(c.cell(c.model.clusterIndex(), HostTreeModel::Status), QStringLiteral("1/2 ready"));
}

// While the VMIs are being listed the hosts' usage is not known: "…" for the used part, not a 0
// a user would read as idle, and the capacity as it is. Known again: the numbers, in one change
// of the hosts' usage columns (and one of the cluster's).
void TestHostTree::usageNotKnownWhileInstancesAreListed()
{
    Cluster c;
    const QModelIndex a01 = c.model.hostIndex(QStringLiteral("nvme-a01"));
    const QModelIndex cluster = c.model.clusterIndex();
    QSignalSpy changed(&c.model, &QAbstractItemModel::dataChanged);
    c.model.setUsageKnown(false);
    QCOMPARE(c.cell(a01, HostTreeModel::Cpu), QStringLiteral("\u2026 / 63 vCPU"));
    QCOMPARE(c.cell(a01, HostTreeModel::Memory), QStringLiteral("\u2026 / 512 GiB"));
    QCOMPARE(c.cell(cluster, HostTreeModel::Cpu), QStringLiteral("\u2026 / 126 vCPU"));
    QVERIFY(
        a01.siblingAtColumn(HostTreeModel::Cpu).data(Qt::ToolTipRole).toString().contains(QStringLiteral("still being listed")));
    QVERIFY(c.model.hostIndex(QString()).siblingAtColumn(HostTreeModel::Cpu).data().toString().isEmpty()); // "Not running": none
    QCOMPARE(c.cell(a01, HostTreeModel::VmCount), QStringLiteral("2")); // the VMs listed so far stay counted
    QCOMPARE(changed.count(), 2);
    const auto covers = [&](const QList<QVariant> &args, const QModelIndex &cell) {
        const QModelIndex tl = args.at(0).toModelIndex(), br = args.at(1).toModelIndex();
        return tl.parent() == cell.parent() && tl.row() <= cell.row() && cell.row() <= br.row() &&
               tl.column() == HostTreeModel::Cpu && br.column() == HostTreeModel::Memory;
    };
    QVERIFY(covers(changed.at(0), cluster.siblingAtColumn(HostTreeModel::Cpu)));
    QVERIFY(covers(changed.at(1), a01.siblingAtColumn(HostTreeModel::Cpu)));
    QVERIFY(covers(changed.at(1), c.model.hostIndex(QStringLiteral("nvme-a02")).siblingAtColumn(HostTreeModel::Cpu)));
    c.model.setUsageKnown(false); // no change, no signal
    QCOMPARE(changed.count(), 2);
    c.model.setUsageKnown(true);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(c.cell(a01, HostTreeModel::Cpu), QStringLiteral("6 / 63 vCPU"));
    QCOMPARE(c.cell(a01, HostTreeModel::Memory), QStringLiteral("32 / 512 GiB"));
    QCOMPARE(c.cell(cluster, HostTreeModel::Cpu), QStringLiteral("14 / 126 vCPU"));
}

void TestHostTree::nodeDeletedKeepsHostWhileVmsRunThere()
{
    Cluster c;
    QSignalSpy removed(&c.model, &QAbstractItemModel::rowsRemoved);
    put(c.nodes, CacheEvent::Deleted, QStringLiteral("nvme-a02"), 50, {});
    c.nodes.flush();
    c.model.flushPending();
    const QModelIndex a02 = c.model.hostIndex(QStringLiteral("nvme-a02"));
    QVERIFY(a02.isValid());
    QCOMPARE(c.cell(a02, HostTreeModel::Status), QStringLiteral("Unknown host"));
    QCOMPARE(removed.count(), 0);
    put(c.vmis, CacheEvent::Deleted, QStringLiteral("prod/db-01"), 51, {});
    c.vmis.flush();
    c.model.flushPending();
    QVERIFY(!c.model.hostIndex(QStringLiteral("nvme-a02")).isValid());
    QCOMPARE(c.model.vmIndex(QStringLiteral("prod/db-01")).parent(), c.model.hostIndex(QString()));
}

// The table and the tree share one VmSummaryStore: each summary is built once, both views see a
// change at once whichever is told first, and a deleted VM leaves the store.
void TestHostTree::summariesSharedWithTheTable()
{
    kube::ObjectCache nodes, vms, vmis;
    const auto store = std::make_shared<models::VmSummaryStore>();
    models::VmTableModel table;
    HostTreeModel tree;
    table.setSummaryStore(store);
    tree.setSummaryStore(store);
    table.setCaches(&vms, &vmis);
    tree.setCaches(&nodes, &vms, &vmis);
    put(nodes, CacheEvent::Added, QStringLiteral("nvme-a01"), 1, nodeJson(QStringLiteral("nvme-a01"), 1));
    for (int i = 0; i < 50; ++i) {
        const QString n = QStringLiteral("vm-%1").arg(i, 2, 10, QLatin1Char('0'));
        put(vms, CacheEvent::Added, QStringLiteral("prod/") + n, 10 + i, vmJson({.name = n}, 10 + i));
        put(vmis, CacheEvent::Added, QStringLiteral("prod/") + n, 100 + i, vmiJson({.name = n, .node = QStringLiteral("nvme-a01")}, 100 + i));
    }
    nodes.flush();
    vms.flush();
    vmis.flush();
    table.flushPending();
    tree.flushPending();
    QCOMPARE(store->builds(), quint64(50)); // the tree built them in the shared store
    for (int r = 0; r < table.rowCount(); ++r) {
        QCOMPARE(table.index(r, models::VmTableModel::Host).data().toString(), QStringLiteral("nvme-a01"));
        // One object for both views.
        const auto *item = static_cast<const models::TreeItem *>(tree.vmIndex(table.keyAt(r)).internalPointer());
        QVERIFY(item && item->kind == models::TreeItemKind::Vm);
        QCOMPARE(&static_cast<const models::VmItem *>(item)->vm(), &table.summaryAt(r));
    }
    QCOMPARE(store->builds(), quint64(50)); // the table took the tree's
    QCOMPARE(store->size(), 50);

    // A migration: the tree is told first and builds the new summary; the table must not show
    // the old one, and must not build it again.
    put(vmis, CacheEvent::Modified, QStringLiteral("prod/vm-07"), 500,
        vmiJson({.name = QStringLiteral("vm-07"), .node = QStringLiteral("nvme-a02")}, 500));
    vmis.flush();
    tree.flushPending();
    table.flushPending();
    QCOMPARE(tree.vmIndex(QStringLiteral("prod/vm-07")).parent(), tree.hostIndex(QStringLiteral("nvme-a02")));
    QCOMPARE(table.index(table.rowOf(QStringLiteral("prod/vm-07")), models::VmTableModel::Host).data().toString(), QStringLiteral("nvme-a02"));
    QCOMPARE(store->builds(), quint64(51));

    // A deleted VM leaves the store.
    put(vms, CacheEvent::Deleted, QStringLiteral("prod/vm-08"), 501, vmJson({.name = QStringLiteral("vm-08")}, 501));
    put(vmis, CacheEvent::Deleted, QStringLiteral("prod/vm-08"), 502, vmiJson({.name = QStringLiteral("vm-08"), .node = QStringLiteral("nvme-a01")}, 502));
    vms.flush();
    vmis.flush();
    table.flushPending();
    tree.flushPending();
    QCOMPARE(table.rowCount(), 49);
    QCOMPARE(store->size(), 49);
}

namespace {

void moveVmi(kube::ObjectCache &vmis, const QString &name, const QString &node, int rv)
{
    put(vmis, CacheEvent::Modified, QStringLiteral("prod/") + name, rv, vmiJson({.name = name, .node = node}, rv));
    vmis.flush();
}

} // namespace

// prepare() decodes on the store's worker and calls back on this thread when every decode asked
// for so far is in; a result the caches moved past is dropped; a VMI change decodes the VMI alone;
// a view shows a watch batch only when its summaries are decoded, so it never decodes them a
// second time on the GUI thread.
void TestHostTree::summariesBuiltOffTheGuiThread()
{
    kube::ObjectCache vms, vmis;
    const auto store = std::make_shared<models::VmSummaryStore>();
    store->setCaches(&vms, &vmis);
    QList<QString> keys;
    for (int i = 0; i < 50; ++i) {
        const QString n = QStringLiteral("vm-%1").arg(i, 2, 10, QLatin1Char('0'));
        keys << QStringLiteral("prod/") + n;
        put(vms, CacheEvent::Added, keys.last(), 10 + i, vmJson({.name = n}, 10 + i));
        put(vmis, CacheEvent::Added, keys.last(), 100 + i, vmiJson({.name = n, .node = QStringLiteral("nvme-a01")}, 100 + i));
    }
    vms.flush();
    vmis.flush();
    QObject receiver;
    int first = 0;
    store->prepare(keys, &receiver, [&] { ++first; });
    QCOMPARE(first, 0); // 50 VMs to decode: not before they are in
    QTRY_COMPARE(first, 1);
    QCOMPARE(store->decodes(), quint64(100)); // each VM and its VMI
    for (const QString &k : keys)
        QCOMPARE(store->get(k)->host, QStringLiteral("nvme-a01"));
    QCOMPARE(store->decodes(), quint64(100)); // get() found them decoded
    QCOMPARE(store->builds(), quint64(50));   // and joined them

    // Asked again and again while a job runs: the next job decodes vm-20's VMI once, as it is then
    // (a flood of watch events must not queue up old versions or work).
    moveVmi(vmis, QStringLiteral("vm-30"), QStringLiteral("nvme-a05"), 400);
    int coalesced = 0;
    store->prepare({QStringLiteral("prod/vm-30")}, &receiver, [&] { ++coalesced; }); // runs now
    for (int rv = 401; rv <= 403; ++rv) {
        moveVmi(vmis, QStringLiteral("vm-20"), QStringLiteral("nvme-b%1").arg(rv), rv);
        store->prepare({QStringLiteral("prod/vm-20")}, &receiver, [&] { ++coalesced; }); // waits for the next
    }
    QTRY_COMPARE(coalesced, 4);
    // vm-30's VMI, then vm-20's once, not three times; neither VM again (they did not change).
    QCOMPARE(store->decodes(), quint64(102));
    QCOMPARE(store->get(QStringLiteral("prod/vm-20"))->host, QStringLiteral("nvme-b403"));
    QCOMPARE(store->decodes(), quint64(102));

    // A caller with nothing to build still waits for the builds asked for before it.
    moveVmi(vmis, QStringLiteral("vm-07"), QStringLiteral("nvme-a02"), 500);
    int second = 0, third = 0;
    store->prepare({QStringLiteral("prod/vm-07")}, &receiver, [&] { ++second; });
    store->prepare({QStringLiteral("prod/vm-01")}, &receiver, [&] { ++third; });
    QCOMPARE(third, 0);
    QTRY_COMPARE(third, 1);
    QCOMPARE(second, 1);
    QCOMPARE(store->decodes(), quint64(103));
    QCOMPARE(store->get(QStringLiteral("prod/vm-07"))->host, QStringLiteral("nvme-a02"));

    // Overtaken: the VMI moves again before the worker's result is in; that result is dropped and
    // get() shows the newest.
    moveVmi(vmis, QStringLiteral("vm-09"), QStringLiteral("nvme-a02"), 501);
    int fourth = 0;
    const quint64 beforeOvertaken = store->decodes();
    store->prepare({QStringLiteral("prod/vm-09")}, &receiver, [&] { ++fourth; });
    moveVmi(vmis, QStringLiteral("vm-09"), QStringLiteral("nvme-a03"), 502);
    QTRY_COMPARE(fourth, 1);
    QCOMPARE(store->get(QStringLiteral("prod/vm-09"))->host, QStringLiteral("nvme-a03"));
    QCOMPARE(store->decodes(), beforeOvertaken + 2); // the worker's (dropped), then get()'s

    // A receiver gone before the result: its callback is not called.
    moveVmi(vmis, QStringLiteral("vm-11"), QStringLiteral("nvme-a02"), 503);
    int gone = 0, fifth = 0;
    {
        QObject shortLived;
        store->prepare({QStringLiteral("prod/vm-11")}, &shortLived, [&] { ++gone; });
    }
    store->prepare({QStringLiteral("prod/vm-01")}, &receiver, [&] { ++fifth; });
    QTRY_COMPARE(fifth, 1);
    QCOMPARE(gone, 0);

    // A view on the store: a watch batch reaches the table through the worker, built once.
    models::VmTableModel table;
    table.setSummaryStore(store);
    table.setCaches(&vms, &vmis);
    QCOMPARE(store->size(), 50); // the table joined the store and kept what it had built
    const QModelIndex host = table.index(table.rowOf(QStringLiteral("prod/vm-12")), models::VmTableModel::Host);
    QCOMPARE(host.data().toString(), QStringLiteral("nvme-a01")); // shown, as a view paints it
    const quint64 before = store->decodes();
    quint64 builtWhenShown = 0;
    connect(&table, &QAbstractItemModel::dataChanged, &receiver, [&] { builtWhenShown = store->decodes(); });
    moveVmi(vmis, QStringLiteral("vm-12"), QStringLiteral("nvme-a04"), 504);
    QCOMPARE(host.data().toString(), QStringLiteral("nvme-a01")); // until the batch is shown
    QTRY_COMPARE(host.data().toString(), QStringLiteral("nvme-a04"));
    // Once a later caller is called back, every earlier decode is in: had the table shown the
    // batch before the worker's result, it would have decoded the VMI itself, and both count.
    int sixth = 0;
    store->prepare({QStringLiteral("prod/vm-12")}, &receiver, [&] { ++sixth; });
    QTRY_COMPARE(sixth, 1);
    QCOMPARE(store->decodes(), before + 1);
    QCOMPARE(builtWhenShown, before + 1); // decoded before the table said the row changed
}

// A summary joins the facts of the VM and of its VMI, each decoded once per version of its object:
// a VMI-only change (most of a cluster's churn) decodes the VMI alone, a VM-only change the VM
// alone, and the joined summary equals decoding both anew. Values many VMs share are one string.
void TestHostTree::factsDecodedApart()
{
    kube::ObjectCache vms, vmis;
    models::VmSummaryStore store;
    store.setCaches(&vms, &vmis);
    QList<QString> keys;
    for (int i = 0; i < 300; ++i) {
        const QString n = QStringLiteral("vm-%1").arg(i, 3, 10, QLatin1Char('0'));
        keys << QStringLiteral("prod/") + n;
        const QString os = i % 10 == 7 ? QString() : QStringLiteral("os %1").arg(i % 4); // some without the annotation
        put(vms, CacheEvent::Added, keys.last(), 10 + i, vmJson({.name = n, .os = os}, 10 + i));
        if (i % 3 != 0) // every third has no instance
            put(vmis, CacheEvent::Added, keys.last(), 1000 + i,
                vmiJson({.name = n, .node = QStringLiteral("nvme-a%1").arg(i % 7), .cores = 1 + i % 5}, 1000 + i));
    }
    vms.flush();
    vmis.flush();
    // What the views show, spelled out: the instance's host, CPUs (over the template's 4), IP; the OS
    // from the VM's annotation, else the guest agent's name, else the VM's os label.
    for (int i = 0; i < 300; ++i) {
        const auto s = store.get(keys[i]);
        const bool vmi = i % 3 != 0;
        QVERIFY(s->valid);
        QCOMPARE(s->hasVmi, vmi);
        QCOMPARE(s->vmiRunning, vmi);
        QCOMPARE(s->host, vmi ? QStringLiteral("nvme-a%1").arg(i % 7) : QString());
        QCOMPARE(s->vcpu, vmi ? 1 + i % 5 : 4);
        QCOMPARE(s->ip, vmi ? QStringLiteral("10.244.0.10") : QString());
        QCOMPARE(s->status, QStringLiteral("Running"));
        QCOMPARE(s->os, i % 10 != 7 ? QStringLiteral("os %1").arg(i % 4) : vmi ? QStringLiteral("Linux") : QStringLiteral("linux"));
    }
    const auto same = [&](const QString &key) { // a join equals decoding both anew
        const auto s = store.get(key);
        const models::VmSummary anew = models::VmSummary::fromJson(key, vms.getLazy(key), vmis.getLazy(key));
        return s->host == anew.host && s->vcpu == anew.vcpu && s->memoryBytes == anew.memoryBytes && s->os == anew.os &&
               s->status == anew.status && s->hasVmi == anew.hasVmi && s->vmiRunning == anew.vmiRunning && s->ip == anew.ip;
    };
    QCOMPARE(store.decodes(), quint64(300 + 200)); // no instance: nothing to decode
    QCOMPARE(store.get(keys[1])->host.constData(), store.get(keys[8])->host.constData()); // nvme-a1, one string
    QCOMPARE(store.get(keys[1])->os.constData(), store.get(keys[5])->os.constData());     // os 1

    moveVmi(vmis, QStringLiteral("vm-001"), QStringLiteral("nvme-b01"), 5000);
    QVERIFY(same(keys[1]));
    QCOMPARE(store.get(keys[1])->host, QStringLiteral("nvme-b01"));
    QCOMPARE(store.decodes(), quint64(501)); // the VMI only

    put(vms, CacheEvent::Modified, keys[2], 5001,
        vmJson({.name = QStringLiteral("vm-002"), .status = QStringLiteral("Stopping"), .os = QStringLiteral("os 9")}, 5001));
    vms.flush();
    QVERIFY(same(keys[2]));
    QCOMPARE(store.get(keys[2])->os, QStringLiteral("os 9"));
    QCOMPARE(store.decodes(), quint64(502)); // the VM only
}
