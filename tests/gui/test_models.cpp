// VmTableModel, HostTreeModel and VmFilterProxy fed with ObjectCache batches as the informers
// deliver them: rows, columns, roles, and — above all — incremental signals, never a reset.
#include "ModelFixtures.h"
#include "TestHostTree.h"
#include "VmFilterProxy.h"
#include "VmSummary.h"
#include "VmTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace drover;
using namespace drover::test;
using kube::CacheEvent;
using models::VmTableModel;

class TestVmTable : public QObject
{
    Q_OBJECT
private:
    // prod/web-01 on a01, prod/db-01 on a02, staging/test-01 stopped.
    void fillSmall(kube::ObjectCache &vms, kube::ObjectCache &vmis)
    {
        put(vms, CacheEvent::Added, QStringLiteral("prod/web-01"), 1, vmJson({.name = QStringLiteral("web-01")}, 1));
        put(vms, CacheEvent::Added, QStringLiteral("prod/db-01"), 2,
            vmJson({.name = QStringLiteral("db-01"), .cores = 8, .memory = QStringLiteral("32Gi"), .os = QStringLiteral("Windows Server 2022")}, 2));
        put(vms, CacheEvent::Added, QStringLiteral("staging/test-01"), 3,
            vmJson({.ns = QStringLiteral("staging"), .name = QStringLiteral("test-01"), .status = QStringLiteral("Stopped"),
                    .runStrategy = QStringLiteral("Halted"), .cores = 2, .memory = QStringLiteral("2Gi")}, 3));
        put(vmis, CacheEvent::Added, QStringLiteral("prod/web-01"), 4,
            vmiJson({.name = QStringLiteral("web-01"), .node = QStringLiteral("nvme-a01"), .ip = QStringLiteral("10.244.0.7")}, 4));
        put(vmis, CacheEvent::Added, QStringLiteral("prod/db-01"), 5,
            vmiJson({.name = QStringLiteral("db-01"), .node = QStringLiteral("nvme-a02"), .ip = QStringLiteral("10.244.1.20"),
                     .cores = 8, .memory = QStringLiteral("32Gi")}, 5));
        vms.flush();
        vmis.flush();
    }

private Q_SLOTS:
    void tableRowsAndColumns()
    {
        kube::ObjectCache vms, vmis;
        VmTableModel model(&vms, &vmis);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        fillSmall(vms, vmis);
        QCOMPARE(model.rowCount(), 0); // coalesced: nothing before the event loop turns
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);  // both batches, one ranged insert
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.columnCount(), int(VmTableModel::ColumnCount));

        const int r = model.rowOf(QStringLiteral("prod/db-01"));
        QVERIFY(r >= 0);
        auto cell = [&](int col, int role = Qt::DisplayRole) { return model.index(r, col).data(role); };
        QCOMPARE(cell(VmTableModel::Name).toString(), QStringLiteral("db-01"));
        QCOMPARE(cell(VmTableModel::Namespace).toString(), QStringLiteral("prod"));
        QCOMPARE(cell(VmTableModel::Status).toString(), QStringLiteral("Running"));
        QCOMPARE(cell(VmTableModel::Host).toString(), QStringLiteral("nvme-a02"));
        QCOMPARE(cell(VmTableModel::VCpu).toString(), QStringLiteral("8"));
        QCOMPARE(cell(VmTableModel::VCpu, models::RawRole).toInt(), 8);
        QCOMPARE(cell(VmTableModel::Memory).toString(), QStringLiteral("32.0 GiB"));
        QCOMPARE(cell(VmTableModel::Memory, models::RawRole).toLongLong(), 32LL << 30);
        QCOMPARE(cell(VmTableModel::Os).toString(), QStringLiteral("Windows Server 2022"));
        QCOMPARE(cell(VmTableModel::Ip).toString(), QStringLiteral("10.244.1.20"));
        QCOMPARE(cell(VmTableModel::Name, models::KeyRole).toString(), QStringLiteral("prod/db-01"));
        QCOMPARE(cell(VmTableModel::Status, Qt::DecorationRole).value<QColor>(), models::statusColor(models::StatusKind::Running));
        QCOMPARE(model.headerData(VmTableModel::Ip, Qt::Horizontal).toString(), QStringLiteral("IP address"));

        const int stopped = model.rowOf(QStringLiteral("staging/test-01"));
        QCOMPARE(model.index(stopped, VmTableModel::Status).data().toString(), QStringLiteral("Stopped"));
        QCOMPARE(model.index(stopped, VmTableModel::Host).data().toString(), QString());
        QCOMPARE(model.index(stopped, VmTableModel::Status).data(models::StatusKindRole).toInt(), int(models::StatusKind::Stopped));
    }

    void tableIncrementalUpdates()
    {
        kube::ObjectCache vms, vmis;
        VmTableModel model(&vms, &vmis);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fillSmall(vms, vmis);
        model.flushPending();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // A storm on one VMI (it migrates, its IP flaps): many batches, one dataChanged.
        for (int i = 0; i < 50; ++i) {
            put(vmis, CacheEvent::Modified, QStringLiteral("prod/web-01"), 100 + i,
                vmiJson({.name = QStringLiteral("web-01"), .node = i % 2 ? QStringLiteral("nvme-a03") : QStringLiteral("nvme-a04"),
                         .ip = QStringLiteral("10.244.3.%1").arg(i)}, 100 + i));
            vmis.flush();
        }
        QTRY_COMPARE(changed.count(), 1);
        const int r = model.rowOf(QStringLiteral("prod/web-01"));
        QCOMPARE(changed.first().at(0).toModelIndex().row(), r);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), r);
        QCOMPARE(model.index(r, VmTableModel::Host).data().toString(), QStringLiteral("nvme-a03"));
        QCOMPARE(model.index(r, VmTableModel::Ip).data().toString(), QStringLiteral("10.244.3.49"));

        // Stop: the VMI goes, the VM says Stopped. Same row, new values.
        changed.clear();
        put(vmis, CacheEvent::Deleted, QStringLiteral("prod/web-01"), 200, {});
        put(vms, CacheEvent::Modified, QStringLiteral("prod/web-01"), 201,
            vmJson({.name = QStringLiteral("web-01"), .status = QStringLiteral("Stopped"), .runStrategy = QStringLiteral("Halted")}, 201));
        vmis.flush();
        vms.flush();
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(model.index(r, VmTableModel::Status).data().toString(), QStringLiteral("Stopped"));
        QCOMPARE(model.index(r, VmTableModel::Host).data().toString(), QString());

        // A VM deleted and one created in the same turn.
        put(vms, CacheEvent::Deleted, QStringLiteral("prod/db-01"), 300, {});
        put(vms, CacheEvent::Added, QStringLiteral("prod/new-01"), 301, vmJson({.name = QStringLiteral("new-01")}, 301));
        vms.flush();
        QTRY_COMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("prod/db-01")), -1);
        QVERIFY(model.rowOf(QStringLiteral("prod/new-01")) >= 0);
        QCOMPARE(model.keyAt(model.rowOf(QStringLiteral("staging/test-01"))), QStringLiteral("staging/test-01"));
        // A VMI without its VM (being deleted) adds no row.
        put(vmis, CacheEvent::Added, QStringLiteral("prod/orphan"), 400, vmiJson({.name = QStringLiteral("orphan"), .node = QStringLiteral("nvme-a01")}, 400));
        vmis.flush();
        model.flushPending();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(reset.count(), 0);
    }

    void tableOneRangedSignalWhenMostRowsChange()
    {
        kube::ObjectCache vms, vmis;
        VmTableModel model(&vms, &vmis);
        for (int i = 0; i < 100; ++i)
            put(vms, CacheEvent::Added, QStringLiteral("ci/vm-%1").arg(i, 3, 10, QLatin1Char('0')), i,
                vmJson({.ns = QStringLiteral("ci"), .name = QStringLiteral("vm-%1").arg(i, 3, 10, QLatin1Char('0'))}, i));
        vms.flush();
        model.flushPending();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 80; ++i)
            put(vmis, CacheEvent::Added, QStringLiteral("ci/vm-%1").arg(i * 5 / 4, 3, 10, QLatin1Char('0')), 1000 + i,
                vmiJson({.ns = QStringLiteral("ci"), .name = QStringLiteral("vm-%1").arg(i * 5 / 4, 3, 10, QLatin1Char('0')),
                         .node = QStringLiteral("nvme-a01")}, 1000 + i));
        vmis.flush();
        model.flushPending();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 99);
        // Name and Namespace are the row's key: never changed in place, never in the signal.
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(VmTableModel::Status));
        QCOMPARE(changed.first().at(1).toModelIndex().column(), int(VmTableModel::Cluster));
        // A few scattered rows: one signal per contiguous run.
        changed.clear();
        for (int i : {3, 4, 5, 40, 90})
            put(vms, CacheEvent::Modified, QStringLiteral("ci/vm-%1").arg(i, 3, 10, QLatin1Char('0')), 2000 + i,
                vmJson({.ns = QStringLiteral("ci"), .name = QStringLiteral("vm-%1").arg(i, 3, 10, QLatin1Char('0')),
                        .status = QStringLiteral("Paused")}, 2000 + i));
        vms.flush();
        model.flushPending();
        QCOMPARE(changed.count(), 3);
    }

    void tableScale()
    {
        // 10,000 VMs and 100,000 VMI events: ingest cost is per key, rows are built when read.
        kube::ObjectCache vms, vmis;
        VmTableModel model(&vms, &vmis);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const int n = 10000;
        QList<QByteArray> vmiBodies;
        for (int i = 0; i < n; ++i) {
            const QString name = QStringLiteral("vm-%1").arg(i, 5, 10, QLatin1Char('0'));
            put(vms, CacheEvent::Added, QStringLiteral("ci/") + name, i, vmJson({.ns = QStringLiteral("ci"), .name = name}, i));
            vmiBodies << vmiJson({.ns = QStringLiteral("ci"), .name = name, .node = QStringLiteral("nvme-a01")}, i);
        }
        vms.flush();
        model.flushPending();
        QCOMPARE(model.rowCount(), n);
        QElapsedTimer t;
        t.start();
        int rv = n;
        for (int batch = 0; batch < 100; ++batch) {
            for (int j = 0; j < 1000; ++j) {
                const int i = (batch * 1000 + j * 7) % n;
                put(vmis, CacheEvent::Modified, QStringLiteral("ci/vm-%1").arg(i, 5, 10, QLatin1Char('0')), ++rv, vmiBodies[i]);
            }
            vmis.flush();
            if (batch % 10 == 9)
                QCoreApplication::processEvents(); // the model flushes every few batches
        }
        model.flushPending();
        const qint64 ms = t.elapsed();
        qInfo("100000 VMI events into a 10000-row model: %lld ms", static_cast<long long>(ms));
        QVERIFY2(ms < 5000, qPrintable(QStringLiteral("took %1 ms").arg(ms)));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.index(n - 1, VmTableModel::Host).data().toString(), QStringLiteral("nvme-a01"));
    }

    void actionRules_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("runStrategy");
        QTest::addColumn<bool>("hasVmi");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<QString>("allowed"); // S=start X=stop K=force stop R=restart P=pause U=resume

        QTest::newRow("running") << "Running" << "Always" << true << false << "XKRP";
        QTest::newRow("stopped") << "Stopped" << "Halted" << false << false << "S";
        QTest::newRow("paused") << "Paused" << "Always" << true << true << "XKRU";
        QTest::newRow("starting, no VMI yet") << "Starting" << "Always" << false << false << "XK";
        QTest::newRow("stopping") << "Stopping" << "Halted" << true << false << "XK";
        QTest::newRow("crashloop, Always") << "CrashLoopBackOff" << "Always" << false << false << "XK";
        QTest::newRow("failed, RerunOnFailure") << "CrashLoopBackOff" << "RerunOnFailure" << false << false << "SXK";
        QTest::newRow("unschedulable") << "ErrorUnschedulable" << "Always" << true << false << "XK";
        QTest::newRow("manual, stopped") << "Stopped" << "Manual" << false << false << "S";
        // The VM itself not read (or not decodable): nothing is assumed about its run strategy (the summary's
        // default), so nothing is held back.
        QTest::newRow("VM unread, VMI running") << "Running" << QString() << true << false << "XKRP";
        QTest::newRow("VM unread, starting") << "Starting" << QString() << false << false << "XK";
    }

    void actionRules()
    {
        QFETCH(QString, status);
        QFETCH(QString, runStrategy);
        QFETCH(bool, hasVmi);
        QFETCH(bool, paused);
        QFETCH(QString, allowed);
        models::VmSummary s;
        s.status = status;
        s.kind = models::statusKindOf(status);
        if (!runStrategy.isEmpty())
            s.runStrategy = core::runStrategyFromName(runStrategy);
        s.hasVmi = hasVmi;
        s.vmiRunning = hasVmi;
        s.paused = paused;
        QString got;
        const std::pair<models::VmAction, QChar> letters[] = {
            {models::VmAction::Start, QLatin1Char('S')}, {models::VmAction::Stop, QLatin1Char('X')},
            {models::VmAction::ForceStop, QLatin1Char('K')}, {models::VmAction::Restart, QLatin1Char('R')},
            {models::VmAction::Pause, QLatin1Char('P')}, {models::VmAction::Resume, QLatin1Char('U')}};
        for (const auto &[a, c] : letters)
            if (models::actionAllowed(a, s))
                got += c;
        QCOMPARE(got, allowed);
    }

    // A VM with an instancetype (u1.medium) has no CPU or memory in its template: blank while it
    // is stopped, its VMI's (the instancetype applied by virt-controller) once it runs.
    void instancetypeVmFromItsVmi()
    {
        const QByteArray vm = R"json({"metadata":{"name":"it-01","namespace":"prod","uid":"u-it"},
"spec":{"runStrategy":"Always","instancetype":{"name":"u1.medium"},"preference":{"name":"fedora"},
"template":{"spec":{"domain":{"devices":{}}}}},"status":{"printableStatus":"Running"}})json";
        const models::VmSummary stopped = models::VmSummary::fromJson(QStringLiteral("prod/it-01"), kube::LazyObject(vm), {});
        QVERIFY(stopped.valid);
        QCOMPARE(stopped.vcpu, 0);
        QCOMPARE(stopped.memoryBytes, 0);
        const QByteArray vmi = vmiJson({.name = QStringLiteral("it-01"), .node = QStringLiteral("nvme-a01"), .ip = QStringLiteral("10.244.0.9"),
                                        .cores = 1, .memory = QStringLiteral("4Gi")}, 7);
        const models::VmSummary running =
            models::VmSummary::fromJson(QStringLiteral("prod/it-01"), kube::LazyObject(vm), kube::LazyObject(vmi));
        QCOMPARE(running.vcpu, 1);
        QCOMPARE(running.memoryBytes, 4LL << 30);
    }

    void filterProxy();
    void instancesComingDoNotSortByNameAgain();
};

