// WatchLineParser: real watch events read without a DOM, and garbage refused with a message.
#include "JsonProjection.h"
#include "LazyObject.h"
#include "WatchLine.h"

#include <QTest>

using namespace drover::kube;

// A VMI's watch event as kube-apiserver sends it, trimmed.
static QByteArray vmiLine(const char *node, const char *ready, const char *cores, const char *beat)
{
    QByteArray line =
        R"({"type":"MODIFIED","object":{"apiVersion":"kubevirt.io/v1","kind":"VirtualMachineInstance","metadata":{"annotations":{"drover.io/heartbeat":"BEAT"},"name":"web","namespace":"prod","resourceVersion":"42","uid":"u-1"},"spec":{"domain":{"cpu":{"cores":CORES,"sockets":1},"devices":{}}},"status":{"conditions":[{"lastProbeTime":"2026-12-06T10:00:00Z","status":"READY","type":"Ready"}],"nodeName":"NODE","phase":"Running"}}})";
    return line.replace("BEAT", beat).replace("CORES", cores).replace("READY", ready).replace("NODE", node);
}

class TestWatchLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void good_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QString>("ns");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("rv");
        QTest::newRow("namespaced") << QByteArray(R"({"type":"MODIFIED","object":{"kind":"VirtualMachine","metadata":{"name":"web","namespace":"prod","resourceVersion":"42","labels":{"name":"not-this"}},"spec":{"x":[1,2,{"name":"nor-this"}]}}})")
                                    << QByteArray("MODIFIED") << QStringLiteral("prod") << QStringLiteral("web") << QStringLiteral("42");
        QTest::newRow("object first") << QByteArray(R"({"object":{"metadata":{"resourceVersion":"7","name":"node-1"}},"type":"ADDED"})")
                                      << QByteArray("ADDED") << QString() << QStringLiteral("node-1") << QStringLiteral("7");
        QTest::newRow("bookmark") << QByteArray(R"({"type":"BOOKMARK","object":{"kind":"Node","apiVersion":"v1","metadata":{"resourceVersion":"99"}}})")
                                  << QByteArray("BOOKMARK") << QString() << QString() << QStringLiteral("99");
        QTest::newRow("escaped name") << QByteArray("{\"type\":\"DELETED\",\"object\":{\"metadata\":{\"name\":\"a\\u00e9b\",\"namespace\":\"n\"}}}")
                                      << QByteArray("DELETED") << QStringLiteral("n") << QString::fromUtf8("a\xc3\xa9" "b") << QString();
    }
    void good()
    {
        QFETCH(QByteArray, line);
        WatchLineParser p;
        const auto parsed = p.parse(line.constData(), line.size());
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        const WatchLine &ev = *parsed;
        QTEST(ev.type, "type");
        QTEST(ev.ns, "ns");
        QTEST(ev.name, "name");
        QTEST(ev.resourceVersion, "rv");
        // The raw object parses to the same object the line holds.
        QVERIFY(!LazyObject(ev.object).json().isEmpty());
        QCOMPARE(LazyObject(ev.object).json().value(QStringLiteral("metadata")).toObject().value(QStringLiteral("name")).toString(), ev.name);
        QVERIFY(!ev.print.isSet()); // none asked for

        // Asked for a print, the line reads the same.
        const JsonProjection fields{"metadata.name", "spec.x.name"};
        const auto printed = p.parse(line.constData(), line.size(), 0, &fields);
        QVERIFY(printed);
        QCOMPARE(printed->type, ev.type);
        QCOMPARE(printed->ns, ev.ns);
        QCOMPARE(printed->name, ev.name);
        QCOMPARE(printed->resourceVersion, ev.resourceVersion);
        QCOMPARE(printed->object, ev.object);
    }

    void bad_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("garbage") << QByteArray("\001\002not json at all");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("truncated") << QByteArray("{\"type\":\"MODIFIED\",\"object\":{\"metadata\":{\"name\":\"web\",\"names");
        QTest::newRow("no object") << QByteArray(R"({"type":"MODIFIED"})");
        QTest::newRow("no type") << QByteArray(R"({"object":{}})");
        QTest::newRow("object is a string") << QByteArray(R"({"type":"ADDED","object":"x"})");
        QTest::newRow("name is a number") << QByteArray(R"({"type":"ADDED","object":{"metadata":{"name":5}}})");
        // fuzz_watch_line: a walk of the object for its print once left the parse at its end and hid this.
        QTest::newRow("value where a key goes") << QByteArray(
            "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\","
            "\"mess]age\":\"too old resource version: 1pe\":\"BOOKMARK\",\"object\":{\"kind\":\"\":410}}"); // not a raw string:
                                                                                                            // moc misreads one
                                                                                                            // with a lone ']'
    }
    void bad()
    {
        QFETCH(QByteArray, line);
        WatchLineParser p;
        const auto parsed = p.parse(line.constData(), line.size());
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().message.isEmpty());
        const JsonProjection fields{"metadata.name"};
        QVERIFY(!p.parse(line.constData(), line.size(), 0, &fields)); // a print does not make it readable
    }

    // The print of the fields a reader reads, from the line's own parse: equal for versions that
    // differ elsewhere (a heartbeat), different when a read field changed, none when a key in the
    // walk is written with escapes (it could spell a read key), and the line reads the same.
    void printsReadFields_data()
    {
        QTest::addColumn<QByteArray>("other");
        QTest::addColumn<bool>("samePrint");
        QTest::newRow("heartbeat") << vmiLine("nvme-a01", "True", "2", "beat-2") << true;
        QTest::newRow("probe time") << vmiLine("nvme-a01", "True", "2", "beat-1").replace("T10:00", "T10:05") << true;
        QTest::newRow("node") << vmiLine("nvme-a02", "True", "2", "beat-1") << false;
        QTest::newRow("condition status") << vmiLine("nvme-a01", "False", "2", "beat-1") << false;
        QTest::newRow("cores") << vmiLine("nvme-a01", "True", "4", "beat-1") << false;
        QTest::newRow("name") << vmiLine("nvme-a01", "True", "2", "beat-1").replace(R"("name":"web")", R"("name":"web2")")
                              << false;
    }
    void printsReadFields()
    {
        QFETCH(QByteArray, other);
        QFETCH(bool, samePrint);
        const JsonProjection fields{"metadata.name", "spec.domain.cpu", "status.nodeName", "status.conditions.status"};
        WatchLineParser p;
        const QByteArray line = vmiLine("nvme-a01", "True", "2", "beat-1");
        const auto a = p.parse(line.constData(), line.size(), 0, &fields);
        const auto b = p.parse(other.constData(), other.size(), 0, &fields);
        QVERIFY(a && b);
        QVERIFY(a->print.isSet() && b->print.isSet());
        QCOMPARE(a->print == b->print, samePrint);
        QCOMPARE(a->name, QStringLiteral("web"));
        // Another projection prints otherwise.
        const JsonProjection nodeOnly{"status.nodeName"};
        const auto c = p.parse(line.constData(), line.size(), 0, &nodeOnly);
        QVERIFY(c && c->print.isSet() && c->print != a->print);
    }
    void escapedKeyHasNoPrint()
    {
        const JsonProjection fields{"metadata.name", "status.nodeName"};
        WatchLineParser p;
        const QByteArray line = vmiLine("nvme-a01", "True", "2", "beat-1").replace(R"("nodeName")", R"("node\u004eame")");
        const auto plain = p.parse(line.constData(), line.size());
        const auto printed = p.parse(line.constData(), line.size(), 0, &fields);
        QVERIFY(plain && printed);
        QVERIFY(!printed->print.isSet());
        QCOMPARE(printed->name, plain->name);
        QCOMPARE(printed->resourceVersion, plain->resourceVersion);
        QCOMPARE(printed->object, plain->object);
        // Every key of an object the walk goes into is read (status's "phase" too); one in a
        // value it skips changes nothing.
        const QByteArray walked = vmiLine("nvme-a01", "True", "2", "beat-1").replace(R"("phase")", R"("ph\u0061se")");
        const auto inWalk = p.parse(walked.constData(), walked.size(), 0, &fields);
        QVERIFY(inWalk && !inWalk->print.isSet());
        const QByteArray elsewhere =
            vmiLine("nvme-a01", "True", "2", "beat-1").replace(R"("devices":{})", R"("devices":{"d\u0069sks":[]})");
        const auto outside = p.parse(elsewhere.constData(), elsewhere.size(), 0, &fields);
        QVERIFY(outside && outside->print.isSet());
    }

    void parserIsReusable()
    {
        WatchLineParser p;
        const QByteArray big = QByteArray("{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"") + QByteArray(5000, 'x') + QByteArray("\"}}}");
        const auto first = p.parse(big.constData(), big.size());
        QVERIFY(first);
        QCOMPARE(first->name.size(), 5000);
        const QByteArray small = R"({"type":"ADDED","object":{"metadata":{"name":"s"}}})";
        const auto second = p.parse(small.constData(), small.size());
        QVERIFY(second);
        QCOMPARE(second->name, QStringLiteral("s"));
    }

    void listPage()
    {
        // A list page: items keep their own bytes, keys and versions; the page's metadata is read
        // wherever it sits (the API server writes it before items, others may not).
        const QByteArray body = R"({"kind":"VirtualMachineList","items":[)"
                                R"({"metadata":{"name":"a","namespace":"p","resourceVersion":"3"},"spec":{"running":true}},)"
                                R"({"metadata":{"name":"n1","resourceVersion":"4"}}],)"
                                R"("metadata":{"resourceVersion":"9","continue":"tok"}})";
        WatchLineParser p;
        const auto parsed = p.parseList(body);
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        const ListPage &page = *parsed;
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.items[0].key, QStringLiteral("p/a"));
        QCOMPARE(page.items[0].resourceVersion, QStringLiteral("3"));
        QCOMPARE(page.items[0].object.json().value(QStringLiteral("spec")).toObject().value(QStringLiteral("running")).toBool(), true);
        QCOMPARE(page.items[1].key, QStringLiteral("n1"));
        QCOMPARE(page.resourceVersion, QStringLiteral("9"));
        QCOMPARE(page.continueToken, QStringLiteral("tok"));
    }

    // A body read with kParsePadding of room after it (KubeClient leaves it there) is parsed where
    // it is, one without is copied into a padded block first: both read the same page, and a cut
    // page is refused either way (what lies in the room is never part of the page).
    void listPageReadInPlace()
    {
        const QByteArray page =
            R"({"items":[{"metadata":{"name":"a","resourceVersion":"3"}}],"metadata":{"resourceVersion":"9"}})";
        QByteArray roomy = page + R"(,"metadata":{"resourceVersion":"99"}})" + QByteArray(kParsePadding, ' ');
        roomy.truncate(page.size()); // the capacity, and the bytes in it, stay
        QVERIFY(roomy.capacity() - roomy.size() >= kParsePadding);
        QByteArray tight = page;
        tight.squeeze();
        QVERIFY(tight.capacity() - tight.size() < kParsePadding);
        WatchLineParser p;
        for (const QByteArray &body : {roomy, tight}) {
            const auto parsed = p.parseList(body);
            QVERIFY2(parsed, qPrintable(parsed.error().message));
            QCOMPARE(parsed->resourceVersion, QStringLiteral("9"));
            QCOMPARE(parsed->items.size(), 1);
            QCOMPARE(parsed->items[0].key, QStringLiteral("a"));
            QCOMPARE(parsed->items[0]
                         .object.json()
                         .value(QStringLiteral("metadata"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString(),
                     QStringLiteral("a"));
        }
        const QByteArray cut = R"({"metadata":{"resourceVersion":"1"},"items":[{"metadata":{"name":"a")";
        QByteArray completed = cut + R"(}}]})" + QByteArray(kParsePadding, ' ');
        completed.truncate(cut.size());
        QVERIFY(!p.parseList(completed));
    }

    // A watch line followed by the rest of its read buffer (the next line, then free room): read
    // where it is when kParsePadding bytes follow it, copied when fewer do; the same event either
    // way, and a cut line is refused whatever its room holds.
    void lineReadInPlace()
    {
        const QByteArray line =
            R"({"type":"ADDED","object":{"metadata":{"name":"web","namespace":"prod","resourceVersion":"5"}}})";
        const QByteArray next = "\n"
                                R"({"type":"DELETED","object":{"metadata":{"name":"db","namespace":"x"}}})"
                                "\n";
        const QByteArray buffer = line + next + QByteArray(kParsePadding, '}');
        WatchLineParser p;
        for (const qsizetype room : {buffer.size() - line.size(), qsizetype(1), qsizetype(0)}) {
            const auto parsed = p.parse(buffer.constData(), line.size(), room);
            QVERIFY2(parsed, qPrintable(parsed.error().message));
            QCOMPARE(parsed->type, QByteArray("ADDED"));
            QCOMPARE(parsed->name, QStringLiteral("web"));
            QCOMPARE(parsed->ns, QStringLiteral("prod"));
            QCOMPARE(parsed->resourceVersion, QStringLiteral("5"));
            QCOMPARE(parsed->object, line.mid(line.indexOf("{\"metadata"), line.size() - line.indexOf("{\"metadata") - 1));
        }
        QVERIFY(buffer.size() - line.size() >= kParsePadding); // the first room is read in place
        const qsizetype cut = line.indexOf("}}");
        QVERIFY(!p.parse(buffer.constData(), cut, buffer.size() - cut));
        QVERIFY(!p.parse(buffer.constData(), cut, 0));
    }

    void emptyListPage()
    {
        WatchLineParser p;
        const auto parsed = p.parseList(R"({"metadata":{"resourceVersion":"12"},"items":null})");
        QVERIFY2(parsed, qPrintable(parsed.error().message));
        const ListPage &page = *parsed;
        QCOMPARE(page.items.size(), 0);
        QCOMPARE(page.resourceVersion, QStringLiteral("12"));
    }

    void badListPage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html>502</html>");
        QTest::newRow("not a list") << QByteArray(R"({"kind":"Status"})");
        QTest::newRow("items not an array") << QByteArray(R"({"metadata":{"resourceVersion":"1"},"items":{}})");
        QTest::newRow("item not an object") << QByteArray(R"({"metadata":{"resourceVersion":"1"},"items":[1]})");
        QTest::newRow("truncated") << QByteArray(R"({"metadata":{"resourceVersion":"1"},"items":[{"metadata":{"name":"a")");
    }
    void badListPage()
    {
        QFETCH(QByteArray, body);
        WatchLineParser p;
        const auto parsed = p.parseList(body);
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWatchLine)
#include "test_watchline.moc"
