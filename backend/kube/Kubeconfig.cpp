#include "Kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace drover::kube {

namespace {

// Errors carry "file:line: what".
struct Ctx
{
    QString file;
    QString dir;
    QString at(const YAML::Node &n) const
    {
        const auto m = n.Mark();
        return m.line >= 0 ? QStringLiteral("%1:%2").arg(file).arg(m.line + 1) : file;
    }
};

QString str(const YAML::Node &n)
{
    return n && n.IsScalar() ? QString::fromStdString(n.Scalar()) : QString();
}

QString absPath(const Ctx &c, const QString &p)
{
    if (p.isEmpty() || QDir::isAbsolutePath(p))
        return p;
    if (p.startsWith(QLatin1String("~/")))
        return QDir::homePath() + p.mid(1);
    return QDir(c.dir).filePath(p);
}

// base64 "*-data" fields; fails with the field named.
Result<QByteArray> base64Field(const Ctx &c, const YAML::Node &parent, const char *key, const QString &where)
{
    const YAML::Node n = parent[key];
    if (!n)
        return QByteArray();
    const QByteArray in = str(n).toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(in, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Result<QByteArray>::failure(QStringLiteral("%1: %2: '%3' is not valid base64")
                                               .arg(c.at(n), where, QLatin1String(key)));
    return *decoded;
}

// A named list (clusters/users/contexts): each item a map with "name" and the inner map `inner`.
Result<QList<std::pair<QString, YAML::Node>>> namedList(const Ctx &c, const YAML::Node &root, const char *list,
                                                        const char *inner)
{
    using R = Result<QList<std::pair<QString, YAML::Node>>>;
    QList<std::pair<QString, YAML::Node>> out;
    const YAML::Node l = root[list];
    if (!l || l.IsNull())
        return out;
    if (!l.IsSequence())
        return R::failure(QStringLiteral("%1: '%2' must be a list").arg(c.at(l), QLatin1String(list)));
    for (std::size_t i = 0; i < l.size(); ++i) {
        const YAML::Node item = l[i];
        const QString where = QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i);
        if (!item.IsMap())
            return R::failure(QStringLiteral("%1: %2 must be a map with 'name' and '%3'").arg(c.at(item), where, QLatin1String(inner)));
        const QString name = str(item["name"]);
        if (name.isEmpty())
            return R::failure(QStringLiteral("%1: %2 has no 'name'").arg(c.at(item), where));
        const YAML::Node body = item[inner];
        if (!body || !body.IsMap())
            return R::failure(QStringLiteral("%1: %2 ('%3') has no '%4' map").arg(c.at(item), where, name, QLatin1String(inner)));
        out.append({name, body});
    }
    return out;
}

} // namespace

QStringList Kubeconfig::defaultFiles()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (!env.isEmpty())
        return env.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return {QDir::homePath() + QStringLiteral("/.kube/config")};
}

Result<Kubeconfig> Kubeconfig::loadDefault()
{
    return load(defaultFiles());
}

