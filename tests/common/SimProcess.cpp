#include "SimProcess.h"

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

#include <QDeadlineTimer>

namespace drover::test {

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(const QStringList &args, int timeoutMs)
{
    m_args = args;
    return launch(QStringLiteral("127.0.0.1:0"), timeoutMs);
}

bool SimProcess::restart(int timeoutMs)
{
    stop();
    const QString port = m_url.section(QLatin1Char(':'), -1);
    return launch(QStringLiteral("127.0.0.1:") + port, timeoutMs);
}

void SimProcess::kill(int signal)
{
    if (m_proc.state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_proc.processId()), signal);
    m_proc.waitForFinished(5000);
}

bool SimProcess::launch(const QString &listen, int timeoutMs)
{
    const QString bin = qEnvironmentVariable("DROVER_SIM_BIN");
    if (bin.isEmpty()) {
        m_error = QStringLiteral("DROVER_SIM_BIN is not set");
        return false;
    }
    m_proc.setProcessChannelMode(QProcess::SeparateChannels);
    m_proc.setProgram(bin);
    m_proc.setArguments(QStringList{QStringLiteral("--listen"), listen,
                                    QStringLiteral("--kubeconfig-out"), kubeconfig()} + m_args);
    // A test that aborts (an assert, ASan) must not leave its simulator behind: it dies with the
    // test. (An orphan once kept a build lock's descriptor open for everyone.)
    const pid_t parent = ::getpid();
    m_proc.setChildProcessModifier([parent] {
        if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != parent)
            ::_exit(1);
    });
    m_proc.start();
    if (!m_proc.waitForStarted(5000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(bin, m_proc.errorString());
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    QByteArray out;
    while (!deadline.hasExpired()) {
        if (!m_proc.waitForReadyRead(int(qMax<qint64>(deadline.remainingTime(), 1)))) {
            if (m_proc.state() != QProcess::Running)
                break;
            continue;
        }
        out += m_proc.readAllStandardOutput();
        const qsizetype at = out.indexOf("drover-sim ready: ");
        const qsizetype nl = out.indexOf('\n', at);
        if (at >= 0 && nl > at) {
            m_url = QString::fromUtf8(out.mid(at + 18, nl - at - 18)).trimmed();
            return true;
        }
    }
    m_error = QStringLiteral("drover-sim did not come up: %1").arg(QString::fromUtf8(m_proc.readAllStandardError()));
    stop();
    return false;
}

void SimProcess::stop()
{
    if (m_proc.state() == QProcess::NotRunning)
        return;
    m_proc.terminate();
    if (!m_proc.waitForFinished(5000)) {
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
}

} // namespace drover::test
