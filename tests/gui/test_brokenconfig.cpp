// A kubeconfig that cannot be used never crashes the console: the window shows the loader's
// message (file, line, problem) and offers to open another file; a good file then connects.
#include "ConfigErrorPage.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "SimProcess.h"
#include "WindowParts.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace drover;

class TestBrokenConfig : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

private Q_SLOTS:
    void showsLoaderError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // a pattern for what follows the file name
        QTest::newRow("not YAML") << QByteArray("apiVersion: v1\nclusters:\n  - name: [unclosed\n")
                                  << QStringLiteral(":\\d+: not valid YAML");
        QTest::newRow("bad base64") << QByteArray("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                                                  "    server: https://127.0.0.1:6443\n"
                                                  "    certificate-authority-data: '%%% not base64 %%%'\n"
                                                  "users:\n- name: u\n  user:\n    token: t\n"
                                                  "contexts:\n- name: x\n  context:\n    cluster: c\n    user: u\n"
                                                  "current-context: x\n")
                                    << QStringLiteral(":\\d+: .*base64");
        QTest::newRow("no contexts") << QByteArray("apiVersion: v1\nkind: Config\nclusters: []\n") << QStringLiteral(": no contexts");
    }

    void showsLoaderError()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = write(QStringLiteral("broken-%1.yaml").arg(QString::fromUtf8(QTest::currentDataTag())).remove(QLatin1Char(' ')), content);
        ui::MainWindow w;
        w.show();
        QVERIFY(!w.openKubeconfig({path}));
        QVERIFY(parts::showsConfigError(w));
        const QString detail = parts::configErrorPage(w)->detail();
        QVERIFY2(detail.contains(QRegularExpression(QRegularExpression::escape(path) + expected)), qPrintable(detail));
        QVERIFY(w.findChild<QPushButton *>(QStringLiteral("openKubeconfigButton")));
        QCOMPARE(w.connection()->state(), ops::ClusterConnection::State::Closed);
        if (QByteArray(QTest::currentDataTag()) == "not YAML") {
            QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
            QVERIFY(w.grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/brokenconfig.png")));
        }
    }

    void missingFile()
    {
        ui::MainWindow w;
        const QString path = m_dir.filePath(QStringLiteral("does-not-exist"));
        QVERIFY(!w.openKubeconfig({path}));
        QVERIFY(parts::showsConfigError(w));
        QVERIFY(parts::configErrorPage(w)->detail().contains(path));
    }

    void retryAfterFix()
    {
        // The same path, fixed while the window waits: Retry connects (no server needed to
        // build the client; the informers then retry in the background).
        const QString path = write(QStringLiteral("fixme.yaml"), "apiVersion: v1\nclusters: [\n");
        ui::MainWindow w;
        QVERIFY(!w.openKubeconfig({path}));
        write(QStringLiteral("fixme.yaml"), "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                                            "    server: https://127.0.0.1:1\n"
                                            "users:\n- name: u\n  user:\n    token: t\n"
                                            "contexts:\n- name: lab\n  context:\n    cluster: c\n    user: u\n"
                                            "current-context: lab\n");
        w.findChild<QPushButton *>(QStringLiteral("retryKubeconfigButton"))->click();
        QVERIFY(!parts::showsConfigError(w));
        QCOMPARE(w.connection()->contextName(), QStringLiteral("lab"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("lab")));
        // Nothing listens on port 1: the window says so and keeps trying.
        QTRY_COMPARE_WITH_TIMEOUT(w.connection()->state(), ops::ClusterConnection::State::Reconnecting, 10000);
        QTRY_VERIFY(parts::connectionBanner(w)->text().contains(QStringLiteral("https://127.0.0.1:1")));
    }

    void insecureIsShownLoudly()
    {
        const QString path = write(QStringLiteral("insecure.yaml"),
                                   "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                                   "    server: https://127.0.0.1:1\n    insecure-skip-tls-verify: true\n"
                                   "users:\n- name: u\n  user:\n    token: t\n"
                                   "contexts:\n- name: a\n  context:\n    cluster: c\n    user: u\n"
                                   "- name: b\n  context:\n    cluster: c\n    user: u\n"
                                   "current-context: a\n");
        ui::MainWindow w;
        w.show();
        QVERIFY(w.openKubeconfig({path}));
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("insecureWarning"))->isVisible());
        QVERIFY(parts::connectionBanner(w)->text().contains(QStringLiteral("insecure-skip-tls-verify")));
        QCOMPARE(w.windowTitle(), QStringLiteral("a — TLS CHECKS OFF — Drover")); // in the taskbar too
        QVERIFY(w.switchContext(QStringLiteral("b")));
        QCOMPARE(w.connection()->contextName(), QStringLiteral("b"));
        QCOMPARE(w.windowTitle(), QStringLiteral("b — TLS CHECKS OFF — Drover"));
    }

    void wrongTokenIsExplained()
    {
        // The real simulator refuses a stale token: the window says 401 and what to do.
        test::SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--time-scale"), QStringLiteral("0")}), qPrintable(sim.error()));
        QFile f(sim.kubeconfig());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray yaml = f.readAll();
        const QRegularExpression token(QStringLiteral("token: \\S+"));
        QString text = QString::fromUtf8(yaml);
        QVERIFY(text.contains(token));
        text.replace(token, QStringLiteral("token: expired-token"));
        const QString path = write(QStringLiteral("stale-token.yaml"), text.toUtf8());
        ui::MainWindow w;
        w.show();
        QVERIFY(w.openKubeconfig({path}));
        QTRY_VERIFY_WITH_TIMEOUT(parts::connectionBanner(w)->text().contains(QStringLiteral("401 Unauthorized")), 15000);
        QVERIFY2(parts::connectionBanner(w)->text().contains(QStringLiteral("log in again")),
                 qPrintable(parts::connectionBanner(w)->text()));
        QVERIFY(parts::connectionBanner(w)->text().startsWith(QStringLiteral("The cluster refuses")));
        QVERIFY(parts::connectionBanner(w)->isVisible());
        QDir().mkpath(QStringLiteral(DROVER_SCREENSHOT_DIR));
        QVERIFY(w.grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/unauthorized.png")));
    }

    void appDoesNotCrash()
    {
        // The real executable with a broken file stays up (showing the error) until closed.
        const QString bin = QStringLiteral(DROVER_APP_BIN);
        const QString path = write(QStringLiteral("app-broken.yaml"), "clusters: [\n");
        const QString png = m_dir.filePath(QStringLiteral("app.png"));
        QProcess p;
        p.start(bin, {QStringLiteral("--kubeconfig"), path, QStringLiteral("--screenshot"), png});
        QVERIFY(p.waitForStarted());
        QVERIFY(p.waitForFinished(40000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(png));
    }
};

QTEST_MAIN(TestBrokenConfig)
#include "test_brokenconfig.moc"
