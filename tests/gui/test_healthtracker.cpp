// HealthTracker takes a burst of changed HostReports (500 agents publishing at once) in slices of
// a few milliseconds per turn of the event loop, not in the cache's signal, and judges a host that
// changed twice while queued once, on its newest report; a published report is judged from the
// fields the judging reads as from the whole report.
#include "HealthTracker.h"
#include "ModelFixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace drover;
using kube::CacheEvent;

namespace {

QByteArray reportJson(const QString &host, int rv, const QString &collectedAt)
{
    const QJsonObject report{{QStringLiteral("schema"), QStringLiteral("drover.io/agent-report/v1")},
                             {QStringLiteral("host"), host},
                             {QStringLiteral("collectedAt"), collectedAt},
                             {QStringLiteral("nvme"), QJsonObject{{QStringLiteral("controllers"), QJsonArray{}}}}};
    const QJsonObject o{{QStringLiteral("apiVersion"), QStringLiteral("drover.io/v1alpha1")},
                        {QStringLiteral("kind"), QStringLiteral("HostReport")},
                        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), host},
                                                                 {QStringLiteral("resourceVersion"), QString::number(rv)}}},
                        {QStringLiteral("status"), QJsonObject{{QStringLiteral("report"), report}}}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestHealthTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstJudgedInSlices()
    {
        kube::ObjectCache reports;
        models::HealthTracker tracker;
        tracker.setCaches(&reports, nullptr);
        QStringList judged;
        // A consumer as slow as the console's was: ~1 ms a host.
        connect(&tracker, &models::HealthTracker::hostChanged, this, [&](const QString &host) {
            judged << host;
            QThread::msleep(1);
        });
        for (int i = 0; i < 40; ++i) {
            const QString host = QStringLiteral("nvme-%1").arg(i, 2, 10, QLatin1Char('0'));
            test::put(reports, CacheEvent::Added, host, 10 + i, reportJson(host, 10 + i, QStringLiteral("2026-12-04T10:00:00Z")));
        }
        reports.flush();
        QCOMPARE(judged.size(), 0); // queued, not judged inside the cache's signal
        QList<int> seenBetween; // how far the judging was at each turn of the event loop
        QTimer turn;
        turn.setInterval(0);
        connect(&turn, &QTimer::timeout, this, [&] { seenBetween << int(judged.size()); });
        turn.start();
        QTRY_COMPARE(judged.size(), 40);
        turn.stop();
        // The event loop turned while the burst was being judged: a slice, then the others' turn.
        QStringList seen;
        for (int n : std::as_const(seenBetween))
            seen << QString::number(n);
        QVERIFY2(std::any_of(seenBetween.cbegin(), seenBetween.cend(), [](int n) { return n > 0 && n < 40; }),
                 qPrintable(QStringLiteral("judged at each turn: ") + seen.join(QLatin1Char(','))));
        QCOMPARE(tracker.host(QStringLiteral("nvme-07")).level, models::Health::Ok);

        // Changed twice before its turn: judged once, on the newest report.
        judged.clear();
        test::put(reports, CacheEvent::Modified, QStringLiteral("nvme-05"), 100, reportJson(QStringLiteral("nvme-05"), 100, QStringLiteral("2026-12-04T10:00:05Z")));
        reports.flush();
        test::put(reports, CacheEvent::Modified, QStringLiteral("nvme-05"), 101, reportJson(QStringLiteral("nvme-05"), 101, QStringLiteral("2026-12-04T10:00:10Z")));
        reports.flush();
        QTRY_COMPARE(judged, QStringList{QStringLiteral("nvme-05")});
        QCOMPARE(tracker.host(QStringLiteral("nvme-05")).collectedAt, QDateTime::fromString(QStringLiteral("2026-12-04T10:00:10Z"), Qt::ISODate));
        // A host deleted while queued is gone, not judged on a report that is no longer there.
        judged.clear();
        test::put(reports, CacheEvent::Modified, QStringLiteral("nvme-06"), 102, reportJson(QStringLiteral("nvme-06"), 102, QStringLiteral("2026-12-04T10:00:15Z")));
        reports.flush();
        test::put(reports, CacheEvent::Deleted, QStringLiteral("nvme-06"), 103, {});
        reports.flush();
        QCOMPARE(judged, QStringList{QStringLiteral("nvme-06")}); // the deletion, at once
        QVERIFY(!tracker.has(QStringLiteral("nvme-06")));
        int later = -1;
        QTimer::singleShot(0, this, [&] { later = int(judged.size()); });
        QTRY_COMPARE(later, 1);
        QVERIFY(!tracker.has(QStringLiteral("nvme-06")));
    }

    // A published report is judged from the fields the judging reads (HostHealth::judgedFields)
    // as the whole report is, and the report shown for the inventory is still the whole one.
    void publishedReportJudgedAsWhole()
    {
        const QString corpus = QStringLiteral(QT_TESTCASE_SOURCEDIR "/../fuzz/corpus/agent_report/");
        for (const char *name : {"agent-xeon-micron-failing.json", "docs-example-failing.json"}) {
            QFile file(corpus + QLatin1String(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), name);
            QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
            const QString host = report.value(QStringLiteral("host")).toString();
            kube::ObjectCache reports;
            models::HealthTracker tracker;
            tracker.setCaches(&reports, nullptr);
            auto publish = [&](int rv) {
                const QJsonObject o{{QStringLiteral("kind"), QStringLiteral("HostReport")},
                                    {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), host}}},
                                    {QStringLiteral("status"), QJsonObject{{QStringLiteral("report"), report}}}};
                test::put(reports, rv == 1 ? CacheEvent::Added : CacheEvent::Modified, host, rv,
                          QJsonDocument(o).toJson(QJsonDocument::Compact));
                reports.flush();
            };
            publish(1);
            QTRY_VERIFY(tracker.has(host));
            const models::HostHealth whole = models::HostHealth::fromReport(report);
            QVERIFY2(!whole.drives.isEmpty() && whole.level == models::Health::Critical, name); // a judgement worth comparing
            QVERIFY2(tracker.host(host).sameJudgement(whole), name);
            QCOMPARE(tracker.host(host).report(), report); // the inventory's, whole
            // The next report: its drives' media errors grew, "new" against the judgement before.
            QJsonObject nvme = report.value(QStringLiteral("nvme")).toObject();
            QJsonArray controllers = nvme.value(QStringLiteral("controllers")).toArray();
            QJsonObject first = controllers.at(0).toObject(), health = first.value(QStringLiteral("health")).toObject();
            health.insert(QStringLiteral("mediaErrors"), health.value(QStringLiteral("mediaErrors")).toDouble() + 3);
            first.insert(QStringLiteral("health"), health);
            controllers.replace(0, first);
            nvme.insert(QStringLiteral("controllers"), controllers);
            report.insert(QStringLiteral("nvme"), nvme);
            publish(2);
            const models::HostHealth grown = models::HostHealth::fromReport(report, &whole);
            QVERIFY2(grown.problems.join(QLatin1Char(' ')).contains(QStringLiteral("new media errors")), name);
            QTRY_VERIFY2(tracker.host(host).sameJudgement(grown), name);
        }
    }
};

QTEST_GUILESS_MAIN(TestHealthTracker)
#include "test_healthtracker.moc"
