// A change to many VMs at once reaches the views over several turns of the event loop, not in one
// (kube::turn: the turn's share is 2 ms), and all of it arrives: the table and the tree tell their
// changed rows until the turn's share is spent and the rest in the next turns; VMs new to a view
// come in one insert, whatever the share (a list is not spread over many turns).
#include "TestHostTree.h"

#include "HostTreeModel.h"
#include "ModelFixtures.h"
#include "VmTableModel.h"

#include <QTest>
#include <QThread>
#include <QTimer>

using namespace drover;
using namespace drover::test;
using kube::CacheEvent;

namespace {

constexpr int kVms = 3000;
constexpr qlonglong kBig = 32LL << 30; // the memory the changed guests get

QString nameOf(int i)
{
    return QStringLiteral("vm-%1").arg(i, 4, 10, QLatin1Char('0'));
}

// When each view was told of its rows: the event loop's turns counted by a zero-interval timer.
struct Turns
{
    struct Told
    {
        int rows = 0, first = -1, last = -1; // signals, and the turns of the first and the last
    };
    int ticks = 0;
    QTimer loop;
    Turns()
    {
        loop.setInterval(0);
        QObject::connect(&loop, &QTimer::timeout, [this] { ++ticks; });
        loop.start();
    }
    // A slow view: 50 us per signal, so that a batch of 1,000 rows is 50 ms of a view's work.
    void watch(QAbstractItemModel &model, Told *told)
    {
        QObject::connect(&model, &QAbstractItemModel::dataChanged, &loop, [this, told] {
            QThread::usleep(50);
            ++told->rows;
            if (told->first < 0)
                told->first = ticks;
            told->last = ticks;
        });
    }
};

} // namespace

void TestHostTree::aBigChangeIsShownOverSeveralTurns()
{
    kube::ObjectCache nodes, vms, vmis;
    models::VmTableModel table(&vms, &vmis);
    models::HostTreeModel tree(&nodes, &vms, &vmis);
    put(nodes, CacheEvent::Added, QStringLiteral("nvme-a01"), 1, nodeJson(QStringLiteral("nvme-a01"), 1));
    nodes.flush();
    // Added by watch, as a list arrives: each view inserts them in one go, in the turn they came.
    int tableInserts = 0, treeInserts = 0;
    connect(&table, &QAbstractItemModel::rowsInserted, this, [&] { ++tableInserts; });
    connect(&tree, &QAbstractItemModel::rowsInserted, this,
            [&](const QModelIndex &parent) { treeInserts += parent.isValid() && parent.parent().isValid(); });
    for (int i = 0; i < kVms; ++i) {
        const QString key = QStringLiteral("prod/") + nameOf(i);
        put(vms, CacheEvent::Added, key, 10 + i, vmJson({.name = nameOf(i)}, 10 + i));
        put(vmis, CacheEvent::Added, key, 10 + i, vmiJson({.name = nameOf(i), .node = QStringLiteral("nvme-a01")}, 10 + i));
    }
    Turns turns;
    vms.flush();
    vmis.flush();
    QTRY_COMPARE(table.rowCount(), kVms);
    QTRY_COMPARE(tree.rowCount(tree.hostIndex(QStringLiteral("nvme-a01"))), kVms);
    QCOMPARE(tableInserts, 1);
    QCOMPARE(treeInserts, 1);

    // Every row painted once, as a view shows them: a row whose summary a view has read is told
    // when it changes (one never read shows the newest when it is first read, untold).
    for (int r = 0; r < kVms; ++r)
        QCOMPARE(table.index(r, models::VmTableModel::Memory).data(models::RawRole).toLongLong(), 8LL << 30);
    // Every third guest gets more memory (rows apart: one signal each in the table).
    Turns::Told toldTable, toldTree;
    turns.watch(table, &toldTable);
    turns.watch(tree, &toldTree);
    int changed = 0;
    for (int i = 0; i < kVms; i += 3, ++changed)
        put(vmis, CacheEvent::Modified, QStringLiteral("prod/") + nameOf(i), 100000 + i,
            vmiJson({.name = nameOf(i), .node = QStringLiteral("nvme-a01"), .memory = QStringLiteral("32Gi")}, 100000 + i));
    vmis.flush();
    const QModelIndex host = tree.hostIndex(QStringLiteral("nvme-a01"));
    const auto allShown = [&] {
        for (int i = 0; i < kVms; i += 3) {
            const QString key = QStringLiteral("prod/") + nameOf(i);
            if (table.index(table.rowOf(key), models::VmTableModel::Memory).data(models::RawRole).toLongLong() != kBig ||
                tree.vmIndex(key).siblingAtColumn(models::HostTreeModel::Memory).data(models::RawRole).toLongLong() != kBig)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allShown(), 20000);
    // Each view told every changed row (the tree its host's row too), and not in one turn.
    for (const auto &[name, told] : {std::pair{"table", &toldTable}, std::pair{"tree", &toldTree}}) {
        QVERIFY2(told->rows >= changed,
                 qPrintable(QStringLiteral("the %1 told %2 rows of %3").arg(QLatin1String(name)).arg(told->rows).arg(changed)));
        QVERIFY2(told->last > told->first,
                 qPrintable(QStringLiteral("the %1 showed the whole change in one turn: the event loop did not run in between")
                                .arg(QLatin1String(name))));
    }
    // Nothing else moved: the rows not changed show what they did.
    QCOMPARE(table.index(table.rowOf(QStringLiteral("prod/") + nameOf(1)), models::VmTableModel::Memory)
                 .data(models::RawRole)
                 .toLongLong(),
             8LL << 30);
    QCOMPARE(tree.rowCount(host), kVms);
}
