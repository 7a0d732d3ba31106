#include "Scenario.h"

#include "Controllers.h"
#include "Quantity.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <yaml-cpp/yaml.h>

namespace drover::sim {

using kube::ApiResource;

QJsonObject nodeJson(const HostSpec &h, int index)
{
    QJsonObject labels{{QStringLiteral("kubernetes.io/hostname"), h.name},
                       {QStringLiteral("kubernetes.io/os"), QStringLiteral("linux")},
                       {QStringLiteral("kubernetes.io/arch"), QStringLiteral("amd64")},
                       {QStringLiteral("node-role.kubernetes.io/worker"), QString()},
                       {QStringLiteral("kubevirt.io/schedulable"), QStringLiteral("true")}};
    for (auto it = h.labels.begin(); it != h.labels.end(); ++it)
        labels.insert(it.key(), it.value());
    const QString cpu = QString::number(h.cpuCores);
    const QString mem = QStringLiteral("%1Ki").arg(h.memoryBytes / 1024);
    // Allocatable keeps back what the kubelet reserves for the system (1 core, 4 GiB).
    const QString allocCpu = QStringLiteral("%1m").arg(qMax(1, h.cpuCores - 1) * 1000);
    const QString allocMem = QStringLiteral("%1Ki").arg(qMax<qint64>(1 << 20, h.memoryBytes - (4LL << 30)) / 1024);
    const QString now = rfc3339(QDateTime::currentDateTimeUtc());
    auto cond = [&](const char *type, bool ok, const char *reason, const char *msg) {
        return QJsonObject{{QStringLiteral("type"), QLatin1String(type)},
                           {QStringLiteral("status"), ok ? QStringLiteral("True") : QStringLiteral("False")},
                           {QStringLiteral("reason"), QLatin1String(reason)},
                           {QStringLiteral("message"), QLatin1String(msg)},
                           {QStringLiteral("lastHeartbeatTime"), now},
                           {QStringLiteral("lastTransitionTime"), now}};
    };
    const bool ready = h.ready;
    QJsonObject status{
        {QStringLiteral("capacity"), QJsonObject{{QStringLiteral("cpu"), cpu}, {QStringLiteral("memory"), mem}, {QStringLiteral("pods"), QStringLiteral("250")}}},
        {QStringLiteral("allocatable"), QJsonObject{{QStringLiteral("cpu"), allocCpu}, {QStringLiteral("memory"), allocMem}, {QStringLiteral("pods"), QStringLiteral("250")}}},
        {QStringLiteral("conditions"),
         QJsonArray{cond("MemoryPressure", false, "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
                    cond("DiskPressure", false, "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
                    cond("PIDPressure", false, "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
                    ready ? cond("Ready", true, "KubeletReady", "kubelet is posting ready status")
                          : cond("Ready", false, "NodeStatusUnknown", "Kubelet stopped posting node status.")}},
        {QStringLiteral("addresses"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("InternalIP")},
                                {QStringLiteral("address"), QStringLiteral("192.0.2.%1").arg(10 + index % 240)}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("Hostname")}, {QStringLiteral("address"), h.name}}}},
        {QStringLiteral("nodeInfo"), QJsonObject{{QStringLiteral("kubeletVersion"), QStringLiteral("v1.30.4")},
                                                 {QStringLiteral("osImage"), QStringLiteral("Debian GNU/Linux 12 (bookworm)")},
                                                 {QStringLiteral("kernelVersion"), QStringLiteral("6.1.0-26-amd64")},
                                                 {QStringLiteral("containerRuntimeVersion"), QStringLiteral("containerd://1.7.22")},
                                                 {QStringLiteral("architecture"), QStringLiteral("amd64")},
                                                 {QStringLiteral("operatingSystem"), QStringLiteral("linux")}}}};
    QJsonObject spec;
    if (h.unschedulable)
        spec.insert(QStringLiteral("unschedulable"), true);
    return QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), h.name}, {QStringLiteral("labels"), labels}}},
                       {QStringLiteral("spec"), spec},
                       {QStringLiteral("status"), status}};
}

