#pragma once
// A YAML manifest as JSON, read the way kubectl (sigs.k8s.io/yaml, yaml.v2) reads one: YAML 1.1
// resolution of plain scalars (null and ~, booleans with yes/no/on/off, decimal and hex numbers);
// quoted scalars are strings. Other YAML 1.1 forms (octal, sexagesimal, .inf) stay strings.
// The one home for this: the Edit YAML dialog and drover-sim's CRD schemas both read with it.
#include "Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <yaml-cpp/yaml.h>

namespace drover::kube {

QJsonValue yamlToJson(const YAML::Node &node);

// One YAML document that must be a mapping. Errors name the line and column, 1-based
// ("line 4, column 7: end of map not found").
Result<QJsonObject> yamlObject(const QString &text);

} // namespace drover::kube
