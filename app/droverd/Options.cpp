#include "Options.h"

#include "InCluster.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace drover::app {

namespace {
QCommandLineOption option(const char *name, const char *help, const char *value = nullptr, const char *defaultValue = nullptr)
{
    return value ? QCommandLineOption(QLatin1String(name), QLatin1String(help), QLatin1String(value), QLatin1String(defaultValue))
                 : QCommandLineOption(QLatin1String(name), QLatin1String(help));
}
int ms(const QString &seconds)
{
    return int(seconds.toDouble() * 1000);
}
} // namespace

Result<DaemonOptions> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Drover's reconciler: carries out HostMaintenance and SnapshotSchedule objects; one of "
                                               "its replicas leads (a Lease). Serves /healthz, /readyz and /metrics."));
    p.addHelpOption();
    p.addVersionOption();
    QCommandLineOption timeScale = option("time-scale", "Run the schedules' clock this many times faster.", "factor", "1");
    timeScale.setFlags(QCommandLineOption::HiddenFromHelp);
    p.addOptions({option("kubeconfig", "Kubeconfig file (else $KUBECONFIG, else in-cluster, else ~/.kube/config).", "file"),
                  option("context", "Kubeconfig context (default: the current one).", "name"),
                  option("namespace", "Namespace of the Lease (default: the pod's, else drover-system).", "ns"),
                  option("lease-name", "Name of the Lease.", "name", "droverd"),
                  option("id", "Identity in the Lease (default: $POD_NAME, else hostname_pid).", "id"),
                  option("listen", "Address and port of /healthz, /readyz and /metrics (port 0: any).", "host:port", "0.0.0.0:8080"),
                  option("lease-duration", "Seconds a silent leader is believed.", "s", "15"),
                  option("renew-deadline", "Seconds a leader may fail to renew before it stops leading.", "s", "10"),
                  option("retry-period", "Seconds between attempts at the Lease.", "s", "2"),
                  option("pass-interval", "Seconds between the leader's passes over the intents.", "s", "10"),
                  option("log-format", "text or json.", "format", "text"),
                  option("log-level", "info, or debug (a line per pass with what it did and how long it took).", "level", "info"),
                  option("service-account-dir", "Where the in-cluster token and CA are.", "dir", kube::kServiceAccountDir),
                  option("node", "With plan: this host only; without a HostMaintenance for it, what entering maintenance would do.", "name"),
                  timeScale});
    p.addPositionalArgument(QStringLiteral("plan"), QStringLiteral("Print what droverd intends now for every intent, and why, then exit."),
                            QStringLiteral("[plan]"));
    p.process(app);
    const QStringList args = p.positionalArguments();
    if (args.size() > 1 || (args.size() == 1 && args.first() != QLatin1String("plan")))
        return Result<DaemonOptions>::failure(QStringLiteral("unknown command '%1': the only one is 'plan'").arg(args.join(QLatin1Char(' '))));
    DaemonOptions o;
    o.kubeconfig = p.value(QStringLiteral("kubeconfig"));
    o.context = p.value(QStringLiteral("context"));
    o.leaseNamespace = p.value(QStringLiteral("namespace"));
    o.leaseName = p.value(QStringLiteral("lease-name"));
    o.identity = p.value(QStringLiteral("id"));
    o.timings = {ms(p.value(QStringLiteral("lease-duration"))), ms(p.value(QStringLiteral("renew-deadline"))), ms(p.value(QStringLiteral("retry-period")))};
    o.passIntervalMs = std::max(100, ms(p.value(QStringLiteral("pass-interval"))));
    o.timeScale = p.value(QStringLiteral("time-scale")).toDouble() > 0 ? p.value(QStringLiteral("time-scale")).toDouble() : 1.0;
    o.jsonLogs = p.value(QStringLiteral("log-format")) == QLatin1String("json");
    o.serviceAccountDir = p.value(QStringLiteral("service-account-dir"));
    const QString level = p.value(QStringLiteral("log-level"));
    if (level != QLatin1String("info") && level != QLatin1String("debug"))
        return Result<DaemonOptions>::failure(QStringLiteral("--log-level wants info or debug; got '%1'").arg(level));
    o.debugLogs = level == QLatin1String("debug");
    o.planOnly = args.size() == 1;
    o.planNode = p.value(QStringLiteral("node"));
    if (!o.planNode.isEmpty() && !o.planOnly)
        return Result<DaemonOptions>::failure(QStringLiteral("--node goes with the plan command: droverd plan --node %1").arg(o.planNode));
    if (const QString problem = o.timings.problem(); !problem.isEmpty())
        return Result<DaemonOptions>::failure(QStringLiteral("leader election: ") + problem);
    const QString l = p.value(QStringLiteral("listen"));
    const qsizetype colon = l.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    o.port = quint16(l.mid(colon + 1).toUInt(&portOk));
    o.address = QHostAddress(l.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (colon < 0 || !portOk || o.address.isNull())
        return Result<DaemonOptions>::failure(QStringLiteral("--listen wants host:port with a numeric address, e.g. 0.0.0.0:8080; got '%1'").arg(l));
    return o;
}

} // namespace drover::app
