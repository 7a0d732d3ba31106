#pragma once
// Editing a VM: the workflow around core::VmEdit. load() reads the VM fresh with its VMI and
// the KubeVirt CR (what decides live versus restart); save() sends the merge patch (with the
// loaded resourceVersion: a VM changed meanwhile is refused, never overwritten), then hot-plugs
// and unplugs disks one by one through KubeVirt's addvolume/removevolume subresources (a new
// disk: a blank DataVolume first, withdrawn when the plug is refused). On a 409 it reads the VM
// again and says which fields someone else changed, with the user's edits carried onto the new
// VM, so a second Save sends them without retyping. loaded()/finished() once per call.
// Threading: the connection's thread.
#include "ClusterConnection.h"
#include "VmEdit.h"

#include <QJsonObject>
#include <QObject>

namespace drover::ops {

struct VmEditSource
{
    QString vmKey;
    kube::KubeError error;    // reading the VM failed: nothing else is set
    QJsonObject vm;           // as read: the base a save patches
    core::VmEditable editable;
    core::VmLiveContext live;
};

struct VmEditRequest
{
    QString vmKey;
    QJsonObject base; // the VM as loaded
    core::VmEditable edited;
    core::VmLiveContext live; // as loaded: what the saved changes are said to do
};

struct VmEditResult
{
    enum Status {
        Saved,        // the patch and every hot-plug went through (or some plugs failed: plugErrors)
        Invalid,      // Edit YAML: not sent, the text is not this VM (yamlProblem)
        Unchanged,    // nothing to send
        Conflict,     // 409: the VM changed since it was loaded (current, changedMeanwhile, rebased)
        Refused,      // the API server or KubeVirt's webhook refused the patch (error)
        Failed,       // another failure (network, forbidden, gone): error
        NotConnected, // no cluster open
    };
    VmEditRequest request;
    Status status = Failed;
    kube::KubeError error;
    QList<core::VmEditChange> changes;   // Saved: what was sent, and what each does
    QStringList plugErrors;              // Saved: "data-2: <KubeVirt's words>" for each disk not (un)plugged
    QJsonObject current;                 // Conflict, Saved: the VM as it is now
    QList<core::VmEditField> changedMeanwhile;
    core::VmEditable rebased;            // Conflict: the user's edits on top of current
    core::VmYamlProblem yamlProblem = core::VmYamlProblem::None;
};

class VmEditor : public QObject
{
    Q_OBJECT
public:
    explicit VmEditor(ClusterConnection *connection, QObject *parent = nullptr);

    void load(const QString &vmKey);
    void save(const VmEditRequest &request);
    // Edit YAML: the whole VM replaced by `edited` (PUT), conditional on base's resourceVersion
    // whatever the text says; a 409 reads the VM again (result.current) for a new review.
    void saveYaml(const QString &vmKey, const QJsonObject &base, const QJsonObject &edited);

    // The hot-plug work a save does after its patch: disks to add (new or existing claims) and
    // the names of hotplugged disks to remove.
    static QList<core::VmEditDisk> disksToPlug(const core::VmEditable &base, const core::VmEditable &edited);
    static QStringList disksToUnplug(const core::VmEditable &base, const core::VmEditable &edited);

Q_SIGNALS:
    void loaded(const drover::ops::VmEditSource &source);
    void finished(const drover::ops::VmEditResult &result);

private:
    void loadVmi(VmEditSource source, const QString &ns, const QString &name);
    void loadKubevirt(VmEditSource source, const QJsonObject &vmi);
    void onConflict(VmEditResult result);
    void readCurrent(VmEditResult result);
    void plugNext(VmEditResult result, QList<core::VmEditDisk> plug, QStringList unplug);
    void plugOne(VmEditResult result, const core::VmEditDisk &disk, QList<core::VmEditDisk> plug, QStringList unplug);
    void done(VmEditResult result);
    void failed(VmEditResult result, kube::ErrorKind kind);

    ClusterConnection *m_connection;
};

} // namespace drover::ops

Q_DECLARE_METATYPE(drover::ops::VmEditSource)
Q_DECLARE_METATYPE(drover::ops::VmEditResult)
