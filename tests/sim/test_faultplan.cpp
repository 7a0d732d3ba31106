// drover-sim's fault injection without a server: what the next requests answer, in what order,
// and when the plan runs out.
#include "FaultPlan.h"

#include <QTest>

using drover::sim::FaultPlan;

class TestFaultPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingPlanned()
    {
        FaultPlan p;
        QVERIFY(!p.take().has_value());
    }

    // Each injected code answers with the reason kube-apiserver gives it.
    void queuedFailures_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("retryAfter");
        QTest::addColumn<int>("wantCode");
        QTest::addColumn<QString>("reason");
        QTest::newRow("429 with Retry-After") << 429 << 2 << 429 << QStringLiteral("TooManyRequests");
        QTest::newRow("500") << 500 << 0 << 500 << QStringLiteral("InternalError");
        QTest::newRow("503") << 503 << 1 << 503 << QStringLiteral("ServiceUnavailable");
        QTest::newRow("504") << 504 << 0 << 504 << QStringLiteral("Timeout");
        QTest::newRow("below 400 is clamped") << 200 << 0 << 400 << QStringLiteral("InternalError");
        QTest::newRow("above 599 is clamped") << 700 << 0 << 599 << QStringLiteral("InternalError");
    }
    void queuedFailures()
    {
        QFETCH(int, code);
        QFETCH(int, retryAfter);
        FaultPlan p;
        p.failNext(2, code, retryAfter);
        for (int i = 0; i < 2; ++i) {
            const auto a = p.take();
            QVERIFY(a.has_value());
            QTEST(a->code, "wantCode");
            QTEST(a->reason, "reason");
            QCOMPARE(a->retryAfterSeconds, retryAfter);
            QCOMPARE(a->message, QStringLiteral("injected failure (drover-sim fault injection)"));
        }
        QCOMPARE(p.queuedFailures(), 0);
        QVERIFY(!p.take().has_value()); // used up: the server answers again
    }

    // An outage answers every request with 503 and leaves the queued failures for after it.
    void outageComesFirst()
    {
        FaultPlan p;
        p.failNext(1, 500);
        p.outage(60'000);
        for (int i = 0; i < 3; ++i) {
            const auto a = p.take();
            QVERIFY(a.has_value());
            QCOMPARE(a->code, 503);
            QCOMPARE(a->reason, QStringLiteral("ServiceUnavailable"));
            QCOMPARE(a->retryAfterSeconds, 0);
        }
        QCOMPARE(p.queuedFailures(), 1);
        p.outage(0); // over
        const auto a = p.take();
        QVERIFY(a.has_value());
        QCOMPARE(a->code, 500);
        QVERIFY(!p.take().has_value());
    }

    // A later failNext replaces the plan rather than adding to it (as the admin endpoint says).
    void failNextReplaces()
    {
        FaultPlan p;
        p.failNext(5, 500);
        p.failNext(1, 429, 3);
        QCOMPARE(p.queuedFailures(), 1);
        QCOMPARE(p.take()->code, 429);
        QVERIFY(!p.take().has_value());
        p.failNext(-3, 500);
        QVERIFY(!p.take().has_value());
    }
};

QTEST_GUILESS_MAIN(TestFaultPlan)
#include "test_faultplan.moc"
