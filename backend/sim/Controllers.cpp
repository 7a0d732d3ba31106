#include "Controllers.h"

#include "Placement.h"
#include "VmiJson.h"

#include <QJsonArray>
#include <QTimer>

namespace drover::sim {

using kube::ApiResource;

namespace {

QJsonObject sub(const QJsonObject &o, const char *k)
{
    return o.value(QLatin1String(k)).toObject();
}

bool wantsRunning(const QString &strategy)
{
    return strategy == QLatin1String("Always") || strategy == QLatin1String("RerunOnFailure") ||
           strategy == QLatin1String("Once");
}

QString keyOf(const QString &ns, const QString &name)
{
    return ns + QLatin1Char('/') + name;
}

} // namespace

Controllers::Controllers(ObjectStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    connect(store, &ObjectStore::changed, this, &Controllers::onChanged);
}

void Controllers::after(int ms, std::function<void()> fn)
{
    QTimer::singleShot(int(ms * m_scale), this, std::move(fn));
}

QString Controllers::pickHost(const ObjectStore &store, const QJsonObject &vmiSpec)
{
    return Placement(store).pick(vmiSpec);
}

void Controllers::onChanged(const ApiResource &r, const QString &type, const QJsonObject &obj)
{
    const QJsonObject meta = sub(obj, "metadata");
    if (r == ApiResource::virtualMachines() || r == ApiResource::virtualMachineInstances()) {
        queueVm(keyOf(meta.value(QLatin1String("namespace")).toString(), meta.value(QLatin1String("name")).toString()));
    } else if (r == ApiResource::nodes() && type == QLatin1String("MODIFIED") && !conditionTrue(obj, QStringLiteral("Ready"))) {
        // A host went away: its VMIs fail shortly after (virt-handler stops reporting).
        const QString node = meta.value(QLatin1String("name")).toString();
        after(2000, [this, node] {
            for (const auto &vmi : m_store->list(ApiResource::virtualMachineInstances())) {
                if (sub(vmi, "status").value(QLatin1String("nodeName")).toString() != node)
                    continue;
                const QJsonObject m = sub(vmi, "metadata");
                (void)m_store->mutate(ApiResource::virtualMachineInstances(), m.value(QLatin1String("namespace")).toString(),
                                      m.value(QLatin1String("name")).toString(), [](QJsonObject &o) {
                                          setPhase(o, QStringLiteral("Failed"));
                                          setCondition(o, QStringLiteral("Ready"), false, QStringLiteral("NodeUnresponsive"),
                                                       QStringLiteral("virt-handler on the node is not responding"));
                                      });
            }
        });
    }
}

void Controllers::queueVm(const QString &key)
{
    if (m_queued.contains(key))
        return;
    m_queued.insert(key);
    QTimer::singleShot(0, this, [this, key] {
        m_queued.remove(key);
        reconcileVm(key);
    });
}

void Controllers::setVmStatus(const QString &ns, const QString &name, const QString &printable)
{
    auto vm = m_store->get(ApiResource::virtualMachines(), ns, name);
    if (!vm)
        return;
    auto vmi = m_store->get(ApiResource::virtualMachineInstances(), ns, name);
    const bool ready = vmi && sub(*vmi, "status").value(QLatin1String("phase")).toString() == QLatin1String("Running");
    const QJsonObject st = sub(*vm, "status");
    if (st.value(QLatin1String("printableStatus")).toString() == printable &&
        st.value(QLatin1String("ready")).toBool() == ready && st.value(QLatin1String("created")).toBool() == bool(vmi))
        return; // nothing to write: avoids a watch event per reconcile
    (void)m_store->mutate(ApiResource::virtualMachines(), ns, name, [&](QJsonObject &o) {
        QJsonObject s = sub(o, "status");
        s.insert(QStringLiteral("printableStatus"), printable);
        s.insert(QStringLiteral("ready"), ready);
        s.insert(QStringLiteral("created"), bool(vmi));
        o.insert(QStringLiteral("status"), s);
        setCondition(o, QStringLiteral("Ready"), ready, ready ? QString() : QStringLiteral("VMINotRunning"), {});
    });
}

void Controllers::reconcileVm(const QString &key)
{
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    const QString ns = key.left(slash), name = key.mid(slash + 1);
    auto vm = m_store->get(ApiResource::virtualMachines(), ns, name);
    auto vmi = m_store->get(ApiResource::virtualMachineInstances(), ns, name);
    if (!vm) {
        if (vmi)
            (void)m_store->remove(ApiResource::virtualMachineInstances(), ns, name);
        m_manualStart.remove(key);
        return;
    }
    const QString strategy = sub(*vm, "spec").value(QLatin1String("runStrategy")).toString();
    const bool want = wantsRunning(strategy) || (strategy == QLatin1String("Manual") && m_manualStart.contains(key));
    const QString phase = vmi ? sub(*vmi, "status").value(QLatin1String("phase")).toString() : QString();
    if (vmi && (phase == QLatin1String("Failed") || phase == QLatin1String("Succeeded"))) {
        if (strategy == QLatin1String("Always") || (strategy == QLatin1String("RerunOnFailure") && phase == QLatin1String("Failed"))) {
            (void)m_store->remove(ApiResource::virtualMachineInstances(), ns, name); // recreated next pass
            return;
        }
    }
    if (want && !vmi && !m_stopping.contains(key)) {
        auto created = m_store->create(ApiResource::virtualMachineInstances(), ns, vmiForVm(*vm));
        if (created.ok()) {
            const QString uid = sub(created.object, "metadata").value(QLatin1String("uid")).toString();
            after(300, [this, ns, name, uid] { advanceVmi(ns, name, uid); });
        }
        setVmStatus(ns, name, QStringLiteral("Starting"));
        return;
    }
    if (!want && vmi && !m_stopping.contains(key)) {
        m_stopping.insert(key);
        setVmStatus(ns, name, QStringLiteral("Stopping"));
        after(800, [this, ns, name, key] {
            m_stopping.remove(key);
            (void)m_store->remove(ApiResource::virtualMachineInstances(), ns, name);
        });
        return;
    }
    QString printable = QStringLiteral("Stopped");
    if (m_stopping.contains(key))
        printable = QStringLiteral("Stopping");
    else if (vmi && phase == QLatin1String("Running"))
        printable = conditionTrue(*vmi, QStringLiteral("Paused")) ? QStringLiteral("Paused") : QStringLiteral("Running");
    else if (vmi && phase == QLatin1String("Scheduling") && !sub(*vmi, "status").value(QLatin1String("conditions")).toArray().isEmpty())
        printable = QStringLiteral("ErrorUnschedulable");
    else if (vmi && (phase == QLatin1String("Failed")))
        printable = QStringLiteral("Stopped");
    else if (vmi)
        printable = QStringLiteral("Starting");
    setVmStatus(ns, name, printable);
}

// One step of a VMI's way to Running; the uid guards against a VMI recreated meanwhile.
void Controllers::advanceVmi(const QString &ns, const QString &name, const QString &uid)
{
    auto vmi = m_store->get(ApiResource::virtualMachineInstances(), ns, name);
    if (!vmi || sub(*vmi, "metadata").value(QLatin1String("uid")).toString() != uid)
        return;
    const QString phase = sub(*vmi, "status").value(QLatin1String("phase")).toString();
    const auto &R = ApiResource::virtualMachineInstances();
    if (phase == QLatin1String("Pending")) {
        (void)m_store->mutate(R, ns, name, [](QJsonObject &o) { setPhase(o, QStringLiteral("Scheduling")); });
        after(300, [this, ns, name, uid] { advanceVmi(ns, name, uid); });
    } else if (phase == QLatin1String("Scheduling")) {
        const QString host = pickHost(*m_store, sub(*vmi, "spec"));
        if (host.isEmpty()) {
            (void)m_store->mutate(R, ns, name, [](QJsonObject &o) {
                setCondition(o, QStringLiteral("PodScheduled"), false, QStringLiteral("Unschedulable"),
                             QStringLiteral("0/N nodes are available: no host has enough free memory or matches the node selector."));
            });
            after(5000, [this, ns, name, uid] { advanceVmi(ns, name, uid); }); // retry as the scheduler does
            return;
        }
        (void)m_store->mutate(R, ns, name, [&](QJsonObject &o) {
            QJsonObject st = sub(o, "status");
            st.insert(QStringLiteral("phase"), QStringLiteral("Scheduled"));
            st.insert(QStringLiteral("nodeName"), host);
            st.remove(QStringLiteral("conditions"));
            o.insert(QStringLiteral("status"), st);
        });
        after(900, [this, ns, name, uid] { advanceVmi(ns, name, uid); });
    } else if (phase == QLatin1String("Scheduled")) {
        const QString host = sub(*vmi, "status").value(QLatin1String("nodeName")).toString();
        const int ipIndex = int(qHash(ns + name) % 60000);
        (void)m_store->mutate(R, ns, name, [&](QJsonObject &o) { markRunning(o, host, ipIndex); });
    }
}

} // namespace drover::sim
