#pragma once
// Creating a VM: the workflow around core::newVmObjects. loadChoices() reads what a new VM can
// be made from in a namespace (instancetypes and preferences of both kinds, golden images in
// kubevirt-os-images and the namespace, StorageClasses with their StorageProfiles, NADs, the
// namespace's claims); what this account may not read, or the cluster does not have, is said in
// notes and the rest still comes. create() checks the request (core::newVmProblems), creates the
// SSH-key Secret or sysprep ConfigMap first (so the VM never starts without them), then the VM,
// then makes the VM their owner (deleting the VM takes them along). A refused VM withdraws what
// was made for it, and each refusal cause is sent back to the dialog page its field is on.
// choicesLoaded()/finished() exactly once per call. Threading: the connection's thread.
#include "ClusterConnection.h"
#include "VmCatalog.h"
#include "VmCreate.h"

#include <QObject>

namespace drover::ops {

struct NewVmChoices
{
    QString ns;
    QStringList namespaces; // the ones this account can see, sorted
    QList<core::InstancetypeInfo> instancetypes;
    QList<core::PreferenceInfo> preferences;
    QList<core::DataSourceInfo> dataSources;
    QList<core::StorageClassInfo> storageClasses;
    QList<core::NadInfo> nads;
    QStringList pvcs;   // claims in ns, by name
    QStringList notes;  // what could not be read, in words
};

struct VmCreateResult
{
    enum Status {
        Created,      // the VM exists (vmKey)
        Invalid,      // refused before anything was sent: problems
        Refused,      // the API server or KubeVirt's webhook refused it: problems (from its causes) and error
        Failed,       // another failure (network, forbidden…): error
        NotConnected, // no cluster open
    };
    core::NewVmRequest request;
    Status status = Failed;
    QString vmKey;
    kube::KubeError error;
    QList<core::NewVmProblem> problems;
    QString warning; // created, but something beside it went wrong (in words)
};

class VmCreator : public QObject
{
    Q_OBJECT
public:
    explicit VmCreator(ClusterConnection *connection, QObject *parent = nullptr);

    void loadChoices(const QString &ns);
    void create(const core::NewVmRequest &request);

    // A name not taken in ns by a VM the console knows: base, else base-2, base-3…
    QString freeName(const QString &ns, const QString &base) const;
    // A refusal's causes as problems on pages (one per cause; the whole message when it has none).
    static QList<core::NewVmProblem> problemsOf(const kube::KubeError &error, const core::NewVmRequest &request);

Q_SIGNALS:
    void choicesLoaded(const drover::ops::NewVmChoices &choices);
    void finished(const drover::ops::VmCreateResult &result);

private:
    struct SideObject
    {
        const kube::ApiResource *resource;
        QJsonObject object;
    };
    void createAll(VmCreateResult result);
    void createSide(VmCreateResult result, const core::NewVmObjects &objects, QList<SideObject> side,
                    QList<const kube::ApiResource *> made);
    void notConnected(VmCreateResult result, const QList<const kube::ApiResource *> &made);
    void createVm(VmCreateResult result, const core::NewVmObjects &objects, QList<const kube::ApiResource *> made);
    void adopt(VmCreateResult result, const QJsonObject &vm, const QList<const kube::ApiResource *> &made);
    void withdraw(const core::NewVmRequest &request, const QList<const kube::ApiResource *> &made);

    ClusterConnection *m_connection;
};

} // namespace drover::ops

Q_DECLARE_METATYPE(drover::ops::NewVmChoices)
Q_DECLARE_METATYPE(drover::ops::VmCreateResult)
