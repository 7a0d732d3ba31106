// A new version of a VMI whose fields the VM views read are as they were (a heartbeat: most of a
// cluster's churn) changes nothing on screen: no view is told its row changed, so a sorted,
// filtered table does not sort it again and the host tree does not sum its host again. A change
// that leaves the host's sums as they were (a guest's new address) tells the VM's rows only.
#include "TestHostTree.h"

#include "HostTreeModel.h"
#include "ModelFixtures.h"
#include "VmTableModel.h"

#include <QSignalSpy>
#include <QTest>

#include <tuple>

using namespace drover;
using namespace drover::test;
using drover::models::HostTreeModel;
using drover::models::VmTableModel;
using kube::CacheEvent;

namespace {

// The VM table and the host tree on one summary store, showing prod/web-01 on nvme-a01.
struct Views
{
    kube::ObjectCache nodes, vms, vmis;
    std::shared_ptr<models::VmSummaryStore> store = std::make_shared<models::VmSummaryStore>();
    VmTableModel table;
    HostTreeModel tree{&nodes, &vms, &vmis};
    const QString key = QStringLiteral("prod/web-01");
    const VmiSpec spec{.name = QStringLiteral("web-01"), .node = QStringLiteral("nvme-a01")};

    Views()
    {
        table.setSummaryStore(store);
        table.setCaches(&vms, &vmis);
        tree.setSummaryStore(store);
        put(nodes, CacheEvent::Added, QStringLiteral("nvme-a01"), 1, nodeJson(QStringLiteral("nvme-a01"), 1));
        put(vms, CacheEvent::Added, key, 2, vmJson({.name = QStringLiteral("web-01")}, 2));
        put(vmis, CacheEvent::Added, key, 3, vmiJson(spec, 3));
        nodes.flush();
        vms.flush();
        vmis.flush();
        table.flushPending();
        tree.flushPending();
    }
    void modify(const QByteArray &json, int rv)
    {
        put(vmis, CacheEvent::Modified, key, rv, json);
        vmis.flush();
    }
};

} // namespace

void TestHostTree::heartbeatShowsNothingNew()
{
    Views v;
    auto [vmis, store, table, tree, key, spec] = std::tie(v.vmis, v.store, v.table, v.tree, v.key, v.spec);
    const QModelIndex ip = table.index(table.rowOf(key), VmTableModel::Ip);
    QCOMPARE(ip.data().toString(), QStringLiteral("10.244.0.10")); // shown, as a view paints it
    QCOMPARE(tree.vmIndex(key).parent(), tree.hostIndex(QStringLiteral("nvme-a01")));
    QSignalSpy tableChanged(&table, &QAbstractItemModel::dataChanged);
    QSignalSpy treeChanged(&tree, &QAbstractItemModel::dataChanged);
    const quint64 decodes = store->decodes();

    // Heartbeats go through the worker like any watch batch; once every one is read, the views
    // show their batches and none of them says a row changed.
    for (int beat = 0; beat < 5; ++beat) {
        put(vmis, CacheEvent::Modified, key, 10 + beat, withHeartbeat(vmiJson(spec, 10 + beat), beat));
        vmis.flush();
    }
    bool read = false;
    QObject receiver;
    store->prepare({key}, &receiver, [&] { read = true; });
    QTRY_VERIFY(read);
    table.flushPending();
    tree.flushPending();
    QCOMPARE(tableChanged.count(), 0);
    QCOMPARE(treeChanged.count(), 0);
    QCOMPARE(store->decodes(), decodes); // printed, not decoded

    // A field they read: the row and its host are told, with the new value.
    const QModelIndex hostCpu = tree.hostIndex(QStringLiteral("nvme-a01")).siblingAtColumn(HostTreeModel::Cpu);
    const QString hostCpuBefore = hostCpu.data().toString();
    VmiSpec grown = spec;
    grown.cores = 6;
    put(vmis, CacheEvent::Modified, key, 20, vmiJson(grown, 20));
    vmis.flush();
    QTRY_COMPARE(tableChanged.count(), 1);
    QCOMPARE(table.index(table.rowOf(key), VmTableModel::VCpu).data().toString(), QStringLiteral("6"));
    QTRY_VERIFY(!treeChanged.isEmpty());
    QVERIFY(hostCpu.data().toString() != hostCpuBefore);

    // A heartbeat read on the GUI thread (a flush that does not wait for the worker) is no change either.
    tableChanged.clear();
    treeChanged.clear();
    put(vmis, CacheEvent::Modified, key, 21, withHeartbeat(vmiJson(grown, 21), 9));
    vmis.flush();
    tree.flushPending(); // get() reads it here
    table.flushPending();
    QCOMPARE(treeChanged.count(), 0);
    QCOMPARE(tableChanged.count(), 0);
}

