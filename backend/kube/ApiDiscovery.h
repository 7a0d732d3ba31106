#pragma once
// Is an API group/version served? Asked when a call fails in a way that can mean the API itself
// is missing rather than the object: a 404 that is not a metav1.Status ("404 page not found",
// the API server's answer for a path nothing serves) or the aggregator's 503 for an APIService
// whose backing server (KubeVirt's virt-api, say) does not answer.
#include "KubeError.h"

#include <QObject>
#include <QString>
#include <functional>

namespace drover::kube {

class KubeClient;

struct ApiAvailability
{
    enum State {
        Served,      // discovery answers: the API is there (the failure was about something else)
        NotServed,   // 404 on discovery: nothing in the cluster serves this group/version
        Unavailable, // 503 (or 502/504): registered through the aggregator, its server does not answer
        Unknown,     // discovery itself failed otherwise (network, 401, 403...): see error
    };
    State state = Unknown;
    QString groupVersion; // "subresources.kubevirt.io/v1"
    KubeError error;      // discovery's own failure (NotServed, Unavailable, Unknown)
};

// A failed answer that may come from a missing API rather than a missing object.
bool mayMeanMissingApi(const KubeError &e);

// GET /apis/{groupVersion} (or /api/v1 for "v1") and classify the answer.
ApiAvailability availabilityFrom(const QString &groupVersion, int httpStatus, const KubeError &e);
void probeApi(KubeClient *client, const QString &groupVersion, QObject *context,
              std::function<void(const ApiAvailability &)> cb);

} // namespace drover::kube