namespace {
// The table's proxy, counting the comparisons its sorting makes.
class CountingProxy : public models::VmFilterProxy
{
public:
    mutable int comparisons = 0;

protected:
    bool lessThan(const QModelIndex &l, const QModelIndex &r) const override
    {
        ++comparisons;
        return models::VmFilterProxy::lessThan(l, r);
    }
};
} // namespace

// At start-up the VMIs' list often comes after the VMs': nearly every row changes at once. A row
// is its VM's key, so its name cannot have changed, and a table sorted by name (the default) has
// nothing to place again: no comparison at all. (With Name in the change, Qt's proxy took every
// changed row out and sorted it back in.) Sorted by host, the same batch is placed as it must be.
void TestVmTable::instancesComingDoNotSortByNameAgain()
{
    kube::ObjectCache vms, vmis;
    VmTableModel model(&vms, &vmis);
    CountingProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto name = [](int i) { return QStringLiteral("vm-%1").arg((i * 37) % 100, 3, 10, QLatin1Char('0')); };
    for (int i = 0; i < 100; ++i)
        put(vms, CacheEvent::Added, QStringLiteral("ci/") + name(i), i, vmJson({.ns = QStringLiteral("ci"), .name = name(i)}, i));
    vms.flush();
    model.flushPending();
    proxy.sort(VmTableModel::Name);
    QVERIFY(proxy.comparisons > 0);
    const auto placeOn = [&](const QString &node, int rv) {
        for (int i = 0; i < 80; ++i)
            put(vmis, CacheEvent::Modified, QStringLiteral("ci/") + name(i), rv + i,
                vmiJson({.ns = QStringLiteral("ci"), .name = name(i), .node = node}, rv + i));
        vmis.flush();
        model.flushPending();
    };
    proxy.comparisons = 0;
    placeOn(QStringLiteral("nvme-a01"), 1000);
    QCOMPARE(proxy.comparisons, 0);
    QCOMPARE(proxy.index(0, VmTableModel::Name).data().toString(), QStringLiteral("vm-000"));
    QCOMPARE(proxy.index(99, VmTableModel::Name).data().toString(), QStringLiteral("vm-099"));
    QCOMPARE(proxy.index(0, VmTableModel::Host).data().toString(), QStringLiteral("nvme-a01"));
    // Sorted by host, a move is placed: the 80 on nvme-a02 come after the 20 with no host.
    proxy.sort(VmTableModel::Host);
    proxy.comparisons = 0;
    placeOn(QStringLiteral("nvme-a02"), 2000);
    QVERIFY(proxy.comparisons > 0);
    QVERIFY(proxy.index(19, VmTableModel::Host).data().toString().isEmpty());
    QCOMPARE(proxy.index(20, VmTableModel::Host).data().toString(), QStringLiteral("nvme-a02"));
    QCOMPARE(proxy.index(99, VmTableModel::Host).data().toString(), QStringLiteral("nvme-a02"));
}

