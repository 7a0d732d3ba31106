// Fetching a host's agent report over SSH from the host details, against a real sshd started
// here and the real drover-agent (replaying a captured server): the unknown host key is shown
// with its SHA256 fingerprint and trusted, the report arrives and is judged, the address is
// remembered for the cluster; a changed host key is refused loudly; a missing agent is said.
#include "HostDetails.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "SimProcess.h"
#include "SshdProcess.h"
#include "WindowParts.h"

#include "VerifyOk.h"
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace drover;
using ssh::testing::SshdProcess;

class TestHostSsh : public QObject
{
    Q_OBJECT
    test::SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<SshdProcess> m_sshd;
    std::unique_ptr<ui::MainWindow> m_win;

    ui::HostDetails *details() const { return parts::hostDetails(*m_win); }
    void fetch()
    {
        details()->fetchButton()->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!SshdProcess::available())
            QSKIP("/usr/sbin/sshd is not installed (Debian package openssh-server)");
        QCoreApplication::setOrganizationName(QStringLiteral("drover-tests"));
        QSettings().clear();
        m_sshd = std::make_unique<SshdProcess>(m_dir.path());
        VERIFY_OK(m_sshd->startWithFreshKeys());
        // The agent on the "host" replays a captured server with a failing drive.
        const QString wrapper = m_sshd->installAgent(QStringLiteral(DROVER_AGENT_BIN), QStringLiteral("xeon-micron-failing"));
        QVERIFY(!wrapper.isEmpty());

        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        m_win = std::make_unique<ui::MainWindow>();
        m_win->resize(1440, 900);
        m_win->show();
        QVERIFY(m_win->openKubeconfig({m_sim.kubeconfig()}));
        QTRY_COMPARE_WITH_TIMEOUT(m_win->connection()->state(), ops::ClusterConnection::State::Synced, 20000);
        QTRY_VERIFY(parts::hostsShown(*m_win));
        parts::agentFetcher(*m_win)->setTargetTemplate(m_sshd->target());
        parts::agentFetcher(*m_win)->setAgentPath(wrapper);
    }
    void cleanupTestCase()
    {
        m_win.reset();
        QSettings().clear();
    }

    void unknownKeyIsShownThenTheReportArrives()
    {
        parts::hostTree(*m_win)->setCurrentIndex(parts::hostModel(*m_win)->hostIndex(QStringLiteral("nvme-a03")));
        QCOMPARE(details()->host(), QStringLiteral("nvme-a03"));
        QCOMPARE(details()->sshAddress()->text(), parts::hostModel(*m_win)->internalIpOf(QStringLiteral("nvme-a03"))); // the Node's InternalIP
        QVERIFY(!details()->sshAddress()->text().isEmpty());
        details()->sshAddress()->setText(QStringLiteral("127.0.0.1:%1").arg(m_sshd->port()));
        QString shown;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(top); box && box->objectName() == QLatin1String("hostKeyQuestion") && box->isVisible()) {
                    shown = box->informativeText();
                    box->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/host-key-question.png"));
                    for (QAbstractButton *b : box->buttons())
                        if (box->buttonRole(b) == QMessageBox::AcceptRole)
                            b->click();
                }
        });
        poll.start(50);
        fetch();
        QTRY_VERIFY_WITH_TIMEOUT(details()->fetchStatus() == QStringLiteral("Report fetched over SSH."), 30000);
        poll.stop();
        QVERIFY2(shown.contains(SshdProcess::fingerprint(m_sshd->path("hostkey.pub"))), qPrintable(shown));
        QVERIFY(details()->headline().contains(QStringLiteral("(over SSH)")));
        QVERIFY(details()->headline().contains(QStringLiteral("critical")));
        QCOMPARE(details()->drives()->item(1, 1)->text(), QStringLiteral("Micron_7450_MTFDKCC7T6TFR"));
        QVERIFY(parts::hostModel(*m_win)->hostIndex(QStringLiteral("nvme-a03")).siblingAtColumn(models::HostTreeModel::Status).data().toString().endsWith(QStringLiteral("critical")));
        // Trusted once: the next fetch asks nothing (a question now would fail the test).
        parts::prompter(*m_win)->setAnswer(QStringLiteral("ssh.hostKey"), false);
        details()->setFetchStatus(false, QString());
        fetch();
        QTRY_VERIFY_WITH_TIMEOUT(details()->fetchStatus() == QStringLiteral("Report fetched over SSH."), 30000);
        // The address is this cluster's for that host from now on.
        parts::hostTree(*m_win)->setCurrentIndex(parts::hostModel(*m_win)->hostIndex(QStringLiteral("nvme-a01")));
        parts::hostTree(*m_win)->setCurrentIndex(parts::hostModel(*m_win)->hostIndex(QStringLiteral("nvme-a03")));
        QCOMPARE(details()->sshAddress()->text(), QStringLiteral("127.0.0.1:%1").arg(m_sshd->port()));
        parts::hostDock(*m_win)->raise();
        QVERIFY(m_win->grab().save(QStringLiteral(DROVER_SCREENSHOT_DIR "/host-ssh.png")));
    }

    void aMissingAgentIsSaid()
    {
        parts::agentFetcher(*m_win)->setAgentPath(QStringLiteral("/opt/nowhere/drover-agent"));
        fetch();
        QTRY_VERIFY_WITH_TIMEOUT(details()->fetchStatus().startsWith(QStringLiteral("drover-agent is not installed on nvme-a03")), 30000);
    }

    void aChangedHostKeyIsRefused()
    {
        const quint16 port = m_sshd->port();
        m_sshd->killConnections(); // the kept connection dies with the old server
        m_sshd->stop();
        VERIFY_OK(SshdProcess::keygen(m_sshd->path("newhostkey")));
        VERIFY_OK(m_sshd->start(m_sshd->path("newhostkey"), m_sshd->path("authorized_keys"), port));
        // Even a yes-man must not be asked: a changed key is never accepted
        parts::prompter(*m_win)->setAnswer(QStringLiteral("ssh.hostKey"), true);
        parts::agentFetcher(*m_win)->setAgentPath(QStringLiteral("true"));
        fetch();
        QTRY_VERIFY_WITH_TIMEOUT(details()->fetchStatus().contains(QStringLiteral("HAS CHANGED")), 30000);
        QVERIFY(parts::actionBanner(*m_win)->text().startsWith(QStringLiteral("Could not fetch the agent report of nvme-a03")));
    }
};

QTEST_MAIN(TestHostSsh)
#include "test_hostssh.moc"
