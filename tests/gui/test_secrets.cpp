// Secrets never leave Drover (issue 15, item 5). One session uses every kind of secret Drover
// handles, each against a real peer:
// - a bearer token (drover-sim: lists, watches, a VM's VNC console over KubeVirt's websocket),
//   and then a wrong token (the 401 it earns is shown);
// - a client certificate's private key (a kubeconfig context with client-key-data: loaded and
//   offered to TLS; drover-sim asks for no client certificate, so the server answers 401);
// - a VNC password (TigerVNC's Xvnc with VncAuth: a wrong one first, then the right one, kept in
//   the keychain);
// - an SSH key passphrase (a real sshd: the host's agent report fetched, the passphrase kept).
// Then everything Drover wrote is searched for each secret: every file under its private HOME,
// XDG directories and TMPDIR (settings), the keychain's own files (gnome-keyring encrypts them),
// every message it logged, and every text its windows show (titles, banners, labels, tooltips).
// Last, the real drover executable: a crash leaves no core file (not dumpable, RLIMIT_CORE 0),
// where the same crash with DROVER_CORE_DUMPS=1 does leave one, so the check can fail.
#include "ConsoleWindow.h"
#include "HostDetails.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "PrivateKeyring.h"
#include "SecretScan.h"
#include "SimProcess.h"
#include "SshdProcess.h"
#include "VncServers.h"
#include "WindowParts.h"

#include <QCheckBox>
#include <QDialog>
#include <QDirIterator>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include "VerifyOk.h"
#include <csignal>

using namespace drover;
using ssh::testing::SshdProcess;

class TestSecrets : public QObject
{
    Q_OBJECT
    PrivateKeyring m_keyring;
    test::SimProcess m_sim;
    console::test::VncServer m_xvnc;
    QTemporaryDir m_sshDir, m_work, m_home;
    std::unique_ptr<SshdProcess> m_sshd;
    std::unique_ptr<ui::MainWindow> m_win;
    test::SecretScan m_scan;
    QString m_vncAnswer, m_passphraseAnswer;
    QTimer m_watch;

    static constexpr const char *kVncPassword = "Vq7#kP2z"; // VncAuth uses 8 characters
    static constexpr const char *kWrongVnc = "Wr0ng!pw";
    static constexpr const char *kWrongToken = "wrong-token-5f1c9a7e0d3b4c2a";

