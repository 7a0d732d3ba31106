// Scenarios: the YAML loader. The built-in demo and the generator are in ScenarioBuiltIn.cpp;
// populate() and the JSON the scenario becomes are in Populate.cpp.
#include "Scenario.h"

#include "Quantity.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

#include <limits>

namespace drover::sim {

using namespace Qt::StringLiterals;

namespace {

// generate: far beyond the 500 hosts and 10,000 VMs of the scale tests, yet refused before a
// typo of a few zeros fills the memory (vms: 2000000000 took 2 GB within a minute, and went on).
constexpr int kMaxGeneratedHosts = 10000;
constexpr int kMaxGeneratedVms = 200000;

// Thrown inside loadScenario() only, and turned into its Result there.
struct LoadError
{
    QString message;
};

class Loader
{
public:
    explicit Loader(QString path) : m_path(std::move(path)) {}

    [[noreturn]] void fail(const YAML::Node &at, const QString &problem) const
    {
        const int line = at.Mark().line;
        throw LoadError{line >= 0
                            ? QStringLiteral("%1:%2: %3").arg(m_path).arg(line + 1).arg(problem)
                            : QStringLiteral("%1: %2").arg(m_path, problem)};
    }

    // A map whose keys must all be among allowed.
    void expectMap(const YAML::Node &n, const char *what,
                   std::initializer_list<const char *> allowed) const
    {
        if (!n.IsMap())
            fail(n, QStringLiteral("%1 must be a map").arg(QLatin1StringView(what)));
        for (auto it = n.begin(); it != n.end(); ++it) {
            const std::string key = it->first.Scalar();
            bool known = false;
            QStringList names;
            for (const char *a : allowed) {
                known = known || key == a;
                names.append(QLatin1StringView(a));
            }
            if (!known)
                fail(it->first, QStringLiteral("unknown key '%1' in %2 (expected one of: %3)")
                                    .arg(QString::fromStdString(key), QLatin1StringView(what),
                                         names.join(u", "_s)));
        }
    }

    QString text(const YAML::Node &n, const char *key) const
    {
        if (!n.IsScalar())
            fail(n, QStringLiteral("%1 must be a plain value").arg(QLatin1StringView(key)));
        return QString::fromStdString(n.Scalar());
    }

    int count(const YAML::Node &n, const char *key, int min,
              int max = std::numeric_limits<int>::max()) const
    {
        bool ok = false;
        const int v = text(n, key).toInt(&ok);
        if (!ok || v < min)
            fail(n, QStringLiteral("%1 must be a whole number of at least %2, not '%3'")
                        .arg(QLatin1StringView(key))
                        .arg(min)
                        .arg(text(n, key)));
        if (v > max)
            fail(n, QStringLiteral("%1 must be at most %2, not %3").arg(QLatin1StringView(key)).arg(max).arg(v));
        return v;
    }

    bool flag(const YAML::Node &n, const char *key) const
    {
        bool v = false;
        if (!n.IsScalar() || !YAML::convert<bool>::decode(n, v))
            fail(n, QStringLiteral("%1 must be true or false").arg(QLatin1StringView(key)));
        return v;
    }

    qint64 bytes(const YAML::Node &n, const char *key) const
    {
        const auto b = core::parseBytes(text(n, key));
        if (!b || *b <= 0)
            fail(n,
                 QStringLiteral("%1: '%2' is not a size such as 8Gi%3")
                     .arg(QLatin1StringView(key), text(n, key), b ? QString() : QStringLiteral(" (%1)").arg(b.error().message)));
        return qint64(*b);
    }

