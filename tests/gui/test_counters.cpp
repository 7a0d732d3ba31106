// Issue 14's rule, at 500 hosts and 10,000 VMs in the real window (offscreen) against drover-sim
// --generate: the numbers on screen are what is listed. Whenever the VM table, the VM counter or
// the status bar's totals are painted, the counter says the table's row count and the totals say
// the hosts in the host tree, the VMs in the table and the instances in the VMI cache; and once the
// connection says it is up to date the table fills with its 10,000 VMs beside 500 hosts.
// (A user saw "0 hosts · 0 VMs · 0 instances running" beside a table of thousands.)
#include "MainWindow.h"
#include "ModelRoles.h"
#include "SimProcess.h"
#include "VmTableModel.h"

#include "HostTreeModel.h"
#include "WindowParts.h"

#include <QAbstractItemView>
#include <QElapsedTimer>
#include <QEvent>
#include <QLabel>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace drover;
using namespace Qt::StringLiterals;

namespace {

// The numbers a label shows, in order, thousands separators ignored.
QList<qint64> numbersIn(const QLabel *label)
{
    static const QRegularExpression number(u"\\d+"_s);
    QString text = label->text();
    text.remove(u',').remove(u'.').remove(QChar(0x202F)).remove(QChar(0xA0));
    QList<qint64> out;
    for (auto it = number.globalMatch(text); it.hasNext();)
        out << it.next().captured().toLongLong();
    return out;
}

// Checks the counters each time one of the watched widgets paints; keeps the first disagreement.
class PaintCheck : public QObject
{
public:
    explicit PaintCheck(ui::MainWindow *w) : m_w(w)
    {
        m_count = w->findChild<QLabel *>(u"vmCount"_s);
        m_totals = w->findChild<QLabel *>(u"totalsLabel"_s);
        for (QWidget *watched : {static_cast<QWidget *>(m_count), static_cast<QWidget *>(m_totals), parts::vmTable(*w)->viewport()})
            if (watched)
                watched->installEventFilter(this);
    }
    bool ready() const { return m_count && m_totals; }
    int paints = 0, paintsWithRows = 0;
    QString firstMismatch;

    // "" when every number on screen is what is listed, else what differs.
    QString mismatch() const
    {
        const qint64 rows = parts::vmModel(*m_w)->rowCount();
        const qint64 shown = parts::vmTable(*m_w)->model()->rowCount();
        const QList<qint64> count = numbersIn(m_count);
        if (count.isEmpty() && m_totals->text().isEmpty() && rows == 0)
            return {}; // nothing listed yet and no number shown: not connected
        // "N VMs" or "shown of N VMs"
        const QList<qint64> wantCount = shown == rows ? QList<qint64>{rows} : QList<qint64>{shown, rows};
        if (count != wantCount)
            return u"counter \"%1\" with %2 rows listed"_s.arg(m_count->text()).arg(rows);
        qint64 hosts = 0;
        const QModelIndex cluster = parts::hostModel(*m_w)->clusterIndex();
        for (int r = 0; r < parts::hostModel(*m_w)->rowCount(cluster); ++r)
            if (!parts::hostModel(*m_w)->index(r, 0, cluster).data(models::RawRole).toString().isEmpty())
                ++hosts;
        const qint64 running = m_w->connection()->vmis() ? m_w->connection()->vmis()->size() : 0;
        const QList<qint64> want{hosts, rows, running};
        if (numbersIn(m_totals) != want)
            return u"status bar \"%1\" with %2 hosts, %3 VMs, %4 instances listed"_s.arg(m_totals->text()).arg(hosts).arg(rows).arg(running);
        return {};
    }

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        if (e->type() == QEvent::Paint) {
            ++paints;
            if (parts::vmModel(*m_w)->rowCount() > 0)
                ++paintsWithRows;
            if (firstMismatch.isEmpty())
                firstMismatch = mismatch();
        }
        return false;
    }

private:
    ui::MainWindow *m_w;
    QLabel *m_count = nullptr, *m_totals = nullptr;
};

} // namespace

class TestCounters : public QObject
{
    Q_OBJECT
    test::SimProcess m_sim;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({u"--generate"_s, u"500:10000"_s, u"--time-scale"_s, u"0"_s}), qPrintable(m_sim.error()));
    }

    void countersAreWhatIsListed()
    {
        ui::MainWindow w;
        PaintCheck check(&w);
        QVERIFY(check.ready());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openKubeconfig({m_sim.kubeconfig()}));
        QVERIFY(QTest::qWaitFor([&w] { return w.connection()->state() == ops::ClusterConnection::State::Synced; }, 60000));
        // Then the table fills (its model takes the listed VMs in on the next turn), and the numbers
        // with it: at every paint on the way, and at the end.
        QElapsedTimer t;
        t.start();
        QVERIFY(QTest::qWaitFor([&w] { return parts::vmModel(w)->rowCount() == 10000; }, 20000));
        qInfo("table full %lld ms after the connection said it was up to date", t.elapsed());
        w.repaint();
        QCOMPARE(w.connection()->nodes()->size(), 500);
        QVERIFY2(check.mismatch().isEmpty(), qPrintable(check.mismatch()));
        QVERIFY(w.connection()->vmis()->size() > 0);
        // And at no paint before, while thousands of rows arrived page by page.
        QVERIFY(check.paintsWithRows > 0);
        QVERIFY2(check.firstMismatch.isEmpty(), qPrintable(check.firstMismatch));
        qInfo("%d paints checked, %d with rows", check.paints, check.paintsWithRows);
    }

    void cleanupTestCase() { m_sim.stop(); }
};

QTEST_MAIN(TestCounters)
#include "test_counters.moc"
