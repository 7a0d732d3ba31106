// The scenarios Drover brings: the demo cluster (drover --demo, drover-sim without a file) and
// the generated ones of the scale tests and benches (--generate HOSTS:VMS).
#include "Scenario.h"

#include <QRandomGenerator>
#include <QSet>

namespace drover::sim {

using namespace Qt::StringLiterals;

Scenario demoScenario()
{
    Scenario s;
    s.name = u"demo"_s;
    const int cores[] = {64, 64, 48, 48, 32, 32};
    const int memGi[] = {512, 512, 384, 384, 256, 256};
    for (int i = 0; i < 6; ++i) {
        HostSpec h;
        h.name = QStringLiteral("nvme-a%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        h.cpuCores = cores[i];
        h.memoryBytes = qint64(memGi[i]) << 30;
        h.labels = {{u"topology.kubernetes.io/zone"_s, i < 3 ? u"zone-a"_s : u"zone-b"_s},
                    {u"topology.kubernetes.io/region"_s, u"eu-central"_s},
                    {u"drover.io/rack"_s, QStringLiteral("r%1").arg(i / 2 + 1)}};
        s.hosts.append(h);
    }
    struct Kind
    {
        const char *prefix;
        const char *ns;
        const char *os;
        const char *osName;
        int cpu;
        int memGi;
        int count;
    };
    static const Kind kinds[] = {
        {"shop-web", "prod", "linux", "Fedora 40", 2, 4, 4},
        {"shop-api", "prod", "linux", "Rocky Linux 9.4", 4, 8, 2},
        {"pg-main", "prod", "linux", "Debian 12", 8, 32, 2},
        {"pg-archive", "prod", "linux", "Debian 12", 4, 16, 1},
        {"kafka", "prod", "linux", "Rocky Linux 9.4", 4, 16, 3},
        {"dc", "prod", "windows", "Windows Server 2022", 2, 8, 2},
        {"sql", "prod", "windows", "Windows Server 2019", 8, 32, 1},
        {"rds", "prod", "windows", "Windows Server 2022", 8, 16, 2},
        {"flexlm", "prod", "linux", "Rocky Linux 8.10", 1, 2, 1},
        {"shop-web-stg", "staging", "linux", "Fedora 40", 2, 4, 2},
        {"shop-api-stg", "staging", "linux", "Rocky Linux 9.4", 2, 8, 1},
        {"pg-stg", "staging", "linux", "Debian 12", 4, 16, 1},
        {"win11-qa", "staging", "windows", "Windows 11 Pro", 4, 8, 4},
        {"ubuntu-dev", "staging", "linux", "Ubuntu 24.04 LTS", 4, 8, 2},
        {"rhel-test", "staging", "linux", "Red Hat Enterprise Linux 9.4", 2, 4, 1},
        {"gh-runner", "ci", "linux", "Ubuntu 22.04 LTS", 4, 8, 6},
        {"build-win", "ci", "windows", "Windows Server 2022", 8, 16, 3},
        {"cross-arm", "ci", "linux", "Debian 12", 8, 16, 1},
        {"sonar", "ci", "linux", "Debian 12", 4, 16, 1},
    };
    // Stopped: QA desktops nobody uses today, a dev box, a test VM, a spare build agent.
    static const QSet<QString> stopped{u"win11-qa-03"_s, u"win11-qa-04"_s, u"ubuntu-dev-02"_s, u"rhel-test-01"_s,
                                       u"build-win-03"_s};
    for (const Kind &k : kinds)
        for (int i = 1; i <= k.count; ++i) {
            VmSpec v;
            v.name = QStringLiteral("%1-%2").arg(QLatin1StringView(k.prefix)).arg(i, 2, 10, QLatin1Char('0'));
            v.ns = QLatin1StringView(k.ns);
            v.os = QLatin1StringView(k.os);
            v.osName = QLatin1StringView(k.osName);
            v.cpu = k.cpu;
            v.memoryBytes = qint64(k.memGi) << 30;
            v.running = !stopped.contains(v.name);
            // The archive database keeps its data on a local NVMe volume (ReadWriteOnce).
            v.migratable = v.name != "pg-archive-01"_L1;
            // The busy primary database rewrites memory faster than a migration can copy it.
            if (v.name == "pg-main-01"_L1)
                v.dirtyRate = u"high"_s;
            // The license server's MAC-bound licence ties it to one host.
            if (v.name == "flexlm-01"_L1)
                v.host = u"nvme-a03"_s;
            // A QA desktop nobody installed the virtio-win guest tools on, and a minimal
            // cross-build image without qemu-guest-agent.
            v.guestAgent = v.name != "win11-qa-02"_L1 && v.name != "cross-arm-01"_L1;
            s.vms.append(v);
        }
    // As Harvester and OpenShift Virtualization configure it: VMs live-migrate off a drained host.
    s.kubevirt.evictionStrategy = u"LiveMigrate"_s;
    // Ordinary workloads, so that a drain has ReplicaSet pods to evict and recreate elsewhere.
    s.deployments = {{u"grafana"_s, u"monitoring"_s, 2}, {u"shop-frontend-proxy"_s, u"prod"_s, 3}};
    return s;
}

Scenario generateScenario(int hosts, int vms, quint32 seed)
{
    Scenario s;
    s.name = QStringLiteral("generated-%1x%2").arg(hosts).arg(vms);
    s.kubevirt.evictionStrategy = u"LiveMigrate"_s; // as the demo: a big cluster drains by migrating
    QRandomGenerator rng(seed);
    static const int cores[] = {64, 96, 128};
    static const int memGi[] = {512, 768, 1024};
    static const char *const zones[] = {"zone-a", "zone-b", "zone-c"};
    for (int i = 0; i < hosts; ++i) {
        const int size = int(rng.bounded(3));
        HostSpec h;
        h.name = QStringLiteral("hv-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        h.cpuCores = cores[size];
        h.memoryBytes = qint64(memGi[size]) << 30;
        h.labels = {{u"topology.kubernetes.io/zone"_s, QLatin1StringView(zones[i % 3])},
                    {u"drover.io/rack"_s, QStringLiteral("r%1").arg(i / 20 + 1, 2, 10, QLatin1Char('0'))}};
        s.hosts.append(h);
    }
    static const char *const namespaces[] = {"prod", "staging", "ci", "analytics", "web", "data", "qa", "infra"};
    static const char *const roles[] = {"web", "api", "db", "cache", "batch", "worker"};
    static const char *const linuxNames[] = {"Fedora 40",        "Debian 12",       "Ubuntu 24.04 LTS",
                                             "Ubuntu 22.04 LTS", "Rocky Linux 9.4", "Red Hat Enterprise Linux 9.4"};
    static const char *const windowsNames[] = {"Windows Server 2022", "Windows Server 2019", "Windows 11 Pro"};
    static const int vcpus[] = {1, 2, 2, 4, 4, 8};
    for (int i = 0; i < vms; ++i) {
        VmSpec v;
        const bool windows = rng.bounded(5) == 0;
        v.name = QStringLiteral("%1-%2")
                     .arg(windows ? u"win"_s : QString::fromLatin1(roles[rng.bounded(6)]))
                     .arg(i + 1, 5, 10, QLatin1Char('0'));
        v.ns = QLatin1StringView(namespaces[rng.bounded(8)]);
        v.os = windows ? u"windows"_s : u"linux"_s;
        v.osName = QString::fromLatin1(windows ? windowsNames[rng.bounded(3)] : linuxNames[rng.bounded(6)]);
        v.cpu = vcpus[rng.bounded(6)];
        v.memoryBytes = qint64(v.cpu * (rng.bounded(2) ? 4 : 2)) << 30;
        if (windows)
            v.memoryBytes = qMax<qint64>(v.memoryBytes, 4LL << 30);
        v.running = rng.bounded(10) != 0;
        v.migratable = rng.bounded(50) != 0;
        s.vms.append(v);
    }
    return s;
}

} // namespace drover::sim
