#pragma once
// Realistic VirtualMachine / VirtualMachineInstance / Node JSON (shaped like KubeVirt's and
// drover-sim's) fed into ObjectCaches as the informers do: raw bytes with a resourceVersion.
#include "ObjectCache.h"
#include "WatchLine.h"

#include <QString>

namespace drover::test {

struct VmSpec
{
    QString ns = QStringLiteral("prod");
    QString name;
    QString status = QStringLiteral("Running"); // printableStatus
    QString runStrategy = QStringLiteral("Always");
    int cores = 4;
    QString memory = QStringLiteral("8Gi");
    QString os = QStringLiteral("Rocky Linux 9.4");
};

struct VmiSpec
{
    QString ns = QStringLiteral("prod");
    QString name;
    QString node;
    QString ip = QStringLiteral("10.244.0.10");
    QString phase = QStringLiteral("Running");
    bool paused = false;
    int cores = 4;
    QString memory = QStringLiteral("8Gi");
};

inline QByteArray vmJson(const VmSpec &s, int rv)
{
    return QStringLiteral(R"({"apiVersion":"kubevirt.io/v1","kind":"VirtualMachine",
"metadata":{"name":"%1","namespace":"%2","resourceVersion":"%3","uid":"uid-vm-%2-%1",
 "annotations":{"drover.io/os-name":"%4"},"labels":{"drover.io/os":"linux"}},
"spec":{"runStrategy":"%5","template":{"metadata":{"labels":{"kubevirt.io/domain":"%1"}},
 "spec":{"domain":{"cpu":{"cores":%6,"sockets":1,"threads":1},"memory":{"guest":"%7"},
 "resources":{"requests":{"memory":"%7"}}}}}},
"status":{"printableStatus":"%8","ready":%9,"created":%9}})")
        .arg(s.name, s.ns, QString::number(rv), s.os, s.runStrategy, QString::number(s.cores), s.memory, s.status,
             s.status == QLatin1String("Running") ? QStringLiteral("true") : QStringLiteral("false"))
        .toUtf8();
}

inline QByteArray vmiJson(const VmiSpec &s, int rv, const QString &uid = {})
{
    const QString paused = s.paused
        ? QStringLiteral(R"(,{"type":"Paused","status":"True","reason":"PausedByUser"})")
        : QString();
    return QStringLiteral(R"({"apiVersion":"kubevirt.io/v1","kind":"VirtualMachineInstance",
"metadata":{"name":"%1","namespace":"%2","resourceVersion":"%3","uid":"%4",
 "labels":{"kubevirt.io/nodeName":"%5"}},
"spec":{"domain":{"cpu":{"cores":%6,"sockets":1,"threads":1},"memory":{"guest":"%7"}}},
"status":{"phase":"%8","nodeName":"%5","guestOSInfo":{"name":"Linux"},
 "conditions":[{"type":"Ready","status":"True"}%9],
 "interfaces":[{"name":"default","ipAddress":"%10","ipAddresses":["%10"],"mac":"52:54:00:00:00:01"}]}})")
        .arg(s.name, s.ns, QString::number(rv), uid.isEmpty() ? QStringLiteral("uid-vmi-%1").arg(s.name) : uid,
             s.node, QString::number(s.cores), s.memory, s.phase, paused)
        .arg(s.ip)
        .toUtf8();
}

// The same object with a heartbeat annotation (drover-sim's churn, a probe's time): a new
// version whose fields the VM views read are as they were.
inline QByteArray withHeartbeat(QByteArray json, int beat)
{
    json.replace(R"("labels":)", R"("annotations":{"drover.io/heartbeat":")" + QByteArray::number(beat) + R"("},"labels":)");
    return json;
}

inline QByteArray nodeJson(const QString &name, int rv, bool ready = true, bool cordoned = false,
                           const QString &cpu = QStringLiteral("63000m"), const QString &memory = QStringLiteral("512Gi"))
{
    return QStringLiteral(R"({"apiVersion":"v1","kind":"Node",
"metadata":{"name":"%1","resourceVersion":"%2","uid":"uid-node-%1"},
"spec":{"unschedulable":%3},
"status":{"capacity":{"cpu":"64","memory":"%6"},"allocatable":{"cpu":"%5","memory":"%6"},
 "conditions":[{"type":"Ready","status":"%4","reason":"KubeletReady"}],
 "addresses":[{"type":"InternalIP","address":"192.0.2.10"}],
 "nodeInfo":{"kubeletVersion":"v1.30.4","architecture":"amd64"}}})")
        .arg(name, QString::number(rv), cordoned ? QStringLiteral("true") : QStringLiteral("false"),
             ready ? QStringLiteral("True") : QStringLiteral("False"), cpu, memory)
        .toUtf8();
}

inline void put(kube::ObjectCache &c, kube::CacheEvent::Type t, const QString &key, int rv, const QByteArray &json)
{
    c.apply(t, key, QString::number(rv), kube::LazyObject(json));
}

// The same as the informer stores a watch event's object: with the print of the fields the
// cache's readers read (ObjectCache::printedFields), taken from the event's bytes.
inline void putAsSent(kube::ObjectCache &c, kube::CacheEvent::Type t, const QString &key, int rv, const QByteArray &json)
{
    static kube::WatchLineParser parser;
    const QByteArray line = R"({"type":"MODIFIED","object":)" + json + '}';
    const auto ev = parser.parse(line.constData(), line.size(), 0, c.printedFields());
    if (!ev)
        qFatal("putAsSent: %s", qPrintable(ev.error().message));
    const kube::JsonProjection *printed = c.printedFields();
    c.apply(t, key, QString::number(rv),
            printed ? kube::LazyObject(ev->object, ev->print, *printed) : kube::LazyObject(ev->object));
}

} // namespace drover::test
