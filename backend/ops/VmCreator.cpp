#include "VmCreator.h"

#include "JsonFields.h"
#include "OpsTr.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace drover::ops {

namespace {

using R = kube::ApiResource;

QString metadataField(const QJsonObject &o, const char *field)
{
    return core::stringAt(core::objectAt(o, "metadata"), field);
}

// Said on Basics, whether the GET before anything is made or the create's AlreadyExists finds it.
QString nameTaken(const core::NewVmRequest &r)
{
    return Tr::tr("A VM named %1 already exists in %2.").arg(r.name, r.ns);
}

QString sideObjectName(const core::NewVmRequest &r, const R *res)
{
    return *res == R::secrets() ? r.sshSecretName() : r.sysprepConfigMapName();
}

} // namespace

VmCreator::VmCreator(ClusterConnection *connection, QObject *parent) : QObject(parent), m_connection(connection)
{
    qRegisterMetaType<NewVmChoices>();
    qRegisterMetaType<VmCreateResult>();
}

QString VmCreator::freeName(const QString &ns, const QString &base) const
{
    kube::ObjectCache *vms = m_connection->vms();
    QString name = base;
    for (int n = 2; vms && vms->contains(ns + QLatin1Char('/') + name); ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

QList<core::NewVmProblem> VmCreator::problemsOf(const kube::KubeError &error, const core::NewVmRequest &request)
{
    QList<core::NewVmProblem> out;
    if (error.reason == QLatin1String("AlreadyExists")) {
        out.append({core::NewVmPage::Basics, nameTaken(request)});
        return out;
    }
    for (const kube::StatusCause &c : error.causes)
        // A schema cause has no field but starts with its path ("spec.template.spec.domain.devices in body is required").
        out.append({core::pageForField(c.field.isEmpty() ? c.message.section(QLatin1Char(' '), 0, 0) : c.field),
                    c.field.isEmpty() || c.message.contains(c.field) ? c.message : c.field + QStringLiteral(": ") + c.message});
    if (out.isEmpty())
        out.append({core::NewVmPage::Review, error.message});
    return out;
}

void VmCreator::create(const core::NewVmRequest &request)
{
    VmCreateResult result;
    result.request = request;
    if (!m_connection->client()) {
        result.status = VmCreateResult::NotConnected;
        Q_EMIT finished(result);
        return;
    }
    result.problems = core::newVmProblems(request);
    if (!result.problems.isEmpty()) {
        result.status = VmCreateResult::Invalid;
        Q_EMIT finished(result);
        return;
    }
    // A taken name is said on Basics before anything is made (else the Secret's name clashes first).
    m_connection->client()->get(R::virtualMachines(), request.ns, request.name, this, [this, result](const kube::Response &r) mutable {
        if (r.ok()) {
            result.status = VmCreateResult::Refused;
            result.problems = {{core::NewVmPage::Basics, nameTaken(result.request)}};
            Q_EMIT finished(result);
            return;
        }
        if (r.httpStatus != 404 && r.error.kind != kube::ErrorKind::Forbidden) { // may create but not read: go on
            result.error = r.error;
            Q_EMIT finished(result);
            return;
        }
        createAll(result);
    });
}

void VmCreator::createAll(VmCreateResult result)
{
    const core::NewVmObjects objects = core::newVmObjects(result.request);
    QList<SideObject> side;
    if (objects.sshSecret)
        side.append({&R::secrets(), *objects.sshSecret});
    if (objects.sysprepConfigMap)
        side.append({&R::configMaps(), *objects.sysprepConfigMap});
    createSide(result, objects, side, {});
}

// The side objects one after the other (each call makes the next), then the VM.
void VmCreator::createSide(VmCreateResult result, const core::NewVmObjects &objects, QList<SideObject> side,
                           QList<const R *> made)
{
    if (side.isEmpty())
        return createVm(result, objects, made);
    if (!m_connection->client())
        return notConnected(result, made);
    const SideObject first = side.takeFirst();
    m_connection->client()->create(*first.resource, result.request.ns, first.object, this,
                                   [this, result, objects, side, made, res = first.resource](const kube::Response &r) mutable {
                                       if (r.ok()) {
                                           made.append(res);
                                           return createSide(result, objects, side, made);
                                       }
                                       withdraw(result.request, made);
                                       result.error = r.error;
                                       const bool exists = r.error.reason == QLatin1String("AlreadyExists");
                                       result.status = exists ? VmCreateResult::Refused : VmCreateResult::Failed;
                                       if (exists)
                                           result.problems.append({core::NewVmPage::FirstBoot,
                                                                   Tr::tr("%1 %2 already exists in %3: rename the VM or delete it.")
                                                                       .arg(res->kind, sideObjectName(result.request, res), result.request.ns)});
                                       Q_EMIT finished(result);
                                   });
}

void VmCreator::notConnected(VmCreateResult result, const QList<const R *> &made)
{
    withdraw(result.request, made);
    result.status = VmCreateResult::NotConnected;
    Q_EMIT finished(result);
}

void VmCreator::createVm(VmCreateResult result, const core::NewVmObjects &objects, QList<const R *> made)
{
    if (!m_connection->client())
        return notConnected(result, made);
    m_connection->client()->create(R::virtualMachines(), result.request.ns, objects.vm, this,
                                   [this, result, made](const kube::Response &r) mutable {
                                       if (!r.ok()) {
                                           withdraw(result.request, made);
                                           result.error = r.error;
                                           const bool refused = r.error.kind == kube::ErrorKind::Invalid || r.error.reason == QLatin1String("AlreadyExists");
                                           result.status = refused ? VmCreateResult::Refused : VmCreateResult::Failed;
                                           if (refused)
                                               result.problems = problemsOf(r.error, result.request);
                                           Q_EMIT finished(result);
                                           return;
                                       }
                                       result.vmKey = result.request.ns + QLatin1Char('/') + metadataField(r.object, "name");
                                       adopt(result, r.object, made);
                                   });
}

// The Secret and ConfigMap made for the VM get it as their owner, so deleting the VM deletes them.
void VmCreator::adopt(VmCreateResult result, const QJsonObject &vm, const QList<const R *> &made)
{
    result.status = VmCreateResult::Created;
    if (made.isEmpty() || !m_connection->client()) {
        Q_EMIT finished(result);
        return;
    }
    const QJsonObject owner{{QStringLiteral("apiVersion"), QStringLiteral("kubevirt.io/v1")},
                            {QStringLiteral("kind"), QStringLiteral("VirtualMachine")},
                            {QStringLiteral("name"), metadataField(vm, "name")},
                            {QStringLiteral("uid"), metadataField(vm, "uid")}};
    const QByteArray patch = QJsonDocument(QJsonObject{{QStringLiteral("metadata"),
                                                        QJsonObject{{QStringLiteral("ownerReferences"), QJsonArray{owner}}}}})
                                 .toJson(QJsonDocument::Compact);
    auto pending = std::make_shared<int>(int(made.size()));
    auto warnings = std::make_shared<QStringList>();
    for (const R *res : made) {
        const QString name = sideObjectName(result.request, res);
        m_connection->client()->patch(*res, result.request.ns, name, kube::PatchType::Merge, patch, this,
                                      [this, result, res, name, pending, warnings](const kube::Response &r) mutable {
                                          if (!r.ok())
                                              warnings->append(Tr::tr("%1 %2 stays when the VM is deleted (it could not be given the VM as owner: %3).")
                                                                   .arg(res->kind, name, r.error.userMessage()));
                                          if (--*pending > 0)
                                              return;
                                          result.warning = warnings->join(QLatin1Char(' '));
                                          Q_EMIT finished(result);
                                      });
    }
}

void VmCreator::withdraw(const core::NewVmRequest &request, const QList<const R *> &made)
{
    if (!m_connection->client())
        return;
    for (const R *res : made)
        m_connection->client()->remove(*res, request.ns, sideObjectName(request, res), this, [](const kube::Response &) {});
}

} // namespace drover::ops
