// Watches against drover-sim and a real kube-apiserver, the same cases for both: events in
// order from a resourceVersion, bookmarks, 410 Gone for a resourceVersion too old, and the
// Informer's relist after it (its cache equals the server's objects).
#include "Informer.h"
#include "Peer.h"
#include "RawWatch.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace drover;
using namespace drover::kube;
using drover::test::RawWatch;
using drover::test::vmJson;

class TestConformanceWatch : public QObject
{
    Q_OBJECT
    test::Servers m_servers;

    Response annotate(test::Peer &p, const QString &ns, const QString &name, const QString &step)
    {
        // (Built as JSON: moc miscounts unbalanced braces inside raw string literals.)
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("metadata"),
                                                           QJsonObject{{QStringLiteral("annotations"),
                                                                        QJsonObject{{QStringLiteral("step"), step}}}}}})
                                    .toJson(QJsonDocument::Compact);
        return p.call([&](QObject *c, ResponseCallback cb) {
            p.client()->patch(ApiResource::virtualMachines(), ns, name, PatchType::Merge, body, c, cb);
        });
    }
    Response remove(test::Peer &p, const QString &ns, const QString &name)
    {
        return p.call([&](QObject *c, ResponseCallback cb) { p.client()->remove(ApiResource::virtualMachines(), ns, name, c, cb); });
    }
    QString listRv(test::Peer &p, const QString &ns)
    {
        return p.listPage(p.client(), ApiResource::virtualMachines(), ns, {}).resourceVersion;
    }