// As the informer stores them, versions carry the print of the fields the facts are read from
// (read from the event's bytes): a heartbeat's version is the facts' own at once, with no job for
// the worker and no decode; a changed field is decoded and shown.
void TestHostTree::aPrintedHeartbeatIsNotDecoded()
{
    Views v;
    auto sent = [&v](const QByteArray &json, int rv) {
        putAsSent(v.vmis, CacheEvent::Modified, v.key, rv, json);
        v.vmis.flush();
    };
    auto preparedAtOnce = [&v] {
        bool ready = false;
        QObject receiver;
        v.store->prepare({v.key}, &receiver, [&ready] { ready = true; });
        return ready;
    };
    sent(withHeartbeat(vmiJson(v.spec, 40), 0), 40); // the entry's facts get this version's print
    QTRY_VERIFY(preparedAtOnce());
    v.table.flushPending();
    v.tree.flushPending();
    const QModelIndex ip = v.table.index(v.table.rowOf(v.key), VmTableModel::Ip);
    QCOMPARE(ip.data().toString(), QStringLiteral("10.244.0.10")); // shown, as a view paints it
    const quint64 decodes = v.store->decodes();
    QSignalSpy tableChanged(&v.table, &QAbstractItemModel::dataChanged);
    QSignalSpy treeChanged(&v.tree, &QAbstractItemModel::dataChanged);

    for (int beat = 1; beat < 6; ++beat)
        sent(withHeartbeat(vmiJson(v.spec, 40 + beat), beat), 40 + beat);
    QVERIFY(preparedAtOnce()); // without the print: a job for the worker, ready later
    QCOMPARE(v.store->decodes(), decodes);
    v.table.flushPending();
    v.tree.flushPending();
    QCOMPARE(tableChanged.count(), 0);
    QCOMPARE(treeChanged.count(), 0);

    VmiSpec moved = v.spec;
    moved.ip = QStringLiteral("10.244.0.78");
    sent(vmiJson(moved, 50), 50);
    QVERIFY(!preparedAtOnce());
    QTRY_COMPARE(tableChanged.count(), 1);
    QCOMPARE(v.table.index(v.table.rowOf(v.key), VmTableModel::Ip).data().toString(), QStringLiteral("10.244.0.78"));
    QCOMPARE(v.store->decodes(), decodes + 1);
}

void TestHostTree::anAddressChangesOnlyItsVmRows()
{
    Views v;
    const QModelIndex host = v.tree.hostIndex(QStringLiteral("nvme-a01"));
    QSignalSpy tableChanged(&v.table, &QAbstractItemModel::dataChanged);
    QSignalSpy treeChanged(&v.tree, &QAbstractItemModel::dataChanged);
    VmiSpec moved = v.spec;
    moved.ip = QStringLiteral("10.244.0.77");
    v.modify(vmiJson(moved, 30), 30);
    QTRY_COMPARE(tableChanged.count(), 1);
    QCOMPARE(v.table.index(v.table.rowOf(v.key), VmTableModel::Ip).data().toString(), QStringLiteral("10.244.0.77"));
    QTRY_COMPARE(treeChanged.count(), 1);
    const auto topLeft = treeChanged.first().at(0).value<QModelIndex>();
    QCOMPARE(topLeft.siblingAtColumn(0), v.tree.vmIndex(v.key)); // not the host, not the cluster
    QCOMPARE(topLeft.parent(), host);

    // Its memory changes the host's sum: the host and the cluster rows are told too.
    treeChanged.clear();
    VmiSpec bigger = moved;
    bigger.memory = QStringLiteral("16Gi");
    v.modify(vmiJson(bigger, 31), 31);
    QTRY_COMPARE(treeChanged.count(), 3);
    QSet<QModelIndex> told;
    for (const QList<QVariant> &signal : std::as_const(treeChanged))
        told.insert(signal.at(0).value<QModelIndex>().siblingAtColumn(0));
    QCOMPARE(told, (QSet<QModelIndex>{v.tree.vmIndex(v.key), host, host.parent()}));
}
