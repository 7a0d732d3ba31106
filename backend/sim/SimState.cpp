#include "SimState.h"

#include "JsonOut.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace drover::sim {

SimState::SimState(const QString &path, QObject *parent) : QObject(parent), m_path(path) {}

static QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

Result<std::optional<SimIdentity>> SimState::load(ObjectStore &store)
{
    using R = Result<std::optional<SimIdentity>>;
    QFile f(m_path);
    if (!f.exists())
        return std::optional<SimIdentity>();
    if (!f.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("cannot read %1: %2").arg(m_path, f.errorString()));
    const QJsonObject head = QJsonDocument::fromJson(f.readLine()).object();
    if (str(head, "kind") != QLatin1String("DroverSimState"))
        return R::failure(QStringLiteral("%1 is not a drover-sim state file").arg(m_path));
    SimIdentity id;
    id.token = str(head, "token").toUtf8();
    id.pki.caCertPem = str(head, "caCert").toUtf8();
    id.pki.serverCertPem = str(head, "serverCert").toUtf8();
    id.pki.serverKeyPem = str(head, "serverKey").toUtf8();
    store.restoreRv(str(head, "resourceVersion").toLongLong());
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        QJsonParseError err;
        const QJsonObject rec = QJsonDocument::fromJson(line, &err).object();
        if (err.error != QJsonParseError::NoError) {
            if (f.atEnd())
                break; // the last append was cut off: that write was never acknowledged
            return R::failure(QStringLiteral("%1: unreadable line at byte %2").arg(m_path).arg(f.pos()));
        }
        store.restore(str(rec, "res"), str(rec, "type"), rec.value(QLatin1String("object")).toObject());
    }
    return std::optional<SimIdentity>(id);
}

static QByteArray record(const QString &res, const QString &type, const QJsonObject &obj)
{
    return toCompactJson(QJsonObject{{QStringLiteral("res"), res},
                                     {QStringLiteral("type"), type},
                                     {QStringLiteral("object"), obj}}) + '\n';
}

Result<void> SimState::keep(ObjectStore &store, const SimIdentity &id)
{
    QSaveFile snap(m_path);
    if (!snap.open(QIODevice::WriteOnly))
        return Result<void>::failure(QStringLiteral("cannot write %1: %2").arg(m_path, snap.errorString()));
    snap.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner); // it holds the token and key
    snap.write(toCompactJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("DroverSimState")},
                                         {QStringLiteral("resourceVersion"), QString::number(store.currentRv())},
                                         {QStringLiteral("token"), QString::fromUtf8(id.token)},
                                         {QStringLiteral("caCert"), QString::fromUtf8(id.pki.caCertPem)},
                                         {QStringLiteral("serverCert"), QString::fromUtf8(id.pki.serverCertPem)},
                                         {QStringLiteral("serverKey"), QString::fromUtf8(id.pki.serverKeyPem)}}) +
               '\n');
    store.forEachObject([&snap](const QString &res, const QJsonObject &obj) {
        snap.write(record(res, QStringLiteral("ADDED"), obj));
    });
    if (!snap.commit())
        return Result<void>::failure(QStringLiteral("cannot write %1: %2").arg(m_path, snap.errorString()));
    m_journal.setFileName(m_path);
    if (!m_journal.open(QIODevice::Append | QIODevice::Unbuffered))
        return Result<void>::failure(QStringLiteral("cannot append to %1: %2").arg(m_path, m_journal.errorString()));
    // Unbuffered: one write(2) per change, in the kernel before the client hears of it.
    store.setCommitHook([this](const QString &res, const char *type, const QJsonObject &obj) {
        m_journal.write(record(res, QString::fromLatin1(type), obj));
    });
    return {};
}

} // namespace drover::sim
