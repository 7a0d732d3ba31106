#pragma once
// The patch formats the API server accepts: JSON merge patch (RFC 7386) and JSON patch
// (RFC 6902). Strategic merge patch is applied as a merge patch (its list-merge keys are not
// modelled; for the objects the simulator serves, kubectl's patches come out the same).
#include "Result.h"

#include <QJsonObject>
#include <QJsonValue>

namespace drover::sim {

QJsonObject applyMergePatch(const QJsonObject &target, const QJsonObject &patch);
// How strictly "replace" reads RFC 6902.
enum class JsonPatchFlavour {
    Strict,     // the target member must exist
    EvanphxV4,  // a missing member of an object is set, as gopkg.in/evanphx/json-patch.v4 does
                // (partialDoc.get answers nil, no error): KubeVirt's restore applies a clone's
                // patches with it (restore.go patchVM), e.g. a macAddress the VM never had
};
// Fails with a message naming the operation index and path, e.g. "op 1 (replace /spec/x): path not found".
Result<QJsonObject> applyJsonPatch(const QJsonObject &target, const QJsonArray &ops,
                                   JsonPatchFlavour flavour = JsonPatchFlavour::Strict);

} // namespace drover::sim
