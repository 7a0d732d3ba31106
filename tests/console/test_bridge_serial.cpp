// KubeVirt's consoles end to end through drover-sim, the parts without RFB: refusals end in one
// clear sentence (wrong token -> "Kubernetes refused the console", unknown VMI -> "no such VM",
// a VMI that cannot be scheduled -> "not running"), for vnc and serial alike; and the serial
// console shows a Linux boot log with its ANSI colours, a login prompt that echoes what is typed
// and a password prompt that does not.
#include "KubeClient.h"
#include "KubeVirtStream.h"
#include "Kubeconfig.h"
#include "SimProcess.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QTest>

using namespace drover;
using namespace Qt::StringLiterals;
using console::KubeVirtStream;

class TestBridgeSerial : public QObject
{
    Q_OBJECT
    test::SimProcess m_sim;
    kube::KubeClient *m_client = nullptr;
    console::KubeVirtEndpoint m_ep;

    QString failureOf(const console::KubeVirtEndpoint &ep, KubeVirtStream::Mode mode, const QString &vm)
    {
        KubeVirtStream s(ep);
        QSignalSpy closed(&s, &KubeVirtStream::closed);
        s.open(mode, u"prod"_s, vm);
        if (!closed.wait(10000))
            return u"(no closed signal)"_s;
        return closed.first().first().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString yaml = m_sim.dir() + u"/consoles.yaml"_s;
        QFile f(yaml);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: consoles\nhosts:\n  - name: h1\nvms:\n"
                "  - {name: lin, namespace: prod, os: linux, osName: Fedora 40}\n"
                "  - {name: win, namespace: prod, os: windows}\n"
                "  - {name: prox, namespace: prod}\n"
                "  - {name: stuck, namespace: prod, memory: 4Ti}\n");
        f.close();
        QVERIFY2(m_sim.start({u"--scenario"_s, yaml, u"--time-scale"_s, u"0"_s}), qPrintable(m_sim.error()));
        auto kc = kube::Kubeconfig::load({m_sim.kubeconfig()});
        QVERIFY(kc);
        auto ctx = kc->resolve();
        QVERIFY(ctx);
        auto c = kube::KubeClient::create(*ctx, this);
        QVERIFY(c);
        m_client = *c;
        m_ep = console::KubeVirtEndpoint::fromClient(*m_client);
    }

    void refusals_data()
    {
        QTest::addColumn<bool>("badToken");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("vm");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong token") << true << 0 << u"lin"_s << u"Kubernetes refused the console"_s;
        QTest::newRow("unknown VMI") << false << 0 << u"nope"_s << u"no such VM"_s;
        QTest::newRow("not running") << false << 0 << u"stuck"_s << u"not running"_s;
        QTest::newRow("serial, wrong token") << true << 1 << u"lin"_s << u"Kubernetes refused the console"_s;
        QTest::newRow("serial, unknown VMI") << false << 1 << u"nope"_s << u"no such VM"_s;
    }
    void refusals()
    {
        QFETCH(bool, badToken);
        QFETCH(int, mode);
        QFETCH(QString, vm);
        QFETCH(QString, expected);
        console::KubeVirtEndpoint ep = m_ep;
        if (badToken) { // a fixed header, not the client's current credential
            ep.client = nullptr;
            ep.authorization = "Bearer not-the-token";
        }
        if (vm == "stuck"_L1) { // too big for any host: its VMI exists but stays Pending
            QString why;
            for (int i = 0; i < 50 && !why.contains(expected); ++i, QTest::qWait(200))
                why = failureOf(ep, KubeVirtStream::Mode(mode), vm);
            QVERIFY2(why.contains(expected), qPrintable(why));
            return;
        }
        const QString why = failureOf(ep, KubeVirtStream::Mode(mode), vm);
        QVERIFY2(why.contains(expected), qPrintable(why));
    }

    void virtApiDownIsSaidAsSuch()
    {
        // kube-aggregator answers 503 for a down virt-api, as KubeVirt does for a console another
        // admin holds: discovery tells them apart, so the user is not asked to take over.
        const auto setVirtApi = [this](bool up) {
            int code = 0;
            m_client->request("POST", u"/drover-sim/v1/virt-api"_s, QUrlQuery(up ? u"up=true"_s : u"up=false"_s), {}, this,
                              [&code](const kube::Response &r) { code = r.httpStatus; });
            return QTest::qWaitFor([&code] { return code != 0; }, 10000) && code == 200;
        };
        QVERIFY(setVirtApi(false));
        KubeVirtStream s(m_ep);
        QSignalSpy busy(&s, &KubeVirtStream::sessionBusy);
        const QString vnc = failureOf(m_ep, KubeVirtStream::Mode::Vnc, u"lin"_s);
        const QString serial = failureOf(m_ep, KubeVirtStream::Mode::Serial, u"lin"_s);
        QVERIFY(setVirtApi(true));
        QVERIFY2(vnc.contains(u"virt-api does not answer (503 service unavailable)"_s), qPrintable(vnc));
        QVERIFY2(serial.contains(u"virt-api does not answer"_s), qPrintable(serial));
        QVERIFY(busy.isEmpty());
        // virt-api back: the same console opens.
        QSignalSpy opened(&s, &KubeVirtStream::opened);
        s.open(KubeVirtStream::Mode::Serial, u"prod"_s, u"lin"_s);
        QVERIFY(opened.wait(10000));
    }

    void aReconnectSendsTheCurrentCredential()
    {
        // The kubeconfig's tokenFile held a stale token when the client was made and has been
        // rotated since: the first console attempt is refused (401), which makes the client read
        // the file again, and the next attempt of the same stream sends the new token.
        QTemporaryDir dir;
        const QString tokenPath = dir.filePath(u"token"_s);
        const auto writeToken = [&](const QByteArray &t) {
            QFile f(tokenPath);
            return f.open(QIODevice::WriteOnly) && f.write(t) == t.size();
        };
        QFile in(m_sim.kubeconfig());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray yaml = in.readAll();
        const qsizetype at = yaml.indexOf("token: ");
        QVERIFY(at > 0);
        const qsizetype end = yaml.indexOf('\n', at);
        const QByteArray token = yaml.mid(at + 7, end - at - 7).trimmed();
        yaml.replace(at, end - at, "tokenFile: " + tokenPath.toUtf8());
        QFile kc(dir.filePath(u"kubeconfig"_s));
        QVERIFY(kc.open(QIODevice::WriteOnly) && kc.write(yaml) == yaml.size());
        kc.close();
        QVERIFY(writeToken("stale-token"));
        auto config = kube::Kubeconfig::load({kc.fileName()});
        QVERIFY(config);
        auto ctx = config->resolve();
        QVERIFY(ctx);
        auto client = kube::KubeClient::create(*ctx, this);
        QVERIFY(client);
        QVERIFY(writeToken(token)); // rotated after the client read it

        KubeVirtStream s(console::KubeVirtEndpoint::fromClient(**client));
        QSignalSpy closed(&s, &KubeVirtStream::closed), opened(&s, &KubeVirtStream::opened);
        s.open(KubeVirtStream::Mode::Serial, u"prod"_s, u"lin"_s);
        QVERIFY(closed.wait(10000));
        QVERIFY2(closed.first().first().toString().contains(u"Kubernetes refused the console"_s), qPrintable(closed.first().first().toString()));
        s.open(KubeVirtStream::Mode::Serial, u"prod"_s, u"lin"_s);
        QVERIFY2(opened.wait(10000), qPrintable(closed.size() > 1 ? closed.last().first().toString() : u"(nothing)"_s));
        s.close();
        delete *client;
    }

    void serialConsole()
    {
        KubeVirtStream s(m_ep);
        QByteArray out;
        connect(&s, &KubeVirtStream::received, this, [&out](const QByteArray &b) { out += b; });
        QSignalSpy opened(&s, &KubeVirtStream::opened);
        s.open(KubeVirtStream::Mode::Serial, u"prod"_s, u"lin"_s);
        QVERIFY(opened.wait(10000));
        QCOMPARE(s.takeClientFd(), -1);
        QTRY_VERIFY_WITH_TIMEOUT(out.endsWith("lin login: "), 10000);
        QVERIFY(out.contains("Linux version"));
        QVERIFY(out.contains("[\x1b[0;32m  OK  \x1b[0m] "));
        QVERIFY(out.contains("Fedora 40"));
        out.clear();
        s.write("root");
        QTRY_COMPARE_WITH_TIMEOUT(out, QByteArray("root"), 5000);
        s.write("\r");
        QTRY_VERIFY_WITH_TIMEOUT(out.endsWith("Password: "), 5000);
        out.clear();
        s.write("secret\r");
        QTRY_VERIFY_WITH_TIMEOUT(out.endsWith("lin login: "), 5000);
        QVERIFY(!out.contains("secret"));
        QVERIFY(out.contains("Login incorrect"));
    }
};

QTEST_GUILESS_MAIN(TestBridgeSerial)
#include "test_bridge_serial.moc"
