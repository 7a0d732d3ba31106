// Exec credential plugins run asynchronously (CredentialProvider), against the real drover-sim:
// the event loop turns while a slow plugin runs, requests and watches wait for its token, a
// failing or interactive plugin fails them in words, an expired credential is fetched again,
// and a 401 refreshes once.
#include "ExecPluginScript.h"
#include "Informer.h"
#include "KubeClient.h"
#include "Kubeconfig.h"
#include "SimProcess.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace drover;
using namespace drover::kube;

class TestCredentials : public QObject
{
    Q_OBJECT
private:
    test::SimProcess m_sim;
    ResolvedContext m_ctx; // the simulator's, with its token
    QTemporaryDir m_dir;
    int m_plugins = 0;

    // The simulator's context with an exec user running a new plugin script.
    ResolvedContext execContext(const QByteArray &body, QString *script,
                                const QString &interactiveMode = QStringLiteral("Never"))
    {
        *script = test::writeExecPlugin(m_dir.path(), QStringLiteral("plugin%1").arg(++m_plugins), body);
        ResolvedContext c = m_ctx;
        c.user.token.clear();
        ExecConfig x;
        x.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
        x.command = *script;
        x.interactiveMode = interactiveMode;
        c.user.exec = x;
        return c;
    }
    Response get(KubeClient *c, int timeoutMs = 20000)
    {
        QObject ctx;
        std::optional<Response> out;
        c->get(ApiResource::nodes(), {}, QStringLiteral("nvme-a01"), &ctx, [&](const Response &r) { out = r; });
        QDeadlineTimer deadline(timeoutMs);
        while (!out && !deadline.hasExpired())
            QTest::qWait(5);
        return out.value_or(Response{});
    }
    KubeClient *client(const ResolvedContext &c)
    {
        auto r = KubeClient::create(c, this);
        return r ? *r : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start({QStringLiteral("--time-scale"), QStringLiteral("0.05")}), qPrintable(m_sim.error()));
        auto kc = Kubeconfig::load({m_sim.kubeconfig()});
        QVERIFY2(kc, kc ? "" : qPrintable(kc.error().message));
        auto ctx = kc->resolve();
        QVERIFY2(ctx, ctx ? "" : qPrintable(ctx.error().message));
        m_ctx = *ctx;
        QVERIFY(!m_ctx.user.token.isEmpty());
    }
    void cleanupTestCase() { m_sim.stop(); }

    // The plugin takes 5 s: create() returns at once, a 50 ms timer keeps firing, and the
    // request and the informer's list and watch go out once the token is there (one run).
    void slowPluginKeepsTheLoopTurning()
    {
        QString script;
        const ResolvedContext c = execContext(test::tokenPlugin({m_ctx.user.token}, 5), &script);
        QElapsedTimer clock;
        clock.start();
        KubeClient *kc = client(c);
        QVERIFY(kc);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start(50);
        Informer inf(kc, ApiResource::nodes());
        QSignalSpy synced(&inf, &Informer::synced);
        inf.start();
        const Response r = get(kc);
        const qint64 waited = clock.elapsed();
        QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
        QVERIFY2(waited >= 4500, qPrintable(QString::number(waited)));
        // Every tick while the plugin ran (allow for a loaded 2-core machine).
        QVERIFY2(ticks >= waited / 50 / 2, qPrintable(QStringLiteral("%1 ticks in %2 ms").arg(ticks).arg(waited)));
        QTRY_COMPARE_WITH_TIMEOUT(synced.size(), 1, 15000);
        QVERIFY(inf.cache()->size() >= 6);
        QCOMPARE(test::execPluginRuns(script), 1);
        inf.stop();
        delete kc;
    }

    void failingPluginFailsTheRequest()
    {
        QString script;
        const ResolvedContext c = execContext("echo 'error: not logged in; run: get-token login' >&2\nexit 3\n", &script);
        KubeClient *kc = client(c);
        QVERIFY(kc);
        Informer inf(kc, ApiResource::nodes());
        QSignalSpy errors(&inf, &Informer::errorOccurred);
        inf.start();
        const Response r = get(kc);
        QCOMPARE(r.error.kind, ErrorKind::Config);
        for (const QString &w : {QStringLiteral("credential plugin '%1'").arg(script),
                                 QStringLiteral("failed with exit code 3: error: not logged in; run: get-token login")})
            QVERIFY2(r.error.message.contains(w), qPrintable(r.error.message));
        QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 1, 10000);
        QVERIFY(errors.first().first().value<KubeError>().message.contains(QStringLiteral("not logged in")));
        inf.stop();
        delete kc;
    }

    void pluginTimesOut()
    {
        QString script;
        KubeClient *kc = client(execContext("exec sleep 10\n", &script));
        QVERIFY(kc);
        kc->credentials()->setTimeout(300);
        const Response r = get(kc);
        QVERIFY2(r.error.message.contains(QStringLiteral("did not finish within 0.3 s")), qPrintable(r.error.message));
        delete kc;
    }

    // No terminal to lend: interactiveMode Always is refused in words; a plugin that opens
    // /dev/tty anyway finds none (its own session) and fails at once instead of hanging.
    void interactivePluginIsSaidSo()
    {
        QString script;
        KubeClient *always = client(execContext(test::tokenPlugin({m_ctx.user.token}, 0), &script, QStringLiteral("Always")));
        QVERIFY(always);
        Response r = get(always);
        QVERIFY2(r.error.message.contains(QStringLiteral("needs a terminal (interactiveMode: Always)")), qPrintable(r.error.message));
        QCOMPARE(test::execPluginRuns(script), 0);
        delete always;

        KubeClient *tty = client(execContext("printf 'Password: ' > /dev/tty\nread pw < /dev/tty\n", &script,
                                             QStringLiteral("IfAvailable")));
        QVERIFY(tty);
        QElapsedTimer clock;
        clock.start();
        r = get(tty);
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(r.error.kind, ErrorKind::Config);
        QVERIFY2(r.error.message.contains(QStringLiteral("need a terminal")), qPrintable(r.error.message));
        delete tty;
    }

    void expiredCredentialIsRefreshed()
    {
        QString script;
        KubeClient *kc = client(execContext(test::tokenPlugin({m_ctx.user.token}, 0, 2), &script));
        QVERIFY(kc);
        Response r = get(kc);
        QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
        r = get(kc);
        QVERIFY(r.ok());
        QCOMPARE(test::execPluginRuns(script), 1); // still valid: reused
        QTest::qWait(2600);
        QVERIFY(!kc->credentials()->ready());
        r = get(kc);
        QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
        QCOMPARE(test::execPluginRuns(script), 2); // expired: fetched again before use
        delete kc;
    }

    // A refused token: one refresh (one plugin run, however many requests got 401), one retry.
    void unauthorizedRefreshesOnce()
    {
        QString script;
        KubeClient *kc = client(execContext(test::tokenPlugin({QStringLiteral("stale"), m_ctx.user.token}, 0.2), &script));
        QVERIFY(kc);
        QObject ctx;
        QList<Response> answers;
        for (int i = 0; i < 4; ++i)
            kc->get(ApiResource::nodes(), {}, QStringLiteral("nvme-a01"), &ctx, [&](const Response &r) { answers << r; });
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 4, 20000);
        for (const Response &r : std::as_const(answers))
            QVERIFY2(r.ok(), qPrintable(r.error.userMessage()));
        QCOMPARE(test::execPluginRuns(script), 2);
        delete kc;

        // Always refused: the refresh gives the same token, so no retry and no loop.
        KubeClient *bad = client(execContext(test::tokenPlugin({QStringLiteral("never-valid")}, 0), &script));
        QVERIFY(bad);
        const Response r = get(bad);
        QCOMPARE(r.error.kind, ErrorKind::Unauthorized);
        QTest::qWait(300);
        QCOMPARE(test::execPluginRuns(script), 2);
        delete bad;
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "test_credentials.moc"
