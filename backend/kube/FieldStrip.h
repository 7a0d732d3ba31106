#pragma once
// Fields an informer drops from each object before its cache keeps the bytes: what no reader of
// that cache ever reads (droverd's lean caches, ops::daemonStrips(); the console strips nothing,
// it shows those fields). A path is a list of object keys, e.g. {"metadata", "managedFields"} or
// {"metadata", "annotations", "kubectl.kubernetes.io/last-applied-configuration"}; a path that
// meets a missing key or a non-object value drops nothing. Arrays are kept whole.
// Read with simdjson on-demand and written back compact: a few µs for a VMI, where a QJsonDocument
// round trip costs ~30 µs. Anything unreadable is kept as it came (the decoders judge it).
// Copies share the rules; apply() may run on any thread.
#include "PathRules.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <memory>

namespace drover::kube {

class FieldStrip
{
public:
    FieldStrip() = default;
    explicit FieldStrip(const QList<QStringList> &paths);

    bool isEmpty() const { return !m_root; }
    // The object without those fields, compact; the bytes as given when none is there (no copy
    // for the QByteArray overload) or when they are not a JSON object.
    QByteArray apply(const QByteArray &json) const;
    QByteArray apply(const char *data, qsizetype size) const;

private:
    // True with *out set when something was dropped.
    bool strip(const char *data, qsizetype size, QByteArray *out) const;
    std::shared_ptr<const PathRules> m_root;
};

} // namespace drover::kube
