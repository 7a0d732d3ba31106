// RookDisruption: Rook's OSD, mon and mgr PodDisruptionBudgets (RookDisruption.h).
#include "RookDisruption.h"

#include "CephModel.h"
#include "RookPods.h"
#include "VmiJson.h"

#include <QCryptographicHash>
#include <QJsonArray>


namespace drover::sim {

using kube::ApiResource;
using namespace Qt::StringLiterals;

namespace {

const QString kNs = u"rook-ceph"_s;
const QString kDefaultPdb = u"rook-ceph-osd"_s;
const QString kDraining = u"draining-failure-domain"_s;
const QString kSetNoOut = u"set-no-out"_s;

QJsonObject selectorOf(const QString &key, const QString &value)
{
    return {{u"matchLabels"_s, QJsonObject{{key, value}}}};
}

QJsonObject pdbSpec(int maxUnavailable, const QJsonObject &selector)
{
    return {{u"maxUnavailable"_s, maxUnavailable}, {u"selector"_s, selector}};
}

} // namespace

QString rookBlockingPdbName(const QString &host)
{
    const QString prefix = u"rook-ceph-osd-host-"_s;
    if (prefix.size() + host.size() <= 63)
        return prefix + host;
    return prefix + QString::fromLatin1(QCryptographicHash::hash(host.toUtf8(), QCryptographicHash::Md5).toHex());
}

RookDisruption::RookDisruption(ObjectStore *store, RookPods *pods, CephModel *model, QObject *parent)
    : QObject(parent), m_store(store), m_pods(pods), m_model(model)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_due = {};
        reconcile();
    });
    m_monCheck.setSingleShot(true);
    connect(&m_monCheck, &QTimer::timeout, this, &RookDisruption::reconcileMonPdb);
    connect(store, &ObjectStore::changed, this, &RookDisruption::onChanged);
}

void RookDisruption::start()
{
    applyPdb(u"rook-ceph-mgr-pdb"_s, pdbSpec(1, selectorOf(u"app"_s, u"rook-ceph-mgr"_s)), false);
    reconcileMonPdb();
    reconcile();
}

void RookDisruption::onChanged(const ApiResource &r, const QString &type, const QJsonObject &obj)
{
    // add.go's watches (bookkeeping only: the store is mid-commit; trigger() arms a timer).
    if (r == ApiResource::podDisruptionBudgets() && type == "MODIFIED"_L1 && nameOf(obj) == kDefaultPdb &&
        namespaceOf(obj) == kNs) {
        if (objectAt(obj, "spec"_L1).value("maxUnavailable"_L1).toInt() == 1 &&
            objectAt(obj, "status"_L1).value("disruptionsAllowed"_L1).toInt() == 0 &&
            objectAt(obj, "status"_L1).contains("observedGeneration"_L1))
            trigger(1000);
    } else if (r == ApiResource::cephClusters() && type != "DELETED"_L1) {
        // Status writes come back here too; only the spec counts (a GenerationChanged predicate).
        const qint64 gen = objectAt(obj, "metadata"_L1).value("generation"_L1).toInteger();
        if (gen != m_clusterGeneration) {
            m_clusterGeneration = gen;
            trigger(1000);
        }
    } else if (r == ApiResource::nodes() || (r == ApiResource::pods() && namespaceOf(obj) == kNs)) {
        inputsChanged();
    }
}

void RookDisruption::inputsChanged()
{
    if (m_waitForInputs) {
        m_waitForInputs = false;
        trigger(0);
    }
}

void RookDisruption::monsChanged()
{
    if (!m_monCheck.isActive())
        m_monCheck.start(qRound(45000 * m_scale)); // mon healthCheckInterval default 45 s
}

void RookDisruption::trigger(int demoMs)
{
    const int ms = qRound(demoMs * m_scale);
    const QDateTime due = QDateTime::currentDateTimeUtc().addMSecs(ms);
    if (m_timer.isActive() && m_due.isValid() && m_due <= due)
        return;
    m_due = due;
    m_timer.start(ms);
}

void RookDisruption::requeue(int demoMs)
{
    if (m_scale <= 0)
        m_waitForInputs = true;
    else
        trigger(demoMs);
}

