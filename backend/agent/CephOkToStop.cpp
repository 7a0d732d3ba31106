// drover-agent ceph ok-to-stop: may this host's OSDs stop now without leaving placement groups
// below min_size? Ceph's own answer, asked as an operator would (maintenance-facts §1.5, §2):
// `ceph osd ls-tree <host>` for the OSD ids of the CRUSH host bucket, then
// `ceph osd ok-to-stop <ids…>`. Ceph's exit status is the verdict (0 ok, 16 EBUSY unsafe,
// 11 EAGAIN PG states not known yet); its JSON carries the counts when it prints them.
#include "CephOkToStop.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace drover::agent {

namespace {
ToolRun cephRun(const AgentRoot &r, const QString &file, const QStringList &args)
{
    if (r.captured) {
        ToolRun t;
        t.out = r.read(QStringLiteral("/ceph/") + file + QStringLiteral(".json"), 16 << 20);
        if (!t.out)
            t.why = QStringLiteral("no ceph CLI output captured (%1.json)").arg(file);
        const QString exit = r.text(QStringLiteral("/ceph/") + file + QStringLiteral(".exit"));
        t.exitCode = exit.isEmpty() ? 0 : exit.toInt();
        return t;
    }
    const QString program = r.ceph.isEmpty() ? QStringLiteral("ceph") : r.ceph;
    return runToolsTogether(program, {args + QStringList{QStringLiteral("-f"), QStringLiteral("json")}}, 15000).front();
}

QJsonObject failed(const QString &host, const QString &why, int exitStatus)
{
    return QJsonObject{{QStringLiteral("schema"), QLatin1String(kOkToStopSchema)},
                       {QStringLiteral("host"), host},
                       {QStringLiteral("okToStop"), false},
                       {QStringLiteral("exitStatus"), exitStatus},
                       {QStringLiteral("error"), why}};
}
} // namespace

QList<int> osdIdsFromLsTree(const QByteArray &json)
{
    QList<int> ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(json).array())
        if (v.isDouble())
            ids << v.toInt();
    std::sort(ids.begin(), ids.end());
    return ids;
}

QJsonObject okToStopFromCeph(const QString &host, const QList<int> &ids, const ToolRun &run)
{
    QJsonArray osds;
    for (int id : ids)
        osds.append(id);
    QJsonObject out{{QStringLiteral("schema"), QLatin1String(kOkToStopSchema)},
                    {QStringLiteral("host"), host},
                    {QStringLiteral("osds"), osds},
                    {QStringLiteral("exitStatus"), run.exitCode}};
    const QJsonObject ceph = run.out ? QJsonDocument::fromJson(*run.out).object() : QJsonObject();
    // Ceph's verdict is its exit status first; the JSON's ok_to_stop agrees when it is printed.
    const bool ok = run.out && run.exitCode == 0 && ceph.value(QStringLiteral("ok_to_stop")).toBool(true);
    out.insert(QStringLiteral("okToStop"), ok);
    out.insert(QStringLiteral("numOkPgs"), ceph.value(QStringLiteral("num_ok_pgs")).toInt());
    out.insert(QStringLiteral("numNotOkPgs"), ceph.value(QStringLiteral("num_not_ok_pgs")).toInt());
    out.insert(QStringLiteral("badBecomeInactive"), ceph.value(QStringLiteral("bad_become_inactive")).toArray());
    out.insert(QStringLiteral("okBecomeDegraded"), ceph.value(QStringLiteral("ok_become_degraded")).toArray());
    if (!run.lastError.isEmpty())
        out.insert(QStringLiteral("message"), run.lastError);
    else if (!run.why.isEmpty())
        out.insert(QStringLiteral("message"), run.why);
    if (!ceph.isEmpty())
        out.insert(QStringLiteral("ceph"), ceph);
    return out;
}

QJsonObject cephOkToStop(const AgentRoot &r, const QString &host)
{
    if (!r.captured && r.ceph.isEmpty() && qEnvironmentVariableIsEmpty("CEPH_CONF") &&
        !r.read(QStringLiteral("/etc/ceph/ceph.conf"), 1))
        return failed(host, QStringLiteral("no Ceph cluster is configured on this host (no /etc/ceph/ceph.conf, CEPH_CONF unset)"), 2);
    const ToolRun tree = cephRun(r, QStringLiteral("osd-ls-tree"), {QStringLiteral("osd"), QStringLiteral("ls-tree"), host});
    if (!tree.out)
        return failed(host, tree.why, 2);
    // ls-tree answers ENOENT (2) for a bucket that does not exist: a host with no OSDs.
    if (tree.exitCode == 2 || (tree.exitCode == 0 && osdIdsFromLsTree(*tree.out).isEmpty())) {
        ToolRun none;
        none.out = QByteArrayLiteral("{\"ok_to_stop\":true,\"osds\":[],\"num_ok_pgs\":0,\"num_not_ok_pgs\":0}");
        return okToStopFromCeph(host, {}, none);
    }
    if (tree.exitCode != 0)
        return failed(host, QStringLiteral("ceph osd ls-tree %1 failed with exit status %2: %3").arg(host).arg(tree.exitCode).arg(tree.lastError),
                      tree.exitCode);
    const QList<int> ids = osdIdsFromLsTree(*tree.out);
    QStringList args{QStringLiteral("osd"), QStringLiteral("ok-to-stop")};
    for (int id : ids)
        args << QString::number(id);
    return okToStopFromCeph(host, ids, cephRun(r, QStringLiteral("osd-ok-to-stop"), args));
}

} // namespace drover::agent
