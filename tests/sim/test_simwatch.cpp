// drover-sim's watch answers as kube-apiserver's does (issue 15, item 2), line by line on the
// wire: resourceVersion unset or "0" starts with an ADDED event per matching object (key order),
// an exact one replays what came after it, sendInitialEvents=true (KEP-3157) sends the state then
// a BOOKMARK annotated k8s.io/initial-events-end, and the selectors apply to all of it. ConfigMaps
// in namespaces of their own: no simulated controller touches them, so every line is predictable.
#include "SimCluster.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTest>

using namespace drover;
using namespace drover::sim;
using kube::ApiResource;
using namespace Qt::StringLiterals;

class TestSimWatch : public QObject
{
    Q_OBJECT
    SimCluster m_cluster;
    QNetworkAccessManager m_net;
    qint64 m_mid = 0; // before init()'s two updates (w/b, then w/c)
    qint64 m_now = 0; // after them

    // One watch on the wire: its lines as "TYPE ns/name", a bookmark as "BOOKMARK" or
    // "BOOKMARK initial-events-end"; ADDED objects must carry the store's resourceVersion.
    struct Watch
    {
        QNetworkReply *reply;
        QByteArray buffer;
        QStringList lines;
        QStringList problems;
        qint64 bookmarkRv = 0;
        Watch(TestSimWatch &t, const QString &pathAndQuery) : reply(t.m_net.get(t.request(pathAndQuery)))
        {
            QObject::connect(reply, &QNetworkReply::readyRead, reply, [this, &t] {
                buffer += reply->readAll();
                for (qsizetype nl; (nl = buffer.indexOf('\n')) >= 0; buffer.remove(0, nl + 1)) {
                    const QJsonObject ev = QJsonDocument::fromJson(buffer.left(nl)).object();
                    const QString type = ev.value("type"_L1).toString();
                    const QJsonObject meta = ev.value("object"_L1).toObject().value("metadata"_L1).toObject();
                    if (type == "BOOKMARK"_L1) {
                        const bool end = meta.value("annotations"_L1).toObject().value("k8s.io/initial-events-end"_L1) == "true"_L1;
                        lines << (end ? u"BOOKMARK initial-events-end"_s : u"BOOKMARK"_s);
                        bookmarkRv = meta.value("resourceVersion"_L1).toString().toLongLong();
                        continue;
                    }
                    const QString ns = meta.value("namespace"_L1).toString(), name = meta.value("name"_L1).toString();
                    lines << type + u' ' + ns + u'/' + name;
                    const auto stored = t.m_cluster.store()->get(ApiResource::configMaps(), ns, name);
                    if (type == "ADDED"_L1 && (!stored || stored->value("metadata"_L1).toObject().value("resourceVersion"_L1) !=
                                                              meta.value("resourceVersion"_L1)))
                        problems << u"ADDED %1/%2 is not the stored object"_s.arg(ns, name);
                }
            });
        }
        ~Watch()
        {
            reply->abort();
            reply->deleteLater();
        }
        int status() const { return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(); }
    };