Result<Kubeconfig> Kubeconfig::load(const QStringList &files)
{
    using R = Result<Kubeconfig>;
    Kubeconfig kc;
    for (const QString &file : files) {
        QFile f(file);
        if (!f.exists()) {
            if (files.size() == 1)
                return R::failure(QStringLiteral("%1: no such file").arg(file));
            continue; // kubectl skips missing entries of KUBECONFIG
        }
        if (!f.open(QIODevice::ReadOnly))
            return R::failure(QStringLiteral("%1: cannot read: %2").arg(file, f.errorString()));
        const QByteArray text = f.readAll();
        kc.m_files << file;
        Ctx c{file, QFileInfo(file).absolutePath()};
        YAML::Node root;
        try {
            root = YAML::Load(text.toStdString());
        } catch (const YAML::ParserException &e) {
            return R::failure(QStringLiteral("%1:%2: not valid YAML: %3")
                                  .arg(file).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg)));
        }
        if (!root || root.IsNull())
            continue; // an empty file contributes nothing, as in kubectl
        if (!root.IsMap())
            return R::failure(QStringLiteral("%1: a kubeconfig must be a YAML map (apiVersion, clusters, users, contexts)").arg(c.at(root)));
        try {
            auto clusters = namedList(c, root, "clusters", "cluster");
            if (!clusters)
                return R::failure(clusters.error());
            for (const auto &[name, n] : *clusters) {
                if (std::any_of(kc.m_clusters.begin(), kc.m_clusters.end(), [&](const auto &x) { return x.name == name; }))
                    continue; // the first file to define a name wins
                ClusterConfig cl;
                cl.name = name;
                cl.server = str(n["server"]);
                if (cl.server.isEmpty())
                    return R::failure(QStringLiteral("%1: cluster '%2' has no 'server'").arg(c.at(n), name));
                auto ca = base64Field(c, n, "certificate-authority-data", QStringLiteral("cluster '%1'").arg(name));
                if (!ca)
                    return R::failure(ca.error());
                cl.caPem = *ca;
                cl.caFile = absPath(c, str(n["certificate-authority"]));
                cl.insecureSkipTlsVerify = n["insecure-skip-tls-verify"] && n["insecure-skip-tls-verify"].as<bool>(false);
                cl.tlsServerName = str(n["tls-server-name"]);
                cl.proxyUrl = str(n["proxy-url"]);
                kc.m_clusters.append(cl);
            }
            auto users = namedList(c, root, "users", "user");
            if (!users)
                return R::failure(users.error());
            for (const auto &[name, n] : *users) {
                if (std::any_of(kc.m_users.begin(), kc.m_users.end(), [&](const auto &x) { return x.name == name; }))
                    continue;
                UserConfig u;
                u.name = name;
                const QString where = QStringLiteral("user '%1'").arg(name);
                u.token = str(n["token"]);
                u.tokenFile = absPath(c, str(n["tokenFile"]));
                auto cert = base64Field(c, n, "client-certificate-data", where);
                auto key = base64Field(c, n, "client-key-data", where);
                if (!cert)
                    return R::failure(cert.error());
                if (!key)
                    return R::failure(key.error());
                u.clientCertPem = *cert;
                u.clientKeyPem = *key;
                // Files are read at resolve(): remember their absolute paths in the PEM slots' stead.
                if (u.clientCertPem.isEmpty() && n["client-certificate"])
                    u.clientCertPem = "file:" + absPath(c, str(n["client-certificate"])).toUtf8();
                if (u.clientKeyPem.isEmpty() && n["client-key"])
                    u.clientKeyPem = "file:" + absPath(c, str(n["client-key"])).toUtf8();
                u.username = str(n["username"]);
                u.password = str(n["password"]);
                if (const YAML::Node e = n["exec"]) {
                    if (!e.IsMap())
                        return R::failure(QStringLiteral("%1: %2: 'exec' must be a map").arg(c.at(e), where));
                    ExecConfig x;
                    x.apiVersion = str(e["apiVersion"]);
                    x.command = str(e["command"]);
                    if (x.command.isEmpty())
                        return R::failure(QStringLiteral("%1: %2: exec has no 'command'").arg(c.at(e), where));
                    if (x.command.contains(QLatin1Char('/')))
                        x.command = absPath(c, x.command);
                    if (e["args"] && e["args"].IsSequence())
                        for (const auto &a : e["args"])
                            x.args << str(a);
                    if (e["env"] && e["env"].IsSequence())
                        for (const auto &v : e["env"])
                            x.env.append({str(v["name"]), str(v["value"])});
                    x.installHint = str(e["installHint"]);
                    x.provideClusterInfo = e["provideClusterInfo"] && e["provideClusterInfo"].as<bool>(false);
                    x.interactiveMode = str(e["interactiveMode"]);
                    u.exec = x;
                }
                kc.m_users.append(u);
            }
            auto contexts = namedList(c, root, "contexts", "context");
            if (!contexts)
                return R::failure(contexts.error());
            for (const auto &[name, n] : *contexts) {
                if (std::any_of(kc.m_contexts.begin(), kc.m_contexts.end(), [&](const auto &x) { return x.name == name; }))
                    continue;
                ContextConfig cx{name, str(n["cluster"]), str(n["user"]), str(n["namespace"])};
                if (cx.ns.isEmpty())
                    cx.ns = QStringLiteral("default");
                kc.m_contexts.append(cx);
            }
            if (kc.m_current.isEmpty())
                kc.m_current = str(root["current-context"]);
        } catch (const YAML::Exception &e) {
            return R::failure(QStringLiteral("%1:%2: %3").arg(file).arg(e.mark.line + 1).arg(QString::fromStdString(e.msg)));
        }
    }
    if (kc.m_files.isEmpty())
        return R::failure(QStringLiteral("none of the kubeconfig files exist: %1").arg(files.join(QLatin1Char(':'))));
    if (kc.m_contexts.isEmpty())
        return R::failure(QStringLiteral("%1: no contexts defined").arg(kc.m_files.join(QLatin1Char(':'))));
    if (!kc.m_current.isEmpty() &&
        std::none_of(kc.m_contexts.begin(), kc.m_contexts.end(), [&](const auto &x) { return x.name == kc.m_current; }))
        return R::failure(QStringLiteral("%1: current-context '%2' does not exist (contexts: %3)")
                              .arg(kc.m_files.join(QLatin1Char(':')), kc.m_current, kc.contextNames().join(QStringLiteral(", "))));
    return kc;
}

