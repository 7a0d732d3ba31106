#pragma once
// The JSON bodies test_core_vmpage decodes (shapes from KubeVirt's API types), by index.
#include <QJsonObject>

QJsonObject sample(int index);