    QNetworkRequest request(const QString &pathAndQuery) { return m_cluster.request(pathAndQuery); }
    void annotate(const QString &ns, const QString &name)
    {
        const auto r = m_cluster.store()->mutate(ApiResource::configMaps(), ns, name, [](QJsonObject &o) {
            QJsonObject meta = o.value("metadata"_L1).toObject();
            QJsonObject a = meta.value("annotations"_L1).toObject();
            a.insert("step"_L1, QString::number(a.value("step"_L1).toString().toInt() + 1));
            meta.insert("annotations"_L1, a);
            o.insert("metadata"_L1, meta);
        });
        QVERIFY(r.ok());
    }
    QString expand(QString s) const
    {
        return s.replace("$MID"_L1, QString::number(m_mid)).replace("$NOW"_L1, QString::number(m_now));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Scenario s;
        s.name = u"watch"_s;
        HostSpec h;
        h.name = u"h1"_s;
        s.hosts << h;
        SimOptions o;
        o.scenario = s;
        o.timeScale = 0;
        o.agentSampleMs = 0;
        o.bookmarkMs = 600000; // no periodic bookmarks: only the initial-events-end one is awaited
        const auto started = m_cluster.start(o);
        QVERIFY2(started, qPrintable(started ? QString() : started.error().message));
        struct Cm
        {
            const char *ns, *name, *tier;
        };
        static constexpr Cm cms[] = {{"w", "a", "web"}, {"w", "b", "db"}, {"w", "c", "web"}, {"v", "a", "web"}};
        for (const auto &[ns, name, tier] : cms) {
            const QJsonObject cm{{u"metadata"_s, QJsonObject{{u"name"_s, QLatin1StringView(name)},
                                                             {u"labels"_s, QJsonObject{{u"tier"_s, QLatin1StringView(tier)}}}}},
                                 {u"data"_s, QJsonObject{{u"k"_s, u"v"_s}}}};
            QVERIFY(m_cluster.store()->create(ApiResource::configMaps(), QLatin1StringView(ns), cm).ok());
        }
    }

    void init()
    {
        m_mid = m_cluster.store()->currentRv();
        annotate(u"w"_s, u"b"_s);
        annotate(u"w"_s, u"c"_s);
        m_now = m_cluster.store()->currentRv();
    }

    // POST end-watches ends each stream as kube-apiserver ends one whose timeout passed: the last
    // chunk, a reply finished without error (a client resumes from its resourceVersion; a cut
    // stream is an error, after which the informer relists). bench_ingest relies on it.
    void endWatchesEndsCleanly()
    {
        Watch w(*this, u"/api/v1/namespaces/w/configmaps?watch=true&resourceVersion=%1"_s.arg(m_mid));
        QTRY_COMPARE(w.lines, (QStringList{u"MODIFIED w/b"_s, u"MODIFIED w/c"_s}));
        QVERIFY(!w.reply->isFinished());
        QNetworkReply *end = m_net.post(request(u"/drover-sim/v1/end-watches"_s), QByteArray());
        QTRY_VERIFY(end->isFinished());
        QCOMPARE(end->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(end->readAll().contains("ended"));
        end->deleteLater();
        QTRY_VERIFY(w.reply->isFinished());
        QCOMPARE(w.reply->error(), QNetworkReply::NoError);
        QCOMPARE(w.status(), 200);
    }

    void lines_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("initial"); // the lines before any live event
        QTest::addColumn<QStringList>("live");    // after updates of w/a, then w/b
        const QString ns = u"/api/v1/namespaces/w/configmaps?watch=true"_s, all = u"/api/v1/configmaps?watch=true"_s;
        const QString sie = u"&sendInitialEvents=true&resourceVersionMatch=NotOlderThan"_s;
        const QString end = u"BOOKMARK initial-events-end"_s;
        const QStringList ab{u"MODIFIED w/a"_s, u"MODIFIED w/b"_s}, a{u"MODIFIED w/a"_s}, b{u"MODIFIED w/b"_s};
        QTest::newRow("unset") << ns << QStringList{u"ADDED w/a"_s, u"ADDED w/b"_s, u"ADDED w/c"_s} << ab;
        QTest::newRow("0, labelSelector, all namespaces")
            << all + u"&resourceVersion=0&labelSelector=tier%3Dweb"_s
            << QStringList{u"ADDED v/a"_s, u"ADDED w/a"_s, u"ADDED w/c"_s} << a;
        QTest::newRow("unset, metadata.name") << ns + u"&fieldSelector=metadata.name%3Da"_s << QStringList{u"ADDED w/a"_s} << a;
        QTest::newRow("unset, metadata.name misses")
            << ns + u"&fieldSelector=metadata.name%3Db"_s << QStringList{u"ADDED w/b"_s} << b;
        QTest::newRow("0, metadata.namespace, set-based labels")
            << all + u"&resourceVersion=0&fieldSelector=metadata.namespace%3Dw&labelSelector=tier%20in%20(web)"_s
            << QStringList{u"ADDED w/a"_s, u"ADDED w/c"_s} << a;
        // An exact resourceVersion: what came after it, no synthetic ADDED (the Informer's case:
        // it watches from its list's resourceVersion and must get no duplicates).
        QTest::newRow("exact") << ns + u"&resourceVersion=$MID"_s << QStringList{u"MODIFIED w/b"_s, u"MODIFIED w/c"_s} << ab;
        QTest::newRow("exact, labelSelector") << ns + u"&resourceVersion=$MID&labelSelector=tier%3Dweb"_s
                                              << QStringList{u"MODIFIED w/c"_s} << a;
        QTest::newRow("exact, current, bookmarks") << ns + u"&resourceVersion=$NOW&allowWatchBookmarks=true"_s << QStringList{} << ab;
        QTest::newRow("sendInitialEvents, labelSelector")
            << all + sie + u"&allowWatchBookmarks=true&labelSelector=tier%3Dweb"_s
            << QStringList{u"ADDED v/a"_s, u"ADDED w/a"_s, u"ADDED w/c"_s, end} << a;
        QTest::newRow("sendInitialEvents from an exact version, metadata.name")
            << ns + sie + u"&resourceVersion=$MID&allowWatchBookmarks=true&fieldSelector=metadata.name%3Db"_s
            << QStringList{u"ADDED w/b"_s, end} << b;
        QTest::newRow("sendInitialEvents from 0, no bookmarks")
            << ns + sie + u"&resourceVersion=0&fieldSelector=metadata.name%3Da"_s << QStringList{u"ADDED w/a"_s} << a;
        QTest::newRow("sendInitialEvents=false")
            << ns + u"&sendInitialEvents=false&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true"_s << QStringList{} << ab;
    }

