// kubectl against drover-sim and a real kube-apiserver: the same commands print the same.
#include "Peer.h"

#include <QProcess>
#include <QTest>

using namespace drover;
using namespace drover::kube;

class TestKubectlConformance : public QObject
{
    Q_OBJECT
    test::Servers m_servers;

    static QString readRows(QProcess &w, QString seen, int rows, int timeoutMs)
    {
        QDeadlineTimer d(timeoutMs);
        while (seen.count(QLatin1Char('\n')) < rows && !d.hasExpired()) {
            w.waitForReadyRead(100);
            seen += QString::fromUtf8(w.readAllStandardOutput());
        }
        return seen;
    }

private Q_SLOTS:
    void initTestCase() { m_servers.start(); }

    // `kubectl get vm NAME -w` prints the object it GETs, drops the watch's first event (the
    // ADDED a watch from resourceVersion "0" starts with, kubectl's get.go) and prints the rest:
    // 4 rows after three annotations.
    void watchNamedVmPrintsEveryChange_data() { test::Servers::addRows(); }
    void watchNamedVmPrintsEveryChange()
    {
        DROVER_PEER(p);
        const QByteArray yaml = "apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata:\n  name: watched\n"
                                "  namespace: default\nspec:\n  runStrategy: Halted\n  template:\n    spec:\n"
                                "      domain:\n        devices: {}\n        memory: {guest: 1Gi}\n";
        QString out, err;
        QVERIFY2(p.kubectl({QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("-")}, &out, &err, yaml) == 0, qPrintable(err));
        // Let drover-sim's controllers finish with it: no update of theirs may land among the rows.
        QString rv;
        QDeadlineTimer settle(20000);
        for (QString last; !settle.hasExpired(); QTest::qWait(300)) {
            p.kubectl({QStringLiteral("get"), QStringLiteral("vm"), QStringLiteral("watched"), QStringLiteral("-n"), QStringLiteral("default"),
                       QStringLiteral("-o"), QStringLiteral("jsonpath={.metadata.resourceVersion}")},
                      &rv);
            if (rv == last)
                break;
            last = rv;
        }
        QProcess w;
        w.start(p.kubectlPath(), {QStringLiteral("--kubeconfig"), p.kubeconfig(), QStringLiteral("get"), QStringLiteral("vm"),
                                  QStringLiteral("watched"), QStringLiteral("-n"), QStringLiteral("default"), QStringLiteral("-w"),
                                  QStringLiteral("--no-headers"), QStringLiteral("-o"),
                                  QStringLiteral("custom-columns=NAME:.metadata.name,STEP:.metadata.annotations.step")});
        QVERIFY(w.waitForStarted());
        QString seen = readRows(w, {}, 1, 15000);
        QTest::qWait(1500); // kubectl opens its watch after printing the object
        for (int step = 1; step <= 3; ++step)
            QVERIFY2(p.kubectl({QStringLiteral("annotate"), QStringLiteral("vm"), QStringLiteral("watched"), QStringLiteral("-n"),
                                QStringLiteral("default"), QStringLiteral("--overwrite"), QStringLiteral("step=%1").arg(step)},
                               &out, &err) == 0,
                     qPrintable(err));
        seen = readRows(w, seen, 4, 15000);
        QTest::qWait(500); // and no more
        seen += QString::fromUtf8(w.readAllStandardOutput());
        w.kill();
        w.waitForFinished();
        QStringList rows;
        for (const QString &line : seen.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            rows << line.simplified();
        QCOMPARE(rows, (QStringList{QStringLiteral("watched <none>"), QStringLiteral("watched 1"), QStringLiteral("watched 2"),
                                    QStringLiteral("watched 3")}));
        QVERIFY(p.kubectl({QStringLiteral("delete"), QStringLiteral("vm"), QStringLiteral("watched"), QStringLiteral("-n"),
                           QStringLiteral("default"), QStringLiteral("--wait=false")},
                          &out, &err) == 0);
    }

    // The default table of `kubectl get vm`: the CRD's columns (ours has none but AGE), and an
    // unknown name's error in kubectl's words.
    void getMissingVm_data() { test::Servers::addRows(); }
    void getMissingVm()
    {
        DROVER_PEER(p);
        QString out, err;
        QCOMPARE(p.kubectl({QStringLiteral("get"), QStringLiteral("vm"), QStringLiteral("nope"), QStringLiteral("-n"), QStringLiteral("default")},
                           &out, &err),
                 1);
        QCOMPARE(err.trimmed(), QStringLiteral("Error from server (NotFound): virtualmachines.kubevirt.io \"nope\" not found"));
    }
};

QTEST_GUILESS_MAIN(TestKubectlConformance)
#include "test_kubectl_conformance.moc"
