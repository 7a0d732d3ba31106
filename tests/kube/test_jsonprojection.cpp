// JsonProjection: the named fields of an object and nothing else, with the types and values
// QJsonDocument would give them; what simdjson refuses is left to QJsonDocument whole.
#include "JsonProjection.h"
#include "LazyObject.h"

#include <QJsonDocument>
#include <QTest>

using namespace drover;

namespace {

QStringList paths(std::initializer_list<const char *> dotted)
{
    QStringList out;
    for (const char *p : dotted)
        out << QString::fromLatin1(p);
    return out;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJsonProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keeps_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QStringList>("paths");
        QTest::addColumn<QByteArray>("out");
        const QByteArray vmi = R"({"kind":"VirtualMachineInstance","metadata":{"name":"web","uid":"u1","labels":{"a":"b"}},
            "status":{"phase":"Running","conditions":[{"type":"Ready","status":"True","reason":"x"},
            {"type":"Paused","status":"False","lastTransitionTime":null}],"nodeName":"hv-1"}})";
        QTest::newRow("named fields only") << vmi << paths({"metadata.name", "status.phase"})
                                           << QByteArray(R"({"metadata":{"name":"web"},"status":{"phase":"Running"}})");
        QTest::newRow("a path's end kept whole")
            << vmi << paths({"metadata.labels"}) << QByteArray(R"({"metadata":{"labels":{"a":"b"}}})");
        QTest::newRow("through an array, into each element")
            << vmi << paths({"status.conditions.type"})
            << QByteArray(R"({"status":{"conditions":[{"type":"Ready"},{"type":"Paused"}]}})");
        QTest::newRow("a missing field is missing")
            << vmi << paths({"spec.domain", "status.migrationState.targetNode"}) << QByteArray(R"({"status":{}})");
        QTest::newRow("a scalar on the way stays as it is")
            << QByteArray(R"({"status":"broken","spec":7})") << paths({"status.phase", "spec.domain.cpu"})
            << QByteArray(R"({"spec":7,"status":"broken"})");
        QTest::newRow("array elements that are not objects stay")
            << QByteArray(R"({"l":[{"t":"a","x":1},5,"s",null,[{"t":"b","y":2}]]})") << paths({"l.t"})
            << QByteArray(R"({"l":[{"t":"a"},5,"s",null,[{"t":"b"}]]})");
        QTest::newRow("numbers as Qt has them")
            << QByteArray(R"({"n":{"i":-42,"d":1.5,"e":2e3,"u":18446744073709551615,"z":-0,"b":true,"s":"\u00e9\n"}})")
            << paths({"n"})
            << QByteArray(R"({"n":{"b":true,"d":1.5,"e":2000,"i":-42,"s":"é\n","u":18446744073709552000,"z":0}})");
        QTest::newRow("duplicate keys: the last, as Qt")
            << QByteArray(R"({"a":{"k":1,"k":2}})") << paths({"a.k"}) << QByteArray(R"({"a":{"k":2}})");
        QTest::newRow("not JSON") << QByteArray("{\"a\":") << paths({"a"}) << QByteArray("{}");
        QTest::newRow("not an object") << QByteArray("[1,2]") << paths({"a"}) << QByteArray("{}");
        QTest::newRow("garbage after it") << QByteArray(R"({"a":1} x)") << paths({"a"}) << QByteArray("{}");
        // simdjson reads a number too small for a double as 0 where Qt refuses the text: such a text
        // (any number read as zero) is Qt's to read, whole.
        QTest::newRow("too small a number: refused as Qt does")
            << QByteArray(R"({"a":1e-400,"b":{"c":1}})") << paths({"b"}) << QByteArray("{}");
        QTest::newRow("a zero double: Qt's whole reading")
            << QByteArray(R"({"a":0.0,"b":{"c":1}})") << paths({"b"}) << QByteArray(R"({"a":0,"b":{"c":1}})");
        // simdjson does not take an integer beyond 64 bits; Qt reads it as a double: Qt's whole object.
        QTest::newRow("beyond simdjson: Qt's whole reading") << QByteArray(R"({"a":100000000000000000000000,"b":{"c":1}})")
                                                             << paths({"b"}) << QByteArray(R"({"a":1e+23,"b":{"c":1}})");
    }
    void keeps()
    {
        QFETCH(QByteArray, in);
        QFETCH(QStringList, paths);
        QFETCH(QByteArray, out);
        QList<QStringList> split;
        for (const QString &p : paths)
            split << p.split(QLatin1Char('.'));
        const kube::JsonProjection projection(split);
        QCOMPARE(compact(projection.apply(in)), out);
        QCOMPARE(compact(kube::LazyObject(in).project(projection)), out);
    }

    void keysWithDots()
    {
        const kube::JsonProjection p(QList<QStringList>{paths({"metadata", "annotations", "drover.io/os-name"})});
        QCOMPARE(compact(p.apply(R"({"metadata":{"annotations":{"drover.io/os-name":"Fedora","other":"x"}}})")),
                 QByteArray(R"({"metadata":{"annotations":{"drover.io/os-name":"Fedora"}}})"));
        // The dotted form names the same path as the list form.
        const kube::JsonProjection dotted{"metadata.name", "status.conditions.type"};
        const kube::JsonProjection listed(
            QList<QStringList>{paths({"metadata", "name"}), paths({"status", "conditions", "type"})});
        const QByteArray in = R"({"metadata":{"name":"a","uid":"b"},"status":{"conditions":[{"type":"T","status":"S"}]}})";
        QCOMPARE(compact(dotted.apply(in)), compact(listed.apply(in)));
        QCOMPARE(compact(dotted.apply(in)), QByteArray(R"({"metadata":{"name":"a"},"status":{"conditions":[{"type":"T"}]}})"));
    }

    void emptyKeepsNothing()
    {
        QCOMPARE(compact(kube::JsonProjection().apply(R"({"a":1})")), QByteArray("{}"));
        QCOMPARE(compact(kube::JsonProjection(QList<QStringList>{}).apply(R"({"a":1})")), QByteArray("{}"));
        // A LazyObject built from a parsed object has no bytes to project: it gives the object.
        const QJsonObject parsed{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}};
        QCOMPARE(kube::LazyObject(parsed).project(kube::JsonProjection{"a"}), parsed);
    }

    void bigObjectsDoNotStick()
    {
        // A 1 MB object grows the thread's parser; the next small one still projects right.
        const QByteArray big = QByteArray("{\"pad\":\"") + QByteArray(1 << 20, 'x') + QByteArray("\",\"k\":1}");
        const kube::JsonProjection p{"k"};
        QCOMPARE(compact(p.apply(big)), QByteArray(R"({"k":1})"));
        QCOMPARE(compact(p.apply(R"({"k":2,"j":3})")), QByteArray(R"({"k":2})"));
    }
};

QTEST_GUILESS_MAIN(TestJsonProjection)
#include "test_jsonprojection.moc"
