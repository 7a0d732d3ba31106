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
class EventRecorder;
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
    // Events on the intents (each phase it enters, a failed request); none when unset.
    void setEvents(EventRecorder *events) { m_events = events; }

Q_SIGNALS:
    void statusRefused(const QString &why); // in words, for the log

private:
    struct Intent
    {
        QString name;
        QString node;
        QString policy;
        QString reason;
        bool leave = false;
        qint64 generation = 0;
        QString uid;
    };
    void recordEvents(const Intent &in, const MaintenanceProgress &p, const QString &phase, const QString &message);
    void onProgress(const MaintenanceProgress &p);
    void flushStatus();

    ClusterConnection *m_connection;
    Maintenance *m_maintenance;
    QHash<QString, Intent> m_byNode;      // node -> its intent
    QSet<QString> m_started;              // "enter:<uid>" / "leave:<uid>" asked of the executor
    QHash<QString, QJsonObject> m_status; // object name -> status to write
    QHash<QString, QString> m_said;       // object name -> the phase and last error its events said
    EventRecorder *m_events = nullptr;
    QTimer *m_flush;
};

} // namespace drover::ops
