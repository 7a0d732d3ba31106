#pragma once
// kubeconfig files as kubectl reads them: KUBECONFIG with several files merged (the first file
// to set a map key or current-context wins, as in client-go's loading rules), contexts,
// per-context namespaces, relative paths resolved against the file that named them.
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace drover::kube {

namespace detail {
struct KubeconfigSources;
}

struct ClusterConfig
{
    QString name;
    QString server;
    QByteArray caPem;    // certificate-authority-data (decoded) or the file's content
    QString caFile;      // the absolute path when it came from certificate-authority
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QString proxyUrl;
};

// users[].user.exec (client.authentication.k8s.io/v1 and v1beta1).
struct ExecConfig
{
    QString apiVersion;
    QString command;
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString installHint;
    bool provideClusterInfo = false;
    QString interactiveMode; // Never | IfAvailable | Always
};

struct UserConfig
{
    QString name;
    QString token;      // token, or the content of tokenFile (trimmed)
    QString tokenFile;  // absolute path, re-read on 401 by the client
    QByteArray clientCertPem; // client-certificate-data or the file's content
    QByteArray clientKeyPem;  // client-key-data or the file's content
    QString username;   // basic auth, rarely used
    QString password;
    std::optional<ExecConfig> exec;
};

struct ContextConfig
{
    QString name;
    QString cluster;
    QString user;
    QString ns; // context.namespace; "default" when unset
};

// What a client needs to talk to one cluster as one user.
struct ResolvedContext
{
    QString contextName;
    QString ns;
    ClusterConfig cluster;
    UserConfig user;
};

class Kubeconfig
{
public:
    // Loads and merges the given files. Errors name the file, the line (1-based) and the problem,
    // e.g. "/home/a/.kube/config:7: user 'alice': 'client-key-data' is not valid base64".
    // A file in the list that does not exist is skipped (as kubectl does) unless it is the only one.
    // Like kubectl, load() fails on what cannot be read (YAML, types, base64, duplicate names, no
    // contexts at all); what only matters for one context (a cluster without a server, an unknown
    // user, a missing certificate file) fails that context's resolve(), with its file and line.
    static Result<Kubeconfig> load(const QStringList &files);
    // $KUBECONFIG (split on ':') or ~/.kube/config.
    static Result<Kubeconfig> loadDefault();
    static QStringList defaultFiles();

    QStringList contextNames() const;
    QString currentContext() const; // as the files set it: empty when none does
    QStringList files() const { return m_files; }

    // The named context (empty: the current one) with its cluster and user looked up, files read.
    Result<ResolvedContext> resolve(const QString &contextName = {}) const;

private:
    QStringList m_files;
    QString m_current;
    QList<ContextConfig> m_contexts;
    QList<ClusterConfig> m_clusters;
    QList<UserConfig> m_users;
    // Where each entry above was written (same order) and what resolve() must still read or
    // report for it. Shared: a Kubeconfig does not change after load().
    std::shared_ptr<const detail::KubeconfigSources> m_sources;
};

} // namespace drover::kube
