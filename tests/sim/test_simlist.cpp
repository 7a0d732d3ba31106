// drover-sim's list pages (issue 14): served from the text kept per object version
// (ServedBytes), they must be what writing the objects gives, byte for byte, follow every change
// at once, and page by key with namespaces and selectors as before.
#include "JsonOut.h"
#include "SimCluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace drover;
using namespace drover::sim;
using kube::ApiResource;
using namespace Qt::StringLiterals;

class TestSimList : public QObject
{
    Q_OBJECT
    SimCluster m_cluster;
    QNetworkAccessManager m_net;

    QByteArray get(const QString &pathAndQuery)
    {
        QNetworkReply *reply = m_net.get(m_cluster.request(pathAndQuery));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            return {};
        reply->deleteLater();
        return reply->readAll();
    }
    // Every page of a list: the items' keys in order, each page checked on the way.
    QStringList pages(const QString &path, const QString &query, int *pageCount = nullptr)
    {
        QStringList keys;
        QString token;
        int n = 0;
        do {
            const QString sep = query.isEmpty() ? u"?"_s : u"?"_s + query + u'&';
            const QByteArray body = get(path + sep + (token.isEmpty() ? QString() : u"continue="_s + token));
            const QJsonObject list = QJsonDocument::fromJson(body).object();
            // The page is what writing its parsed form gives: the same text, key order, numbers.
            if (toCompactJson(list) != body) {
                qWarning().noquote() << "page" << n << "differs from its compact form:" << body.left(200);
                return {u"<page %1 is not compact JSON>"_s.arg(n)};
            }
            for (const QJsonValue &item : list.value("items"_L1).toArray()) {
                const QJsonObject meta = item.toObject().value("metadata"_L1).toObject();
                const QString ns = meta.value("namespace"_L1).toString();
                keys << (ns.isEmpty() ? QString() : ns + u'/') + meta.value("name"_L1).toString();
            }
            token = QString::fromLatin1(QUrl::toPercentEncoding(list.value("metadata"_L1).toObject().value("continue"_L1).toString()));
            ++n;
        } while (!token.isEmpty() && n < 100);
        if (pageCount)
            *pageCount = n;
        return keys;
    }
    QJsonObject item(const QString &path, const QString &key)
    {
        const QJsonObject list = QJsonDocument::fromJson(get(path)).object();
        for (const QJsonValue &v : list.value("items"_L1).toArray()) {
            const QJsonObject meta = v.toObject().value("metadata"_L1).toObject();
            if (meta.value("namespace"_L1).toString() + u'/' + meta.value("name"_L1).toString() == key)
                return v.toObject();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        Scenario s;
        s.name = u"list"_s;
        HostSpec h;
        h.name = u"h1"_s;
        s.hosts << h;
        SimOptions o;
        o.scenario = s;
        o.timeScale = 0;
        o.agentSampleMs = 0;
        const auto started = m_cluster.start(o);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        struct Cm
        {
            const char *ns, *name, *tier;
        };
        static constexpr Cm cms[] = {{"w", "a", "web"}, {"w", "b", "db"}, {"w", "c", "web"}, {"v", "a", "web"}, {"x", "z", "db"}};
        for (const auto &[ns, name, tier] : cms) {
            const QJsonObject cm{{u"metadata"_s, QJsonObject{{u"name"_s, QLatin1StringView(name)},
                                                             {u"labels"_s, QJsonObject{{u"tier"_s, QLatin1StringView(tier)}}}}},
                                 {u"data"_s, QJsonObject{{u"k"_s, u"v"_s}, {u"n"_s, 1.5}}}};
            QVERIFY(m_cluster.store()->create(ApiResource::configMaps(), QLatin1StringView(ns), cm).ok());
        }
    }

    void paging_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<int>("pageCount");
        const QString all = u"/api/v1/configmaps"_s;
        // Other configmaps (kube-root-ca.crt and the like) may exist: compared within our namespaces.
        QTest::newRow("all, 2 a page") << all << u"limit=2&labelSelector=tier"_s
                                       << QStringList{u"v/a"_s, u"w/a"_s, u"w/b"_s, u"w/c"_s, u"x/z"_s} << 3;
        QTest::newRow("all, unlimited") << all << u"labelSelector=tier"_s
                                        << QStringList{u"v/a"_s, u"w/a"_s, u"w/b"_s, u"w/c"_s, u"x/z"_s} << 1;
        QTest::newRow("namespace, 1 a page") << u"/api/v1/namespaces/w/configmaps"_s << u"limit=1"_s
                                             << QStringList{u"w/a"_s, u"w/b"_s, u"w/c"_s} << 3;
        QTest::newRow("selector skips within pages") << all << u"limit=2&labelSelector=tier%3Dweb"_s
                                                     << QStringList{u"v/a"_s, u"w/a"_s, u"w/c"_s} << 2;
        QTest::newRow("namespace and selector") << u"/api/v1/namespaces/w/configmaps"_s << u"limit=1&labelSelector=tier%3Ddb"_s
                                                << QStringList{u"w/b"_s} << 1;
    }
    void paging()
    {
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QStringList, keys);
        QFETCH(int, pageCount);
        int n = 0;
        QCOMPARE(pages(path, query, &n), keys);
        QCOMPARE(n, pageCount);
    }

    // Each item is the stored object (the kept text is the one of its current version).
    void itemsAreTheStoredObjects()
    {
        const QString path = u"/api/v1/configmaps?labelSelector=tier"_s;
        for (const QString &key : {u"w/b"_s, u"x/z"_s}) {
            const auto stored = m_cluster.store()->get(ApiResource::configMaps(), key.section(u'/', 0, 0), key.section(u'/', 1));
            QVERIFY(stored);
            QCOMPARE(item(path, key), *stored);
        }
        // A change shows in the next list, with its new resourceVersion.
        QVERIFY(m_cluster.store()->mutate(ApiResource::configMaps(), u"w"_s, u"b"_s, [](QJsonObject &o) {
            o.insert("data"_L1, QJsonObject{{u"k"_s, u"changed"_s}});
        }).ok());
        const auto changed = m_cluster.store()->get(ApiResource::configMaps(), u"w"_s, u"b"_s);
        QCOMPARE(item(path, u"w/b"_s), *changed);
        QCOMPARE(item(path, u"w/b"_s).value("data"_L1).toObject().value("k"_L1).toString(), u"changed"_s);
        // A deleted object is gone from the next list; one created again under its name is new.
        QVERIFY(m_cluster.store()->remove(ApiResource::configMaps(), u"x"_s, u"z"_s).ok());
        QVERIFY(item(path, u"x/z"_s).isEmpty());
        const QJsonObject again{{u"metadata"_s, QJsonObject{{u"name"_s, u"z"_s}, {u"labels"_s, QJsonObject{{u"tier"_s, u"db"_s}}}}},
                                {u"data"_s, QJsonObject{{u"k"_s, u"again"_s}}}};
        QVERIFY(m_cluster.store()->create(ApiResource::configMaps(), u"x"_s, again).ok());
        QCOMPARE(item(path, u"x/z"_s).value("data"_L1).toObject().value("k"_L1).toString(), u"again"_s);
    }

    // A custom resource is served with its CRD's defaults, as kube-apiserver reads it from etcd.
    void customResourceDefaults()
    {
        const QJsonObject ss{{u"apiVersion"_s, u"drover.io/v1alpha1"_s},
                             {u"kind"_s, u"SnapshotSchedule"_s},
                             {u"metadata"_s, QJsonObject{{u"name"_s, u"nightly"_s}}},
                             {u"spec"_s, QJsonObject{{u"schedule"_s, u"0 2 * * *"_s}}}};
        QVERIFY(m_cluster.store()->create(ApiResource::snapshotSchedules(), u"w"_s, ss).ok());
        const QString path = ApiResource::snapshotSchedules().collectionPath(u"w"_s);
        QCOMPARE(pages(path, u"limit=1"_s), QStringList{u"w/nightly"_s});
        const QJsonObject served = item(path, u"w/nightly"_s);
        QCOMPARE(served.value("spec"_L1).toObject().value("timeZone"_L1).toString(), u"UTC"_s);
        QVERIFY(!m_cluster.store()->get(ApiResource::snapshotSchedules(), u"w"_s, u"nightly"_s)->value("spec"_L1).toObject().contains("timeZone"_L1));
    }
};

QTEST_GUILESS_MAIN(TestSimList)
#include "test_simlist.moc"
