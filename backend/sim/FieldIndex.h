#pragma once
// An index of one resource's objects by the value of one field or one label. kube-apiserver's
// watch cache keeps one for pods' spec.nodeName (pkg/registry/core/pod/strategy.go
// NodeNameIndexFunc, handed to the cacher as its Indexers): a list with fieldSelector
// spec.nodeName=<node>, which kubectl drain, the kubelet and the DaemonSet controller make for
// one node, reads that node's pods and not every pod in the cluster. Controllers index their
// informers' caches the same way (client-go cache.Indexers), by label as well: the simulator's
// Rook operator looks each daemon's pod up by its ceph_daemon_id label.
// The store (ObjectStore) keeps it up to date. What it answers is a set of candidates, which the
// filter then checks in full as without an index, so an index changes speed, never an answer.
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace drover::sim {

struct WatchFilter;

class FieldIndex
{
public:
    enum class Kind { Field, Label };
    // Field: a dotted path, as a fieldSelector names it ("spec.nodeName"); an object without it
    // reads "". Label: a label's key; an object without the label is not indexed.
    FieldIndex(Kind kind, const QString &name);
    bool sameAs(Kind kind, const QString &name) const { return m_kind == kind && m_name == name; }
    // The object stored under key was before (nullptr: it was not there) and is now after
    // (nullptr: it is gone).
    void update(const QString &key, const QJsonObject *before, const QJsonObject *after);
    // The keys of every object f can select, sorted as the store sorts them, when one of f's
    // terms is this index's (an equality on its field or label); nullopt when none is.
    std::optional<QStringList> candidates(const WatchFilter &f) const;

private:
    std::optional<QString> valueOf(const QJsonObject &obj) const;

    Kind m_kind;
    QString m_name;
    QHash<QString, QSet<QString>> m_keys; // value -> keys
};

} // namespace drover::sim
