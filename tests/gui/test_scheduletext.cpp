// models::ScheduleText: a label selector in kubectl's syntax read and written back, in words, and
// a schedule's state from droverd's status (with a suspension asked for before droverd saw it).
#include "ScheduleText.h"

#include <QJsonArray>
#include <QTest>

using namespace drover;
using models::ScheduleText;

class TestScheduleText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void selectorRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("written"); // selectorSyntax of what was read; empty: refused
        QTest::addColumn<QString>("words");
        QTest::newRow("labels") << "app=shop, tier=web" << "app=shop, tier=web" << "VMs labelled app=shop, tier=web";
        QTest::newRow("in") << "app=shop,tier in (web, api)" << "app=shop, tier in (web,api)" << "VMs labelled app=shop, tier in (web, api)";
        QTest::newRow("notin") << "env notin (dev)" << "env notin (dev)" << "VMs labelled env not in (dev)";
        QTest::newRow("exists") << "backup, !temp" << "backup, !temp" << "VMs labelled has backup, has no temp";
        QTest::newRow("prefixed key") << "drover.io/os=linux" << "drover.io/os=linux" << "VMs labelled drover.io/os=linux";
        QTest::newRow("empty") << "" << "" << "every VM in prod";
        QTest::newRow("==") << "app==shop" << "app=shop" << "VMs labelled app=shop";
        QTest::newRow("!=") << "app!=shop" << "app notin (shop)" << "VMs labelled app not in (shop)";
        QTest::newRow("bad value") << "app=sh op" << "<refused>" << "";
        QTest::newRow("bad key") << "-app=shop" << "<refused>" << "";
        QTest::newRow("bad term") << "tier in web" << "<refused>" << "";
    }
    void selectorRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QString, written);
        QFETCH(QString, words);
        const auto s = ScheduleText::parseSelector(text);
        const QString error = s.error().message;
        if (written == QLatin1String("<refused>")) {
            QVERIFY(!s);
            QVERIFY2(error.contains(QStringLiteral("not a label selector term")), qPrintable(error));
            return;
        }
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(ScheduleText::selectorSyntax(*s), written);
        QCOMPARE(ScheduleText::selector(*s, QStringLiteral("prod")), words);
        const auto again = ScheduleText::parseSelector(written); // what the dialog shows reads back the same
        QVERIFY(again);
        QCOMPARE(ScheduleText::selectorSyntax(*again), written);
    }

    void state_data()
    {
        QTest::addColumn<bool>("specSuspend");
        QTest::addColumn<QJsonObject>("status");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("words");
        const auto ready = [](const char *st, const char *reason, const char *message) {
            return QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Ready")}, {QStringLiteral("status"), QLatin1String(st)},
                                          {QStringLiteral("reason"), QLatin1String(reason)}, {QStringLiteral("message"), QLatin1String(message)}}};
        };
        using S = ScheduleText::State;
        QTest::newRow("unseen") << false << QJsonObject() << int(S::Unseen) << "Not seen by droverd yet";
        QTest::newRow("asked, unseen") << true << QJsonObject() << int(S::Suspended) << "Suspended: by an admin";
        QTest::newRow("active") << false << QJsonObject{{QStringLiteral("conditions"), ready("True", "Scheduled", "next at 02:00")}}
                                << int(S::Active) << "Active";
        QTest::newRow("failures") << false << QJsonObject{{QStringLiteral("suspended"), true}, {QStringLiteral("suspendReason"), QStringLiteral("4 failed in a row")}}
                                  << int(S::Suspended) << "Suspended: 4 failed in a row";
        QTest::newRow("invalid") << false << QJsonObject{{QStringLiteral("conditions"), ready("False", "InvalidSchedule", "bad zone")}}
                                 << int(S::Invalid) << "Invalid: bad zone";
        QTest::newRow("failing") << false << QJsonObject{{QStringLiteral("conditions"), ready("False", "ActionFailed", "403")}}
                                 << int(S::Failing) << "Failing: 403";
    }
    void state()
    {
        QFETCH(bool, specSuspend);
        QFETCH(QJsonObject, status);
        QFETCH(int, state);
        QFETCH(QString, words);
        core::SnapshotScheduleObject s;
        s.suspend = specSuspend;
        s.status = status;
        QString got;
        QCOMPARE(int(ScheduleText::state(s, &got)), state);
        QCOMPARE(got, words);
    }
};

QTEST_GUILESS_MAIN(TestScheduleText)
#include "test_scheduletext.moc"
