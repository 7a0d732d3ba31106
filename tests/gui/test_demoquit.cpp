// `drover --demo` never leaves its drover-sim behind (issue 15, item 6): SIGTERM, SIGHUP (a
// session logout) and SIGINT make the real drover executable quit cleanly, stopping and reaping
// the simulator; after SIGKILL the kernel's parent-death signal (PR_SET_PDEATHSIG) ends it.
//
// The test process is a child subreaper (prctl(2) PR_SET_CHILD_SUBREAPER): a drover-sim orphaned
// by a SIGKILLed drover is reparented to this process, so the test can see how it died and reap
// it, even in a container whose PID 1 reaps nothing.
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <csignal>
#include <sys/prctl.h>
#include <sys/wait.h>

class TestDemoQuit : public QObject
{
    Q_OBJECT
    pid_t m_sim = 0;

    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split at the last ')'.
    static bool readStat(const QString &pid, QByteArray *comm, char *state, qint64 *ppid)
    {
        QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QByteArray s = f.readAll();
        const qsizetype open = s.indexOf('('), close = s.lastIndexOf(')');
        if (open < 0 || close < open)
            return false;
        const QList<QByteArray> rest = s.mid(close + 2).split(' ');
        if (rest.size() < 2)
            return false;
        *comm = s.mid(open + 1, close - open - 1);
        *state = rest[0].isEmpty() ? '?' : rest[0][0];
        *ppid = rest[1].toLongLong();
        return true;
    }
    // drover's drover-sim child (after its exec), or 0.
    static pid_t simChildOf(qint64 parent)
    {
        const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &p : pids) {
            QByteArray comm;
            char state = 0;
            qint64 ppid = 0;
            if (p.toLongLong() > 0 && readStat(p, &comm, &state, &ppid) && ppid == parent && comm == "drover-sim")
                return pid_t(p.toLongLong());
        }
        return 0;
    }
    static bool exists(pid_t pid) { return ::kill(pid, 0) == 0 || errno != ESRCH; }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(::prctl(PR_SET_CHILD_SUBREAPER, 1) == 0, strerror(errno));
        QVERIFY2(qEnvironmentVariableIsSet("DROVER_SIM_BIN"), "run under ctest: DROVER_SIM_BIN names drover-sim");
    }

    void cleanup()
    {
        // A failed row leaves nothing running: the simulator (drover is QProcess's, killed by it).
        if (m_sim > 0 && exists(m_sim)) {
            ::kill(m_sim, SIGKILL);
            ::waitpid(m_sim, nullptr, 0);
        }
        m_sim = 0;
    }

    void simulatorEndsWithConsole_data()
    {
        QTest::addColumn<int>("sig");
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGKILL") << int(SIGKILL);
    }

    void simulatorEndsWithConsole()
    {
        QFETCH(int, sig);
        QProcess drover;
        drover.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        drover.start(QStringLiteral(DROVER_APP_BIN), {QStringLiteral("--demo")});
        QVERIFY2(drover.waitForStarted(), qPrintable(drover.errorString()));
        const qint64 droverPid = drover.processId();
        QDeadlineTimer found(30000);
        while ((m_sim = simChildOf(droverPid)) == 0 && !found.hasExpired() && drover.state() == QProcess::Running)
            QTest::qWait(50);
        QVERIFY2(m_sim > 0, "drover --demo started no drover-sim");
        QTest::qWait(500); // the console is up and talking to it; not required, but the usual case

        QVERIFY(::kill(pid_t(droverPid), sig) == 0);
        QVERIFY(drover.waitForFinished(10000));
        if (sig == SIGKILL) {
            QCOMPARE(drover.exitStatus(), QProcess::CrashExit);
            // Orphaned, reparented to this subreaper: it must die of its parent-death signal.
            // (waitid's siginfo rather than the W* macros, whose casts -Wold-style-cast refuses.)
            siginfo_t info = {};
            QDeadlineTimer d(5000);
            while ((::waitid(P_PID, id_t(m_sim), &info, WEXITED | WNOHANG) != 0 || info.si_pid == 0) && !d.hasExpired())
                QTest::qWait(20);
            QVERIFY2(info.si_pid == m_sim, "drover-sim outlived a SIGKILLed drover");
            QCOMPARE(info.si_code, CLD_KILLED);
            QCOMPARE(info.si_status, SIGTERM);
        } else {
            // A clean quit: exit(128 + signal), and drover itself stopped and reaped the simulator.
            QCOMPARE(drover.exitStatus(), QProcess::NormalExit);
            QCOMPARE(drover.exitCode(), 128 + sig);
            QVERIFY2(!exists(m_sim), "drover quit but its drover-sim is still there (running or unreaped)");
        }
        m_sim = 0;
    }
};

QTEST_GUILESS_MAIN(TestDemoQuit)
#include "test_demoquit.moc"
