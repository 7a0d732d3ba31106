#pragma once
// droverd's HostMaintenance objects, carried out by the same executor the console runs
// (ops::Maintenance): a new intent enters maintenance with its policy and reason, spec.leave
// brings the host back, and each object's status mirrors the executor's plan (phase, steps done,
// the first blocker in words, a Ready condition). The executor keeps its own state on the Node
// and VMs, so a droverd killed mid-drain resumes there (Maintenance::resume), not here.
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

class QTimer;

namespace drover::ops {

class ClusterConnection;
class Maintenance;
struct MaintenanceProgress;

class MaintenanceIntents : public QObject
{
    Q_OBJECT
public:
    MaintenanceIntents(ClusterConnection *connection, Maintenance *maintenance, QObject *parent = nullptr);
    // List the intents and start what they ask that is not under way.
    void pass();
    // A status write per object at most this often (the executor reports many times a second).
    void setStatusIntervalMs(int ms);

private:
    struct Intent
    {
        QString name;
        QString node;
        QString policy;
        QString reason;
        bool leave = false;
        qint64 generation = 0;
    };
    void onProgress(const MaintenanceProgress &p);
    void flushStatus();

    ClusterConnection *m_connection;
    Maintenance *m_maintenance;
    QHash<QString, Intent> m_byNode;      // node -> its intent
    QSet<QString> m_started;              // "enter:<uid>" / "leave:<uid>" asked of the executor
    QHash<QString, QJsonObject> m_status; // object name -> status to write
    QTimer *m_flush;
    bool m_listing = false;
};

} // namespace drover::ops
