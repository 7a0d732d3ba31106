#pragma once
// Internal to Kubeconfig.cpp: one kubeconfig file read into entries that remember where they were
// written, so that what kubectl only checks when a context is used (a cluster without a server, a
// missing certificate file) can still be reported later with the file and the line.
#include "Kubeconfig.h"

#include <QHash>

namespace drover::kube::detail {

// Where one clusters[]/users[]/contexts[] entry was written and what resolve() still owes it.
struct EntrySource
{
    QString file;                  // the kubeconfig, as given to load()
    int line = 0;                  // 1-based line of the list item
    QHash<QString, int> lines;     // key of the entry's inner map -> its 1-based line
    QHash<QString, QString> paths; // certificate-authority, client-certificate, client-key,
                                   // tokenFile -> absolute path, read by resolve()
    QStringList problems;          // "file:line: what", reported when a context uses the entry

    // "file:line" of `key` when the entry set it, else of the list item.
    QString at(const QString &key = {}) const;
};

template <typename Config> struct Entry
{
    Config config;
    EntrySource source;
};

struct ParsedFile
{
    QList<Entry<ClusterConfig>> clusters;
    QList<Entry<UserConfig>> users;
    QList<Entry<ContextConfig>> contexts;
    QString currentContext;
    int currentContextLine = 0;
    bool empty = false; // no YAML document at all; kubectl reads it as an empty config
};

// Parses one file's text. Structural errors (not YAML, wrong types, bad base64, a name used
// twice) fail here, as they fail kubectl's load; errors read "file:line: what". Never throws.
Result<ParsedFile> parseKubeconfig(const QString &file, const QByteArray &text);

// What a Kubeconfig keeps beside its public lists, in the same order.
struct KubeconfigSources
{
    QList<EntrySource> clusters;
    QList<EntrySource> users;
    QList<EntrySource> contexts;
    QString currentContextAt; // "file:line" of the current-context that won
};

} // namespace drover::kube::detail
