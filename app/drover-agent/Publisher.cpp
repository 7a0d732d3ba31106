#include "Publisher.h"

#include "Report.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace drover::agent {

namespace {
const QString kManagedBy = QStringLiteral("app.kubernetes.io/managed-by");

QJsonObject ourMetadata(const QString &node, const QString &nodeUid)
{
    const QJsonObject owner{{QStringLiteral("apiVersion"), QStringLiteral("v1")},
                            {QStringLiteral("kind"), QStringLiteral("Node")},
                            {QStringLiteral("name"), node},
                            {QStringLiteral("uid"), nodeUid}};
    return {{QStringLiteral("name"), node},
            {QStringLiteral("labels"), QJsonObject{{kManagedBy, QStringLiteral("drover-agent")},
                                                   {QStringLiteral("app.kubernetes.io/part-of"), QStringLiteral("drover")}}},
            {QStringLiteral("ownerReferences"), QJsonArray{owner}}};
}

int countOf(const QJsonObject &report, const char *section, const char *key)
{
    return report.value(QLatin1String(section)).toObject().value(QLatin1String(key)).toArray().size();
}
} // namespace

void logLine(const char *level, const QString &message)
{
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + level + ' ' +
                            message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

Publisher::Publisher(kube::KubeClient *client, const AgentRoot &root, const PublishOptions &options, QObject *parent)
    : QObject(parent), m_client(client), m_root(root), m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Publisher::publish);
}

QJsonObject Publisher::hostReportObject(const QString &node, const QString &nodeUid)
{
    return {{QStringLiteral("apiVersion"), QStringLiteral("drover.io/v1alpha1")},
            {QStringLiteral("kind"), QStringLiteral("HostReport")},
            {QStringLiteral("metadata"), ourMetadata(node, nodeUid)}};
}

QByteArray Publisher::statusPatch(const QJsonObject &report)
{
    const QJsonObject status{{QStringLiteral("report"), report},
                             {QStringLiteral("observedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    const QJsonArray ops{QJsonObject{{QStringLiteral("op"), QStringLiteral("add")},
                                     {QStringLiteral("path"), QStringLiteral("/status")},
                                     {QStringLiteral("value"), status}}};
    return QJsonDocument(ops).toJson(QJsonDocument::Compact);
}

void Publisher::start()
{
    const QString when = m_options.once ? QStringLiteral("once") : QStringLiteral("every %1 s").arg(m_options.intervalMs / 1000.0);
    logLine("info", QStringLiteral("publishing this host's report as HostReport %1 on %2, %3").arg(m_options.node, m_client->server(), when));
    lookUpNode();
}

void Publisher::lookUpNode()
{
    m_client->get(kube::ApiResource::nodes(), QString(), m_options.node, this, [this](const kube::Response &r) {
        if (r.error.kind == kube::ErrorKind::NotFound) {
            logLine("error", QStringLiteral("there is no Node named %1 in this cluster: give this host's node name with "
                                            "--node or NODE_NAME (in a pod: the Downward API's spec.nodeName)")
                                 .arg(m_options.node));
            Q_EMIT finished(1);
            return;
        }
        if (!r.ok())
            return failed(QStringLiteral("reading Node %1").arg(m_options.node), r.error, r.error.kind == kube::ErrorKind::Forbidden);
        m_nodeUid = r.object.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("uid")).toString();
        ensureObject();
    });
}

void Publisher::ensureObject()
{
    m_client->create(kube::ApiResource::hostReports(), QString(), hostReportObject(m_options.node, m_nodeUid), this,
                     [this](const kube::Response &r) {
                         if (r.error.kind == kube::ErrorKind::Conflict)
                             return adoptExisting();
                         if (!r.ok())
                             return failed(QStringLiteral("creating HostReport %1").arg(m_options.node), r.error,
                                           r.error.kind == kube::ErrorKind::Forbidden);
                         publish();
                     });
}

// It exists (an earlier pod of this DaemonSet, or someone else's): put our labels and owner on it.
void Publisher::adoptExisting()
{
    QJsonObject metadata = ourMetadata(m_options.node, m_nodeUid);
    metadata.remove(QStringLiteral("name"));
    const QByteArray patch = QJsonDocument(QJsonObject{{QStringLiteral("metadata"), metadata}}).toJson(QJsonDocument::Compact);
    m_client->patch(kube::ApiResource::hostReports(), QString(), m_options.node, kube::PatchType::Merge, patch, this,
                    [this](const kube::Response &r) {
                        if (!r.ok())
                            return failed(QStringLiteral("taking over HostReport %1").arg(m_options.node), r.error,
                                          r.error.kind == kube::ErrorKind::Forbidden);
                        publish();
                    });
}

void Publisher::publish()
{
    QElapsedTimer collecting;
    collecting.start();
    const Counters now = readCounters(m_root);
    QJsonObject report = buildReport(m_root, m_haveCounters ? &m_before : nullptr);
    m_before = now;
    m_haveCounters = true;
    const qint64 tookMs = collecting.elapsed();
    const QString path = kube::ApiResource::hostReports().objectPath(QString(), m_options.node, QStringLiteral("status"));
    m_client->request("PATCH", path, {}, statusPatch(report), this,
                      [this, report, tookMs](const kube::Response &r) {
                          if (r.error.kind == kube::ErrorKind::NotFound) {
                              logLine("warning", QStringLiteral("HostReport %1 is gone (deleted?): creating it again").arg(m_options.node));
                              return ensureObject();
                          }
                          if (!r.ok())
                              return failed(QStringLiteral("writing HostReport %1's status").arg(m_options.node), r.error, false);
                          ++m_published;
                          logLine("info", QStringLiteral("published HostReport %1: %2 NVMe controllers, %3 Ceph OSDs (collected in %4 ms)")
                                              .arg(m_options.node)
                                              .arg(countOf(report, "nvme", "controllers"))
                                              .arg(countOf(report, "ceph", "osds"))
                                              .arg(tookMs));
                          if (m_options.once)
                              Q_EMIT finished(0);
                          else
                              scheduleNext();
                      },
                      QByteArrayLiteral("application/json-patch+json"));
}

void Publisher::failed(const QString &what, const kube::KubeError &e, bool fatal)
{
    logLine("error", QStringLiteral("%1: %2").arg(what, e.userMessage()));
    if (fatal || m_options.once) {
        Q_EMIT finished(1);
        return;
    }
    // Transient (the API server restarting, a network blip): the next interval tries again from
    // where it failed; a missing Node uid means the lookup has not succeeded yet.
    if (m_nodeUid.isEmpty())
        QTimer::singleShot(m_options.intervalMs, this, &Publisher::lookUpNode);
    else
        scheduleNext();
}

void Publisher::scheduleNext()
{
    m_timer.start(m_options.intervalMs);
}

} // namespace drover::agent