    // Answers the VNC password and SSH passphrase dialogs with what the step expects (keeping
    // the answer in the keychain), and trusts the sshd's host key.
    void answerDialogs()
    {
        for (QWidget *top : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(top);
            if (box && box->objectName() == QLatin1String("hostKeyQuestion") && box->isVisible())
                for (QAbstractButton *b : box->buttons())
                    if (box->buttonRole(b) == QMessageBox::AcceptRole)
                        b->click();
        }
        auto *dlg = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dlg || dlg->property("seen").toBool())
            return;
        const bool vnc = dlg->objectName() == QLatin1String("vncPasswordDialog");
        if (!vnc && dlg->objectName() != QLatin1String("passphraseDialog"))
            return;
        dlg->setProperty("seen", true);
        const QString answer = vnc ? m_vncAnswer : m_passphraseAnswer;
        if (answer.isEmpty()) {
            dlg->reject();
            return;
        }
        dlg->findChild<QLineEdit *>()->setText(answer);
        if (auto *keep = dlg->findChild<QCheckBox *>())
            keep->setChecked(true);
        dlg->accept();
    }
    QString writeKubeconfig(const QString &name, const QByteArray &user)
    {
        QFile in(m_sim.kubeconfig());
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QByteArray y = in.readAll();
        y = y.left(y.indexOf("users:")) + "users:\n- name: drover-sim-admin\n  user:\n" + user + "\n" +
            y.mid(y.indexOf("contexts:"));
        QFile out(m_work.filePath(name));
        if (!out.open(QIODevice::WriteOnly) || out.write(y) != y.size())
            return {};
        return out.fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!SshdProcess::available())
            QSKIP("/usr/sbin/sshd is not installed (Debian package openssh-server)");
        // Everything Drover may write goes under one private home, searched at the end.
        for (const char *d : {".config", ".cache", ".local/state", "tmp"})
            QVERIFY(QDir(m_home.path()).mkpath(QLatin1String(d)));
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral(".config")).toUtf8());
        qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral(".cache")).toUtf8());
        qputenv("XDG_STATE_HOME", m_home.filePath(QStringLiteral(".local/state")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("drover-secrets-test"));
        test::SecretScan::captureMessages();
        VERIFY_OK(m_keyring.start());
        QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
        VERIFY_OK(m_xvnc.startXvnc(QSize(640, 480), QLatin1String(kVncPassword)));
        m_sshd = std::make_unique<SshdProcess>(m_sshDir.path());
        VERIFY_OK(m_sshd->startWithFreshKeys());
        qputenv("TMPDIR", m_home.filePath(QStringLiteral("tmp")).toUtf8()); // after the peers made theirs

        m_scan.addSecret(QStringLiteral("bearer token"), test::SecretScan::tokenOf(m_sim.kubeconfig()));
        m_scan.addSecret(QStringLiteral("wrong bearer token"), kWrongToken);
        m_scan.addSecret(QStringLiteral("VNC password"), kVncPassword);
        m_scan.addSecret(QStringLiteral("wrong VNC password"), kWrongVnc);
        m_scan.addSecret(QStringLiteral("SSH key passphrase"), SshdProcess::kPassphrase);
        m_scan.addKeyFile(QStringLiteral("SSH private key"), m_sshd->path("passkey"));
        QVERIFY(!m_scan.secret(QStringLiteral("bearer token")).isEmpty());

        m_win = std::make_unique<ui::MainWindow>();
        m_win->resize(1280, 800);
        m_win->show();
        connect(&m_watch, &QTimer::timeout, this, &TestSecrets::answerDialogs);
        m_watch.start(50);
    }

    void aTokenSession()
    {
        QVERIFY(m_win->openKubeconfig({m_sim.kubeconfig()}));
        QTRY_COMPARE_WITH_TIMEOUT(m_win->connection()->state(), ops::ClusterConnection::State::Synced, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_win->connection()->vms()->size() > 0, 20000);
        // KubeVirt's VNC websocket carries the token too.
        const QString key = m_win->connection()->vmis()->keys().value(0);
        QVERIFY(!key.isEmpty());
        QPointer<ui::ConsoleWindow> console = qobject_cast<ui::ConsoleWindow *>(m_win->openConsole(key));
        QVERIFY(console);
        QTRY_VERIFY_WITH_TIMEOUT(console->client() && console->client()->state() == console::RemoteSession::State::Connected, 20000);
        m_scan.collectTexts();
        console->close();
        QTRY_VERIFY(!console);
    }

    void aWrongTokenAndAClientKey()
    {
        const QString wrong = writeKubeconfig(QStringLiteral("wrong-token"), QByteArray("    token: ") + kWrongToken);
        QVERIFY(m_win->openKubeconfig({wrong}));
        QTRY_VERIFY_WITH_TIMEOUT(parts::connectionBanner(*m_win)->text().contains(QStringLiteral("401")), 20000);
        m_scan.collectTexts();

        const auto pem = test::SecretScan::makeClientCertificate(m_work.path());
        VERIFY_OK(pem);
        m_scan.addPem(QStringLiteral("client key"), pem->second);
        const QString keyed = writeKubeconfig(QStringLiteral("client-key"),
                                              "    client-certificate-data: " + pem->first.toBase64() +
                                                  "\n    client-key-data: " + pem->second.toBase64());
        QVERIFY(m_win->openKubeconfig({keyed}));
        QTRY_VERIFY_WITH_TIMEOUT(parts::connectionBanner(*m_win)->text().contains(QStringLiteral("401")), 20000);
        m_scan.collectTexts();
    }

    void aVncPasswordWrongThenRight()
    {
        m_vncAnswer = QLatin1String(kWrongVnc);
        auto *w = qobject_cast<ui::ConsoleWindow *>(m_win->openDirectConsole(QStringLiteral("VNC"), QStringLiteral("127.0.0.1"), m_xvnc.port()));
        QVERIFY(w);
        QTRY_VERIFY_WITH_TIMEOUT(w->statusText().contains(QStringLiteral("wrong VNC password")), 20000);
        m_scan.collectTexts();
        m_vncAnswer = QLatin1String(kVncPassword);
        QSignalSpy kept(w, &ui::ConsoleWindow::passwordKept);
        QMetaObject::invokeMethod(w->findChild<QWidget *>(QStringLiteral("consoleReconnect")), "click");
        QTRY_VERIFY_WITH_TIMEOUT(w->client() && w->client()->state() == console::RemoteSession::State::Connected, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(kept.count(), 1, 10000);
        m_scan.collectTexts();
        QPointer<ui::ConsoleWindow> gone(w);
        w->close();
        QTRY_VERIFY(!gone);
    }

    void anSshPassphrase()
    {
        // Back on the cluster; the host's report over SSH with the passphrase-protected key.
        QVERIFY(m_win->openKubeconfig({m_sim.kubeconfig()}));
        QTRY_COMPARE_WITH_TIMEOUT(m_win->connection()->state(), ops::ClusterConnection::State::Synced, 20000);
        const QString agentBin = m_sshd->installAgent(QStringLiteral(DROVER_AGENT_BIN), QStringLiteral("epyc-samsung"));
        QVERIFY(!agentBin.isEmpty());
        parts::agentFetcher(*m_win)->setTargetTemplate(m_sshd->target("passkey"));
        parts::agentFetcher(*m_win)->setAgentPath(agentBin);
        m_passphraseAnswer = QString::fromLatin1(SshdProcess::kPassphrase);
        const QString host = QStringLiteral("nvme-a03");
        parts::hostTree(*m_win)->setCurrentIndex(parts::hostModel(*m_win)->hostIndex(host));
        parts::hostDetails(*m_win)->sshAddress()->setText(QStringLiteral("127.0.0.1:%1").arg(m_sshd->port()));
        parts::hostDetails(*m_win)->fetchButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(parts::hostDetails(*m_win)->fetchStatus(), QStringLiteral("Report fetched over SSH."), 30000);
        m_scan.collectTexts();
    }

    void nothingDroverWroteHoldsASecret()
    {
        m_watch.stop();
        m_win.reset(); // windows closed, settings and keychain writes done
        QSettings().sync();
        QTest::qWait(500); // the keychain daemon flushes its file
        // The scan reads what is there: settings were written (the host's SSH address), and a
        // planted canary is found, so a miss is not a scan that saw nothing.
        QVERIFY(m_scan.canaryFound(m_home.path()));
        QVERIFY2(m_scan.filesUnder(m_home.path()) > 0, "Drover wrote nothing under its home?");
        const QStringList found = m_scan.findAll({m_home.path(), m_keyring.home()});
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        for (const QString &dir : {m_home.path(), m_keyring.home()}) {
            QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext())
                qInfo("searched %s", qPrintable(QDir(dir).relativeFilePath(it.next())));
        }
        qInfo("secrets: %d secrets, %d files, %d messages and %d window texts searched: none found",
              int(m_scan.secretCount()), m_scan.filesUnder(m_home.path()) + m_scan.filesUnder(m_keyring.home()),
              int(test::SecretScan::messages().size()), int(m_scan.textCount()));
    }

    void aCrashLeavesNoCoreFile()
    {
        const auto dumped = [this](bool allowCores, QString *why) {
            return test::SecretScan::crashLeavesCore(QStringLiteral(DROVER_APP_BIN), m_sim.kubeconfig(), allowCores, why);
        };
        QString why;
        QCOMPARE(dumped(false, &why), 0);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const int withCores = dumped(true, &why);
        if (withCores < 0)
            QSKIP(qPrintable(why)); // core_pattern sends cores elsewhere: the contrast cannot be seen here
        QCOMPARE(withCores, 1);
    }
};

QTEST_MAIN(TestSecrets)
#include "test_secrets.moc"
