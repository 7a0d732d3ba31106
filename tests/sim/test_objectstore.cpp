// The simulator's store keeps every version as compact as its text: Qt 6.4's QJsonObject keeps
// the bytes of each string it replaces, so an object edited thousands of times (a HostReport each
// sample) grew without end, and so did every version the watch history holds (drover-sim at 500
// hosts: 14 GB after 80 minutes). And a watch line is the stored object's own text.
#include "JsonOut.h"
#include "ObjectStore.h"

#include <QJsonDocument>
#include <QTest>

#include <malloc.h>

using namespace drover;
using namespace drover::sim;
using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

qint64 heapInUse()
{
    return qint64(mallinfo2().uordblks);
}

// glibc's statistics see small blocks; a sanitizer's allocator leaves them unchanged.
bool heapStatisticsWork()
{
    const qint64 before = heapInUse();
    std::vector<std::unique_ptr<char[]>> blocks;
    for (int i = 0; i < 1000; ++i)
        blocks.emplace_back(new char[1024]);
    return heapInUse() - before >= 1000 * 1024;
}

QJsonObject configMap(const QString &name)
{
    return QJsonObject{{"metadata"_L1, QJsonObject{{"name"_L1, name}, {"namespace"_L1, "lab"_L1}}},
                       {"data"_L1, QJsonObject{{"value"_L1, "first"_L1}}}};
}

// One edit as the simulator's controllers make them: values replaced inside nested objects.
void edit(ObjectStore &store, int step)
{
    const auto r = store.mutate(ApiResource::configMaps(), "lab"_L1, "churn"_L1, [step](QJsonObject &o) {
        QJsonObject meta = o.value("metadata"_L1).toObject();
        QJsonObject notes = meta.value("annotations"_L1).toObject();
        notes.insert("sampledAt"_L1, u"2026-12-05T16:%1Z"_s.arg(step, 6, 10, QLatin1Char('0')));
        meta.insert("annotations"_L1, notes);
        o.insert("metadata"_L1, meta);
        QJsonObject data = o.value("data"_L1).toObject();
        data.insert("value"_L1, u"reading number %1 of the sampler"_s.arg(step));
        o.insert("data"_L1, data);
    });
    QVERIFY(r.ok());
}

} // namespace

class TestObjectStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editsDoNotAccumulate()
    {
        if (!heapStatisticsWork())
            QSKIP("this allocator keeps no heap statistics (a sanitizer build)");
        ObjectStore store;
        store.registerResource(ApiResource::configMaps());
        store.setHistoryLimit(10);
        QVERIFY(store.create(ApiResource::configMaps(), "lab"_L1, configMap("churn"_L1)).ok());
        for (int i = 0; i < 100; ++i)
            edit(store, i);
        const qint64 before = heapInUse();
        for (int i = 100; i < 20100; ++i)
            edit(store, i);
        const qint64 grown = heapInUse() - before;
        // Each edit replaces ~60 bytes of strings: kept, 20,000 edits leave the stored object
        // ~1.2 MB and the ten versions in the history ~12 MB.
        QVERIFY2(grown < 256 * 1024, qPrintable(u"the heap grew by %1 bytes over 20,000 edits"_s.arg(grown)));
        const auto now = store.get(ApiResource::configMaps(), "lab"_L1, "churn"_L1);
        QVERIFY(now);
        QCOMPARE(now->value("data"_L1).toObject().value("value"_L1).toString(), u"reading number 20099 of the sampler"_s);
    }

    void watchLineIsTheStoredObject()
    {
        ObjectStore store;
        store.registerResource(ApiResource::configMaps());
        QVERIFY(store.create(ApiResource::configMaps(), "lab"_L1, configMap("churn"_L1)).ok());
        QByteArrayList lines;
        bool gone = false;
        const int id = store.addWatcher(
            ApiResource::configMaps(), {}, {}, [&](const QByteArray &l) { lines << l; }, &gone);
        QVERIFY(id > 0 && !gone);
        edit(store, 7);
        QVERIFY(store.create(ApiResource::configMaps(), "lab"_L1, configMap("second"_L1)).ok());
        QVERIFY(store.remove(ApiResource::configMaps(), "lab"_L1, "second"_L1).ok());
        QCOMPARE(lines.size(), 3);
        const auto stored = store.get(ApiResource::configMaps(), "lab"_L1, "churn"_L1);
        QVERIFY(stored);
        QJsonObject ev{{"type"_L1, "MODIFIED"_L1}, {"object"_L1, *stored}};
        QCOMPARE(lines[0], toCompactJson(ev) + '\n');
        QCOMPARE(stored->value("data"_L1).toObject().value("value"_L1).toString(), u"reading number 7 of the sampler"_s);
        for (const QByteArray &l : std::as_const(lines))
            QVERIFY2(QJsonDocument::fromJson(l).isObject(), l.constData());
        QVERIFY(lines[1].startsWith("{\"object\":{\"apiVersion\":\"v1\",\"data\":{\"value\":\"first\"},\"kind\":\"ConfigMap\""));
        QVERIFY(lines[1].endsWith(",\"type\":\"ADDED\"}\n"));
        QVERIFY(lines[2].endsWith(",\"type\":\"DELETED\"}\n"));
        store.removeWatcher(id);
    }
};

QTEST_GUILESS_MAIN(TestObjectStore)
#include "test_objectstore.moc"