QJsonObject vmJson(const VmSpec &v)
{
    const bool windows = v.os == QLatin1String("windows");
    QJsonObject labels{{QStringLiteral("kubevirt.io/domain"), v.name},
                       {QStringLiteral("drover.io/os"), v.os}};
    if (!v.migratable)
        labels.insert(QStringLiteral("drover.io/not-migratable"), QStringLiteral("true"));
    const QString mem = QStringLiteral("%1Mi").arg(v.memoryBytes >> 20);
    QJsonObject domain{
        {QStringLiteral("cpu"), QJsonObject{{QStringLiteral("cores"), v.cpu}, {QStringLiteral("sockets"), 1}, {QStringLiteral("threads"), 1}}},
        {QStringLiteral("memory"), QJsonObject{{QStringLiteral("guest"), mem}}},
        {QStringLiteral("resources"), QJsonObject{{QStringLiteral("requests"), QJsonObject{{QStringLiteral("memory"), mem}}}}},
        {QStringLiteral("devices"),
         QJsonObject{{QStringLiteral("disks"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("rootdisk")},
                                                                      {QStringLiteral("disk"), QJsonObject{{QStringLiteral("bus"), windows ? QStringLiteral("sata") : QStringLiteral("virtio")}}}}}},
                     {QStringLiteral("interfaces"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("default")},
                                                                           {QStringLiteral("masquerade"), QJsonObject()}}}}}}};
    if (windows)
        domain.insert(QStringLiteral("features"), QJsonObject{{QStringLiteral("hyperv"), QJsonObject{{QStringLiteral("relaxed"), QJsonObject()}}}});
    QJsonObject tspec{{QStringLiteral("domain"), domain},
                      {QStringLiteral("networks"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("default")}, {QStringLiteral("pod"), QJsonObject()}}}},
                      {QStringLiteral("volumes"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("rootdisk")},
                                                                         {QStringLiteral("dataVolume"), QJsonObject{{QStringLiteral("name"), v.name + QStringLiteral("-root")}}}}}}};
    if (!v.host.isEmpty())
        tspec.insert(QStringLiteral("nodeSelector"), QJsonObject{{QStringLiteral("kubernetes.io/hostname"), v.host}});
    QJsonObject meta{{QStringLiteral("name"), v.name}, {QStringLiteral("namespace"), v.ns}, {QStringLiteral("labels"), labels}};
    if (!v.osName.isEmpty())
        meta.insert(QStringLiteral("annotations"), QJsonObject{{QStringLiteral("drover.io/os-name"), v.osName}});
    return QJsonObject{{QStringLiteral("metadata"), meta},
                       {QStringLiteral("spec"), QJsonObject{{QStringLiteral("runStrategy"), v.running ? QStringLiteral("Always") : QStringLiteral("Halted")},
                                                            {QStringLiteral("template"), QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("labels"), labels}}},
                                                                                                     {QStringLiteral("spec"), tspec}}}}}};
}

Scenario demoScenario()
{
    Scenario s;
    s.name = QStringLiteral("demo");
    const int cores[] = {64, 64, 48, 48, 32, 32};
    const int memGi[] = {512, 512, 384, 384, 256, 256};
    for (int i = 0; i < 6; ++i)
        s.hosts.append(HostSpec{QStringLiteral("nvme-a%1").arg(i + 1, 2, 10, QLatin1Char('0')), cores[i], qint64(memGi[i]) << 30,
                                {{QStringLiteral("topology.kubernetes.io/zone"), i < 3 ? QStringLiteral("zone-a") : QStringLiteral("zone-b")},
                                 {QStringLiteral("drover.io/rack"), QStringLiteral("r%1").arg(i / 2 + 1)}},
                                true, false});
    struct T { const char *prefix; const char *ns; const char *os; const char *osName; int cpu; int memGi; int count; };
    const T kinds[] = {{"web", "prod", "linux", "Fedora 40", 2, 4, 6},      {"db", "prod", "linux", "Debian 12", 8, 32, 3},
                       {"ad-dc", "prod", "windows", "Windows Server 2022", 4, 8, 2},
                       {"rds", "prod", "windows", "Windows Server 2019", 8, 16, 3},
                       {"kafka", "prod", "linux", "Rocky Linux 9", 4, 16, 3},  {"app", "staging", "linux", "Ubuntu 24.04", 2, 4, 6},
                       {"win11-qa", "staging", "windows", "Windows 11 Pro", 4, 8, 4},
                       {"runner", "ci", "linux", "Debian 12", 4, 8, 8},       {"build-win", "ci", "windows", "Windows Server 2022", 8, 16, 5}};
    int n = 0;
    for (const auto &k : kinds)
        for (int i = 1; i <= k.count; ++i, ++n) {
            VmSpec v;
            v.name = QStringLiteral("%1-%2").arg(QLatin1String(k.prefix)).arg(i, 2, 10, QLatin1Char('0'));
            v.ns = QLatin1String(k.ns);
            v.os = QLatin1String(k.os);
            v.osName = QLatin1String(k.osName);
            v.cpu = k.cpu;
            v.memoryBytes = qint64(k.memGi) << 30;
            v.running = !(n % 9 == 4); // a few stopped
            v.migratable = v.name != QLatin1String("db-03"); // local disk: not live-migratable
            s.vms.append(v);
        }
    return s;
}

