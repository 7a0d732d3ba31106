#include "VmiJson.h"

#include "ObjectStore.h"

#include <QDateTime>
#include <QJsonArray>

namespace drover::sim {

static QJsonObject sub(const QJsonObject &o, const char *k)
{
    return o.value(QLatin1String(k)).toObject();
}

QString labelOf(const QJsonObject &obj, const QString &label)
{
    return sub(sub(obj, "metadata"), "labels").value(label).toString();
}

QJsonObject vmiForVm(const QJsonObject &vm)
{
    const QJsonObject vmMeta = sub(vm, "metadata");
    const QJsonObject tmpl = sub(sub(vm, "spec"), "template");
    QJsonObject labels = sub(sub(tmpl, "metadata"), "labels");
    const QJsonObject owner{{QStringLiteral("apiVersion"), QStringLiteral("kubevirt.io/v1")},
                            {QStringLiteral("kind"), QStringLiteral("VirtualMachine")},
                            {QStringLiteral("name"), vmMeta.value(QLatin1String("name"))},
                            {QStringLiteral("uid"), vmMeta.value(QLatin1String("uid"))},
                            {QStringLiteral("controller"), true},
                            {QStringLiteral("blockOwnerDeletion"), true}};
    QJsonObject meta{{QStringLiteral("name"), vmMeta.value(QLatin1String("name"))},
                     {QStringLiteral("namespace"), vmMeta.value(QLatin1String("namespace"))},
                     {QStringLiteral("labels"), labels},
                     {QStringLiteral("ownerReferences"), QJsonArray{owner}}};
    if (vmMeta.contains(QLatin1String("annotations")))
        meta.insert(QStringLiteral("annotations"), vmMeta.value(QLatin1String("annotations")));
    return QJsonObject{{QStringLiteral("metadata"), meta},
                       {QStringLiteral("spec"), sub(tmpl, "spec")},
                       {QStringLiteral("status"), QJsonObject{{QStringLiteral("phase"), QStringLiteral("Pending")}}}};
}

void setPhase(QJsonObject &vmi, const QString &phase)
{
    QJsonObject st = sub(vmi, "status");
    st.insert(QStringLiteral("phase"), phase);
    vmi.insert(QStringLiteral("status"), st);
}

void setCondition(QJsonObject &obj, const QString &type, bool status, const QString &reason,
                  const QString &message)
{
    QJsonObject st = sub(obj, "status");
    QJsonArray conds = st.value(QLatin1String("conditions")).toArray();
    QJsonObject c{{QStringLiteral("type"), type},
                  {QStringLiteral("status"), status ? QStringLiteral("True") : QStringLiteral("False")},
                  {QStringLiteral("lastProbeTime"), QJsonValue::Null},
                  {QStringLiteral("lastTransitionTime"), rfc3339(QDateTime::currentDateTimeUtc())}};
    if (!reason.isEmpty())
        c.insert(QStringLiteral("reason"), reason);
    if (!message.isEmpty())
        c.insert(QStringLiteral("message"), message);
    bool replaced = false;
    for (int i = 0; i < conds.size(); ++i)
        if (conds[i].toObject().value(QLatin1String("type")).toString() == type) {
            conds[i] = c;
            replaced = true;
        }
    if (!replaced)
        conds.append(c);
    st.insert(QStringLiteral("conditions"), conds);
    obj.insert(QStringLiteral("status"), st);
}

bool conditionTrue(const QJsonObject &obj, const QString &type)
{
    for (const auto &v : sub(obj, "status").value(QLatin1String("conditions")).toArray())
        if (v.toObject().value(QLatin1String("type")).toString() == type)
            return v.toObject().value(QLatin1String("status")).toString() == QLatin1String("True");
    return false;
}

void markRunning(QJsonObject &vmi, const QString &node, int ipIndex)
{
    QJsonObject meta = sub(vmi, "metadata");
    QJsonObject labels = sub(meta, "labels");
    labels.insert(QStringLiteral("kubevirt.io/nodeName"), node);
    meta.insert(QStringLiteral("labels"), labels);
    vmi.insert(QStringLiteral("metadata"), meta);
    QJsonObject st = sub(vmi, "status");
    const QString ip = QStringLiteral("10.244.%1.%2").arg((ipIndex / 250) % 256).arg(ipIndex % 250 + 2);
    const QString mac = QStringLiteral("52:54:00:%1:%2:%3")
                            .arg((ipIndex >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                            .arg((ipIndex >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                            .arg(ipIndex & 0xff, 2, 16, QLatin1Char('0'));
    st.insert(QStringLiteral("phase"), QStringLiteral("Running"));
    st.insert(QStringLiteral("nodeName"), node);
    st.insert(QStringLiteral("interfaces"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("default")},
                                     {QStringLiteral("interfaceName"), QStringLiteral("eth0")},
                                     {QStringLiteral("ipAddress"), ip},
                                     {QStringLiteral("ipAddresses"), QJsonArray{ip}},
                                     {QStringLiteral("mac"), mac},
                                     {QStringLiteral("infoSource"), QStringLiteral("domain, guest-agent")}}});
    const QString os = labelOf(vmi, QStringLiteral("drover.io/os"));
    const QString osName = sub(meta, "annotations").value(QLatin1String("drover.io/os-name")).toString();
    st.insert(QStringLiteral("guestOSInfo"),
              QJsonObject{{QStringLiteral("id"), os == QLatin1String("windows") ? QStringLiteral("mswindows") : os},
                          {QStringLiteral("name"), osName.isEmpty() ? os : osName}});
    st.insert(QStringLiteral("qosClass"), QStringLiteral("Burstable"));
    vmi.insert(QStringLiteral("status"), st);
    setCondition(vmi, QStringLiteral("Ready"), true, {}, {});
    if (labelOf(vmi, QStringLiteral("drover.io/not-migratable")) == QLatin1String("true"))
        setCondition(vmi, QStringLiteral("LiveMigratable"), false, QStringLiteral("DisksNotLiveMigratable"),
                     QStringLiteral("cannot migrate VMI: PVC rootdisk is not shared, live migration requires that all PVCs must be shared (using ReadWriteMany access mode)"));
    else
        setCondition(vmi, QStringLiteral("LiveMigratable"), true, {}, {});
}

} // namespace drover::sim
