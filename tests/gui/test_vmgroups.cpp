// View ▸ Group VMs By against the real drover-sim, in the real window: grouped by namespace, by
// host and by tenant cluster (Cluster API's cluster.x-k8s.io/cluster-name label, as CAPK puts it
// on the VMs of a tenant cluster, shown in the Tenant cluster column); each group under a header
// row spanning the table that names it and counts its VMs; headers never selected; the selected
// VM stays selected through regrouping, filtering and a VM moving to another group when it stops.
#include "SimWindow.h"
#include "VmGroupProxy.h"
#include "WindowParts.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace drover;
using namespace Qt::StringLiterals;
using R = kube::ApiResource;
using models::VmTableModel;

class TestVmGroups : public QObject
{
    Q_OBJECT
    test::SimWindow m_sw;
    ui::MainWindow *win() const { return m_sw.win.get(); }
    models::VmGroupProxy *groups() const { return parts::vmGroups(*win()); }

    void groupBy(const char *action)
    {
        auto *a = win()->findChild<QAction *>(QLatin1String(action));
        QVERIFY(a);
        a->trigger();
    }
    // The header of the group a VM's row is in.
    QString groupOf(const QString &key) const
    {
        for (int r = parts::tableIndexOf(*win(), key).row(); r >= 0; --r)
            if (groups()->isGroupRow(r))
                return groups()->index(r, 0).data().toString();
        return {};
    }
    QStringList headers() const
    {
        QStringList out;
        for (int r : groups()->groupRows())
            out << groups()->index(r, 0).data().toString();
        return out;
    }
    bool patch(const QString &ns, const QString &name, const QByteArray &body)
    {
        std::optional<kube::Response> done;
        QObject ctx;
        win()->connection()->client()->patch(R::virtualMachines(), ns, name, kube::PatchType::Merge, body, &ctx,
                                             [&done](const kube::Response &r) { done = r; });
        return QTest::qWaitFor([&done] { return done.has_value(); }, 10000) && done->ok();
    }
    QStringList selectedKeys() const
    {
        QStringList keys;
        for (const QModelIndex &i : parts::vmTable(*win())->selectionModel()->selectedRows())
            keys << i.data(models::KeyRole).toString();
        return keys;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sw.start(u"0.05"_s));
        // A tenant cluster's nodes, labelled as Cluster API's KubeVirt provider labels them.
        for (const QString &key : {u"prod/shop-web-01"_s, u"prod/shop-web-02"_s, u"ci/gh-runner-01"_s})
            QVERIFY(patch(key.section(u'/', 0, 0), key.section(u'/', 1),
                          R"json({"metadata":{"labels":{"cluster.x-k8s.io/cluster-name":"tenant-a"}}})json"));
        QTRY_COMPARE(parts::vmModel(*win())->summaryOf(u"ci/gh-runner-01"_s)->tenantCluster, u"tenant-a"_s);
    }
    void cleanupTestCase()
    {
        groupBy("groupByNone"); // the choice is kept in the settings: leave it as found
        m_sw.stop();
    }

    void byNamespace()
    {
        QVERIFY(m_sw.select(u"prod/shop-web-02"_s));
        groupBy("groupByNamespace");
        QCOMPARE(headers().size(), 3); // ci, prod, staging
        QVERIFY2(headers().first().startsWith(u"ci — "_s), qPrintable(headers().join(u", "_s)));
        QCOMPARE(groupOf(u"prod/shop-web-02"_s).section(u" — "_s, 0, 0), u"prod"_s);
        QCOMPARE(groups()->rowCount(), 40 + 3);
        QCOMPARE(groups()->headerData(VmTableModel::Host, Qt::Horizontal).toString(), u"Host"_s); // columns keep their names
        // The selection stayed on the VM, not on whatever row it used to be.
        QCOMPARE(selectedKeys(), QStringList{u"prod/shop-web-02"_s});
        QCOMPARE(parts::targets(*win()), QStringList{u"prod/shop-web-02"_s});
        // A header spans the table and cannot be selected.
        const int header = groups()->groupRows().first();
        QCOMPARE(parts::vmTable(*win())->columnSpan(header, 0), VmTableModel::ColumnCount);
        QVERIFY(!(groups()->flags(groups()->index(header, 0)) & Qt::ItemIsSelectable));
    }

    void byHostFollowingAStop()
    {
        groupBy("groupByHost");
        const QString host = parts::vmModel(*win())->summaryOf(u"prod/shop-web-01"_s)->host;
        QVERIFY(!host.isEmpty());
        QVERIFY2(groupOf(u"prod/shop-web-01"_s).startsWith(host + u" — "_s), qPrintable(groupOf(u"prod/shop-web-01"_s)));
        const QStringList before = headers();
        QVERIFY2(before.last().startsWith(u"Not running on a host — "_s), qPrintable(before.join(u", "_s))); // stopped VMs last
        test::shoot(win(), QStringLiteral(DROVER_SCREENSHOT_DIR), u"vmtable-grouped-host.png"_s);

        QVERIFY(patch(u"prod"_s, u"shop-web-01"_s, R"json({"spec":{"runStrategy":"Halted"}})json"));
        QTRY_VERIFY_WITH_TIMEOUT(groupOf(u"prod/shop-web-01"_s).startsWith(u"Not running on a host — "_s), 15000);
        QCOMPARE(selectedKeys(), QStringList{u"prod/shop-web-02"_s}); // untouched by the move
        QVERIFY(patch(u"prod"_s, u"shop-web-01"_s, R"json({"spec":{"runStrategy":"Always"}})json"));
    }

    void byTenantClusterFiltered()
    {
        groupBy("groupByCluster");
        const QStringList all = headers();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.first(), u"tenant-a — 3 VM(s)"_s);
        QCOMPARE(all.last(), u"No tenant cluster — 37 VM(s)"_s);
        QCOMPARE(parts::tableIndexOf(*win(), u"ci/gh-runner-01"_s, VmTableModel::Cluster).data().toString(), u"tenant-a"_s);
        test::shoot(win(), QStringLiteral(DROVER_SCREENSHOT_DIR), u"vmtable-grouped-cluster.png"_s);

        // One keystroke regroups once: the filter's many removals arrive as one layout change, and
        // the groups are right as soon as it returns.
        QSignalSpy layouts(groups(), &QAbstractItemModel::layoutChanged);
        parts::filterEdit(*win())->setText(u"shop-web"_s);
        QCOMPARE(layouts.size(), 1);
        QCOMPARE(headers().value(0), u"tenant-a — 2 VM(s)"_s);
        QCOMPARE(groups()->rowCount() - int(groups()->groupRows().size()),
                 int(groups()->sourceModel()->rowCount()));
        QCOMPARE(selectedKeys(), QStringList{u"prod/shop-web-02"_s});
        parts::filterEdit(*win())->clear();
        QTRY_COMPARE(groups()->rowCount(), 40 + 2);

        groupBy("groupByNone");
        QVERIFY(groups()->groupRows().isEmpty());
        QCOMPARE(groups()->rowCount(), 40);
        QCOMPARE(selectedKeys(), QStringList{u"prod/shop-web-02"_s});
    }
};

QTEST_MAIN(TestVmGroups)
#include "test_vmgroups.moc"
