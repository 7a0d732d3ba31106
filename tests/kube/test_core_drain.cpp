// Decoding what a host drain reads (backend/core): core/v1 Pods and PersistentVolumeClaims,
// policy/v1 PodDisruptionBudgets and their label selectors, the KubeVirt CR's eviction and
// migration settings, and the VMI fields that say why a VM cannot live-migrate. The JSON is
// written after k8s.io/api core/v1 + policy/v1 and kubevirt.io/api core/v1 types, as
// `kubectl get -o json` shows such objects.
#include "KubeVirtConfig.h"
#include "Pod.h"
#include "Vm.h"

#include "VerifyOk.h"
#include <QJsonDocument>
#include <QtTest>

using namespace drover;
using namespace drover::core;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError err{};
    const QJsonObject o = QJsonDocument::fromJson(QByteArray(json), &err).object();
    if (err.error != QJsonParseError::NoError)
        qWarning("bad test JSON: %s", qPrintable(err.errorString()));
    return o;
}

const char *kLauncher = R"({
  "apiVersion": "v1", "kind": "Pod",
  "metadata": {
    "name": "virt-launcher-db-01-7xq2d", "namespace": "prod", "uid": "9d1e0c7a-2f0e-4a53-b3d5-1c1f0f1d2a10",
    "labels": {"kubevirt.io": "virt-launcher", "kubevirt.io/created-by": "5b7c2d9e-0c44-4f0e-9a3b-6c3f7e1d8a21",
               "vm.kubevirt.io/name": "db-01", "kubevirt.io/nodeName": "nvme-a01"},
    "annotations": {"kubevirt.io/domain": "db-01", "kubectl.kubernetes.io/default-container": "compute"},
    "ownerReferences": [{"apiVersion": "kubevirt.io/v1", "kind": "VirtualMachineInstance", "name": "db-01",
                         "uid": "5b7c2d9e-0c44-4f0e-9a3b-6c3f7e1d8a21", "controller": true, "blockOwnerDeletion": true}]
  },
  "spec": {
    "nodeName": "nvme-a01", "terminationGracePeriodSeconds": 210, "restartPolicy": "Never",
    "volumes": [
      {"name": "private", "emptyDir": {}},
      {"name": "rootdisk", "persistentVolumeClaim": {"claimName": "db-01-root"}},
      {"name": "hotplug-disks", "emptyDir": {}},
      {"name": "container-disks", "emptyDir": {}},
      {"name": "libvirt-runtime", "emptyDir": {}}
    ],
    "containers": [{"name": "compute", "image": "quay.io/kubevirt/virt-launcher:v1.5.0"}]
  },
  "status": {"phase": "Running", "podIP": "10.244.3.17"}
})";

const char *kDaemonSetPod = R"({
  "apiVersion": "v1", "kind": "Pod",
  "metadata": {"name": "csi-rbdplugin-8x4kq", "namespace": "rook-ceph", "labels": {"app": "csi-rbdplugin"},
    "ownerReferences": [{"apiVersion": "apps/v1", "kind": "DaemonSet", "name": "csi-rbdplugin", "uid": "u1", "controller": true}]},
  "spec": {"nodeName": "nvme-a01", "volumes": [{"name": "host-dev", "hostPath": {"path": "/dev", "type": ""}}]},
  "status": {"phase": "Running"}
})";

const char *kMirrorPod = R"({
  "apiVersion": "v1", "kind": "Pod",
  "metadata": {"name": "kube-apiserver-nvme-a01", "namespace": "kube-system",
    "annotations": {"kubernetes.io/config.hash": "4c1a", "kubernetes.io/config.mirror": "4c1a", "kubernetes.io/config.source": "file"},
    "ownerReferences": [{"apiVersion": "v1", "kind": "Node", "name": "nvme-a01", "uid": "n1", "controller": true}]},
  "spec": {"nodeName": "nvme-a01", "priorityClassName": "system-node-critical"},
  "status": {"phase": "Running"}
})";