void TestVmTable::filterProxy()
{
    kube::ObjectCache vms, vmis;
    VmTableModel model(&vms, &vmis);
    models::VmFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillSmall(vms, vmis);
    model.flushPending();
    QCOMPARE(proxy.rowCount(), 3);
    auto keys = [&] {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.index(r, 0).data(models::KeyRole).toString();
        return out;
    };
    const QList<std::pair<QString, QStringList>> cases = {
        {QStringLiteral("web"), {QStringLiteral("prod/web-01")}},            // name
        {QStringLiteral("STAGING"), {QStringLiteral("staging/test-01")}},    // namespace, any case
        {QStringLiteral("nvme-a02"), {QStringLiteral("prod/db-01")}},        // host
        {QStringLiteral("windows"), {QStringLiteral("prod/db-01")}},         // OS
        {QStringLiteral("stopped"), {QStringLiteral("staging/test-01")}},    // status
        {QStringLiteral("10.244.0.7"), {QStringLiteral("prod/web-01")}},     // IP
        {QStringLiteral("prod running"), {QStringLiteral("prod/db-01"), QStringLiteral("prod/web-01")}}, // every word
        {QStringLiteral("prod stopped"), {}},
    };
    proxy.sort(VmTableModel::Name);
    for (const auto &[text, expected] : cases) {
        proxy.setFilterText(text);
        QStringList got = keys();
        got.sort();
        QCOMPARE(got, expected);
    }
    proxy.setFilterText({});
    // Sorting uses raw values: vCPU as numbers (2 < 4 < 8), descending.
    proxy.sort(VmTableModel::VCpu, Qt::DescendingOrder);
    QCOMPARE(keys(), (QStringList{QStringLiteral("prod/db-01"), QStringLiteral("prod/web-01"), QStringLiteral("staging/test-01")}));
    // The filter follows updates: web-01 moves to nvme-a02 and matches.
    proxy.setFilterText(QStringLiteral("nvme-a02"));
    put(vmis, CacheEvent::Modified, QStringLiteral("prod/web-01"), 50,
        vmiJson({.name = QStringLiteral("web-01"), .node = QStringLiteral("nvme-a02")}, 50));
    vmis.flush();
    QTRY_COMPARE(proxy.rowCount(), 2);
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestVmTable table;
    TestHostTree tree;
    int failed = QTest::qExec(&table, argc, argv);
    failed += QTest::qExec(&tree, argc, argv);
    return failed;
}
#include "test_models.moc"