Scenario generateScenario(int hosts, int vms, quint32 seed)
{
    Scenario s;
    s.name = QStringLiteral("generated-%1x%2").arg(hosts).arg(vms);
    QRandomGenerator rng(seed);
    for (int i = 0; i < hosts; ++i)
        s.hosts.append(HostSpec{QStringLiteral("host-%1").arg(i, 4, 10, QLatin1Char('0')), 96, 768LL << 30,
                                {{QStringLiteral("drover.io/rack"), QStringLiteral("r%1").arg(i / 20)}}, true, false});
    const char *nss[] = {"prod", "staging", "ci", "analytics"};
    for (int i = 0; i < vms; ++i) {
        VmSpec v;
        v.name = QStringLiteral("vm-%1").arg(i, 5, 10, QLatin1Char('0'));
        v.ns = QLatin1String(nss[i % 4]);
        const bool win = rng.bounded(5) == 0;
        v.os = win ? QStringLiteral("windows") : QStringLiteral("linux");
        v.osName = win ? QStringLiteral("Windows Server 2022") : QStringLiteral("Debian 12");
        v.cpu = 1 << rng.bounded(3);
        v.memoryBytes = qint64(2 << rng.bounded(4)) << 30;
        v.running = rng.bounded(10) != 0;
        s.vms.append(v);
    }
    return s;
}

static Result<qint64> bytesOf(const YAML::Node &n, const QString &where)
{
    auto b = core::parseBytes(QString::fromStdString(n.as<std::string>()));
    if (!b)
        return Result<qint64>::failure(QStringLiteral("%1: %2").arg(where, b.error()));
    return qint64(*b);
}

Result<Scenario> loadScenario(const QString &path)
{
    using R = Result<Scenario>;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("%1: cannot read: %2").arg(path, f.errorString()));
    try {
        const YAML::Node root = YAML::Load(f.readAll().toStdString());
        auto at = [&](const YAML::Node &n) { return QStringLiteral("%1:%2").arg(path).arg(n.Mark().line + 1); };
        if (!root.IsMap())
            return R::failure(QStringLiteral("%1: a scenario is a map with hosts and vms (or generate)").arg(at(root)));
        if (const YAML::Node g = root["generate"]) {
            Scenario s = generateScenario(g["hosts"].as<int>(10), g["vms"].as<int>(100), g["seed"].as<quint32>(42));
            if (root["name"])
                s.name = QString::fromStdString(root["name"].as<std::string>());
            return s;
        }
        Scenario s;
        s.name = QString::fromStdString(root["name"].as<std::string>("scenario"));
        for (const auto &h : root["hosts"]) {
            HostSpec hs;
            hs.name = QString::fromStdString(h["name"].as<std::string>(""));
            if (hs.name.isEmpty())
                return R::failure(QStringLiteral("%1: a host needs a name").arg(at(h)));
            hs.cpuCores = h["cpu"].as<int>(32);
            if (h["memory"]) {
                auto b = bytesOf(h["memory"], at(h["memory"]));
                if (!b)
                    return R::failure(b.error());
                hs.memoryBytes = *b;
            }
            for (const auto &l : h["labels"])
                hs.labels.insert(QString::fromStdString(l.first.as<std::string>()), QString::fromStdString(l.second.as<std::string>()));
            hs.ready = h["ready"].as<bool>(true);
            hs.unschedulable = h["unschedulable"].as<bool>(false);
            s.hosts.append(hs);
        }
        for (const auto &v : root["vms"]) {
            VmSpec vs;
            vs.name = QString::fromStdString(v["name"].as<std::string>(""));
            if (vs.name.isEmpty())
                return R::failure(QStringLiteral("%1: a VM needs a name").arg(at(v)));
            vs.ns = QString::fromStdString(v["namespace"].as<std::string>("default"));
            vs.os = QString::fromStdString(v["os"].as<std::string>("linux"));
            vs.osName = QString::fromStdString(v["osName"].as<std::string>(""));
            vs.cpu = v["cpu"].as<int>(2);
            if (v["memory"]) {
                auto b = bytesOf(v["memory"], at(v["memory"]));
                if (!b)
                    return R::failure(b.error());
                vs.memoryBytes = *b;
            }
            vs.running = v["running"].as<bool>(true);
            vs.host = QString::fromStdString(v["host"].as<std::string>(""));
            vs.migratable = v["migratable"].as<bool>(true);
            s.vms.append(vs);
        }
        if (s.hosts.isEmpty())
            return R::failure(QStringLiteral("%1: the scenario has no hosts").arg(path));
        return s;
    } catch (const YAML::Exception &e) {
        return R::failure(QStringLiteral("%1:%2: %3").arg(path).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg)));
    }
}

} // namespace drover::sim
