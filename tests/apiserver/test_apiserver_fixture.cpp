// test::ApiServer itself: a real kube-apiserver on its own etcd, its users, a restart that keeps
// the data, CRDs, etcd compaction. Other tests build on these promises.
#include "ApiServer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using drover::test::ApiServer;

class TestApiServerFixture : public QObject
{
    Q_OBJECT
    ApiServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer t;
        t.start();
        QVERIFY2(m_server.start(), qPrintable(m_server.error()));
        qInfo("kube-apiserver ready in %lld ms at %s", t.elapsed(), qPrintable(m_server.serverUrl()));
    }

    void servesVersionOverTls()
    {
        QVERIFY(m_server.serverUrl().startsWith(QStringLiteral("https://127.0.0.1:")));
        QString out;
        QCOMPARE(m_server.kubectl({QStringLiteral("get"), QStringLiteral("--raw"), QStringLiteral("/version")}, &out), 0);
        const QJsonObject v = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(v[QStringLiteral("gitVersion")].toString(), QStringLiteral("v1.20.2"));
        QCOMPARE(v[QStringLiteral("major")].toString(), QStringLiteral("1"));
        QCOMPARE(v[QStringLiteral("minor")].toString(), QStringLiteral("20"));
    }

    void usersAndRbac()
    {
        QString out;
        QCOMPARE(m_server.kubectl({QStringLiteral("auth"), QStringLiteral("can-i"), QStringLiteral("*"), QStringLiteral("*")}, &out), 0);
        QCOMPARE(out.trimmed(), QStringLiteral("yes"));
        for (const QString &user : {QStringLiteral("alice"), QStringLiteral("bob")}) {
            QVERIFY(QFile::exists(m_server.kubeconfig(user)));
            QCOMPARE(m_server.kubectl({QStringLiteral("--kubeconfig"), m_server.kubeconfig(user), QStringLiteral("get"),
                                       QStringLiteral("pods")},
                                      &out),
                     1);
            QVERIFY2(out.contains(QStringLiteral("pods is forbidden: User \"%1\" cannot list resource \"pods\"").arg(user)), qPrintable(out));
        }
        QVERIFY(m_server.kubeconfig(QStringLiteral("mallory")).isEmpty());
        // A role binding gives alice what it names, and nothing more. (Not the aggregated "view":
        // without kube-controller-manager its rules stay empty.)
        QCOMPARE(m_server.kubectl({QStringLiteral("create"), QStringLiteral("role"), QStringLiteral("pod-reader"),
                                   QStringLiteral("--verb=get,list"), QStringLiteral("--resource=pods"), QStringLiteral("-n"),
                                   QStringLiteral("default")},
                                  &out),
                 0);
        QCOMPARE(m_server.kubectl({QStringLiteral("create"), QStringLiteral("rolebinding"), QStringLiteral("alice-reads-pods"),
                                   QStringLiteral("--role=pod-reader"), QStringLiteral("--user=alice"), QStringLiteral("-n"),
                                   QStringLiteral("default")},
                                  &out),
                 0);
        QCOMPARE(m_server.kubectl({QStringLiteral("--kubeconfig"), m_server.kubeconfig(QStringLiteral("alice")), QStringLiteral("get"),
                                   QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("default")},
                                  &out),
                 0);
        QCOMPARE(m_server.kubectl({QStringLiteral("--kubeconfig"), m_server.kubeconfig(QStringLiteral("bob")), QStringLiteral("get"),
                                   QStringLiteral("pods"), QStringLiteral("-n"), QStringLiteral("default")},
                                  &out),
                 1);
    }

    void crdsInstall()
    {
        QVERIFY2(m_server.installCrds(), qPrintable(m_server.error()));
        QString out;
        QCOMPARE(m_server.kubectl({QStringLiteral("get"), QStringLiteral("vm"), QStringLiteral("-A")}, &out), 0);
        QCOMPARE(m_server.kubectl({QStringLiteral("get"), QStringLiteral("hostreports")}, &out), 0);
        QCOMPARE(m_server.kubectl({QStringLiteral("get"), QStringLiteral("virtualmachinesnapshots.snapshot.kubevirt.io"), QStringLiteral("-A")}, &out), 0);
        QCOMPARE(m_server.kubectl({QStringLiteral("get"), QStringLiteral("cephclusters.ceph.rook.io"), QStringLiteral("-A")}, &out), 0);
        QVERIFY(m_server.installCrds()); // again: unchanged
    }

    void restartKeepsTheData()
    {
        QString out;
        QCOMPARE(m_server.kubectl({QStringLiteral("create"), QStringLiteral("configmap"), QStringLiteral("kept"),
                                   QStringLiteral("--from-literal=a=1")},
                                  &out),
                 0);
        const QString url = m_server.serverUrl();
        m_server.killApiServer();
        QVERIFY(m_server.kubectl({QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("kept"),
                                  QStringLiteral("--request-timeout=3s")},
                                 &out) != 0);
        QElapsedTimer t;
        t.start();
        QVERIFY2(m_server.restartApiServer(), qPrintable(m_server.error()));
        qInfo("kube-apiserver restarted in %lld ms", t.elapsed());
        QCOMPARE(m_server.serverUrl(), url);
        QCOMPARE(m_server.kubectl({QStringLiteral("get"), QStringLiteral("configmap"), QStringLiteral("kept"), QStringLiteral("-o"),
                                   QStringLiteral("jsonpath={.data.a}")},
                                  &out),
                 0);
        QCOMPARE(out, QStringLiteral("1"));
    }

    void etcdCompaction()
    {
        const qint64 before = m_server.etcdRevision();
        QVERIFY(before > 0);
        QString out;
        QCOMPARE(m_server.kubectl({QStringLiteral("annotate"), QStringLiteral("configmap"), QStringLiteral("kept"),
                                   QStringLiteral("x=1")},
                                  &out),
                 0);
        QVERIFY(m_server.etcdRevision() > before);
        QVERIFY2(m_server.compactEtcd(), qPrintable(m_server.error()));
        QVERIFY(!m_server.compactEtcd(before)); // already compacted past it
        QVERIFY(m_server.error().contains(QStringLiteral("compacted")));
    }

    void cleanupTestCase() { m_server.stop(); }
};

QTEST_GUILESS_MAIN(TestApiServerFixture)
#include "test_apiserver_fixture.moc"
