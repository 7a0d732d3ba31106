// drover-sim's load generator, POST /drover-sim/v1/churn?count=N[&shownEvery=K]: N VMI updates
// round-robin over the VMIs in key order, each request going on where the last one stopped;
// update n (counted over all requests) writes the drover.io/heartbeat annotation n;
// every K-th (n % K == 0) also has the guest agent report another address on the first interface,
// allocated from the node's pod range as the simulated scheduler allocates one, so no two VMIs
// share an address. A VMI without an agent keeps its pod IP. Bad parameters are refused in words.
#include "SimHttpCluster.h"

#include <QJsonArray>
#include <QTest>

using namespace drover::sim;
using namespace Qt::StringLiterals;

namespace {

struct Cluster : test::SimHttpCluster
{
    Cluster() : SimHttpCluster(u"churn"_s, vms()) {}
    static QList<VmSpec> vms()
    {
        QList<VmSpec> out;
        for (const char *name : {"a", "b", "c", "d"}) {
            VmSpec v;
            v.name = QLatin1StringView(name);
            v.guestAgent = v.name != "d"_L1;
            out << v;
        }
        return out;
    }
    QJsonObject iface(const QString &name) const
    {
        return objectAt(vmi(u"default"_s, name), "status"_L1).value("interfaces"_L1).toArray().first().toObject();
    }
    QString ip(const QString &name) const { return stringAt(iface(name), "ipAddress"_L1); }
    QString heartbeat(const QString &name) const
    {
        return objectAt(objectAt(vmi(u"default"_s, name), "metadata"_L1), "annotations"_L1)
            .value("drover.io/heartbeat"_L1)
            .toString();
    }
};

const QStringList kNames{u"a"_s, u"b"_s, u"c"_s, u"d"_s};

} // namespace

class TestChurn : public QObject
{
    Q_OBJECT
    std::unique_ptr<Cluster> m_c;

    QHash<QString, QString> ips() const
    {
        QHash<QString, QString> out;
        for (const QString &n : kNames)
            out.insert(n, m_c->ip(n));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_c = std::make_unique<Cluster>();
        for (const QString &n : kNames)
            QTRY_VERIFY2_WITH_TIMEOUT(!m_c->ip(n).isEmpty(), qPrintable(n + u" has no address"_s), 10000);
    }
    void cleanupTestCase() { m_c.reset(); }

    // 8 updates, every third shown: n = 0 (a), 3 (d: no agent), 6 (c) give a new address.
    void everyKthUpdateGivesANewAddress()
    {
        const QHash<QString, QString> before = ips();
        const test::SimReply r = m_c->send("POST", u"/drover-sim/v1/churn?count=8&shownEvery=3"_s);
        QCOMPARE(r.code, 202);
        QCOMPARE(r.json().value("message"_L1).toString(), u"8 updates queued"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_c->heartbeat(u"d"_s), u"7"_s, 10000);
        QCOMPARE(m_c->heartbeat(u"a"_s), u"4"_s);
        QCOMPARE(m_c->heartbeat(u"b"_s), u"5"_s);
        QCOMPARE(m_c->heartbeat(u"c"_s), u"6"_s);

        const QHash<QString, QString> after = ips();
        QVERIFY(after[u"a"_s] != before[u"a"_s]);
        QVERIFY(after[u"c"_s] != before[u"c"_s]);
        QCOMPARE(after[u"b"_s], before[u"b"_s]);
        QCOMPARE(after[u"d"_s], before[u"d"_s]);
        QSet<QString> distinct;
        for (const QString &n : kNames) {
            const QString prefix = before[n].section(u'.', 0, 2) + u'.';
            QVERIFY2(after[n].startsWith(prefix), qPrintable(u"%1: %2 is not in %3"_s.arg(n, after[n], prefix)));
            QCOMPARE(m_c->iface(n).value("ipAddresses"_L1).toArray().first().toString(), after[n]);
            distinct.insert(after[n]);
        }
        QCOMPARE(distinct.size(), kNames.size());
    }

    // Without shownEvery only the annotation changes. The round goes on from d: a, b, then c.
    void heartbeatsOnly()
    {
        const QHash<QString, QString> before = ips();
        QCOMPARE(m_c->send("POST", u"/drover-sim/v1/churn?count=3"_s).code, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_c->heartbeat(u"c"_s), u"10"_s, 10000);
        QCOMPARE(m_c->heartbeat(u"a"_s), u"8"_s);
        QCOMPARE(m_c->heartbeat(u"b"_s), u"9"_s);
        QCOMPARE(m_c->heartbeat(u"d"_s), u"7"_s);
        QCOMPARE(ips(), before);
    }

    // The pool of addresses is kept from one request to the next: renewing every guest again
    // (a, b, c: d has no agent) still gives each its own address in its range.
    void addressesStayDistinctAcrossRequests()
    {
        const QHash<QString, QString> before = ips();
        QCOMPARE(m_c->send("POST", u"/drover-sim/v1/churn?count=4&shownEvery=1"_s).code, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_c->heartbeat(u"c"_s), u"14"_s, 10000);
        const QHash<QString, QString> after = ips();
        QSet<QString> distinct;
        for (const QString &n : kNames) {
            QCOMPARE(after[n] == before[n], n == u"d"_s);
            distinct.insert(after[n]);
        }
        QCOMPARE(distinct.size(), kNames.size());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        QTest::newRow("no count") << u""_s << u"count must be a positive number of updates, not \"\""_s;
        QTest::newRow("count not a number") << u"count=many"_s << u"count must be a positive number of updates, not \"many\""_s;
        QTest::newRow("count zero") << u"count=0"_s << u"count must be a positive number of updates, not \"0\""_s;
        QTest::newRow("shownEvery negative")
            << u"count=3&shownEvery=-1"_s << u"shownEvery must be a number of updates (0: none), not \"-1\""_s;
        QTest::newRow("shownEvery not a number")
            << u"count=3&shownEvery=x"_s << u"shownEvery must be a number of updates (0: none), not \"x\""_s;
    }
    void refused()
    {
        QFETCH(QString, query);
        const QString heartbeat = m_c->heartbeat(u"a"_s);
        const test::SimReply r = m_c->send("POST", u"/drover-sim/v1/churn?"_s + query);
        QCOMPARE(r.code, 400);
        QTEST(r.json().value("message"_L1).toString(), "message");
        QCOMPARE(r.json().value("reason"_L1).toString(), u"BadRequest"_s);
        QCoreApplication::processEvents(); // a queued churn would start here
        QCOMPARE(m_c->heartbeat(u"a"_s), heartbeat);
    }
};

QTEST_MAIN(TestChurn)
#include "test_churn.moc"
