#include "DemoCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace drover::app {

DemoCluster::DemoCluster(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(tr("The demo cluster (%1) did not report ready within %2 s.%3")
                 .arg(simulatorPath())
                 .arg(m_timeout.interval() / 1000)
                 .arg(m_err.isEmpty() ? QString() : QStringLiteral("\n") + QString::fromUtf8(m_err).trimmed()));
    });
    connect(&m_proc, &QProcess::readyReadStandardOutput, this, &DemoCluster::onOutput);
    connect(&m_proc, &QProcess::readyReadStandardError, this, [this] {
        m_err += m_proc.readAllStandardError();
        if (m_err.size() > 8000)
            m_err = m_err.right(8000);
    });
    connect(&m_proc, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            fail(tr("Cannot run the demo cluster %1: %2").arg(m_proc.program(), m_proc.errorString()));
    });
    connect(&m_proc, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_ready)
            fail(tr("The demo cluster exited (code %1) before it was ready.%2")
                     .arg(code)
                     .arg(m_err.isEmpty() ? QString() : QStringLiteral("\n") + QString::fromUtf8(m_err).trimmed()));
    });
}

DemoCluster::~DemoCluster()
{
    stop();
}

QString DemoCluster::simulatorPath()
{
    const QString env = qEnvironmentVariable("DROVER_SIM_BIN");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("drover-sim"));
}

void DemoCluster::start(const QStringList &extraArgs, int timeoutMs)
{
    if (!m_dir.isValid()) {
        QMetaObject::invokeMethod(this, [this] { fail(tr("Cannot create a temporary directory: %1").arg(m_dir.errorString())); },
                                  Qt::QueuedConnection);
        return;
    }
    const QString bin = simulatorPath();
    if (!QFileInfo(bin).isExecutable()) {
        QMetaObject::invokeMethod(this, [this, bin] {
            fail(tr("The demo cluster needs the drover-sim program, which is not at %1. Install it next "
                    "to drover or set DROVER_SIM_BIN.").arg(bin));
        }, Qt::QueuedConnection);
        return;
    }
    m_proc.setProgram(bin);
    m_proc.setArguments(QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                    QStringLiteral("--kubeconfig-out"), kubeconfigPath()} + extraArgs);
    // Between fork and exec: the kernel sends drover-sim SIGTERM when drover dies, however it
    // dies (SIGKILL, a crash), so the demo cluster never outlives the console (prctl(2)
    // PR_SET_PDEATHSIG). The "parent" is the thread that forked — the GUI thread, which lives as
    // long as the process. If drover died before prctl took effect, getppid() has changed already.
    const pid_t parent = ::getpid();
    m_proc.setChildProcessModifier([parent] {
        if (::prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || ::getppid() != parent)
            ::_exit(1);
    });
    m_timeout.start(timeoutMs);
    m_proc.start();
}

void DemoCluster::onOutput()
{
    m_out += m_proc.readAllStandardOutput();
    if (m_ready) {
        m_out.clear();
        return;
    }
    static const QByteArray marker("drover-sim ready: ");
    const qsizetype at = m_out.indexOf(marker);
    const qsizetype nl = at < 0 ? -1 : m_out.indexOf('\n', at);
    if (nl < 0)
        return;
    m_ready = true;
    m_timeout.stop();
    const QString url = QString::fromUtf8(m_out.mid(at + marker.size(), nl - at - marker.size())).trimmed();
    m_out.clear();
    Q_EMIT ready(kubeconfigPath(), url);
}

void DemoCluster::fail(const QString &error)
{
    if (m_ready)
        return;
    m_timeout.stop();
    m_ready = true; // one outcome only
    stop();
    Q_EMIT failed(error);
}

void DemoCluster::stop()
{
    if (m_proc.state() == QProcess::NotRunning)
        return;
    m_proc.disconnect(this);
    m_proc.terminate();
    if (!m_proc.waitForFinished(3000)) {
        m_proc.kill();
        m_proc.waitForFinished(3000);
    }
}

} // namespace drover::app
