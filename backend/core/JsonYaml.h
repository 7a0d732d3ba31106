#pragma once
// An API object as `kubectl get -o yaml` prints it, byte for byte: block style, keys in sorted
// order (as sigs.k8s.io/yaml writes them: QJsonObject iterates sorted too), sequences in a mapping
// not indented, long strings folded past column 80, multi-line strings as literal
// blocks, strings that YAML would read as something else (true, null, 42, 1e3, a timestamp, "")
// double-quoted and other strings that cannot be plain (": x", "*x") single-quoted, as go-yaml
// writes them. test_vmpage compares it with kubectl's own output for the same object.
#include <QJsonObject>
#include <QString>

namespace drover::core {

QString jsonToYaml(const QJsonObject &object);

} // namespace drover::core
