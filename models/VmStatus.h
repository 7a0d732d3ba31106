#pragma once
// What a VM's status means to an admin: a colour class for printableStatus, and which lifecycle
// actions KubeVirt accepts in that state (pkg/virt-api/rest/lifecycle.go).
#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

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

enum class VmAction { Start, Stop, ForceStop, Restart, Pause, Resume };

inline constexpr VmAction allVmActions[] = {VmAction::Start,   VmAction::Stop,  VmAction::Restart,
                                            VmAction::Pause,   VmAction::Resume, VmAction::ForceStop};

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
};

// The subresource call behind an action: plural ("virtualmachines" or
// "virtualmachineinstances"), verb, request body, and the printableStatus that proves it worked.
struct ActionCall
{
    QString plural;
    QString verb;
    QJsonObject body;
    QString expectedStatus;
};
ActionCall actionCall(VmAction a);

} // namespace drover::models

Q_DECLARE_METATYPE(drover::models::VmAction)
