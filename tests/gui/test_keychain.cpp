// Secrets kept in the system keychain, with a real one (PrivateKeyring: gnome-keyring's Secret
// Service on a private D-Bus). The VNC password, against TigerVNC's Xvnc with VncAuth: ticked
// "keep it", the next console to that server opens without a question; once the server's password
// changes, the kept one is refused, the window asks again (saying the last was refused) and the
// new one replaces it. An SSH key's passphrase, against a real sshd: asked once, kept, and a later
// session (a new window, a new connection) fetches the host's report without asking.
#include "ConsoleWindow.h"
#include "MainWindow.h"
#include "PrivateKeyring.h"
#include "SshdProcess.h"
#include "VncServers.h"
#include "WindowParts.h"

#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "VerifyOk.h"
#include <optional>

using namespace drover;
using ssh::testing::SshdProcess;

class TestKeychain : public QObject
{
    Q_OBJECT
    PrivateKeyring m_keyring;
    console::test::VncServer m_xvnc;
    std::unique_ptr<ui::MainWindow> m_win;
    int m_dialogs = 0, m_passphraseDialogs = 0;
    std::unique_ptr<SshdProcess> m_sshd;
    QTemporaryDir m_sshDir;
    QString m_lastPrompt;

    std::optional<QPair<QString, bool>> m_answer; // the next dialog's password and "keep it"
    QTimer m_watch;
    // Every VNC password dialog that shows is counted; the expected one is answered with the
    // password (and "keep it" ticked or not), an unexpected one is cancelled.
    void watchDialogs()
    {
        auto *dlg = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dlg || dlg->property("seen").toBool())
            return;
        const bool vnc = dlg->objectName() == QLatin1String("vncPasswordDialog");
        if (!vnc && dlg->objectName() != QLatin1String("passphraseDialog"))
            return;
        dlg->setProperty("seen", true);
        ++(vnc ? m_dialogs : m_passphraseDialogs);
        for (auto *l : dlg->findChildren<QLabel *>())
            m_lastPrompt += l->text();
        if (!m_answer) {
            dlg->reject();
            return;
        }
        dlg->findChild<QLineEdit *>()->setText(m_answer->first);
        auto *remember = dlg->findChild<QCheckBox *>();
        QVERIFY(remember && remember->isVisibleTo(dlg));
        remember->setChecked(m_answer->second);
        m_answer.reset();
        dlg->accept();
    }
    void answerPasswordWith(const QString &password, bool keep) { m_answer = qMakePair(password, keep); }
    ui::ConsoleWindow *open()
    {
        return qobject_cast<ui::ConsoleWindow *>(m_win->openDirectConsole(QStringLiteral("VNC"), QStringLiteral("127.0.0.1"), m_xvnc.port()));
    }
    static bool connected(ui::ConsoleWindow *w)
    {
        return w && w->client() && w->client()->state() == console::RemoteSession::State::Connected;
    }

private Q_SLOTS:
    void initTestCase()
    {
        VERIFY_OK(m_keyring.start());
        VERIFY_OK(m_xvnc.startXvnc(QSize(640, 480), QStringLiteral("first-pw")));
        m_win = std::make_unique<ui::MainWindow>();
        connect(&m_watch, &QTimer::timeout, this, &TestKeychain::watchDialogs);
        m_watch.start(50);
    }
    void cleanupTestCase()
    {
        m_win.reset();
    }

    void aKeptPasswordIsNotAskedAgain()
    {
        auto *w = open();
        QSignalSpy kept(w, &ui::ConsoleWindow::passwordKept);
        answerPasswordWith(QStringLiteral("first-pw"), true);
        QTRY_VERIFY_WITH_TIMEOUT(connected(w), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(kept.count(), 1, 10000);
        QCOMPARE(m_dialogs, 1);
        QPointer<ui::ConsoleWindow> first(w);
        w->close();
        QTRY_VERIFY(!first); // gone, with the password it held

        // A new window knows nothing of the last one's password: it comes from the keychain.
        auto *again = open();
        QTRY_VERIFY2_WITH_TIMEOUT(connected(again), qPrintable(again->statusText()), 20000);
        QCOMPARE(m_dialogs, 1);
        again->close();
        QTest::qWait(200);
    }

    void aRefusedKeptPasswordIsAskedForAndReplaced()
    {
        VERIFY_OK(m_xvnc.changePassword(QStringLiteral("second-pw")));
        auto *w = open();
        QTRY_VERIFY_WITH_TIMEOUT(w->statusText().contains(QStringLiteral("wrong VNC password")), 20000);
        QVERIFY(!connected(w));
        // Reconnect asks (the kept one was refused), and the new one is kept.
        m_lastPrompt.clear();
        QSignalSpy kept(w, &ui::ConsoleWindow::passwordKept);
        answerPasswordWith(QStringLiteral("second-pw"), true);
        QMetaObject::invokeMethod(w->findChild<QWidget *>(QStringLiteral("consoleReconnect")), "click");
        QTRY_VERIFY_WITH_TIMEOUT(connected(w), 20000);
        QCOMPARE(m_dialogs, 2);
        QVERIFY2(m_lastPrompt.contains(QStringLiteral("refused")), qPrintable(m_lastPrompt));
        QTRY_COMPARE_WITH_TIMEOUT(kept.count(), 1, 10000);
        w->close();
        QTest::qWait(200);

        auto *third = open();
        QTRY_VERIFY_WITH_TIMEOUT(connected(third), 20000);
        QCOMPARE(m_dialogs, 2);
        third->close();
    }

    void aKeptPassphraseIsNotAskedAgain()
    {
        if (!SshdProcess::available())
            QSKIP("/usr/sbin/sshd is not installed (Debian package openssh-server)");
        m_sshd = std::make_unique<SshdProcess>(m_sshDir.path());
        VERIFY_OK(m_sshd->startWithFreshKeys());
        const QString agentBin = m_sshd->installAgent(QStringLiteral(DROVER_AGENT_BIN), QStringLiteral("epyc-samsung"));
        QVERIFY(!agentBin.isEmpty());
        const QString address = QStringLiteral("127.0.0.1:%1").arg(m_sshd->port());
        const auto fetchOnce = [&](ui::MainWindow &win) -> QString {
            parts::prompter(win)->setAnswer(QStringLiteral("ssh.hostKey"), true);
            parts::agentFetcher(win)->setTargetTemplate(m_sshd->target("passkey"));
            parts::agentFetcher(win)->setAgentPath(agentBin);
            QSignalSpy fetched(parts::agentFetcher(win), &models::AgentFetcher::fetched);
            QSignalSpy failed(parts::agentFetcher(win), &models::AgentFetcher::failed);
            parts::agentFetcher(win)->fetch(QStringLiteral("nvme-b01"), address);
            for (int i = 0; i < 300 && fetched.isEmpty() && failed.isEmpty(); ++i)
                QTest::qWait(100);
            if (fetched.isEmpty() && failed.isEmpty())
                return QStringLiteral("no answer within 30 s");
            return failed.isEmpty() ? QString() : failed.first().at(1).toString();
        };
        answerPasswordWith(QString::fromLatin1(SshdProcess::kPassphrase), true);
        QCOMPARE(fetchOnce(*m_win), QString());
        QCOMPARE(m_passphraseDialogs, 1);
        QTest::qWait(500); // the keychain write finishes
        // A new window: a new SSH connection, the passphrase from the keychain.
        ui::MainWindow other;
        QCOMPARE(fetchOnce(other), QString());
        QCOMPARE(m_passphraseDialogs, 1);
    }
};

QTEST_MAIN(TestKeychain)
#include "test_keychain.moc"
