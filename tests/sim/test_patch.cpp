// Merge patch (RFC 7386 appendix A) and JSON patch (RFC 6902) as drover-sim applies them.
#include "Patch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace drover::sim;

static QJsonObject obj(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

class TestPatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void merge_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("patch");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("replace") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"a":"c"})") << QByteArray(R"({"a":"c"})");
        QTest::newRow("add") << QByteArray(R"({"a":"b"})") << QByteArray(R"({"b":"c"})") << QByteArray(R"({"a":"b","b":"c"})");
        QTest::newRow("remove") << QByteArray(R"({"a":"b","b":"c"})") << QByteArray(R"({"a":null})") << QByteArray(R"({"b":"c"})");
        QTest::newRow("array replaced") << QByteArray(R"({"a":["b"]})") << QByteArray(R"({"a":"c"})") << QByteArray(R"({"a":"c"})");
        QTest::newRow("nested") << QByteArray(R"({"a":{"b":"c"}})") << QByteArray(R"({"a":{"b":"d","c":null}})") << QByteArray(R"({"a":{"b":"d"}})");
        QTest::newRow("object over scalar") << QByteArray(R"({"a":"x"})") << QByteArray(R"({"a":{"b":null,"c":1}})") << QByteArray(R"({"a":{"c":1}})");
    }
    void merge()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, patch);
        QFETCH(QByteArray, expected);
        QCOMPARE(applyMergePatch(obj(target), obj(patch)), obj(expected));
    }

    void json_data()
    {
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("ops");
        QTest::addColumn<QByteArray>("expected"); // empty: must fail
        QTest::addColumn<QString>("error");
        QTest::newRow("add member") << QByteArray(R"({"foo":"bar"})") << QByteArray(R"([{"op":"add","path":"/baz","value":"qux"}])")
                                    << QByteArray(R"({"foo":"bar","baz":"qux"})") << QString();
        QTest::newRow("add array element") << QByteArray(R"({"foo":["bar","baz"]})") << QByteArray(R"([{"op":"add","path":"/foo/1","value":"qux"}])")
                                           << QByteArray(R"({"foo":["bar","qux","baz"]})") << QString();
        QTest::newRow("append with -") << QByteArray(R"({"foo":[1]})") << QByteArray(R"([{"op":"add","path":"/foo/-","value":2}])")
                                       << QByteArray(R"({"foo":[1,2]})") << QString();
        QTest::newRow("remove") << QByteArray(R"({"baz":"qux","foo":"bar"})") << QByteArray(R"([{"op":"remove","path":"/baz"}])")
                                << QByteArray(R"({"foo":"bar"})") << QString();
        QTest::newRow("replace") << QByteArray(R"({"baz":"qux"})") << QByteArray(R"([{"op":"replace","path":"/baz","value":"boo"}])")
                                 << QByteArray(R"({"baz":"boo"})") << QString();
        QTest::newRow("move") << QByteArray(R"({"foo":{"bar":"baz","waldo":"fred"},"qux":{"corge":"grault"}})")
                              << QByteArray(R"([{"op":"move","from":"/foo/waldo","path":"/qux/thud"}])")
                              << QByteArray(R"({"foo":{"bar":"baz"},"qux":{"corge":"grault","thud":"fred"}})") << QString();
        QTest::newRow("copy") << QByteArray(R"({"a":{"b":1}})") << QByteArray(R"([{"op":"copy","from":"/a","path":"/c"}])")
                              << QByteArray(R"({"a":{"b":1},"c":{"b":1}})") << QString();
        QTest::newRow("escaped pointer") << QByteArray(R"({"a/b":1,"m~n":2})") << QByteArray(R"([{"op":"replace","path":"/a~1b","value":3},{"op":"remove","path":"/m~0n"}])")
                                         << QByteArray(R"({"a/b":3})") << QString();
        QTest::newRow("test passes") << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"test","path":"/a","value":1},{"op":"add","path":"/b","value":2}])")
                                     << QByteArray(R"({"a":1,"b":2})") << QString();
        QTest::newRow("test fails") << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"test","path":"/a","value":2}])")
                                    << QByteArray() << QStringLiteral("op 0 (test /a): test failed");
        QTest::newRow("missing path") << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"replace","path":"/x/y","value":2}])")
                                      << QByteArray() << QStringLiteral("op 0 (replace /x/y): path not found");
        QTest::newRow("bad index") << QByteArray(R"({"a":[1]})") << QByteArray(R"([{"op":"remove","path":"/a/5"}])")
                                   << QByteArray() << QStringLiteral("index 5 out of range");
        QTest::newRow("unknown op") << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"frobnicate","path":"/a"}])")
                                    << QByteArray() << QStringLiteral("unknown operation");
        QTest::newRow("not a pointer") << QByteArray(R"({"a":1})") << QByteArray(R"([{"op":"remove","path":"a"}])")
                                       << QByteArray() << QStringLiteral("is not a JSON pointer");
    }
    void json()
    {
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, ops);
        QFETCH(QByteArray, expected);
        QFETCH(QString, error);
        auto r = applyJsonPatch(obj(target), QJsonDocument::fromJson(ops).array());
        if (expected.isEmpty()) {
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(error), qPrintable(r.error().message));
        } else {
            QVERIFY2(r, r ? "" : qPrintable(r.error().message));
            QCOMPARE(*r, obj(expected));
        }
    }
};

QTEST_GUILESS_MAIN(TestPatch)
#include "test_patch.moc"
