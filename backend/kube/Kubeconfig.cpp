#include "Kubeconfig.h"

#include "KubeTr.h"
#include "KubeconfigParse.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace drover::kube {

using namespace Qt::StringLiterals;

namespace {

template <typename Config> qsizetype indexOf(const QList<Config> &list, const QString &name)
{
    const auto it =
        std::find_if(list.cbegin(), list.cend(), [&](const Config &c) { return c.name == name; });
    return it == list.cend() ? -1 : it - list.cbegin();
}

template <typename Config> QString namesOf(const QList<Config> &list)
{
    QStringList names;
    for (const Config &c : list)
        names << c.name;
    return names.isEmpty() ? Tr::tr("none") : names.join(u", "_s);
}

// First file to define a name wins (client-go's merge); `sources` stays parallel to `configs`.
template <typename Config>
void mergeEntries(QList<Config> &configs, QList<detail::EntrySource> &sources,
                  QList<detail::Entry<Config>> &&entries)
{
    for (auto &e : entries) {
        if (indexOf(configs, e.config.name) >= 0)
            continue;
        configs.append(std::move(e.config));
        sources.append(std::move(e.source));
    }
}

// Reads a file a kubeconfig entry names; the error points at the line that named it.
Result<QByteArray> readNamedFile(const detail::EntrySource &src, const QString &key,
                                 const QString &what)
{
    const QString path = src.paths.value(key);
    QFile f(path);
    if (QFileInfo(path).isDir())
        return Result<QByteArray>::failure(
            Tr::tr("%1: %2: %3 %4 is a directory, not a file").arg(src.at(key), what, key, path));
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(Tr::tr("%1: %2: cannot read %3 %4: %5")
                                               .arg(src.at(key), what, key, path, f.errorString()));
    return f.readAll();
}

} // namespace

QStringList Kubeconfig::defaultFiles()
{
    const QString env = qEnvironmentVariable("KUBECONFIG");
    if (!env.isEmpty())
        return env.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    return {QDir::homePath() + u"/.kube/config"_s};
}

Result<Kubeconfig> Kubeconfig::loadDefault()
{
    return load(defaultFiles());
}

Result<Kubeconfig> Kubeconfig::load(const QStringList &files)
{
    using R = Result<Kubeconfig>;
    QStringList unique; // client-go reads a file named twice once
    for (const QString &file : files) {
        if (!file.isEmpty() && !unique.contains(file))
            unique << file;
    }
    if (unique.isEmpty())
        return R::failure(Tr::tr("no kubeconfig file was given"));

    Kubeconfig kc;
    auto sources = std::make_shared<detail::KubeconfigSources>();
    QStringList emptyFiles;
    for (const QString &file : std::as_const(unique)) {
        const QFileInfo info(file);
        if (!info.exists()) {
            if (unique.size() == 1)
                return R::failure(Tr::tr("%1: no such file").arg(file));
            continue; // as kubectl, a KUBECONFIG entry that does not exist is skipped
        }
        if (info.isDir())
            return R::failure(Tr::tr("%1: is a directory, not a kubeconfig file").arg(file));
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return R::failure(Tr::tr("%1: cannot be read: %2").arg(file, f.errorString()));
        auto parsed = detail::parseKubeconfig(file, f.readAll());
        if (!parsed)
            return R::failure(parsed.error());
        kc.m_files << file;
        if (parsed->empty) {
            emptyFiles << file;
            continue;
        }
        mergeEntries(kc.m_clusters, sources->clusters, std::move(parsed->clusters));
        mergeEntries(kc.m_users, sources->users, std::move(parsed->users));
        mergeEntries(kc.m_contexts, sources->contexts, std::move(parsed->contexts));
        if (kc.m_current.isEmpty() && !parsed->currentContext.isEmpty()) {
            kc.m_current = parsed->currentContext;
            sources->currentContextAt = u"%1:%2"_s.arg(file).arg(parsed->currentContextLine);
        }
    }
    if (kc.m_files.isEmpty())
        return R::failure(
            Tr::tr("none of the kubeconfig files exists: %1").arg(unique.join(u", "_s)));
    if (kc.m_contexts.isEmpty()) {
        if (kc.m_files.size() == 1 && emptyFiles.size() == 1)
            return R::failure(
                Tr::tr("%1: the file is empty; a kubeconfig needs clusters, users and contexts")
                    .arg(kc.m_files.first()));
        return R::failure(
            Tr::tr("%1: no contexts are defined; a context joins a cluster and a user "
                   "(kubectl config set-context adds one)")
                .arg(kc.m_files.join(u", "_s)));
    }
    kc.m_sources = std::move(sources);
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
    return m_current;
}