    void lines()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, initial);
        QFETCH(QStringList, live);
        Watch w(*this, expand(path));
        QTRY_COMPARE(m_cluster.server()->activeWatches(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(w.lines.size() >= initial.size(), 5000);
        QTest::qWait(200); // nothing more follows on its own
        QCOMPARE(w.lines, initial);
        QVERIFY2(w.problems.isEmpty(), qPrintable(w.problems.join(u"; "_s)));
        if (initial.contains(u"BOOKMARK initial-events-end"_s))
            QVERIFY(w.bookmarkRv >= m_now);
        // Then live events, through the same filter.
        annotate(u"w"_s, u"a"_s);
        annotate(u"w"_s, u"b"_s);
        const QStringList expected = initial + live;
        QTRY_COMPARE(w.lines, expected);
        QTest::qWait(100);
        QCOMPARE(w.lines, expected);
        QTRY_COMPARE(m_cluster.server()->activeWatches(), 1);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("message");
        const QString p = u"ListOptions.meta.k8s.io \"\" is invalid: "_s;
        QTest::newRow("sendInitialEvents alone")
            << u"sendInitialEvents=true"_s
            << p + u"resourceVersionMatch: Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan"_s;
        QTest::newRow("resourceVersionMatch alone")
            << u"resourceVersionMatch=NotOlderThan"_s
            << p + u"resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided"_s;
        QTest::newRow("Exact")
            << u"sendInitialEvents=true&resourceVersionMatch=Exact"_s
            << p + u"[resourceVersionMatch: Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan, "
                   "resourceVersionMatch: Unsupported value: \"Exact\": supported values: \"NotOlderThan\"]"_s;
    }

    // validation.go validateWatchOptions: 422 Invalid, as the API server answers.
    void refused()
    {
        QFETCH(QString, query);
        QFETCH(QString, message);
        QNetworkReply *r = m_net.get(request(u"/api/v1/namespaces/w/configmaps?watch=true&"_s + query));
        QTRY_VERIFY(r->isFinished());
        r->deleteLater();
        QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 422);
        const QJsonObject status = QJsonDocument::fromJson(r->readAll()).object();
        QCOMPARE(status.value("reason"_L1).toString(), u"Invalid"_s);
        QCOMPARE(status.value("message"_L1).toString(), message);
    }
};

QTEST_GUILESS_MAIN(TestSimWatch)
#include "test_simwatch.moc"
