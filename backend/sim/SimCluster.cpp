#include "SimCluster.h"

#include "Catalog.h"
#include "Cdi.h"
#include "CephSim.h"
#include "CloneAdmission.h"
#include "VmAdmission.h"
#include "Clones.h"
#include "GarbageCollector.h"
#include "GuestAgent.h"
#include "HotplugVolumes.h"
#include "LiveUpdateController.h"
#include "DisruptionController.h"
#include "Evacuation.h"
#include "Eviction.h"
#include "PlainResources.h"
#include "SimPods.h"
#include "SimState.h"

#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace drover::sim {

SimCluster::SimCluster(QObject *parent)
    : QObject(parent), m_store(new ObjectStore(this)), m_controllers(nullptr),
      m_server(new ApiServer(m_store, this))
{
    using R = kube::ApiResource;
    for (const R *r : {&R::namespaces(), &R::nodes(), &R::pods(), &R::events(), &R::virtualMachines(),
                       &R::virtualMachineInstances(), &R::migrations(), &R::snapshots(), &R::snapshotContents(), &R::restores(),
                       &R::hostReports(), &R::cephClusters(), &R::leases(), &R::hostMaintenances(), &R::snapshotSchedules()})
        m_store->registerResource(*r);
    m_controllers = new Controllers(m_store, this);
    m_liveUpdate = new LiveUpdateController(m_store, this);
    m_migrations = new MigrationController(m_store, m_controllers, this);
    m_snapshots = new SnapshotController(m_store, m_controllers, this);
    Cdi::registerResources(*m_store);
    catalog::registerResources(*m_store);
    m_cdi = new Cdi(m_store, this);
    CloneController::registerResources(*m_store);
    m_clones = new CloneController(m_store, m_controllers, this);
    m_gc = new GarbageCollector(m_store, this);
    m_consoles = new ConsoleSockets(m_store, m_server, this);
    m_server->setConsoleSockets(m_consoles);
    m_hostReports = new HostReports(m_store, this);
    SimPods::registerResources(*m_store);
    plain::registerResources(*m_store);
    m_pods = new SimPods(m_store, m_controllers, this);
    m_eviction = new EvictionApi(m_store, m_pods, this);
    m_evacuation = new EvacuationController(m_store, this);
    m_server->addObjectHook([this](auto method, const auto &res, const auto &ns, const auto &name, const auto &sub,
                                   const auto &query, const auto &body) {
        return m_eviction->hook(method, res, ns, name, sub, query, body);
    });
    m_server->addSubresourceRoute([api = GuestAgentApi(m_store)](auto method, const QString &plural, const QString &ns,
                                                                 const QString &name, const QString &verb) {
        return api.answer(method, plural, ns, name, verb);
    });
    m_server->addAdmissionHook([this](const R &res, QJsonObject &obj, bool create) -> std::optional<ApiServer::HookAnswer> {
        if (res != R::virtualMachineClones())
            return std::nullopt;
        return admitVirtualMachineClone(obj, create, m_eviction->virtApiUp());
    });
    m_server->addAdmissionHook([this](const R &res, QJsonObject &obj, bool create) -> std::optional<ApiServer::HookAnswer> {
        if (res != R::virtualMachines())
            return std::nullopt;
        return admitVirtualMachine(*m_store, obj, create, m_eviction->virtApiUp());
    });
    m_server->addAdmissionHook([this](const R &res, QJsonObject &obj, bool) -> std::optional<ApiServer::HookAnswer> {
        return res == R::dataVolumes() ? cdi::admitDataVolume(*m_store, obj) : std::nullopt;
    });
    // Kubernetes' disruption controller; Ceph and Rook (CephSim.h), before the agents' reports.
    for (const R *r : {&R::podDisruptionBudgets(), &R::configMaps()})
        if (!m_store->find(r->group, r->version, r->plural))
            m_store->registerResource(*r);
    m_disruption = new DisruptionController(m_store, this);
    m_ceph = new CephSim(m_store, this);
    // The admin API: CephSim's osd-down/osd-up replace the bare HostReports' (added first).
    m_hostReports->addAdminEndpoints(m_server->admin());
    m_ceph->addAdminEndpoints(m_server->admin());
    m_eviction->addAdminEndpoints(m_server->admin());
}

