#pragma once
// Starts the real drover-sim executable for a test and reaps it: the binary comes from
// $DROVER_SIM_BIN (set by CTest), the kubeconfig lands in a private temporary directory.
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace drover::test {

class SimProcess
{
public:
    SimProcess() = default;
    ~SimProcess();
    SimProcess(const SimProcess &) = delete;
    SimProcess &operator=(const SimProcess &) = delete;

    // Extra arguments, e.g. {"--time-scale", "0"}. False (and error()) when it did not come up
    // within timeoutMs.
    bool start(const QStringList &args = {}, int timeoutMs = 20000);
    void stop();
    // Ends the simulator with a signal (SIGKILL: no goodbye) and waits until it is gone.
    void kill(int signal);
    // Starts it again with the same arguments on the same port (with --state-file, the same
    // cluster: SimState.h), rewriting the same kubeconfig.
    bool restart(int timeoutMs = 20000);

    QString kubeconfig() const { return m_dir.filePath(QStringLiteral("kubeconfig")); }
    QString serverUrl() const { return m_url; }
    QString error() const { return m_error; }
    QString dir() const { return m_dir.path(); }
    qint64 pid() const { return m_proc.processId(); }

private:
    bool launch(const QString &listen, int timeoutMs);
    QTemporaryDir m_dir;
    QStringList m_args;
    QProcess m_proc;
    QString m_url;
    QString m_error;
};

} // namespace drover::test
