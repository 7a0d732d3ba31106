// drover-sim's admin API as a table: each request, and the status, reason and message the HTTP
// side writes for it (an error's kind picks the status; no "!" in a message means anything).
#include "SimAdmin.h"

#include <QTest>

using drover::Error;
using drover::Result;
using drover::sim::SimAdmin;
using Method = QHttpServerRequest::Method; // a Q_ENUM: a QTest column as it is

class TestSimAdmin : public QObject
{
    Q_OBJECT
private:
    static SimAdmin admin()
    {
        SimAdmin a;
        a.addAction(QStringLiteral("osd-down"), [](const QUrlQuery &q) -> Result<SimAdmin::Done> {
            const QString id = q.queryItemValue(QStringLiteral("id"));
            if (id != QLatin1String("2"))
                return Result<SimAdmin::Done>::failure(Error::Kind::NotFound, QStringLiteral("no osd.%1").arg(id));
            return SimAdmin::Done{QStringLiteral("osd.2 is down")};
        });
        a.addAction(QStringLiteral("churn"), [](const QUrlQuery &) -> Result<SimAdmin::Done> {
            return SimAdmin::Done{QStringLiteral("3 updates queued"), true};
        });
        a.addAction(QStringLiteral("fail"), [](const QUrlQuery &) -> Result<SimAdmin::Done> {
            return Result<SimAdmin::Done>::failure(QStringLiteral("count is not a number"));
        });
        a.addQuery(QStringLiteral("ceph/health"), [](const QUrlQuery &) {
            return QJsonObject{{QStringLiteral("exitStatus"), 0}};
        });
        return a;
    }

private Q_SLOTS:
    void replies_data()
    {
        QTest::addColumn<Method>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("json");
        const auto row = [](const char *tag, Method m, const char *path, int code, const char *reason, const char *message,
                            bool json = false) {
            QTest::newRow(tag) << m << QString::fromUtf8(path) << code << QString::fromUtf8(reason) << QString::fromUtf8(message)
                               << json;
        };
        row("done", Method::Post, "osd-down?id=2", 200, "", "osd.2 is down");
        row("queued", Method::Post, "churn", 202, "", "3 updates queued");
        row("not there", Method::Post, "osd-down?id=7", 404, "NotFound", "no osd.7");
        row("refused", Method::Post, "fail", 400, "BadRequest", "count is not a number");
        row("no such action", Method::Post, "nope", 404, "NotFound", "no admin endpoint nope");
        row("query", Method::Get, "ceph/health", 200, "", "", true);
        row("no such query", Method::Get, "ceph/nope", 404, "NotFound", "no admin endpoint ceph/nope");
        row("other method", Method::Put, "osd-down?id=2", 405, "MethodNotAllowed", "admin endpoints take POST");
    }
    void replies()
    {
        QFETCH(Method, method);
        QFETCH(QString, path);
        const QString name = path.section(QLatin1Char('?'), 0, 0);
        const SimAdmin::Reply r = admin().reply(method, name, QUrlQuery(path.section(QLatin1Char('?'), 1)));
        QTEST(r.code, "code");
        QTEST(r.reason, "reason");
        QTEST(r.message, "message");
        QTEST(r.json.has_value(), "json");
    }

    // Without GET endpoints a GET is a method the admin API does not take.
    void getWithoutQueries()
    {
        const SimAdmin none;
        QCOMPARE(none.reply(Method::Get, QStringLiteral("ceph/health"), {}).code, 405);
    }

    // The same endpoint added again replaces the first (CephSim's osd-down over HostReports').
    void laterEndpointWins()
    {
        SimAdmin a = admin();
        a.addAction(QStringLiteral("osd-down"),
                    [](const QUrlQuery &) -> Result<SimAdmin::Done> { return SimAdmin::Done{QStringLiteral("second")}; });
        QCOMPARE(a.post(QStringLiteral("osd-down"), QUrlQuery(QStringLiteral("id=7")))->message, QStringLiteral("second"));
    }
};

QTEST_GUILESS_MAIN(TestSimAdmin)
#include "test_simadmin.moc"