Result<void> SimCluster::start(const SimOptions &opts)
{
    std::optional<SimIdentity> kept;
    if (!opts.stateFile.isEmpty()) {
        // The objects come back before the scenario is populated: what exists is left alone.
        m_state = new SimState(opts.stateFile, this);
        auto loaded = m_state->load(*m_store);
        if (!loaded)
            return Result<void>::failure(loaded.error());
        kept = *loaded;
    }
    m_token = kept ? kept->token : opts.token;
    if (m_token.isEmpty()) {
        quint32 raw[6];
        QRandomGenerator::system()->fillRange(raw);
        m_token = QByteArray(reinterpret_cast<const char *>(raw), sizeof raw).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }
    if (kept) {
        m_pki = kept->pki;
    } else {
        auto pki = generatePki({QStringLiteral("localhost")}, {QStringLiteral("127.0.0.1"), QStringLiteral("::1")});
        if (!pki)
            return Result<void>::failure(pki.error());
        m_pki = *pki;
    }
    m_controllers->setTimeScale(opts.timeScale);
    m_liveUpdate->setTimeScale(opts.timeScale);
    m_store->setHistoryLimit(opts.watchHistory);
    m_store->beginPopulating(); // nobody watches yet: no history for what the scenario makes
    populateKubeVirt(*m_store, opts.scenario.kubevirt);
    populate(*m_store, opts.scenario, true);
    QStringList vmNamespaces; // what virt-operator, CDI and the administrator put there beforehand
    for (const VmSpec &v : opts.scenario.vms)
        if (!vmNamespaces.contains(v.ns))
            vmNamespaces.append(v.ns);
    catalog::populate(*m_store, vmNamespaces);
    m_pods->populate(opts.scenario);
    m_cdi->setTimeScale(opts.timeScale);
    m_cdi->populate();
    m_snapshots->populate();
    m_gc->rebuild();
    m_store->endPopulating();
    m_hostReports->populate(opts.agentSampleMs);
    m_ceph->setTimeScale(opts.timeScale);
    m_ceph->start();
    m_server->setToken(m_token);
    m_server->setBookmarkIntervalMs(opts.bookmarkMs);
    m_server->setActionHandler([this](const QString &plural, const QString &ns, const QString &name,
                                      const QString &verb, const QJsonObject &body) {
        // addvolume / removevolume: virt-api patches the VM through its admission webhook.
        const auto admit = [this](QJsonObject &vm) -> std::optional<std::pair<int, QJsonObject>> {
            const auto a = admitVirtualMachine(*m_store, vm, false, m_eviction->virtApiUp());
            if (!a)
                return std::nullopt;
            return std::pair{a->code, a->body};
        };
        if (auto r = hotplug::volumeAction(*m_store, plural, ns, name, verb, body, admit))
            return *r;
        return m_controllers->action(plural, ns, name, verb, body);
    });
    m_server->setGroupAvailable([this](const QString &group) {
        return group != QLatin1String("subresources.kubevirt.io") || m_eviction->virtApiUp();
    });
    if (m_state)
        if (auto r = m_state->keep(*m_store, SimIdentity{m_pki, m_token}); !r)
            return r;
    m_port = m_server->listenTls(opts.address, opts.port, m_pki);
    if (m_port == 0)
        return Result<void>::failure(QStringLiteral("cannot listen on %1:%2 (in use, or not an address of this machine)")
                                         .arg(opts.address.toString()).arg(opts.port));
    return {};
}

QString SimCluster::serverUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QNetworkRequest SimCluster::request(const QString &pathAndQuery) const
{
    QNetworkRequest req(QUrl(serverUrl() + pathAndQuery));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(m_pki.caCertPem));
    req.setSslConfiguration(ssl);
    req.setRawHeader("Authorization", "Bearer " + m_token);
    return req;
}

} // namespace drover::sim