Result<ResolvedContext> Kubeconfig::resolve(const QString &contextName) const
{
    using R = Result<ResolvedContext>;
    const QString name = contextName.isEmpty() ? m_current : contextName;
    if (name.isEmpty())
        return R::failure(Tr::tr("%1: no current-context is set; choose a context: %2")
                              .arg(m_files.join(u", "_s), namesOf(m_contexts)));
    const qsizetype cxi = indexOf(m_contexts, name);
    if (cxi < 0) {
        if (contextName.isEmpty())
            return R::failure(
                Tr::tr("%1: current-context '%2' names no context; the contexts are: %3")
                    .arg(m_sources->currentContextAt, name, namesOf(m_contexts)));
        return R::failure(Tr::tr("%1: there is no context '%2'; the contexts are: %3")
                              .arg(m_files.join(u", "_s), name, namesOf(m_contexts)));
    }
    const ContextConfig &cx = m_contexts.at(cxi);
    const detail::EntrySource &cxs = m_sources->contexts.at(cxi);
    if (!cxs.problems.isEmpty())
        return R::failure(cxs.problems.first());

    const qsizetype cli = indexOf(m_clusters, cx.cluster);
    if (cli < 0)
        return R::failure(
            Tr::tr("%1: context '%2' names cluster '%3', which no kubeconfig file defines "
                   "(clusters: %4)")
                .arg(cxs.at(u"cluster"_s), name, cx.cluster, namesOf(m_clusters)));
    const qsizetype usi = cx.user.isEmpty() ? -1 : indexOf(m_users, cx.user);
    if (!cx.user.isEmpty() && usi < 0)
        return R::failure(
            Tr::tr("%1: context '%2' names user '%3', which no kubeconfig file defines "
                   "(users: %4)")
                .arg(cxs.at(u"user"_s), name, cx.user, namesOf(m_users)));

    const auto usedBy = Tr::tr(" (used by context '%1')").arg(name);
    ResolvedContext r{name, cx.ns, m_clusters.at(cli), usi < 0 ? UserConfig{} : m_users.at(usi)};
    const detail::EntrySource &cls = m_sources->clusters.at(cli);
    if (!cls.problems.isEmpty())
        return R::failure(cls.problems.first() + usedBy);
    if (r.cluster.caPem.isEmpty() && cls.paths.contains(u"certificate-authority"_s)) {
        auto pem = readNamedFile(cls, u"certificate-authority"_s,
                                 Tr::tr("cluster '%1'").arg(r.cluster.name));
        if (!pem)
            return R::failure(pem.error().message + usedBy);
        r.cluster.caPem = *pem;
    }
    if (usi < 0)
        return r; // no user: anonymous requests, as kubectl

    const detail::EntrySource &uss = m_sources->users.at(usi);
    if (!uss.problems.isEmpty())
        return R::failure(uss.problems.first() + usedBy);
    const QString who = Tr::tr("user '%1'").arg(r.user.name);
    struct Slot
    {
        QString key;
        QByteArray *target;
    };
    for (const Slot &s : {Slot{u"client-certificate"_s, &r.user.clientCertPem},
                          Slot{u"client-key"_s, &r.user.clientKeyPem}}) {
        if (!s.target->isEmpty() || !uss.paths.contains(s.key))
            continue;
        auto pem = readNamedFile(uss, s.key, who);
        if (!pem)
            return R::failure(pem.error().message + usedBy);
        *s.target = *pem;
    }
    // As client-go: a token wins over tokenFile at first; the client re-reads the file later.
    if (r.user.token.isEmpty() && uss.paths.contains(u"tokenFile"_s)) {
        auto token = readNamedFile(uss, u"tokenFile"_s, who);
        if (!token)
            return R::failure(token.error().message + usedBy);
        r.user.token = QString::fromUtf8(*token).trimmed();
    }
    return r;
}

} // namespace drover::kube