private Q_SLOTS:
    void initTestCase() { m_servers.start(); }

    // From the list's resourceVersion: ADDED, MODIFIED (step 1, 2), DELETED, in order, with rising
    // resourceVersions. (drover-sim's controllers may add MODIFIED events of their own between.)
    void watchSeesChangesInOrder_data() { test::Servers::addRows(); }
    void watchSeesChangesInOrder()
    {
        DROVER_PEER(p);
        const QString ns = QStringLiteral("watch-order");
        QVERIFY2(p.ensureNamespace(ns), qPrintable(p.error()));
        const QString rv = listRv(p, ns);
        QVERIFY(!rv.isEmpty());
        RawWatch w(p.client(), ApiResource::virtualMachines(), ns, QUrlQuery{{QStringLiteral("resourceVersion"), rv}});
        QVERIFY(p.call([&](QObject *c, ResponseCallback cb) {
                     p.client()->create(ApiResource::virtualMachines(), ns, vmJson(QStringLiteral("w1"), ns), c, cb);
                 }).ok());
        QVERIFY(annotate(p, ns, QStringLiteral("w1"), QStringLiteral("1")).ok());
        QVERIFY(annotate(p, ns, QStringLiteral("w1"), QStringLiteral("2")).ok());
        QVERIFY(remove(p, ns, QStringLiteral("w1")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!w.events().isEmpty() && w.events().last().type == QLatin1String("DELETED"), 15000);
        QCOMPARE(w.httpStatus(), 200);
        QStringList seen;
        qint64 lastRv = rv.toLongLong();
        for (const RawWatch::Event &e : w.events()) {
            QCOMPARE(e.name(), QStringLiteral("w1"));
            const qint64 evRv = e.resourceVersion().toLongLong();
            QVERIFY2(evRv > lastRv, qPrintable(QStringLiteral("%1 after %2").arg(evRv).arg(lastRv)));
            lastRv = evRv;
            const QString row = e.type + QLatin1Char(':') + e.annotation(QStringLiteral("step"));
            const bool sameStep = !seen.isEmpty() && seen.last().section(QLatin1Char(':'), 1) == row.section(QLatin1Char(':'), 1);
            if (!(p.kind() == test::ServerKind::Sim && e.type == QLatin1String("MODIFIED") && sameStep))
                seen << row;
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("ADDED:"), QStringLiteral("MODIFIED:1"), QStringLiteral("MODIFIED:2"),
                                    QStringLiteral("DELETED:2")}));
    }

    // allowWatchBookmarks: bookmarks carry only the kind and a resourceVersion (no ADDED for an
    // object in another namespace); the stream ends cleanly when the server closes it at
    // timeoutSeconds.
    void bookmarks_data() { test::Servers::addRows(); }
    void bookmarks()
    {
        DROVER_PEER(p);
        const QString ns = QStringLiteral("watch-bookmarks");
        QVERIFY2(p.ensureNamespace(ns), qPrintable(p.error()));
        const QString rv = listRv(p, ns);
        RawWatch w(p.client(), ApiResource::virtualMachines(), ns,
                   QUrlQuery{{QStringLiteral("resourceVersion"), rv}, {QStringLiteral("allowWatchBookmarks"), QStringLiteral("true")},
                             {QStringLiteral("timeoutSeconds"), QStringLiteral("5")}});
        // A write elsewhere, once the watch is open, moves the resource on: the real server then
        // bookmarks it (at timeoutSeconds - 2 s). With nothing newer than the watch's start (a
        // write before the watch was registered counts as its start) it sends none.
        QTRY_COMPARE_WITH_TIMEOUT(w.httpStatus(), 200, 15000);
        QVERIFY(p.call([&](QObject *c, ResponseCallback cb) {
                     p.client()->create(ApiResource::virtualMachines(), QStringLiteral("default"), vmJson(QStringLiteral("bm-%1").arg(rv), QStringLiteral("default")), c, cb);
                 }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(w.finished(), 20000);
        QCOMPARE(w.httpStatus(), 200);
        QVERIFY2(w.errorString().isEmpty(), qPrintable(w.errorString()));
        QVERIFY(w.unparsed().isEmpty());
        int bookmarks = 0;
        for (const RawWatch::Event &e : w.events()) {
            QCOMPARE(e.type, QStringLiteral("BOOKMARK"));
            QCOMPARE(e.object[QStringLiteral("kind")].toString(), QStringLiteral("VirtualMachine"));
            QCOMPARE(e.object[QStringLiteral("apiVersion")].toString(), QStringLiteral("kubevirt.io/v1"));
            QVERIFY(e.resourceVersion().toLongLong() >= rv.toLongLong());
            ++bookmarks;
        }
        QVERIFY2(bookmarks >= 1, qPrintable(p.name() + QStringLiteral(" sent no bookmark in a 5 s watch")));
    }

    // A resourceVersion from before the history the server keeps: a 200 stream whose one event
    // is an ERROR carrying a 410 Expired Status ("too old resource version").
    void tooOldResourceVersionIsGone_data() { test::Servers::addRows(); }
    void tooOldResourceVersionIsGone()
    {
        DROVER_PEER(p);
        const QString ns = QStringLiteral("watch-gone");
        QVERIFY2(p.ensureNamespace(ns), qPrintable(p.error()));
        const QString rv = listRv(p, ns);
        QVERIFY(p.call([&](QObject *c, ResponseCallback cb) {
                     p.client()->create(ApiResource::virtualMachines(), ns, vmJson(QStringLiteral("g1"), ns), c, cb);
                 }).ok());
        QVERIFY2(p.expireWatches([](KubeClient *) { return true; }), qPrintable(p.error()));
        RawWatch w(p.client(), ApiResource::virtualMachines(), ns, QUrlQuery{{QStringLiteral("resourceVersion"), rv}});
        QTRY_VERIFY_WITH_TIMEOUT(!w.events().isEmpty() || w.finished(), 15000);
        QCOMPARE(w.httpStatus(), 200);
        QVERIFY(!w.events().isEmpty());
        const RawWatch::Event e = w.events().first();
        QCOMPARE(e.type, QStringLiteral("ERROR"));
        QCOMPARE(e.object[QStringLiteral("kind")].toString(), QStringLiteral("Status"));
        QCOMPARE(e.object[QStringLiteral("code")].toInt(), 410);
        QCOMPARE(e.object[QStringLiteral("reason")].toString(), QStringLiteral("Expired"));
        QVERIFY2(e.object[QStringLiteral("message")].toString().startsWith(QStringLiteral("too old resource version: ") + rv),
                 qPrintable(e.object[QStringLiteral("message")].toString()));
    }

    // The Informer's watch breaks, things change while it is away, and its resume is 410 Gone: it
    // relists, and its cache then holds exactly the server's objects (each change seen once).
    void informerRelistsAfterGone_data() { test::Servers::addRows(); }
    void informerRelistsAfterGone()
    {
        DROVER_PEER(p);
        const QString ns = QStringLiteral("watch-relist");
        QVERIFY2(p.ensureNamespace(ns), qPrintable(p.error()));
        for (const QString &name : {QStringLiteral("keep"), QStringLiteral("old")})
            QVERIFY(p.call([&](QObject *c, ResponseCallback cb) {
                         p.client()->create(ApiResource::virtualMachines(), ns, vmJson(name, ns), c, cb);
                     }).ok());
        Informer inf(p.client(), ApiResource::virtualMachines(), ns);
        QHash<QString, int> added, deleted;
        connect(inf.cache(), &ObjectCache::changed, this, [&](const QList<CacheEvent> &evs) {
            for (const auto &e : evs) {
                if (e.type == CacheEvent::Added)
                    ++added[e.key];
                if (e.type == CacheEvent::Deleted)
                    ++deleted[e.key];
            }
        });
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        // A change arriving by watch proves the stream is open before it is cut.
        QVERIFY(annotate(p, ns, QStringLiteral("keep"), QStringLiteral("live")).ok());
        auto step = [&] {
            const QJsonObject keep = inf.cache()->get(QStringLiteral("watch-relist/keep"));
            return keep.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("annotations")).toObject().value(QStringLiteral("step")).toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(step(), QStringLiteral("live"), 15000);
        const bool changed = p.expireWatches([&](KubeClient *c) {
            bool ok = p.call([&](QObject *x, ResponseCallback cb) { c->remove(ApiResource::virtualMachines(), ns, QStringLiteral("old"), x, cb); }).ok();
            ok = ok && p.call([&](QObject *x, ResponseCallback cb) {
                            c->create(ApiResource::virtualMachines(), ns, vmJson(QStringLiteral("new"), ns), x, cb);
                        }).ok();
            return ok;
        });
        QVERIFY2(changed, qPrintable(p.error()));
        QTRY_VERIFY_WITH_TIMEOUT(inf.relists() >= 2, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(inf.cache()->contains(QStringLiteral("watch-relist/new")), 15000);
        QVERIFY(!inf.cache()->contains(QStringLiteral("watch-relist/old")));
        QCOMPARE(added.value(QStringLiteral("watch-relist/new")), 1);
        QCOMPARE(deleted.value(QStringLiteral("watch-relist/old")), 1);
        // The cache equals the server: the same keys at the same resourceVersions.
        const ListResult truth = p.listAll(ApiResource::virtualMachines(), ns);
        QVERIFY(truth.ok());
        QHash<QString, QString> onServer;
        for (const auto &item : truth.items)
            onServer.insert(ObjectCache::keyOf(item.object),
                          item.object[QStringLiteral("metadata")][QStringLiteral("resourceVersion")].toString());
        QHash<QString, QString> cached;
        for (const QString &key : inf.cache()->keys())
            cached.insert(key, inf.cache()->resourceVersion(key));
        QCOMPARE(cached, onServer);
    }
};

QTEST_GUILESS_MAIN(TestConformanceWatch)
#include "test_conformance_watch.moc"
