// common-instancetypes as virt-operator deploys them: the objects of the bundles KubeVirt embeds
// (kubevirt/kubevirt pkg/virt-operator/resource/generate/components/data/common-instancetypes/
// common-cluster{instancetypes,preferences}-bundle.yaml, common-instancetypes v1.7.0, built from
// kubevirt/common-instancetypes instancetypes/{u,o,cx,m,n}/1/*.yaml and preferences/), with the
// labels and annotations virt-operator adds when it creates them (pkg/virt-operator/resource/
// apply/reconcile.go injectOperatorMetadata; the install-strategy registry and identifier
// annotations are left out). Sizes and texts are the bundle's, copied, not invented.
#include "Catalog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace drover::sim::catalog {

using namespace Qt::StringLiterals;

namespace {

const QString kItPrefix = u"instancetype.kubevirt.io/"_s;

struct Size
{
    const char *size;
    int cpu;
    const char *memory;
    const char *hugepages; // spec.memory.hugepages.pageSize, or nullptr
};

struct Series
{
    const char *prefix; // "u1"
    const char *klass;  // instancetype.kubevirt.io/class
    const char *icon;   // instancetype.kubevirt.io/icon-pf
    const char *displayName;
    const char *description;
    QList<Size> sizes;
};

// instancetypes/u/1/u1.yaml and sizes.yaml.
const Series kU{"u1", "general.purpose", "pficon-server-group", "General Purpose",
                "The U Series is quite neutral and provides resources for\ngeneral purpose applications.\n\n"
                "*U* is the abbreviation for \"Universal\", hinting at the universal\nattitude towards workloads.\n\n"
                "VMs of instance types will share physical CPU cores on a\ntime-slice basis with other VMs.",
                {{"nano", 1, "512Mi", nullptr}, {"micro", 1, "1Gi", nullptr}, {"small", 1, "2Gi", nullptr},
                 {"medium", 1, "4Gi", nullptr}, {"2xmedium", 2, "4Gi", nullptr}, {"large", 2, "8Gi", nullptr},
                 {"xlarge", 4, "16Gi", nullptr}, {"2xlarge", 8, "32Gi", nullptr}, {"4xlarge", 16, "64Gi", nullptr},
                 {"8xlarge", 32, "128Gi", nullptr}}};
// instancetypes/o/1: u1's sizes but 2xmedium, memory.overcommitPercent 50.
const Series kO{"o1", "overcommitted", "pficon-virtual-machine", "Overcommitted",
                "The O Series is based on the U Series, with the only difference\nbeing that memory is "
                "overcommitted.\n\n*O* is the abbreviation for \"Overcommitted\".",
                {{"nano", 1, "512Mi", nullptr}, {"micro", 1, "1Gi", nullptr}, {"small", 1, "2Gi", nullptr},
                 {"medium", 1, "4Gi", nullptr}, {"large", 2, "8Gi", nullptr}, {"xlarge", 4, "16Gi", nullptr},
                 {"2xlarge", 8, "32Gi", nullptr}, {"4xlarge", 16, "64Gi", nullptr}, {"8xlarge", 32, "128Gi", nullptr}}};
// instancetypes/cx/1: dedicated CPUs, an isolated emulator thread, NUMA passthrough, maxSockets =
// guest, ioThreadsPolicy auto, 2Mi huge pages (1Gi for the *1gi sizes).
const Series kCx{"cx1", "compute.exclusive", "pficon-registry", "Compute Exclusive",
                 "The CX Series provides exclusive compute resources for compute\nintensive applications.\n\n"
                 "*CX* is the abbreviation of \"Compute Exclusive\".\n\n"
                 "The exclusive resources are given to the compute threads of the\nVM. In order to ensure this, "
                 "some additional cores (depending\non the number of disks and NICs) will be requested to offload\n"
                 "the IO threading from cores dedicated to the workload.\nIn addition, in this series, the NUMA "
                 "topology of the used\ncores is provided to the VM.\n\n"
                 "The amount of spec.cpu.maxSockets is set to the same as\nguest cpus. This avoids KubeVirt's "
                 "default behavior of\nproviding extra CPUs for hotplugging, which can exceed the\namount of "
                 "available CPUs on a node and cause the VM to fail.\n\n"
                 "Requirements for CX series instance types:\n- CPU manager has to be enabled.\n"
                 "- Huge pages have to be available on the nodes.",
                 {{"medium", 1, "2Gi", "2Mi"}, {"large", 2, "4Gi", "2Mi"}, {"xlarge", 4, "8Gi", "2Mi"},
                  {"2xlarge", 8, "16Gi", "2Mi"}, {"4xlarge", 16, "32Gi", "2Mi"}, {"8xlarge", 32, "64Gi", "2Mi"},
                  {"medium1gi", 1, "2Gi", "1Gi"}, {"large1gi", 2, "4Gi", "1Gi"}, {"xlarge1gi", 4, "8Gi", "1Gi"},
                  {"2xlarge1gi", 8, "16Gi", "1Gi"}, {"4xlarge1gi", 16, "32Gi", "1Gi"}, {"8xlarge1gi", 32, "64Gi", "1Gi"}}};
// instancetypes/m/1: 1:8, huge pages.
const Series kM{"m1", "memory.intensive", "fa-memory", "Memory Intensive",
                "The M Series provides resources for memory intensive\napplications.\n\n"
                "*M* is the abbreviation of \"Memory\".",
                {{"large", 2, "16Gi", "2Mi"}, {"xlarge", 4, "32Gi", "2Mi"}, {"2xlarge", 8, "64Gi", "2Mi"},
                 {"4xlarge", 16, "128Gi", "2Mi"}, {"8xlarge", 32, "256Gi", "2Mi"}, {"large1gi", 2, "16Gi", "1Gi"},
                 {"xlarge1gi", 4, "32Gi", "1Gi"}, {"2xlarge1gi", 8, "64Gi", "1Gi"}, {"4xlarge1gi", 16, "128Gi", "1Gi"},
                 {"8xlarge1gi", 32, "256Gi", "1Gi"}}};
// instancetypes/n/1: DPDK; dedicated CPUs, isolated emulator thread, 1Gi huge pages, CRI-O annotations.
const Series kN{"n1", "network", "pficon-network", "Network",
                "The N Series provides resources for network intensive DPDK\napplications, like VNFs.\n\n"
                "*N* is the abbreviation for \"Network\".\n\nThis series of instancetypes requires nodes capable\n"
                "of running DPDK workloads and being marked with the respective\n"
                "node-role.kubevirt.io/worker-dpdk label as such.",
                {{"medium", 4, "4Gi", "1Gi"}, {"large", 4, "8Gi", "1Gi"}, {"xlarge", 8, "16Gi", "1Gi"},
                 {"2xlarge", 16, "32Gi", "1Gi"}, {"4xlarge", 32, "64Gi", "1Gi"}, {"8xlarge", 64, "128Gi", "1Gi"}}};

// The seven preferences a console offers first (common-cluster-preferences-bundle.yaml), less
// the annotations and labels every preference of the bundle carries (added by preference()).
const char *const kPreferences = R"json(
[{"metadata":{"annotations":{"iconClass":"icon-fedora","openshift.io/display-name":"Fedora (amd64)",
    "tags":"hidden,kubevirt,fedora"},"labels":{"instancetype.kubevirt.io/arch":"amd64",
    "instancetype.kubevirt.io/os-type":"linux",
    "instancetype.kubevirt.io/preferred-architecture":"amd64",
    "instancetype.kubevirt.io/required-architecture":"amd64",
    "instancetype.kubevirt.io/required-cpu":"1","instancetype.kubevirt.io/required-memory":"2Gi"},
    "name":"fedora"},"spec":{"annotations":{"vm.kubevirt.io/os":"linux"},
    "devices":{"preferredDiskBus":"virtio","preferredInterfaceModel":"virtio","preferredRng":{}},
    "features":{"preferredSmm":{}},"firmware":{"preferredEfi":{"secureBoot":true}},
    "preferredArchitecture":"amd64","requirements":{"architecture":"amd64","cpu":{"guest":1},
    "memory":{"guest":"2Gi"}}}},
{"metadata":{"annotations":{"iconClass":"icon-ubuntu","openshift.io/display-name":"Ubuntu",
    "tags":"hidden,kubevirt,ubuntu"},"labels":{"instancetype.kubevirt.io/os-type":"linux",
    "instancetype.kubevirt.io/required-cpu":"1","instancetype.kubevirt.io/required-memory":"2Gi"},
    "name":"ubuntu"},"spec":{"annotations":{"vm.kubevirt.io/os":"linux"},
    "devices":{"preferredDiskBus":"virtio","preferredInterfaceModel":"virtio","preferredRng":{}},
    "requirements":{"cpu":{"guest":1},"memory":{"guest":"2Gi"}}}},
{"metadata":{"annotations":{"iconClass":"icon-debian","openshift.io/display-name":"Debian",
    "tags":"hidden,kubevirt,debian"},"labels":{"instancetype.kubevirt.io/os-type":"linux",
    "instancetype.kubevirt.io/required-cpu":"1","instancetype.kubevirt.io/required-memory":"512Mi"},
    "name":"debian"},"spec":{"annotations":{"vm.kubevirt.io/os":"linux"},
    "devices":{"preferredDiskBus":"virtio","preferredInterfaceModel":"virtio","preferredRng":{}},
    "firmware":{"preferredEfi":{"secureBoot":false}},"requirements":{"cpu":{"guest":1},
    "memory":{"guest":"512Mi"}}}},
{"metadata":{"annotations":{"iconClass":"icon-centos","openshift.io/display-name":"CentOS Stream 9",
    "tags":"hidden,kubevirt,linux,centos-stream"},"labels":{"instancetype.kubevirt.io/os-type":"linux",
    "instancetype.kubevirt.io/required-cpu":"1","instancetype.kubevirt.io/required-memory":"1.5Gi"},
    "name":"centos.stream9"},"spec":{"annotations":{"vm.kubevirt.io/os":"linux"},
    "devices":{"preferredDiskBus":"virtio","preferredDiskDedicatedIoThread":true,
    "preferredInterfaceModel":"virtio","preferredRng":{}},"requirements":{"cpu":{"guest":1},
    "memory":{"guest":"1.5Gi"}}}},
{"metadata":{"annotations":{"iconClass":"icon-rhel",
    "openshift.io/display-name":"Red Hat Enterprise Linux 9 (amd64)",
    "tags":"hidden,kubevirt,linux,rhel"},"labels":{"instancetype.kubevirt.io/arch":"amd64",
    "instancetype.kubevirt.io/os-type":"linux",
    "instancetype.kubevirt.io/preferred-architecture":"amd64",
    "instancetype.kubevirt.io/required-architecture":"amd64",
    "instancetype.kubevirt.io/required-cpu":"1","instancetype.kubevirt.io/required-memory":"1.5Gi"},
    "name":"rhel.9"},"spec":{"annotations":{"vm.kubevirt.io/os":"linux"},
    "devices":{"preferredDiskBus":"virtio","preferredDiskDedicatedIoThread":true,
    "preferredInterfaceModel":"virtio","preferredRng":{}},"features":{"preferredSmm":{}},
    "firmware":{"preferredEfi":{"secureBoot":true}},"preferredArchitecture":"amd64",
    "requirements":{"architecture":"amd64","cpu":{"guest":1},"memory":{"guest":"1.5Gi"}}}},
{"metadata":{"annotations":{"iconClass":"icon-windows",
    "openshift.io/display-name":"Microsoft Windows 11","tags":"hidden,kubevirt,windows"},
    "labels":{"instancetype.kubevirt.io/os-type":"windows","instancetype.kubevirt.io/required-cpu":"2",
    "instancetype.kubevirt.io/required-memory":"4Gi"},"name":"windows.11"},
    "spec":{"annotations":{"vm.kubevirt.io/os":"windows"},"clock":{"preferredClockOffset":{"utc":{}},
    "preferredTimer":{"hpet":{"present":false},"hyperv":{},"pit":{"tickPolicy":"delay"},
    "rtc":{"tickPolicy":"catchup"}}},"cpu":{"preferredCPUTopology":"sockets"},
    "devices":{"preferredAutoattachInputDevice":true,"preferredDiskBus":"sata",
    "preferredInterfaceModel":"e1000e","preferredTPM":{"persistent":true}},
    "features":{"preferredAcpi":{},"preferredApic":{},"preferredHyperv":{"frequencies":{},"ipi":{},
    "reenlightenment":{},"relaxed":{},"reset":{},"runtime":{},"spinlocks":{"spinlocks":8191},"synic":{},
    "synictimer":{"direct":{}},"tlbflush":{},"vapic":{},"vpindex":{}},"preferredSmm":{}},
    "firmware":{"preferredEfi":{"persistent":true,"secureBoot":true}},
    "preferredTerminationGracePeriodSeconds":3600,"requirements":{"cpu":{"guest":2},
    "memory":{"guest":"4Gi"}}}},
{"metadata":{"annotations":{"iconClass":"icon-windows",
    "openshift.io/display-name":"Microsoft Windows Server 2022","tags":"hidden,kubevirt,windows"},
    "labels":{"instancetype.kubevirt.io/os-type":"windows","instancetype.kubevirt.io/required-cpu":"1",
    "instancetype.kubevirt.io/required-memory":"2Gi"},"name":"windows.2k22"},
    "spec":{"annotations":{"vm.kubevirt.io/os":"windows"},"clock":{"preferredClockOffset":{"utc":{}},
    "preferredTimer":{"hpet":{"present":false},"hyperv":{},"pit":{"tickPolicy":"delay"},
    "rtc":{"tickPolicy":"catchup"}}},"cpu":{"preferredCPUTopology":"sockets"},
    "devices":{"preferredAutoattachInputDevice":true,"preferredDiskBus":"sata",
    "preferredInterfaceModel":"e1000e","preferredTPM":{"persistent":true}},
    "features":{"preferredAcpi":{},"preferredApic":{},"preferredHyperv":{"frequencies":{},"ipi":{},
    "reenlightenment":{},"relaxed":{},"reset":{},"runtime":{},"spinlocks":{"spinlocks":8191},"synic":{},
    "synictimer":{"direct":{}},"tlbflush":{},"vapic":{},"vpindex":{}},"preferredSmm":{}},
    "firmware":{"preferredEfi":{"persistent":true,"secureBoot":true}},
    "preferredTerminationGracePeriodSeconds":3600,"requirements":{"cpu":{"guest":1},
    "memory":{"guest":"2Gi"}}}}]
)json";