QStringList Kubeconfig::contextNames() const
{
    QStringList out;
    for (const auto &c : m_contexts)
        out << c.name;
    return out;
}

QString Kubeconfig::currentContext() const
{
    return m_current.isEmpty() && !m_contexts.isEmpty() ? m_contexts.first().name : m_current;
}

static Result<QByteArray> readPem(const QByteArray &slot, const QString &what)
{
    if (!slot.startsWith("file:"))
        return slot;
    const QString path = QString::fromUtf8(slot.mid(5));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(QStringLiteral("%1: cannot read %2: %3").arg(what, path, f.errorString()));
    return f.readAll();
}

Result<ResolvedContext> Kubeconfig::resolve(const QString &contextName) const
{
    using R = Result<ResolvedContext>;
    const QString name = contextName.isEmpty() ? currentContext() : contextName;
    auto cx = std::find_if(m_contexts.begin(), m_contexts.end(), [&](const auto &x) { return x.name == name; });
    if (cx == m_contexts.end())
        return R::failure(QStringLiteral("no context named '%1' (contexts: %2)").arg(name, contextNames().join(QStringLiteral(", "))));
    auto cl = std::find_if(m_clusters.begin(), m_clusters.end(), [&](const auto &x) { return x.name == cx->cluster; });
    if (cl == m_clusters.end())
        return R::failure(QStringLiteral("context '%1' names cluster '%2', which is not defined").arg(name, cx->cluster));
    auto us = std::find_if(m_users.begin(), m_users.end(), [&](const auto &x) { return x.name == cx->user; });
    if (us == m_users.end() && !cx->user.isEmpty())
        return R::failure(QStringLiteral("context '%1' names user '%2', which is not defined").arg(name, cx->user));
    ResolvedContext r{name, cx->ns, *cl, us == m_users.end() ? UserConfig{} : *us};
    if (r.cluster.caPem.isEmpty() && !r.cluster.caFile.isEmpty()) {
        QFile f(r.cluster.caFile);
        if (!f.open(QIODevice::ReadOnly))
            return R::failure(QStringLiteral("cluster '%1': cannot read certificate-authority %2: %3")
                                  .arg(cl->name, r.cluster.caFile, f.errorString()));
        r.cluster.caPem = f.readAll();
    }
    auto cert = readPem(r.user.clientCertPem, QStringLiteral("user '%1': client-certificate").arg(r.user.name));
    if (!cert)
        return R::failure(cert.error());
    auto key = readPem(r.user.clientKeyPem, QStringLiteral("user '%1': client-key").arg(r.user.name));
    if (!key)
        return R::failure(key.error());
    r.user.clientCertPem = *cert;
    r.user.clientKeyPem = *key;
    if (!r.user.tokenFile.isEmpty()) {
        QFile f(r.user.tokenFile);
        if (!f.open(QIODevice::ReadOnly))
            return R::failure(QStringLiteral("user '%1': cannot read tokenFile %2: %3").arg(r.user.name, r.user.tokenFile, f.errorString()));
        r.user.token = QString::fromUtf8(f.readAll()).trimmed();
    }
    return r;
}

} // namespace drover::kube
