// drover-sim: a simulated KubeVirt cluster serving the Kubernetes API over HTTPS.
#include "DroverVersion.h"
#include "SimCluster.h"
#include "SimConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace drover;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("drover-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DROVER_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "A simulated Kubernetes + KubeVirt cluster: the Kubernetes API over HTTPS with a fresh CA "
        "and bearer token, and controllers that run VMs on simulated hosts."));
    p.addHelpOption();
    p.addVersionOption();
    QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port (port 0: any free one)."),
                              QStringLiteral("host:port"), QStringLiteral("127.0.0.1:0"));
    QCommandLineOption out(QStringLiteral("kubeconfig-out"), QStringLiteral("Write a kubeconfig for this cluster here."),
                           QStringLiteral("path"));
    QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("YAML scenario (default: the built-in demo)."),
                                QStringLiteral("file"));
    QCommandLineOption generate(QStringLiteral("generate"), QStringLiteral("Generate a cluster of H hosts and V VMs."),
                                QStringLiteral("H:V"));
    QCommandLineOption speed(QStringLiteral("time-scale"),
                             QStringLiteral("Controller speed: 1 = demo pace, 0 = instant."),
                             QStringLiteral("factor"), QStringLiteral("1"));
    QCommandLineOption token(QStringLiteral("token"), QStringLiteral("Bearer token (default: random)."),
                             QStringLiteral("token"));
    QCommandLineOption history(QStringLiteral("watch-history"),
                               QStringLiteral("Events kept for watches resuming from an older resourceVersion; older ones get 410 Gone."),
                               QStringLiteral("events"), QStringLiteral("50000"));
    QCommandLineOption state(QStringLiteral("state-file"),
                             QStringLiteral("Keep the cluster in this file: started again with it (and the same --listen), the "
                                            "simulator has the same objects, resourceVersions, CA and token, as an API server "
                                            "restarted on its etcd; every change is written before it is answered, so even "
                                            "SIGKILL loses none."),
                             QStringLiteral("file"));
    QCommandLineOption samples(QStringLiteral("agent-samples"),
                               QStringLiteral("How often the simulated agents' samples and drive temperatures move, in ms; 0: never. "
                                              "HostReports a real drover-agent publishes here are left as it wrote them."),
                               QStringLiteral("ms"), QStringLiteral("5000"));
    p.addOptions({listen, out, scenario, generate, speed, token, history, state, samples});
    p.process(app);

    QTextStream err(stderr);
    sim::SimOptions opts;
    const QString l = p.value(listen);
    const qsizetype colon = l.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    opts.port = quint16(l.mid(colon + 1).toUInt(&portOk));
    opts.address = QHostAddress(l.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (colon < 0 || !portOk || opts.address.isNull()) {
        err << "drover-sim: --listen wants host:port with a numeric address, e.g. 127.0.0.1:0; got '" << l << "'\n";
        return 2;
    }
    bool scaleOk = false;
    opts.timeScale = p.value(speed).toDouble(&scaleOk);
    if (!scaleOk || opts.timeScale < 0) {
        err << "drover-sim: --time-scale wants a number >= 0\n";
        return 2;
    }
    bool historyOk = false;
    opts.watchHistory = p.value(history).toInt(&historyOk);
    if (!historyOk || opts.watchHistory < 1) {
        err << "drover-sim: --watch-history wants a positive number of events\n";
        return 2;
    }
    bool samplesOk = false;
    opts.agentSampleMs = p.value(samples).toInt(&samplesOk);
    if (!samplesOk || opts.agentSampleMs < 0) {
        err << "drover-sim: --agent-samples wants a number of milliseconds >= 0\n";
        return 2;
    }
    opts.token = p.value(token).toUtf8();
    opts.stateFile = p.value(state);
    if (p.isSet(scenario)) {
        auto s = sim::loadScenario(p.value(scenario));
        if (!s) {
            err << "drover-sim: " << s.error().message << "\n";
            return 2;
        }
        opts.scenario = *s;
    } else if (p.isSet(generate)) {
        const QStringList hv = p.value(generate).split(QLatin1Char(':'));
        if (hv.size() != 2 || hv[0].toInt() <= 0 || hv[1].toInt() < 0) {
            err << "drover-sim: --generate wants HOSTS:VMS, e.g. 500:10000\n";
            return 2;
        }
        opts.scenario = sim::generateScenario(hv[0].toInt(), hv[1].toInt(), 42);
    } else {
        opts.scenario = sim::demoScenario();
    }

    sim::SimCluster cluster;
    if (auto r = cluster.start(opts); !r) {
        err << "drover-sim: " << r.error().message << "\n";
        return 1;
    }
    if (p.isSet(out)) {
        if (auto r = sim::writeSimKubeconfig(p.value(out), cluster.serverUrl(), cluster.pki().caCertPem,
                                             cluster.token());
            !r) {
            err << "drover-sim: " << r.error().message << "\n";
            return 1;
        }
    }
    // Parents (drover --demo, tests) wait for this line.
    std::printf("drover-sim ready: %s\n", qPrintable(cluster.serverUrl()));
    std::fflush(stdout);
    return app.exec();
}