const char *kOsdPdb = R"({
  "apiVersion": "policy/v1", "kind": "PodDisruptionBudget",
  "metadata": {"name": "rook-ceph-osd", "namespace": "rook-ceph", "generation": 3,
    "ownerReferences": [{"apiVersion": "ceph.rook.io/v1", "kind": "CephCluster", "name": "rook-ceph", "uid": "c1", "controller": true}]},
  "spec": {"maxUnavailable": 1,
           "selector": {"matchExpressions": [{"key": "app", "operator": "In", "values": ["rook-ceph-osd"]},
                                             {"key": "osd", "operator": "NotIn", "values": ["7"]}]}},
  "status": {"observedGeneration": 3, "disruptionsAllowed": 1, "currentHealthy": 11, "desiredHealthy": 10,
             "expectedPods": 12, "disruptedPods": {},
             "conditions": [{"type": "DisruptionAllowed", "status": "True", "reason": "SufficientPods",
                             "lastTransitionTime": "2025-02-28T09:12:40Z"}]}
})";

const char *kAppPdb = R"({
  "apiVersion": "policy/v1", "kind": "PodDisruptionBudget",
  "metadata": {"name": "frontend", "namespace": "shop", "generation": 2},
  "spec": {"minAvailable": "66%", "selector": {"matchLabels": {"app": "frontend", "tier": "web"}}},
  "status": {"observedGeneration": 1, "disruptionsAllowed": 0, "currentHealthy": 2, "desiredHealthy": 2, "expectedPods": 3}
})";

const char *kPvc = R"({
  "apiVersion": "v1", "kind": "PersistentVolumeClaim",
  "metadata": {"name": "db-01-root", "namespace": "prod", "annotations": {"pv.kubernetes.io/bind-completed": "yes"}},
  "spec": {"accessModes": ["ReadWriteOnce"], "storageClassName": "ceph-block", "volumeMode": "Block",
           "resources": {"requests": {"storage": "40Gi"}}, "volumeName": "pvc-1b2c"},
  "status": {"phase": "Bound", "accessModes": ["ReadWriteOnce"], "capacity": {"storage": "40Gi"}}
})";

const char *kKubeVirt = R"({
  "apiVersion": "kubevirt.io/v1", "kind": "KubeVirt",
  "metadata": {"name": "kubevirt", "namespace": "kubevirt"},
  "spec": {
    "certificateRotateStrategy": {},
    "configuration": {
      "evictionStrategy": "LiveMigrate",
      "developerConfiguration": {"featureGates": ["Snapshot", "HotplugVolumes"]},
      "migrations": {"parallelMigrationsPerCluster": 10, "parallelOutboundMigrationsPerNode": 4,
                     "bandwidthPerMigration": "640Mi", "completionTimeoutPerGiB": 300, "progressTimeout": 200,
                     "allowAutoConverge": true, "nodeDrainTaintKey": "example.com/drain"}
    },
    "workloadUpdateStrategy": {"workloadUpdateMethods": ["LiveMigrate"]}
  },
  "status": {"phase": "Deployed", "observedKubeVirtVersion": "v1.5.0"}
})";

const char *kVmi = R"json({
  "apiVersion": "kubevirt.io/v1", "kind": "VirtualMachineInstance",
  "metadata": {"name": "db-01", "namespace": "prod"},
  "spec": {
    "evictionStrategy": "LiveMigrateIfPossible",
    "domain": {
      "cpu": {"cores": 4},
      "memory": {"guest": "16Gi"},
      "devices": {
        "disks": [{"name": "rootdisk", "disk": {"bus": "virtio"}}, {"name": "data", "disk": {"bus": "virtio"}},
                  {"name": "scratch", "disk": {"bus": "virtio"}}, {"name": "images", "disk": {"bus": "virtio"}}],
        "hostDevices": [{"name": "nic1", "deviceName": "intel.com/e810"}],
        "gpus": [{"name": "gpu1", "deviceName": "nvidia.com/GA102GL_A10"}]
      }
    },
    "volumes": [
      {"name": "rootdisk", "persistentVolumeClaim": {"claimName": "db-01-root"}},
      {"name": "data", "dataVolume": {"name": "db-01-data"}},
      {"name": "scratch", "hostDisk": {"path": "/var/scratch/db-01.img", "type": "DiskOrCreate", "capacity": "10Gi"}},
      {"name": "images", "hostDisk": {"path": "/mnt/nfs/images.img", "type": "Disk", "shared": true}},
      {"name": "cloudinit", "cloudInitNoCloud": {"userData": "#cloud-config"}}
    ]
  },
  "status": {"phase": "Running", "nodeName": "nvme-a01",
    "conditions": [{"type": "LiveMigratable", "status": "False", "reason": "DisksNotLiveMigratable",
                    "message": "cannot migrate VMI: PVC db-01-root is not shared, live migration requires that all PVCs must be shared (using ReadWriteMany access mode)"}]}
})json";

} // namespace

