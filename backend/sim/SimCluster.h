#pragma once
// Everything drover-sim is, as one object: store, controllers, HTTPS API server, PKI, token.
// The drover-sim executable wraps it; tests may embed it too.
#include "ApiServer.h"
#include "ConsoleSockets.h"
#include "HostReports.h"
#include "Controllers.h"
#include "Migrations.h"
#include "Snapshots.h"
#include "ObjectStore.h"
#include "Scenario.h"

#include <QHostAddress>
#include <QNetworkRequest>
#include <QObject>

namespace drover::sim {

struct SimOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;            // 0: pick a free one
    Scenario scenario;           // default: the demo
    double timeScale = 1.0;      // controller speed; 0 = instant
    QByteArray token;            // empty: a random one
    int bookmarkMs = 5000;
    int watchHistory = 50000;    // events kept for watches that resume from an older resourceVersion
    int agentSampleMs = 5000;    // how often the simulated agents' samples move; 0 = never
    QString stateFile;           // kept on disk across restarts (SimState.h); empty: in memory only
};

class Cdi;
class CloneController;
class GarbageCollector;
class LiveUpdateController;
class CephSim;
class DisruptionController;
class EvacuationController;
class EvictionApi;
class SimPods;
class SimState;

class SimCluster : public QObject
{
    Q_OBJECT
public:
    explicit SimCluster(QObject *parent = nullptr);
    Result<void> start(const SimOptions &opts);

    QString serverUrl() const;
    // A request to this cluster as a client would make it: its CA trusted, its token sent.
    QNetworkRequest request(const QString &pathAndQuery) const;
    QByteArray token() const { return m_token; }
    const Pki &pki() const { return m_pki; }
    ObjectStore *store() const { return m_store; }
    ApiServer *server() const { return m_server; }
    Controllers *controllers() const { return m_controllers; }
    SimPods *pods() const { return m_pods; }
    EvictionApi *eviction() const { return m_eviction; }
    CephSim *ceph() const { return m_ceph; }

private:
    ObjectStore *m_store;
    Controllers *m_controllers;
    LiveUpdateController *m_liveUpdate = nullptr;
    MigrationController *m_migrations = nullptr;
    SnapshotController *m_snapshots = nullptr;
    Cdi *m_cdi = nullptr;
    CloneController *m_clones = nullptr;
    GarbageCollector *m_gc = nullptr;
    ApiServer *m_server;
    ConsoleSockets *m_consoles = nullptr;
    HostReports *m_hostReports = nullptr;
    SimPods *m_pods = nullptr;
    EvictionApi *m_eviction = nullptr;
    EvacuationController *m_evacuation = nullptr;
    DisruptionController *m_disruption = nullptr;
    CephSim *m_ceph = nullptr;
    SimState *m_state = nullptr;
    Pki m_pki;
    QByteArray m_token;
    quint16 m_port = 0;
};

} // namespace drover::sim
