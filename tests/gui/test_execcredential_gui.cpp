// The main window against drover-sim with an exec credential plugin that takes 5 s: the window
// opens the kubeconfig at once, keeps painting and says Connecting while the plugin runs, and
// shows the cluster once the token arrives.
#include "../kube/ExecPluginScript.h"
#include "ClusterConnection.h"
#include "MainWindow.h"
#include "SimProcess.h"
#include "VmTableModel.h"
#include "WindowParts.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPaintEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace drover;

namespace {

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;
    bool eventFilter(QObject *watched, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, e);
    }
};

} // namespace

class TestExecCredentialGui : public QObject
{
    Q_OBJECT
private:
    test::SimProcess m_sim;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sim.start({QStringLiteral("--time-scale"), QStringLiteral("0.2")}), qPrintable(m_sim.error()));
    }
    void cleanupTestCase() { m_sim.stop(); }

    void windowPaintsWhileThePluginRuns()
    {
        QFile simConfig(m_sim.kubeconfig());
        QVERIFY(simConfig.open(QIODevice::ReadOnly));
        const QByteArray yaml = simConfig.readAll();
        QByteArray token;
        for (const QByteArray &line : yaml.split('\n'))
            if (line.trimmed().startsWith("token:"))
                token = line.trimmed().mid(6).trimmed();
        QVERIFY(!token.isEmpty());
        const QString script = test::writeExecPlugin(m_dir.path(), QStringLiteral("kubelogin"),
                                                     test::tokenPlugin({QString::fromUtf8(token)}, 5));
        const QString kubeconfig = m_dir.filePath(QStringLiteral("kubeconfig"));
        QFile out(kubeconfig);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(test::withExecUser(yaml, script));
        out.close();

        ui::MainWindow win;
        win.resize(1200, 760);
        win.show();
        QVERIFY(QTest::qWaitForWindowExposed(&win));
        PaintCounter counter;
        win.installEventFilter(&counter);
        // Something asks the window to repaint every 50 ms, as a spinner or a resize would.
        QTimer repaint;
        connect(&repaint, &QTimer::timeout, &win, [&win] { win.update(); });
        repaint.start(50);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(win.openKubeconfig({kubeconfig}));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed()))); // did not wait
        QCOMPARE(win.connection()->state(), ops::ClusterConnection::State::Connecting);

        // While the plugin runs: paints keep coming and the window can be grabbed.
        QTest::qWait(3000);
        QVERIFY(clock.elapsed() < 4800); // still inside the plugin's 5 s
        QCOMPARE(win.connection()->state(), ops::ClusterConnection::State::Connecting);
        QVERIFY2(counter.paints >= 20, qPrintable(QString::number(counter.paints)));
        QVERIFY(!win.grab().isNull());
        QCOMPARE(parts::vmModel(win)->rowCount(), 0);

        QTRY_COMPARE_WITH_TIMEOUT(parts::vmModel(win)->rowCount(), 40, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(win.connection()->state(), ops::ClusterConnection::State::Synced, 20000);
        QVERIFY(clock.elapsed() >= 4500);
        QCOMPARE(test::execPluginRuns(script), 1);
    }
};

QTEST_MAIN(TestExecCredentialGui)
#include "test_execcredential_gui.moc"