class TestCoreDrain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void launcherPod()
    {
        const auto p = Pod::fromJson(parse(kLauncher));
        VERIFY_OK(p);
        QCOMPARE(p->meta.key(), QStringLiteral("prod/virt-launcher-db-01-7xq2d"));
        QCOMPARE(p->nodeName, QStringLiteral("nvme-a01"));
        QCOMPARE(nameOf(p->phase), QLatin1String("Running"));
        QCOMPARE(p->terminationGracePeriodSeconds, 210);
        QCOMPARE(p->claimNames, QStringList{QStringLiteral("db-01-root")});
        QCOMPARE(p->emptyDirVolumes.size(), 4);
        QVERIFY(p->isVirtLauncher());
        QVERIFY(!p->isDaemonSetPod());
        QVERIFY(!p->isMirrorPod());
        QVERIFY(!p->finished());
        QCOMPARE(p->vmiKey(), QStringLiteral("prod/db-01"));
        QVERIFY(p->controller());
        QCOMPARE(p->controller()->kind, QStringLiteral("VirtualMachineInstance"));
        QCOMPARE(p->controller()->uid, QStringLiteral("5b7c2d9e-0c44-4f0e-9a3b-6c3f7e1d8a21"));
    }

    void otherPods()
    {
        const auto ds = Pod::fromJson(parse(kDaemonSetPod));
        VERIFY_OK(ds);
        QVERIFY(ds->isDaemonSetPod());
        QCOMPARE(ds->hostPathVolumes, QStringList{QStringLiteral("host-dev")});
        QCOMPARE(ds->terminationGracePeriodSeconds, 30); // the API's default when unset
        QVERIFY(ds->vmiKey().isEmpty());
        const auto mirror = Pod::fromJson(parse(kMirrorPod));
        VERIFY_OK(mirror);
        QVERIFY(mirror->isMirrorPod());
        QVERIFY(!mirror->isDaemonSetPod());
        // A bare pod: no owner, and a launcher found only by its label.
        auto bare = Pod::fromJson(parse(R"({"metadata":{"name":"debug","namespace":"ops"},"status":{"phase":"Succeeded"}})"));
        VERIFY_OK(bare);
        QVERIFY(!bare->controller());
        QVERIFY(bare->finished());
        bare->meta.labels = {{QStringLiteral("kubevirt.io"), QStringLiteral("virt-launcher")}, {QStringLiteral("vm.kubevirt.io/name"), QStringLiteral("web")}};
        QCOMPARE(bare->vmiKey(), QStringLiteral("ops/web"));
        QVERIFY(!Pod::fromJson(parse(R"({"metadata":{"namespace":"ops"}})")).ok());
    }

    void budgets()
    {
        const auto osd = PodDisruptionBudget::fromJson(parse(kOsdPdb));
        VERIFY_OK(osd);
        QCOMPARE(osd->meta.key(), QStringLiteral("rook-ceph/rook-ceph-osd"));
        QCOMPARE(osd->generation, 3);
        QCOMPARE(osd->observedGeneration, 3);
        QCOMPARE(osd->maxUnavailable, QStringLiteral("1"));
        QVERIFY(osd->minAvailable.isEmpty());
        QCOMPARE(osd->disruptionsAllowed, 1);
        QCOMPARE(osd->currentHealthy, 11);
        QCOMPARE(osd->desiredHealthy, 10);
        QCOMPARE(osd->expectedPods, 12);
        QCOMPARE(osd->selector.matchExpressions.size(), 2);
        QCOMPARE(osd->selector.matchExpressions[1].op, QStringLiteral("NotIn"));
        Pod p;
        p.meta.ns = QStringLiteral("rook-ceph");
        p.meta.labels = {{QStringLiteral("app"), QStringLiteral("rook-ceph-osd")}, {QStringLiteral("osd"), QStringLiteral("3")}};
        QVERIFY(osd->matches(p));
        p.meta.labels[QStringLiteral("osd")] = QStringLiteral("7"); // excluded while down
        QVERIFY(!osd->matches(p));
        p.meta.ns = QStringLiteral("default");
        p.meta.labels[QStringLiteral("osd")] = QStringLiteral("3");
        QVERIFY(!osd->matches(p)); // other namespace

        const auto app = PodDisruptionBudget::fromJson(parse(kAppPdb));
        VERIFY_OK(app);
        QCOMPARE(app->minAvailable, QStringLiteral("66%"));
        QVERIFY(app->observedGeneration < app->generation);
        QCOMPARE(app->disruptionsAllowed, 0);
        QCOMPARE(app->selector.matchLabels.size(), 2);
    }

    void selectors_data()
    {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<bool>("matches"); // against {app: web, tier: front, canary: ""}
        QTest::newRow("empty matches nothing") << "{}" << false;
        QTest::newRow("matchLabels") << R"({"matchLabels":{"app":"web"}})" << true;
        QTest::newRow("matchLabels, wrong value") << R"({"matchLabels":{"app":"db"}})" << false;
        QTest::newRow("matchLabels, missing") << R"({"matchLabels":{"zone":""}})" << false;
        QTest::newRow("empty value present") << R"({"matchLabels":{"canary":""}})" << true;
        QTest::newRow("In") << R"({"matchExpressions":[{"key":"tier","operator":"In","values":["front","back"]}]})" << true;
        QTest::newRow("NotIn, absent") << R"({"matchExpressions":[{"key":"zone","operator":"NotIn","values":["a"]}]})" << true;
        QTest::newRow("NotIn, present") << R"({"matchExpressions":[{"key":"tier","operator":"NotIn","values":["front"]}]})" << false;
        QTest::newRow("Exists") << R"({"matchExpressions":[{"key":"canary","operator":"Exists"}]})" << true;
        QTest::newRow("DoesNotExist") << R"({"matchExpressions":[{"key":"canary","operator":"DoesNotExist"}]})" << false;
        QTest::newRow("labels AND expressions") << R"({"matchLabels":{"app":"web"},"matchExpressions":[{"key":"tier","operator":"In","values":["back"]}]})" << false;
        QTest::newRow("unknown operator") << R"({"matchExpressions":[{"key":"app","operator":"Like","values":["w"]}]})" << false;
    }
    void selectors()
    {
        QFETCH(QString, selector);
        QFETCH(bool, matches);
        const LabelSelector s = LabelSelector::fromJson(QJsonDocument::fromJson(selector.toUtf8()).object());
        const QMap<QString, QString> labels{{QStringLiteral("app"), QStringLiteral("web")}, {QStringLiteral("tier"), QStringLiteral("front")},
                                            {QStringLiteral("canary"), QString()}};
        QCOMPARE(s.matches(labels), matches);
    }

    void claims()
    {
        const auto pvc = PersistentVolumeClaim::fromJson(parse(kPvc));
        VERIFY_OK(pvc);
        QCOMPARE(pvc->meta.key(), QStringLiteral("prod/db-01-root"));
        QCOMPARE(pvc->accessModes, QStringList{QStringLiteral("ReadWriteOnce")});
        QVERIFY(!pvc->readWriteMany());
        QCOMPARE(pvc->storageClassName, QStringLiteral("ceph-block"));
        QCOMPARE(pvc->volumeMode, QStringLiteral("Block"));
        const auto rwx = PersistentVolumeClaim::fromJson(parse(
            R"({"metadata":{"name":"iso","namespace":"prod"},"spec":{"accessModes":["ReadWriteMany","ReadOnlyMany"],"storageClassName":"cephfs"}})"));
        VERIFY_OK(rwx);
        QVERIFY(rwx->readWriteMany());
    }

    void kubevirtConfig()
    {
        const KubeVirtConfig c = KubeVirtConfig::fromJson(parse(kKubeVirt));
        QVERIFY(c.present);
        QCOMPARE(c.evictionStrategy, QStringLiteral("LiveMigrate"));
        QCOMPARE(c.parallelMigrationsPerCluster, 10);
        QCOMPARE(c.parallelOutboundMigrationsPerNode, 4);
        QCOMPARE(c.bandwidthPerMigrationBytes, std::int64_t(640) * 1024 * 1024);
        QCOMPARE(c.completionTimeoutPerGiBSeconds, 300);
        QCOMPARE(c.progressTimeoutSeconds, 200);
        QCOMPARE(c.nodeDrainTaintKey, QStringLiteral("example.com/drain"));
        // Nothing configured: KubeVirt's defaults (virt-config.go), eviction strategy None.
        const KubeVirtConfig d = KubeVirtConfig::fromJson(parse(R"({"metadata":{"name":"kubevirt"},"spec":{}})"));
        QVERIFY(d.present);
        QCOMPARE(d.evictionStrategy, QStringLiteral("None"));
        QCOMPARE(d.parallelMigrationsPerCluster, 5);
        QCOMPARE(d.parallelOutboundMigrationsPerNode, 2);
        QCOMPARE(d.bandwidthPerMigrationBytes, std::int64_t(0));
        QCOMPARE(d.progressTimeoutSeconds, 150);
        QCOMPARE(d.completionTimeoutPerGiBSeconds, 150);
        QCOMPARE(d.nodeDrainTaintKey, QStringLiteral("kubevirt.io/drain"));
        QVERIFY(!KubeVirtConfig::fromJson(QJsonObject()).present);
        // A bandwidth that does not parse keeps "unlimited" rather than failing the cluster.
        const KubeVirtConfig bad = KubeVirtConfig::fromJson(
            parse(R"({"spec":{"configuration":{"migrations":{"bandwidthPerMigration":"fast","parallelMigrationsPerCluster":-1}}}})"));
        QCOMPARE(bad.bandwidthPerMigrationBytes, std::int64_t(0));
        QCOMPARE(bad.parallelMigrationsPerCluster, 5);
    }

    void vmiDrainFields()
    {
        const auto v = Vmi::fromJson(parse(kVmi));
        VERIFY_OK(v);
        QCOMPARE(v->evictionStrategy, QStringLiteral("LiveMigrateIfPossible"));
        QCOMPARE(v->claimNames, (QStringList{QStringLiteral("db-01-root"), QStringLiteral("db-01-data")}));
        QCOMPARE(v->hostDiskVolumes, QStringList{QStringLiteral("scratch")}); // the shared one migrates
        QCOMPARE(v->hostDevices, (QStringList{QStringLiteral("nic1"), QStringLiteral("gpu1")}));
        const Condition *lm = findCondition(v->conditions, QStringLiteral("LiveMigratable"));
        QVERIFY(lm && !lm->isTrue());
        QCOMPARE(lm->reason, QStringLiteral("DisksNotLiveMigratable"));
        // Unset: the cluster's strategy applies.
        const auto plain = Vmi::fromJson(parse(R"({"metadata":{"name":"w","namespace":"p"},"spec":{"domain":{}}})"));
        VERIFY_OK(plain);
        QVERIFY(plain->evictionStrategy.isEmpty());
        QVERIFY(plain->claimNames.isEmpty() && plain->hostDiskVolumes.isEmpty() && plain->hostDevices.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCoreDrain)
#include "test_core_drain.moc"
