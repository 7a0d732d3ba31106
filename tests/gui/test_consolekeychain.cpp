// The VNC password kept in the system keychain, with a real one: a private D-Bus session bus and
// gnome-keyring's Secret Service (unlocked with a throwaway password in a temporary home), and
// TigerVNC's Xvnc with VncAuth. Ticked "keep it": the next console to that server opens without a
// question. Once the server's password changes, the kept one is refused, the window asks again
// (saying the last was refused) and the new one replaces it.
#include "ConsoleWindow.h"
#include "MainWindow.h"
#include "VncServers.h"

#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <optional>

using namespace drover;

class TestConsoleKeychain : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;
    QProcess m_bus, m_keyring;
    console::test::VncServer m_xvnc;
    std::unique_ptr<ui::MainWindow> m_win;
    int m_dialogs = 0;
    QString m_lastPrompt;

    std::optional<QPair<QString, bool>> m_answer; // the next dialog's password and "keep it"
    QTimer m_watch;
    // Every VNC password dialog that shows is counted; the expected one is answered with the
    // password (and "keep it" ticked or not), an unexpected one is cancelled.
    void watchDialogs()
    {
        auto *dlg = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dlg || dlg->objectName() != QLatin1String("vncPasswordDialog") || dlg->property("seen").toBool())
            return;
        dlg->setProperty("seen", true);
        ++m_dialogs;
        for (auto *l : dlg->findChildren<QLabel *>())
            m_lastPrompt += l->text();
        if (!m_answer) {
            dlg->reject();
            return;
        }
        dlg->findChild<QLineEdit *>(QStringLiteral("vncPassword"))->setText(m_answer->first);
        auto *remember = dlg->findChild<QCheckBox *>(QStringLiteral("vncPasswordRemember"));
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
        return w && w->client() && w->client()->state() == console::RfbClient::State::Connected;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const char *tool : {"dbus-daemon", "gnome-keyring-daemon", "Xvnc"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                QFAIL(qPrintable(QStringLiteral("%1 is missing: scripts/setup.sh installs it").arg(QLatin1String(tool))));
        // A session bus of our own, before anything in this process touches D-Bus.
        m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1")});
        QVERIFY(m_bus.waitForReadyRead(10000));
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(address.startsWith("unix:"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_RUNTIME_DIR", m_home.path().toUtf8());
        m_keyring.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        QVERIFY(m_keyring.waitForStarted(5000));
        m_keyring.write("throwaway");
        m_keyring.closeWriteChannel();
        QTest::qWait(1000); // it claims org.freedesktop.secrets on the bus

        QString err;
        QVERIFY2(m_xvnc.startXvnc(QSize(640, 480), QStringLiteral("first-pw"), &err), qPrintable(err));
        m_win = std::make_unique<ui::MainWindow>();
        connect(&m_watch, &QTimer::timeout, this, &TestConsoleKeychain::watchDialogs);
        m_watch.start(50);
    }
    void cleanupTestCase()
    {
        m_win.reset();
        m_keyring.kill();
        m_keyring.waitForFinished(3000);
        m_bus.kill();
        m_bus.waitForFinished(3000);
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
        QTRY_VERIFY_WITH_TIMEOUT(connected(again), 20000);
        QCOMPARE(m_dialogs, 1);
        again->close();
        QTest::qWait(200);
    }

    void aRefusedKeptPasswordIsAskedForAndReplaced()
    {
        QString err;
        QVERIFY2(m_xvnc.changePassword(QStringLiteral("second-pw"), &err), qPrintable(err));
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
};

QTEST_MAIN(TestConsoleKeychain)
#include "test_consolekeychain.moc"
