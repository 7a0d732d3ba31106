#pragma once
// drover-sim --state-file: the cluster kept on disk, so a simulator killed and started again is
// the same cluster, as kube-apiserver restarted on its etcd is: the same objects with the same
// resourceVersions (and the counter going on from there), the same CA, certificate and token
// (kubeconfigs written before stay valid). Watch history is not kept: a watch resuming across a
// restart from an older resourceVersion gets 410 Gone, as from a restarted API server's cache.
//
// The file is JSON lines: a header with the resourceVersion, token and PKI; then one
// {"res","type","object"} line per object as a snapshot, written (atomically) at every start;
// then every committed change appended as it happens, before the API answers the write, so
// even SIGKILL loses no acknowledged write.
#include "CertGen.h"
#include "ObjectStore.h"
#include "Result.h"

#include <QFile>
#include <QObject>
#include <optional>

namespace drover::sim {

struct SimIdentity
{
    Pki pki;
    QByteArray token;
};

class SimState : public QObject
{
    Q_OBJECT
public:
    explicit SimState(const QString &path, QObject *parent = nullptr);

    // Fills the store from the file when there is one and returns the identity it kept; nullopt
    // when there is no file yet. A cut-off last line (a kill mid-write) is ignored.
    Result<std::optional<SimIdentity>> load(ObjectStore &store);
    // Writes the snapshot, then appends every change the store commits from now on.
    Result<void> keep(ObjectStore &store, const SimIdentity &id);

private:
    QString m_path;
    QFile m_journal;
};

} // namespace drover::sim
