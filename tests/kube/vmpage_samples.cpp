#include "vmpage_samples.h"

#include <QJsonDocument>

namespace {
const char *const kSamples[] = {
    R"json({
            "guestAgentVersion":"8.2.0","supportedCommands":[{"name":"guest-ping","enabled":true}],
            "hostname":"web-01","timezone":"CET, 3600",
            "os":{"name":"Fedora Linux","version":"40 (Cloud Edition)","prettyName":"Fedora Linux 40 (Cloud Edition)",
                  "versionId":"40","kernelRelease":"6.8.5-301.fc40.x86_64","id":"fedora","machine":"x86_64"},
            "userList":[{"userName":"fedora","domain":"","loginTime":1724312345.12}],
            "fsInfo":{"disks":[{"diskName":"vda4","mountPoint":"/","fileSystemType":"btrfs","usedBytes":1073741824,"totalBytes":4294967296,
                                "disk":[{"serial":"abc","busType":"virtio"}]}]},
            "fsFreezeStatus":""})json",
    R"json({"metadata":{},"items":[
            {"userName":"Administrator","domain":"CORP","loginTime":1700000000},{"domain":"nameless"},{"userName":"ops"}]})json",
    R"json({"metadata":{},"items":[
            {"diskName":"C:","mountPoint":"C:\\","fileSystemType":"NTFS","usedBytes":10,"totalBytes":0},
            {"diskName":"vdb","mountPoint":"/data","fileSystemType":"xfs"}]})json",
    R"json({"spec":{"template":{"spec":{
            "networks":[{"name":"default","pod":{}},{"name":"storage","multus":{"networkName":"infra/storage-net"}}],
            "domain":{"devices":{"interfaces":[{"name":"default","masquerade":{},"model":"virtio"},
                                               {"name":"storage","bridge":{},"macAddress":"02:00:00:00:00:09"}]}}}}}})json",
    R"json({"status":{"interfaces":[
            {"name":"storage","mac":"02:00:00:00:00:09","ipAddress":"10.9.0.4","infoSource":"domain, multus-status"},
            {"name":"default","interfaceName":"eth0","ipAddress":"10.244.1.7","ipAddresses":["10.244.1.7","fd10::7"],
             "mac":"52:54:00:aa:bb:cc","infoSource":"domain, guest-agent"},
            {"interfaceName":"docker0","ipAddresses":["172.17.0.1"],"infoSource":"guest-agent"}]}})json",
    R"json({"spec":{
            "dataVolumeTemplates":[{"metadata":{"name":"web-root"},"spec":{"sourceRef":{"kind":"DataSource","name":"fedora","namespace":"kubevirt-os-images"},
                                    "storage":{"resources":{"requests":{"storage":"30Gi"}},"storageClassName":"ceph-block","accessModes":["ReadWriteMany"]}}},
                                   {"metadata":{"name":"web-iso"},"spec":{"source":{"http":{"url":"https://example.org/x.iso"}},"pvc":{}}}],
            "template":{"spec":{"domain":{"devices":{"disks":[{"name":"rootdisk","disk":{"bus":"virtio"}},{"name":"iso","cdrom":{"bus":"sata"}}]}},
                                "volumes":[{"name":"rootdisk","dataVolume":{"name":"web-root"}},{"name":"iso","dataVolume":{"name":"web-iso"}},
                                           {"name":"scratch","persistentVolumeClaim":{"claimName":"web-scratch","hotpluggable":true}},
                                           {"name":"tools","containerDisk":{"image":"quay.io/kubevirt/virtio-container-disk"}}]}}}})json",
    R"json({"apiVersion":"kubevirt.io/v1","kind":"VirtualMachine",
            "metadata":{"name":"web","labels":{"enabled":"true","port":"8080","empty":"","ver":"1.10","since":"2026-12-03T19:07:50Z"}},
            "spec":{"runStrategy":"Always","n":3,"f":1.5,"b":false,"none":null,"l":[],"m":{},
                    "userData":"#cloud-config\nuser: fedora\n","list":[{"a":1,"b":"x y"},"plain",": colon"]}})json",
    R"json({"spec":{"storageClassName":"ceph-block","accessModes":["ReadWriteOnce"],"volumeMode":"Block"},
            "status":{"phase":"Bound","capacity":{"storage":"32Gi"},"accessModes":["ReadWriteMany"]}})json",
    R"json({"status":{"phase":"ImportInProgress","progress":"45.00%","conditions":[
            {"type":"Bound","status":"True"},{"type":"Running","status":"False","reason":"Error",
             "message":"Unable to connect to http data source: expected status code 200, got 404. Status: 404 Not Found"}]}})json"
};
} // namespace

QJsonObject sample(int index)
{
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray(kSamples[index]), &err);
    if (err.error != QJsonParseError::NoError)
        qFatal("bad sample %d: %s", index, qPrintable(err.errorString()));
    return d.object();
}
