#pragma once
// What a VM's status means to an admin: a colour class for printableStatus, which lifecycle
// actions KubeVirt accepts in that state (pkg/virt-api/rest/lifecycle.go), and the words for
// the actions and their results (the actions themselves run in ops::VmActions).
#include "VmAction.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace drover::ops {
struct ActionResult;
}
namespace drover::kube {
struct ApiAvailability;
}

namespace drover::models {

struct VmSummary;

enum class StatusKind {
    Running,      // Running
    Paused,       // Paused
    Stopped,      // Stopped
    Transitional, // Starting, Stopping, Provisioning, Migrating, Terminating, WaitingFor...
    Error,        // CrashLoopBackOff, ErrorUnschedulable, ErrImagePull, ..., Unknown
};

StatusKind statusKindOf(const QString &printableStatus);
// A colour that reads on both light and dark palettes.
QColor statusColor(StatusKind kind);

// The actions are ops' (backend/ops/VmAction.h); the models and widgets name them as before.
using ops::VmAction;
using ops::allVmActions;

// The actions KubeVirt accepts for a VM in this state (the server still has the last word).
bool actionAllowed(VmAction action, const VmSummary &vm);

// Translated words for the UI: "Start", "Starting", "started".
struct VmActionText
{
    Q_DECLARE_TR_FUNCTIONS(drover::models::VmActionText)
public:
    static QString name(VmAction a);      // "Force stop"
    static QString progress(VmAction a, const QString &key); // "Stopping prod/web-01…"
    static QString done(VmAction a, const QString &key);     // "prod/web-01 is stopped."
    static QString failed(VmAction a, const QString &key, const QString &why); // "Could not stop …: why"
    // The sentence for a finished action: done(), failed() with the reason, or why it was dropped.
    static QString describe(const ops::ActionResult &result);
    // Why KubeVirt's subresource API cannot take the action, and what to check.
    static QString missingApi(const kube::ApiAvailability &api);
};

} // namespace drover::models