// What every object of the bundle carries, and what virt-operator adds when it creates one.
QJsonObject deployedByVirtOperator(QJsonObject obj, const QString &kind)
{
    QJsonObject meta = obj.value("metadata"_L1).toObject();
    QJsonObject labels = meta.value("labels"_L1).toObject();
    labels.insert(kItPrefix + u"vendor"_s, u"kubevirt.io"_s);
    labels.insert(kItPrefix + u"common-instancetypes-version"_s, u"v1.7.0"_s);
    labels.insert("app.kubernetes.io/component"_L1, u"kubevirt"_s);       // v1.AppComponentLabel
    labels.insert("app.kubernetes.io/managed-by"_L1, u"virt-operator"_s); // v1.ManagedByLabel
    QJsonObject annotations = meta.value("annotations"_L1).toObject();
    annotations.insert("kubevirt.io/install-strategy-version"_L1, u"v1.9.0"_s); // the KubeVirt CR's version
    meta.insert("labels"_L1, labels);
    meta.insert("annotations"_L1, annotations);
    obj.insert("metadata"_L1, meta);
    obj.insert("apiVersion"_L1, u"instancetype.kubevirt.io/v1beta1"_s);
    obj.insert("kind"_L1, kind);
    return obj;
}

QJsonObject instancetype(const Series &s, const Size &z)
{
    const QLatin1StringView series(s.prefix);
    QJsonObject labels{{kItPrefix + u"class"_s, QLatin1StringView(s.klass)},
                       {kItPrefix + u"cpu"_s, QString::number(z.cpu)},
                       {kItPrefix + u"memory"_s, QLatin1StringView(z.memory)},
                       {kItPrefix + u"size"_s, QLatin1StringView(z.size)},
                       {kItPrefix + u"icon-pf"_s, QLatin1StringView(s.icon)},
                       {kItPrefix + u"version"_s, u"1"_s}};
    QJsonObject cpu{{u"guest"_s, z.cpu}};
    QJsonObject memory{{u"guest"_s, QLatin1StringView(z.memory)}};
    QJsonObject spec;
    if (z.hugepages) {
        memory.insert("hugepages"_L1, QJsonObject{{u"pageSize"_s, QLatin1StringView(z.hugepages)}});
        labels.insert(kItPrefix + u"hugepages"_s, QLatin1StringView(z.hugepages));
    }
    if (series == "o1"_L1)
        memory.insert("overcommitPercent"_L1, 50);
    if (series == "cx1"_L1 || series == "n1"_L1) {
        cpu.insert("dedicatedCPUPlacement"_L1, true);
        cpu.insert("isolateEmulatorThread"_L1, true);
        labels.insert(kItPrefix + u"dedicatedCPUPlacement"_s, u"true"_s);
        labels.insert(kItPrefix + u"isolateEmulatorThread"_s, u"true"_s);
    }
    if (series == "cx1"_L1) {
        cpu.insert("maxSockets"_L1, z.cpu);
        cpu.insert("numa"_L1, QJsonObject{{u"guestMappingPassthrough"_s, QJsonObject()}});
        spec.insert("ioThreadsPolicy"_L1, u"auto"_s);
        labels.insert(kItPrefix + u"numa"_s, u"true"_s);
    }
    if (series == "n1"_L1)
        spec.insert("annotations"_L1, QJsonObject{{u"cpu-load-balancing.crio.io"_s, u"disable"_s},
                                                  {u"cpu-quota.crio.io"_s, u"disable"_s},
                                                  {u"irq-load-balancing.crio.io"_s, u"disable"_s}});
    spec.insert("cpu"_L1, cpu);
    spec.insert("memory"_L1, memory);
    const QJsonObject annotations{{kItPrefix + u"displayName"_s, QLatin1StringView(s.displayName)},
                                  {kItPrefix + u"description"_s, QString::fromUtf8(s.description)}};
    const QJsonObject meta{{u"name"_s, series + u'.' + QLatin1StringView(z.size)},
                           {u"labels"_s, labels},
                           {u"annotations"_s, annotations}};
    return deployedByVirtOperator(QJsonObject{{u"metadata"_s, meta}, {u"spec"_s, spec}},
                                  u"VirtualMachineClusterInstancetype"_s);
}

} // namespace

QList<QJsonObject> clusterInstancetypes()
{
    QList<QJsonObject> out;
    for (const Series *s : {&kU, &kO, &kCx, &kM, &kN})
        for (const Size &z : s->sizes)
            out.append(instancetype(*s, z));
    return out;
}

QList<QJsonObject> clusterPreferences()
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(kPreferences).array()) {
        QJsonObject pref = v.toObject();
        QJsonObject meta = pref.value("metadata"_L1).toObject();
        QJsonObject annotations = meta.value("annotations"_L1).toObject();
        // Sic: the bundle's values carry the quotes and the newline of a YAML block scalar.
        annotations.insert("openshift.io/documentation-url"_L1, u"\"https://github.com/kubevirt/common-instancetypes\"\n"_s);
        annotations.insert("openshift.io/provider-display-name"_L1, u"KubeVirt"_s);
        annotations.insert("openshift.io/support-url"_L1,
                           u"\"https://github.com/kubevirt/common-instancetypes/issues\"\n"_s);
        meta.insert("annotations"_L1, annotations);
        pref.insert("metadata"_L1, meta);
        out.append(deployedByVirtOperator(pref, u"VirtualMachineClusterPreference"_s));
    }
    return out;
}

} // namespace drover::sim::catalog
