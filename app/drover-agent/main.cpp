// drover-agent: the node agent. `report --json` prints one report (docs/agent-report.md);
// `watch --interval 2s` prints live samples as JSON lines; `publish` writes the report as its
// node's HostReport every interval (the DaemonSet, see Publisher.h). --root DIR reads a captured
// machine; --host-root DIR reads the live machine mounted at DIR (a pod's hostPath mounts).
#include "CephOkToStop.h"
#include "DroverVersion.h"
#include "InCluster.h"
#include "Publisher.h"
#include "Report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QThread>
#include <cstdio>
#include <memory>

using namespace drover::agent;

namespace {
int usage(const char *error)
{
    if (error)
        std::fprintf(stderr, "drover-agent: %s\n", error);
    std::fprintf(error ? stderr : stdout,
                 "usage: drover-agent report --json [--root DIR]\n"
                 "       drover-agent watch [--interval 2s|500ms] [--count N] [--root DIR]\n"
                 "       drover-agent ceph ok-to-stop [--host H] [--root DIR]\n"
                 "       drover-agent publish [--node NAME] [--interval 30s] [--once] [--host-root DIR]\n"
                 "                            [--kubeconfig FILE] [--context NAME] [--service-account-dir DIR]\n"
                 "         (the report as HostReport NAME's status; NAME: --node, else $NODE_NAME, else the hostname;\n"
                 "          the cluster: --kubeconfig, else $KUBECONFIG, else in-cluster, else ~/.kube/config)\n"
                 "         (exit 0: Ceph says this host's OSDs may stop; else Ceph's status, 16 or 11)\n"
                 "       drover-agent --help | --version\n"
                 "env: DROVER_SMARTCTL, DROVER_CEPH override the smartctl and ceph commands\n");
    return error ? 2 : 0;
}

int intervalMs(const QString &s)
{
    bool ok = false;
    if (s.endsWith(QLatin1String("ms")))
        return s.chopped(2).toInt(&ok) * (ok ? 1 : 0);
    if (s.endsWith(QLatin1Char('s')))
        return int(s.chopped(1).toDouble(&ok) * 1000) * (ok ? 1 : 0);
    return s.toInt(&ok) * 1000 * (ok ? 1 : 0);
}

void print(const QJsonObject &o, bool indented)
{
    const QByteArray b = QJsonDocument(o).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
    std::fwrite(b.constData(), 1, size_t(b.size()), stdout);
    if (!indented)
        std::fputc('\n', stdout);
    std::fflush(stdout);
}
struct ClusterArgs
{
    QString kubeconfig, context, serviceAccountDir = QLatin1String(drover::kube::kServiceAccountDir);
};

int publish(int argc, char **argv, const AgentRoot &root, PublishOptions options, const ClusterArgs &cluster)
{
    QCoreApplication app(argc, argv); // publish needs an event loop (the API calls)
    if (options.node.isEmpty())
        options.node = qEnvironmentVariable("NODE_NAME");
    if (options.node.isEmpty())
        options.node = hostnameOf(root);
    auto context = drover::kube::unattendedContext(cluster.kubeconfig, cluster.context, cluster.serviceAccountDir);
    if (!context) {
        logLine("error", QStringLiteral("no cluster to publish to: %1").arg(context.error().message));
        return 2;
    }
    auto created = drover::kube::KubeClient::create(*context);
    if (!created) {
        logLine("error", QStringLiteral("cannot use the cluster %1: %2").arg(context->cluster.server, created.error().message));
        return 2;
    }
    // Gone before the application is: Qt's network thread must stop while it still exists.
    const std::unique_ptr<drover::kube::KubeClient> client(*created);
    Publisher publisher(client.get(), root, options);
    QObject::connect(&publisher, &Publisher::finished, &app, &QCoreApplication::exit);
    publisher.start();
    return app.exec();
}
} // namespace

int main(int argc, char **argv)
{
    // No QCoreApplication: it costs about a megabyte of RSS (ICU, plugins) that a node agent run
    // every few seconds on every host does not need; nothing here needs an event loop.
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (args.isEmpty())
        return usage("a command is needed");
    QString cmd = args.takeFirst();
    if (cmd == QLatin1String("ceph")) {
        if (args.isEmpty() || args.takeFirst() != QLatin1String("ok-to-stop"))
            return usage("ceph takes one command: ok-to-stop");
        cmd = QStringLiteral("ceph ok-to-stop");
    }
    QString host;
    if (cmd == QLatin1String("--help") || cmd == QLatin1String("help"))
        return usage(nullptr);
    if (cmd == QLatin1String("--version")) {
        std::printf("drover-agent %s\n", DROVER_VERSION);
        return 0;
    }
    AgentRoot root;
    root.smartctl = qEnvironmentVariable("DROVER_SMARTCTL");
    root.ceph = qEnvironmentVariable("DROVER_CEPH");
    bool json = false, once = false;
    int interval = 0, count = -1;
    QString node;
    ClusterArgs cluster;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--json")) {
            json = true;
        } else if (a == QLatin1String("--root") && hasValue) {
            root.dir = args[++i];
            root.captured = true;
        } else if (a == QLatin1String("--host-root") && hasValue) {
            root.dir = args[++i]; // the live machine, mounted here: its commands still run
        } else if (a == QLatin1String("--node") && hasValue) {
            node = args[++i];
        } else if (a == QLatin1String("--once")) {
            once = true;
        } else if (a == QLatin1String("--kubeconfig") && hasValue) {
            cluster.kubeconfig = args[++i];
        } else if (a == QLatin1String("--context") && hasValue) {
            cluster.context = args[++i];
        } else if (a == QLatin1String("--service-account-dir") && hasValue) {
            cluster.serviceAccountDir = args[++i];
        } else if (a == QLatin1String("--interval") && hasValue) {
            interval = intervalMs(args[++i]);
            if (interval <= 0)
                return usage("--interval takes a duration such as 2s or 500ms");
        } else if (a == QLatin1String("--host") && hasValue) {
            host = args[++i];
        } else if (a == QLatin1String("--count") && hasValue) {
            count = args[++i].toInt();
        } else {
            return usage(qPrintable(QStringLiteral("unknown argument %1").arg(a)));
        }
    }
    if (cmd == QLatin1String("report")) {
        if (!json)
            return usage("report prints JSON only: add --json");
        print(buildReport(root), true);
        return 0;
    }
    if (cmd == QLatin1String("ceph ok-to-stop")) {
        const QJsonObject verdict = cephOkToStop(root, host.isEmpty() ? hostnameOf(root) : host);
        print(verdict, true);
        if (verdict.value(QStringLiteral("okToStop")).toBool())
            return 0;
        const int status = verdict.value(QStringLiteral("exitStatus")).toInt();
        return status > 0 && status < 256 ? status : 1;
    }
    if (cmd == QLatin1String("publish"))
        return publish(argc, argv, root, PublishOptions{node, interval > 0 ? interval : 30000, once}, cluster);
    if (interval <= 0)
        interval = 2000;
    if (cmd == QLatin1String("watch")) {
        Counters before = readCounters(root);
        for (int n = 0; count < 0 || n < count; ++n) {
            QThread::msleep(ulong(interval));
            const Counters now = readCounters(root);
            QJsonObject line = sampleBetween(root, &before, now);
            line.insert(QStringLiteral("schema"), QStringLiteral("drover.io/agent-sample/v1"));
            line.insert(QStringLiteral("host"), hostnameOf(root));
            line.insert(QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            print(line, false);
            before = now;
        }
        return 0;
    }
    return usage(qPrintable(QStringLiteral("unknown command %1").arg(cmd)));
}
