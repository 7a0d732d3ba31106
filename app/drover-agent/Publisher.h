#pragma once
// `drover-agent publish`: the agent as a DaemonSet pod. Every interval it collects the report
// (the one `report --json` prints) and writes it as the status of the HostReport named after its
// node (drover.io/v1alpha1, cluster-scoped), where consoles and droverd read it with the rest of
// the cluster — no SSH needed. The HostReport is owned by its Node (ownerReferences), so the
// garbage collector removes it with the Node.
//   1. GET the Node (its uid; 404: wrong --node / NODE_NAME, fatal);
//   2. create the HostReport, or on 409 (it exists, e.g. from an earlier pod) merge-patch our
//      labels and owner onto it;
//   3. each interval: a JSON patch `add /status` (replaces the whole status: a key the new report
//      no longer has does not linger, as a merge patch would leave it); a 404 (someone deleted
//      it) goes back to 2.
// Refusals are logged in words (which verb on which resource the account lacks). With `once`,
// the first publish ends the program: 0 when it was written, 1 when not.
// Threading: the thread that created it (an event loop is needed).
#include "AgentRoot.h"
#include "Collectors.h"
#include "KubeClient.h"

#include <QObject>
#include <QTimer>

namespace drover::agent {

struct PublishOptions
{
    QString node;          // the Node this agent runs on (--node, else $NODE_NAME, else the hostname)
    int intervalMs = 30000;
    bool once = false;
};

class Publisher : public QObject
{
    Q_OBJECT
public:
    Publisher(kube::KubeClient *client, const AgentRoot &root, const PublishOptions &options, QObject *parent = nullptr);
    void start();
    int published() const { return m_published; }

    // The bodies, for tests: the HostReport as first created, and the status patch.
    static QJsonObject hostReportObject(const QString &node, const QString &nodeUid);
    static QByteArray statusPatch(const QJsonObject &report);

Q_SIGNALS:
    void finished(int exitCode); // once: after the first publish; always: after a fatal error

private:
    void lookUpNode();
    void ensureObject();
    void adoptExisting();
    void publish();
    void failed(const QString &what, const kube::KubeError &e, bool fatal);
    void scheduleNext();

    kube::KubeClient *m_client;
    AgentRoot m_root;
    PublishOptions m_options;
    QString m_nodeUid;
    Counters m_before;
    bool m_haveCounters = false;
    int m_published = 0;
    QTimer m_timer;
};

void logLine(const char *level, const QString &message);

} // namespace drover::agent
