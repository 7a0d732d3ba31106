#include "GuestAgent.h"

#include "JsonFields.h"

#include <QJsonArray>

#include <cmath>

namespace drover::core {

namespace {

// Sizes are uint64 in Go; JSON numbers beyond 2^53 lose precision but stay in range.
qint64 bytesAt(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || v.toDouble() < 0)
        return -1;
    return qint64(v.toDouble());
}

GuestUser userFromJson(const QJsonObject &o)
{
    GuestUser u;
    u.userName = stringAt(o, "userName");
    u.domain = stringAt(o, "domain");
    const QJsonValue t = o.value(QLatin1String("loginTime"));
    if (t.isDouble() && t.toDouble() > 0)
        u.loginTime = QDateTime::fromMSecsSinceEpoch(qint64(std::llround(t.toDouble() * 1000.0)), Qt::UTC);
    return u;
}

GuestFilesystem filesystemFromJson(const QJsonObject &o)
{
    GuestFilesystem f;
    f.diskName = stringAt(o, "diskName");
    f.mountPoint = stringAt(o, "mountPoint");
    f.type = stringAt(o, "fileSystemType");
    f.usedBytes = bytesAt(o, "usedBytes");
    f.totalBytes = bytesAt(o, "totalBytes");
    return f;
}

QList<GuestUser> usersFrom(const QJsonValue &items)
{
    QList<GuestUser> users;
    for (const QJsonValue &v : items.toArray())
        if (v.isObject() && !stringAt(v.toObject(), "userName").isEmpty())
            users << userFromJson(v.toObject());
    return users;
}

QList<GuestFilesystem> filesystemsFrom(const QJsonValue &items)
{
    QList<GuestFilesystem> list;
    for (const QJsonValue &v : items.toArray())
        if (v.isObject())
            list << filesystemFromJson(v.toObject());
    return list;
}

} // namespace

QString GuestOs::displayName() const
{
    if (!prettyName.isEmpty())
        return prettyName;
    if (id == QLatin1String("mswindows") && !version.isEmpty())
        return version;
    return QStringList{name, version}.join(QLatin1Char(' ')).trimmed();
}

double GuestFilesystem::usedFraction() const
{
    if (usedBytes < 0 || totalBytes <= 0)
        return -1;
    return qBound(0.0, double(usedBytes) / double(totalBytes), 1.0);
}

GuestAgentInfo guestAgentInfoFromJson(const QJsonObject &body)
{
    GuestAgentInfo info;
    info.agentVersion = stringAt(body, "guestAgentVersion");
    info.hostname = stringAt(body, "hostname");
    info.timezone = stringAt(body, "timezone").section(QLatin1Char(','), 0, 0).trimmed();
    const QJsonObject os = body.value(QLatin1String("os")).toObject();
    info.os = GuestOs{stringAt(os, "name"),          stringAt(os, "version"),       stringAt(os, "prettyName"),
                      stringAt(os, "versionId"),     stringAt(os, "id"),            stringAt(os, "kernelRelease"),
                      stringAt(os, "kernelVersion"), stringAt(os, "machine")};
    info.users = usersFrom(body.value(QLatin1String("userList")));
    info.filesystems = filesystemsFrom(body.value(QLatin1String("fsInfo")).toObject().value(QLatin1String("disks")));
    return info;
}

QList<GuestUser> guestUsersFromJson(const QJsonObject &userlist)
{
    return usersFrom(userlist.value(QLatin1String("items")));
}

QList<GuestFilesystem> guestFilesystemsFromJson(const QJsonObject &filesystemlist)
{
    return filesystemsFrom(filesystemlist.value(QLatin1String("items")));
}

} // namespace drover::core
