#pragma once
// droverd's command line, read into one value (main.cpp); problems in words.
#include "LeaderElection.h"
#include "Result.h"

#include <QHostAddress>

class QCoreApplication;

namespace drover::app {

struct DaemonOptions
{
    QString kubeconfig;   // empty: $KUBECONFIG, else in-cluster, else ~/.kube/config
    QString context;
    QString leaseNamespace; // empty: the pod's namespace in cluster, else drover-system
    QString leaseName = QStringLiteral("droverd");
    QString identity;     // empty: $POD_NAME, else hostname_pid
    QHostAddress address = QHostAddress::Any;
    quint16 port = 8080;
    reconcile::ElectionTimings timings;
    int passIntervalMs = 10000;
    double timeScale = 1.0; // the schedules' clock (tests, demos)
    bool jsonLogs = false;
    bool debugLogs = false; // --log-level debug: a line per pass too
    QString serviceAccountDir;
    bool planOnly = false; // `droverd plan`: print every intent's plan and exit
    QString planNode;      // `droverd plan --node N`: that host only (its preview if it has no intent)
};

// Processes the arguments (--help and --version exit here).
Result<DaemonOptions> parseOptions(const QCoreApplication &app);

} // namespace drover::app