    // A DNS-1123 name as Kubernetes wants for namespaces and VMs (dots allowed for nodes).
    QString name(const YAML::Node &n, const char *key, bool dots) const
    {
        static const QRegularExpression label(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"_s);
        static const QRegularExpression subdomain(u"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"_s);
        const QString v = text(n, key);
        if (v.size() > (dots ? 253 : 63) || !(dots ? subdomain : label).match(v).hasMatch())
            fail(n, QStringLiteral("%1 '%2' is not a valid Kubernetes name (lowercase letters, "
                                   "digits and '-'%3)")
                        .arg(QLatin1StringView(key), v, dots ? u" or '.'"_s : QString()));
        return v;
    }

    Scenario load(const YAML::Node &root) const
    {
        if (!root.IsDefined() || root.IsNull())
            fail(root, u"the file is empty: a scenario has hosts and vms, or generate"_s);
        expectMap(root, "the scenario", {"name", "hosts", "vms", "generate", "kubevirt", "deployments"});
        Scenario s;
        if (const YAML::Node g = root["generate"]) {
            expectMap(g, "generate", {"hosts", "vms", "seed"});
            const int hosts = g["hosts"] ? count(g["hosts"], "generate.hosts", 1, kMaxGeneratedHosts) : 10;
            const int vms = g["vms"] ? count(g["vms"], "generate.vms", 0, kMaxGeneratedVms) : 100;
            const int seed = g["seed"] ? count(g["seed"], "generate.seed", 0) : 42;
            s = generateScenario(hosts, vms, quint32(seed));
        }
        if (const YAML::Node n = root["name"])
            s.name = text(n, "name");
        QSet<QString> hostNames, vmKeys;
        for (const HostSpec &h : std::as_const(s.hosts))
            hostNames.insert(h.name);
        for (const VmSpec &v : std::as_const(s.vms))
            vmKeys.insert(v.ns + u'/' + v.name);
        if (const YAML::Node hosts = root["hosts"]) {
            if (!hosts.IsSequence())
                fail(hosts, u"hosts must be a list"_s);
            for (const YAML::Node &h : hosts) {
                expectMap(h, "a host",
                          {"name", "cpu", "memory", "labels", "ready", "unschedulable", "controlPlane"});
                if (!h["name"])
                    fail(h, u"a host needs a name"_s);
                HostSpec hs;
                hs.name = name(h["name"], "name", true);
                if (hostNames.contains(hs.name))
                    fail(h["name"], QStringLiteral("host '%1' is listed twice").arg(hs.name));
                hostNames.insert(hs.name);
                if (h["cpu"])
                    hs.cpuCores = count(h["cpu"], "cpu", 1);
                if (h["memory"])
                    hs.memoryBytes = bytes(h["memory"], "memory");
                if (const YAML::Node labels = h["labels"]) {
                    if (!labels.IsMap())
                        fail(labels, u"labels must be a map"_s);
                    for (auto it = labels.begin(); it != labels.end(); ++it)
                        hs.labels.insert(text(it->first, "a label"),
                                         text(it->second, "a label value"));
                }
                if (h["ready"])
                    hs.ready = flag(h["ready"], "ready");
                if (h["unschedulable"])
                    hs.unschedulable = flag(h["unschedulable"], "unschedulable");
                if (h["controlPlane"])
                    hs.controlPlane = flag(h["controlPlane"], "controlPlane");
                s.hosts.append(hs);
            }
        }
        if (const YAML::Node vms = root["vms"]) {
            if (!vms.IsSequence())
                fail(vms, u"vms must be a list"_s);
            for (const YAML::Node &v : vms) {
                expectMap(v, "a VM",
                          {"name", "namespace", "os", "osName", "cpu", "memory", "running", "host",
                           "migratable", "dirtyRate", "evictionStrategy", "hostDevice",
                           "guestAgent"});
                if (!v["name"])
                    fail(v, u"a VM needs a name"_s);
                VmSpec vs;
                vs.name = name(v["name"], "name", false);
                if (v["namespace"])
                    vs.ns = name(v["namespace"], "namespace", false);
                if (vmKeys.contains(vs.ns + u'/' + vs.name))
                    fail(v["name"], QStringLiteral("VM %1/%2 is listed twice").arg(vs.ns, vs.name));
                vmKeys.insert(vs.ns + u'/' + vs.name);
                if (v["os"])
                    vs.os = text(v["os"], "os");
                if (vs.os.isEmpty())
                    fail(v["os"], u"os must not be empty"_s);
                vs.osName = v["osName"] ? text(v["osName"], "osName")
                                        : (vs.os == "windows"_L1 ? u"Windows Server 2022"_s
                                                                 : u"Fedora 40"_s);
                if (v["cpu"])
                    vs.cpu = count(v["cpu"], "cpu", 1);
                if (v["memory"])
                    vs.memoryBytes = bytes(v["memory"], "memory");
                if (v["running"])
                    vs.running = flag(v["running"], "running");
                if (v["host"]) {
                    vs.host = text(v["host"], "host");
                    if (!hostNames.contains(vs.host))
                        fail(v["host"],
                             QStringLiteral("host '%1' is not among the hosts").arg(vs.host));
                }
                if (v["migratable"])
                    vs.migratable = flag(v["migratable"], "migratable");
                if (v["dirtyRate"]) {
                    vs.dirtyRate = text(v["dirtyRate"], "dirtyRate");
                    if (vs.dirtyRate != "high"_L1 && vs.dirtyRate != "normal"_L1)
                        fail(v["dirtyRate"], u"dirtyRate is high or normal"_s);
                }
                if (v["evictionStrategy"])
                    vs.evictionStrategy = strategy(v["evictionStrategy"]);
                if (v["hostDevice"])
                    vs.hostDevice = text(v["hostDevice"], "hostDevice");
                if (v["guestAgent"])
                    vs.guestAgent = flag(v["guestAgent"], "guestAgent");
                s.vms.append(vs);
            }
        }
        if (const YAML::Node kv = root["kubevirt"])
            loadKubeVirt(kv, s.kubevirt);
        if (const YAML::Node deps = root["deployments"])
            loadDeployments(deps, s.deployments);
        if (s.hosts.isEmpty())
            fail(root, u"the scenario has no hosts (list some, or generate them)"_s);
        if (s.name.isEmpty())
            s.name = u"scenario"_s;
        return s;
    }

private:
    // KubeVirt's EvictionStrategy values (staging/src/kubevirt.io/api/core/v1/types.go).
    QString strategy(const YAML::Node &n) const
    {
        const QString v = text(n, "evictionStrategy");
        static const QStringList known{u"None"_s, u"LiveMigrate"_s, u"LiveMigrateIfPossible"_s,
                                       u"External"_s};
        if (!known.contains(v))
            fail(n, QStringLiteral("evictionStrategy is one of %1, not '%2'").arg(known.join(u", "_s), v));
        return v;
    }

    void loadKubeVirt(const YAML::Node &kv, KubeVirtSpec &k) const
    {
        expectMap(kv, "kubevirt", {"evictionStrategy", "migrations"});
        if (kv["evictionStrategy"])
            k.evictionStrategy = strategy(kv["evictionStrategy"]);
        const YAML::Node m = kv["migrations"];
        if (!m)
            return;
        expectMap(m, "kubevirt.migrations",
                  {"parallelMigrationsPerCluster", "parallelOutboundMigrationsPerNode",
                   "bandwidthPerMigration", "progressTimeout", "completionTimeoutPerGiB"});
        if (m["parallelMigrationsPerCluster"])
            k.parallelMigrationsPerCluster = count(m["parallelMigrationsPerCluster"], "parallelMigrationsPerCluster", 1);
        if (m["parallelOutboundMigrationsPerNode"])
            k.parallelOutboundMigrationsPerNode = count(m["parallelOutboundMigrationsPerNode"], "parallelOutboundMigrationsPerNode", 1);
        if (m["bandwidthPerMigration"])
            k.bandwidthPerMigration = text(m["bandwidthPerMigration"], "bandwidthPerMigration");
        if (m["progressTimeout"])
            k.progressTimeout = count(m["progressTimeout"], "progressTimeout", 1);
        if (m["completionTimeoutPerGiB"])
            k.completionTimeoutPerGiB = count(m["completionTimeoutPerGiB"], "completionTimeoutPerGiB", 1);
    }

    void loadDeployments(const YAML::Node &deps, QList<DeploymentSpec> &out) const
    {
        if (!deps.IsSequence())
            fail(deps, u"deployments must be a list"_s);
        for (const YAML::Node &d : deps) {
            expectMap(d, "a deployment", {"name", "namespace", "replicas"});
            if (!d["name"])
                fail(d, u"a deployment needs a name"_s);
            DeploymentSpec ds;
            ds.name = name(d["name"], "name", false);
            if (d["namespace"])
                ds.ns = name(d["namespace"], "namespace", false);
            if (d["replicas"])
                ds.replicas = count(d["replicas"], "replicas", 0);
            out.append(ds);
        }
    }

    QString m_path;
};

} // namespace

Result<Scenario> loadScenario(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<Scenario>::failure(
            QStringLiteral("%1: cannot read: %2").arg(path, f.errorString()));
    const QByteArray data = f.readAll();
    Loader loader(path);
    try {
        return loader.load(YAML::Load(data.toStdString()));
    } catch (const LoadError &e) {
        return Result<Scenario>::failure(e.message);
    } catch (const YAML::Exception &e) {
        // Syntax errors; e.mark is where the parser stopped.
        const QString what = QString::fromStdString(e.msg);
        if (e.mark.line >= 0)
            return Result<Scenario>::failure(QStringLiteral("%1:%2:%3: %4")
                                                 .arg(path)
                                                 .arg(e.mark.line + 1)
                                                 .arg(e.mark.column + 1)
                                                 .arg(what));
        return Result<Scenario>::failure(QStringLiteral("%1: %2").arg(path, what));
    }
}

} // namespace drover::sim
