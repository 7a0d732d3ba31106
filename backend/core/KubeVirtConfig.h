#pragma once
// kubevirt.io/v1 KubeVirt (the CR that configures KubeVirt): what a drain plan depends on.
// Defaults as pkg/virt-config/virt-config.go and configuration.go set them.
#include "Result.h"

#include <QJsonObject>

#include <cstdint>

namespace drover::core {

struct KubeVirtConfig
{
    // spec.configuration.evictionStrategy; KubeVirt's default when unset is None.
    QString evictionStrategy = QStringLiteral("None");
    // spec.configuration.migrations.*
    int parallelMigrationsPerCluster = 5;
    int parallelOutboundMigrationsPerNode = 2;
    std::int64_t bandwidthPerMigrationBytes = 0; // 0: unlimited
    int progressTimeoutSeconds = 150;
    int completionTimeoutPerGiBSeconds = 150;
    QString nodeDrainTaintKey = QStringLiteral("kubevirt.io/drain");
    // spec.workloadUpdateStrategy / vmRolloutStrategy are not needed here.
    bool present = false; // a KubeVirt CR was found (else these are the defaults)

    // From a KubeVirt object; missing fields keep the defaults above.
    static KubeVirtConfig fromJson(const QJsonObject &kubevirt);
};

} // namespace drover::core