void RookDisruption::applyPdb(const QString &name, const QJsonObject &spec, bool owned)
{
    const auto &PDB = ApiResource::podDisruptionBudgets();
    if (const auto cur = m_store->get(PDB, kNs, name)) {
        if (objectAt(*cur, "spec"_L1) != spec)
            (void)m_store->mutate(PDB, kNs, name, [&spec](QJsonObject &o) { o.insert(u"spec"_s, spec); });
        return;
    }
    QJsonObject meta{{u"name"_s, name}, {u"namespace"_s, kNs}};
    if (owned) {
        // k8sutil OwnerInfo.SetControllerReference: the CephCluster owns the OSD PDBs.
        const auto cluster = m_store->get(ApiResource::cephClusters(), kNs, u"rook-ceph"_s);
        meta.insert(u"ownerReferences"_s,
                    QJsonArray{QJsonObject{{u"apiVersion"_s, u"ceph.rook.io/v1"_s}, {u"kind"_s, u"CephCluster"_s},
                                           {u"name"_s, u"rook-ceph"_s},
                                           {u"uid"_s, cluster ? uidOf(*cluster) : QString()},
                                           {u"controller"_s, true}, {u"blockOwnerDeletion"_s, true}}});
    }
    (void)m_store->create(PDB, kNs, QJsonObject{{u"metadata"_s, meta}, {u"spec"_s, spec}});
}

void RookDisruption::deletePdb(const QString &name)
{
    if (m_store->get(ApiResource::podDisruptionBudgets(), kNs, name))
        (void)m_store->remove(ApiResource::podDisruptionBudgets(), kNs, name);
}

void RookDisruption::reconcileMonPdb()
{
    const QList<RookPods::Daemon> mons = m_pods->daemons(u"mon"_s);
    if (mons.size() <= 2)
        return; // drain.go: no mon PDB with two mons or fewer
    int down = 0;
    for (const RookPods::Daemon &m : mons)
        down += m_pods->ready(u"mon"_s, m.id) ? 0 : 1;
    const int maxUnavailable = qMax(0, (mons.size() >= 5 ? 2 : 1) - down);
    applyPdb(u"rook-ceph-mon-pdb"_s, pdbSpec(maxUnavailable, selectorOf(u"app"_s, u"rook-ceph-mon"_s)), false);
}

void RookDisruption::activeDrain(const QStringList &allFds, const QString &draining)
{
    for (const QString &fd : allFds) {
        if (fd != draining)
            applyPdb(rookBlockingPdbName(fd), pdbSpec(0, selectorOf(u"topology-location-host"_s, fd)), true);
        else
            deletePdb(rookBlockingPdbName(fd));
    }
    deletePdb(kDefaultPdb);
}

void RookDisruption::inactiveDrain(const QStringList &allFds, int maxUnavailable)
{
    applyPdb(kDefaultPdb, pdbSpec(maxUnavailable, selectorOf(u"app"_s, u"rook-ceph-osd"_s)), true);
    for (const QString &fd : allFds)
        deletePdb(rookBlockingPdbName(fd));
}

void RookDisruption::updateNoout(QJsonObject &data, const QStringList &allFds, int timeoutMinutes)
{
    const QSet<QString> before = m_model->nooutHosts();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &fd : allFds) {
        const QString stampKey = fd + u"-noout-last-set-at"_s;
        if (data.value(kDraining).toString() == fd && data.value(kSetNoOut).toString() == "true"_L1) {
            if (data.value(stampKey).toString().isEmpty())
                data.insert(stampKey, rfc3339(now));
            const QDateTime since = QDateTime::fromString(data.value(stampKey).toString(), Qt::ISODate);
            // osdMaintenanceTimeout is the cluster's setting in wall-clock minutes: not scaled.
            if (since.secsTo(now) >= qint64(timeoutMinutes) * 60)
                m_model->nooutHosts().remove(fd); // noout expired
            else
                m_model->nooutHosts().insert(fd);
        } else {
            m_model->nooutHosts().remove(fd);
            data.remove(stampKey);
        }
    }
    if (m_model->nooutHosts() != before)
        Q_EMIT nooutChanged();
}

} // namespace drover::sim
