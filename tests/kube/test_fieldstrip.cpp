// FieldStrip: the fields droverd's informers drop before keeping an object. What is dropped is
// gone, everything else reads back the same, and anything it cannot read is kept as it came.
#include "FieldStrip.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace drover::kube;

class TestFieldStrip : public QObject
{
    Q_OBJECT

    static QJsonObject parse(const QByteArray &b) { return QJsonDocument::fromJson(b).object(); }
    static FieldStrip strip()
    {
        return FieldStrip({{QStringLiteral("metadata"), QStringLiteral("managedFields")},
                           {QStringLiteral("metadata"), QStringLiteral("annotations"),
                            QStringLiteral("kubectl.kubernetes.io/last-applied-configuration")},
                           {QStringLiteral("status"), QStringLiteral("interfaces")},
                           {QStringLiteral("status"), QStringLiteral("guestOSInfo")},
                           {QStringLiteral("spec"), QStringLiteral("domain"), QStringLiteral("devices"), QStringLiteral("disks")}});
    }

private Q_SLOTS:
    void dropsOnlyThePaths()
    {
        const QByteArray in = QByteArray(R"({"apiVersion":"kubevirt.io/v1","metadata":{"name":"a","namespace":"n","managedFields":[{"m":"x"}],)")
            + R"("annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{big}","keep":"v"}},)"
            + R"("spec":{"domain":{"cpu":{"cores":2},"devices":{"disks":[{"name":"d"}],"gpus":[{"name":"g"}]}}},)"
            + R"("status":{"phase":"Running","interfaces":[{"ipAddress":"10.0.0.1"}],"guestOSInfo":{"name":"x"},"n":-1.5e3,"t":true,"z":null,)"
            + R"("conditions":[{"type":"Ready","status":"True"}]}})";
        const QByteArray out = strip().apply(in);
        QVERIFY(out.size() < in.size());
        QJsonObject want = parse(in);
        QJsonObject meta = want.value(QLatin1String("metadata")).toObject();
        meta.remove(QLatin1String("managedFields"));
        meta.insert(QLatin1String("annotations"), QJsonObject{{QStringLiteral("keep"), QStringLiteral("v")}});
        want.insert(QLatin1String("metadata"), meta);
        QJsonObject spec = want.value(QLatin1String("spec")).toObject();
        QJsonObject domain = spec.value(QLatin1String("domain")).toObject();
        domain.insert(QLatin1String("devices"), QJsonObject{{QStringLiteral("gpus"), parse(R"({"a":[{"name":"g"}]})").value(QLatin1String("a"))}});
        spec.insert(QLatin1String("domain"), domain);
        want.insert(QLatin1String("spec"), spec);
        QJsonObject status = want.value(QLatin1String("status")).toObject();
        status.remove(QLatin1String("interfaces"));
        status.remove(QLatin1String("guestOSInfo"));
        want.insert(QLatin1String("status"), status);
        QCOMPARE(parse(out), want);
        QVERIFY(!out.contains(' ') && !out.contains('\n')); // compact
    }

    void keepsWhatItCannotOrNeedNotStrip_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::newRow("nothing to drop") << QByteArray(R"({"metadata":{"name":"a"},"status":{"phase":"Running"}})");
        QTest::newRow("path through a non-object") << QByteArray(R"({"metadata":"x","status":[1,2],"spec":{"domain":7}})");
        QTest::newRow("not JSON") << QByteArray(R"({"metadata":{"managedFields":[)");
        QTest::newRow("not an object") << QByteArray(R"([{"metadata":{"managedFields":[]}}])");
        QTest::newRow("empty") << QByteArray();
    }
    void keepsWhatItCannotOrNeedNotStrip()
    {
        QFETCH(QByteArray, in);
        const QByteArray out = strip().apply(in);
        QCOMPARE(out, in);
        QCOMPARE(out.constData(), in.constData()); // the very bytes: no copy kept twice
    }

    void keysAndStringsWithEscapes()
    {
        const QByteArray in = "{ \"metadata\" : {\"name\":\"a\\\"b\\\\c\\u00e9\\n\", \"managedFields\": [] ,\n"
                              " \"labels\":{\"k\\\"ey\":\"v\\u0001\",\"\\u00e9t\\u00e9\":\"\\ud83d\\ude00\"}},\"status\":{\"guestOSInfo\":{}} }";
        const QByteArray out = strip().apply(in);
        QJsonObject want = parse(in);
        QVERIFY(!want.isEmpty());
        QJsonObject meta = want.value(QLatin1String("metadata")).toObject();
        meta.remove(QLatin1String("managedFields"));
        want.insert(QLatin1String("metadata"), meta);
        want.insert(QLatin1String("status"), QJsonObject{});
        QCOMPARE(parse(out), want);
    }

    void emptyStripIsEmpty()
    {
        QVERIFY(FieldStrip().isEmpty());
        QVERIFY(FieldStrip(QList<QStringList>{QStringList{}}).isEmpty());
        QVERIFY(!strip().isEmpty());
        const QByteArray in = R"({"metadata":{"managedFields":[]}})";
        QCOMPARE(FieldStrip().apply(in), in);
    }

    void aBigObjectDoesNotStickInTheParser()
    {
        // An object past the parser's keep limit is stripped too; the next small one still works.
        QByteArray big = R"({"metadata":{"name":"big","managedFields":[)";
        for (int i = 0; i < 40000; ++i)
            big += R"({"manager":"m"},)";
        big += R"({}]},"data":{"x":"y"}})";
        QCOMPARE(strip().apply(big), QByteArray(R"({"metadata":{"name":"big"},"data":{"x":"y"}})"));
        QCOMPARE(strip().apply(QByteArray(R"({"status":{"guestOSInfo":1,"phase":"x"}})")), QByteArray(R"({"status":{"phase":"x"}})"));
    }
};

QTEST_GUILESS_MAIN(TestFieldStrip)
#include "test_fieldstrip.moc"
