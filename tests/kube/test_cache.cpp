// ObjectCache: batching, duplicate suppression and the relist diff that keeps a resumed or
// relisted informer from losing or repeating updates.
#include "ObjectCache.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace drover::kube;

static QJsonObject obj(const QString &ns, const QString &name, const QString &rv)
{
    return QJsonDocument::fromJson(QStringLiteral(R"({"metadata":{"namespace":"%1","name":"%2","resourceVersion":"%3"}})")
                                       .arg(ns, name, rv).toUtf8()).object();
}

static ListItem item(const QString &ns, const QString &name, const QString &rv)
{
    return ListItem{ns + QLatin1Char('/') + name, rv, LazyObject(obj(ns, name, rv))};
}

static QStringList describe(const QList<CacheEvent> &evs)
{
    QStringList out;
    for (const auto &e : evs)
        out << QStringLiteral("%1 %2").arg(e.type == CacheEvent::Added ? QStringLiteral("A") : e.type == CacheEvent::Modified ? QStringLiteral("M") : QStringLiteral("D"), e.key);
    return out;
}

class TestCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void batchesUntilFlush()
    {
        ObjectCache c;
        QSignalSpy spy(&c, &ObjectCache::changed);
        c.apply(CacheEvent::Added, obj(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("1")));
        c.apply(CacheEvent::Added, obj(QStringLiteral("a"), QStringLiteral("y"), QStringLiteral("2")));
        QCOMPARE(spy.size(), 0);
        c.flush();
        QCOMPARE(spy.size(), 1);
        QCOMPARE(describe(spy.at(0).at(0).value<QList<CacheEvent>>()), (QStringList{QStringLiteral("A a/x"), QStringLiteral("A a/y")}));
        c.flush();
        QCOMPARE(spy.size(), 1); // nothing new: no signal
    }

    void duplicatesAreDropped()
    {
        ObjectCache c;
        QSignalSpy spy(&c, &ObjectCache::changed);
        c.apply(CacheEvent::Added, obj(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("1")));
        c.apply(CacheEvent::Modified, obj(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("1"))); // replayed
        c.apply(CacheEvent::Modified, obj(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("2")));
        c.apply(CacheEvent::Deleted, obj(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("3")));
        c.apply(CacheEvent::Deleted, obj(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("3"))); // twice
        c.flush();
        QCOMPARE(describe(spy.at(0).at(0).value<QList<CacheEvent>>()),
                 (QStringList{QStringLiteral("A a/x"), QStringLiteral("M a/x"), QStringLiteral("D a/x")}));
        QCOMPARE(c.size(), 0);
    }

    void replaceReportsTheDifference()
    {
        ObjectCache c;
        c.apply(CacheEvent::Added, obj(QStringLiteral("a"), QStringLiteral("same"), QStringLiteral("1")));
        c.apply(CacheEvent::Added, obj(QStringLiteral("a"), QStringLiteral("changed"), QStringLiteral("1")));
        c.apply(CacheEvent::Added, obj(QStringLiteral("a"), QStringLiteral("gone"), QStringLiteral("1")));
        c.flush();
        QSignalSpy spy(&c, &ObjectCache::changed);
        c.replace({item(QStringLiteral("a"), QStringLiteral("same"), QStringLiteral("1")),
                   item(QStringLiteral("a"), QStringLiteral("changed"), QStringLiteral("5")),
                   item(QStringLiteral("b"), QStringLiteral("new"), QStringLiteral("6"))});
        c.flush();
        QCOMPARE(spy.size(), 1);
        QStringList got = describe(spy.at(0).at(0).value<QList<CacheEvent>>());
        got.sort();
        QCOMPARE(got, (QStringList{QStringLiteral("A b/new"), QStringLiteral("D a/gone"), QStringLiteral("M a/changed")}));
        QCOMPARE(c.size(), 3);
        QVERIFY(c.contains(QStringLiteral("b/new")));
    }

    void clusterScopedKeys()
    {
        QCOMPARE(ObjectCache::keyOf(obj(QString(), QStringLiteral("node-1"), QStringLiteral("1"))), QStringLiteral("node-1"));
        QCOMPARE(ObjectCache::keyOf(obj(QStringLiteral("ns"), QStringLiteral("vm"), QStringLiteral("1"))), QStringLiteral("ns/vm"));
    }
};

QTEST_GUILESS_MAIN(TestCache)
#include "test_cache.moc"
