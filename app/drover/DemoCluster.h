#pragma once
// `drover --demo`: runs drover-sim as a child process with its kubeconfig in a private
// temporary directory, waits for its "drover-sim ready:" line, and kills and reaps it when
// this object goes (the app's exit). The child also gets SIGTERM from the kernel if drover dies
// without reaching that (PR_SET_PDEATHSIG), so it is never left running on its own.
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

namespace drover::app {

class DemoCluster : public QObject
{
    Q_OBJECT
public:
    explicit DemoCluster(QObject *parent = nullptr);
    ~DemoCluster() override;

    // $DROVER_SIM_BIN, else drover-sim next to this executable.
    static QString simulatorPath();
    // Starts the simulator; ready() or failed() follows (failed() also after timeoutMs).
    void start(const QStringList &extraArgs = {}, int timeoutMs = 30000);
    void stop();
    QString kubeconfigPath() const { return m_dir.filePath(QStringLiteral("kubeconfig")); }

Q_SIGNALS:
    void ready(const QString &kubeconfig, const QString &serverUrl);
    void failed(const QString &error);

private:
    void onOutput();
    void fail(const QString &error);

    QTemporaryDir m_dir;
    QProcess m_proc;
    QTimer m_timeout;
    QByteArray m_out;
    QByteArray m_err;
    bool m_ready = false;
};

} // namespace drover::app
