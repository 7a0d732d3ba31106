#include "VmEditor.h"

#include "JsonFields.h"

#include <QJsonDocument>

namespace drover::ops {

namespace {

using R = kube::ApiResource;

QString nsOf(const QString &key)
{
    return key.section(QLatin1Char('/'), 0, 0);
}

QString nameOf(const QString &key)
{
    return key.section(QLatin1Char('/'), 1);
}

bool hasDisk(const core::VmEditable &e, const QString &name)
{
    for (const core::VmEditDisk &d : e.disks)
        if (d.name == name)
            return true;
    return false;
}

} // namespace

VmEditor::VmEditor(ClusterConnection *connection, QObject *parent) : QObject(parent), m_connection(connection)
{
    qRegisterMetaType<VmEditSource>();
    qRegisterMetaType<VmEditResult>();
}

QList<core::VmEditDisk> VmEditor::disksToPlug(const core::VmEditable &base, const core::VmEditable &edited)
{
    QList<core::VmEditDisk> out;
    for (const core::VmEditDisk &d : edited.disks)
        if (!hasDisk(base, d.name))
            out.append(d);
    return out;
}

QStringList VmEditor::disksToUnplug(const core::VmEditable &base, const core::VmEditable &edited)
{
    QStringList out;
    for (const core::VmEditDisk &d : base.disks)
        if (d.hotpluggable && !hasDisk(edited, d.name))
            out.append(d.name);
    return out;
}

void VmEditor::load(const QString &vmKey)
{
    VmEditSource source;
    source.vmKey = vmKey;
    kube::KubeClient *client = m_connection->client();
    if (!client) {
        source.error.kind = kube::ErrorKind::Network;
        Q_EMIT loaded(source);
        return;
    }
    const QString ns = nsOf(vmKey), name = nameOf(vmKey);
    client->get(R::virtualMachines(), ns, name, this, [this, source, ns, name](const kube::Response &r) mutable {
        if (!r.ok()) {
            source.error = r.error;
            Q_EMIT loaded(source);
            return;
        }
        source.vm = r.object;
        source.editable = core::vmEditableFromJson(r.object);
        loadVmi(source, ns, name);
    });
}

// The VMI (404: stopped) and then the KubeVirt CR; neither failing stops the edit: it only
// makes the plan assume "stopped" / KubeVirt's defaults.
void VmEditor::loadVmi(VmEditSource source, const QString &ns, const QString &name)
{
    if (!m_connection->client())
        return loadKubevirt(source, {});
    m_connection->client()->get(R::virtualMachineInstances(), ns, name, this, [this, source](const kube::Response &r) {
        loadKubevirt(source, r.ok() ? r.object : QJsonObject());
    });
}

void VmEditor::loadKubevirt(VmEditSource source, const QJsonObject &vmi)
{
    kube::KubeClient *client = m_connection->client();
    if (!client) {
        source.live = core::vmLiveContextFrom(source.vm, vmi, {});
        Q_EMIT loaded(source);
        return;
    }
    client->list(R::kubevirts(), {}, {}, this, [this, source, vmi](const kube::ListResult &l) mutable {
        QJsonObject kubevirt;
        if (l.ok() && !l.items.isEmpty())
            kubevirt = l.items.first().object.json();
        source.live = core::vmLiveContextFrom(source.vm, vmi, kubevirt);
        for (core::VmNic &n : source.editable.nics) // an auto-attached pod NIC: bound as the cluster binds it
            if (n.binding.isEmpty() && n.network.isEmpty())
                n.binding = core::interfaceBinding(source.live.podInterface);
        Q_EMIT loaded(source);
    });
}

void VmEditor::save(const VmEditRequest &request)
{
    VmEditResult result;
    result.request = request;
    kube::KubeClient *client = m_connection->client();
    if (!client) {
        result.status = VmEditResult::NotConnected;
        Q_EMIT finished(result);
        return;
    }
    const core::VmEditable base = core::vmEditableFromJson(request.base);
    result.changes = core::planVmEdit(base, request.edited, request.live);
    const QList<core::VmEditDisk> plug = disksToPlug(base, request.edited);
    const QStringList unplug = disksToUnplug(base, request.edited);
    const QJsonObject patch = core::vmEditPatch(request.base, request.edited, request.live.podInterface);
    if (patch.isEmpty() && plug.isEmpty() && unplug.isEmpty()) {
        result.status = VmEditResult::Unchanged;
        Q_EMIT finished(result);
        return;
    }
    if (patch.isEmpty())
        return plugNext(result, plug, unplug);
    const QString ns = nsOf(request.vmKey), name = nameOf(request.vmKey);
    client->patch(R::virtualMachines(), ns, name, kube::PatchType::Merge, QJsonDocument(patch).toJson(QJsonDocument::Compact), this,
                  [this, result, plug, unplug](const kube::Response &r) mutable {
                      if (r.httpStatus == 409)
                          return onConflict(result);
                      if (!r.ok()) {
                          result.error = r.error;
                          result.status = r.httpStatus == 422 || r.httpStatus == 400 ? VmEditResult::Refused : VmEditResult::Failed;
                          Q_EMIT finished(result);
                          return;
                      }
                      result.current = r.object;
                      plugNext(result, plug, unplug);
                  });
}

// Someone changed the VM since it was loaded: read it, say what changed, keep the user's edits.
void VmEditor::onConflict(VmEditResult result)
{
    result.status = VmEditResult::Conflict;
    kube::KubeClient *client = m_connection->client();
    const QString ns = nsOf(result.request.vmKey), name = nameOf(result.request.vmKey);
    if (!client) // the VM as it is now cannot be read: no form to rebase onto
        return failed(result, kube::ErrorKind::Network);
    client->get(R::virtualMachines(), ns, name, this, [this, result](const kube::Response &r) mutable {
        if (!r.ok()) {
            result.status = VmEditResult::Failed;
            result.error = r.error;
            return done(result);
        }
        const core::VmEditable base = core::vmEditableFromJson(result.request.base);
        const core::VmEditable now = core::vmEditableFromJson(r.object);
        result.current = r.object;
        result.changedMeanwhile = core::changedFields(base, now);
        result.rebased = core::rebaseEdit(base, result.request.edited, now);
        done(result);
    });
}

void VmEditor::plugNext(VmEditResult result, QList<core::VmEditDisk> plug, QStringList unplug)
{
    kube::KubeClient *client = m_connection->client();
    result.status = VmEditResult::Saved;
    if (!client) { // the connection closed after the patch: say which disks were left as they were
        kube::KubeError closed;
        closed.kind = kube::ErrorKind::Network;
        for (const core::VmEditDisk &d : plug)
            result.plugErrors << d.name + QStringLiteral(": ") + closed.userMessage();
        for (const QString &v : unplug)
            result.plugErrors << v + QStringLiteral(": ") + closed.userMessage();
        return done(result);
    }
    if (plug.isEmpty() && unplug.isEmpty())
        return done(result);
    const QString ns = nsOf(result.request.vmKey), name = nameOf(result.request.vmKey);
    if (!plug.isEmpty()) {
        const core::VmEditDisk disk = plug.takeFirst();
        if (disk.size.isEmpty()) // an existing claim or DataVolume
            return plugOne(result, disk, plug, unplug);
        client->create(R::dataVolumes(), ns, core::blankDataVolume(ns, disk), this,
                       [this, result, disk, plug, unplug](const kube::Response &r) mutable {
                           if (!r.ok()) {
                               result.plugErrors << disk.name + QStringLiteral(": ") + r.error.userMessage();
                               return plugNext(result, plug, unplug);
                           }
                           plugOne(result, disk, plug, unplug);
                       });
        return;
    }
    const QString volume = unplug.takeFirst();
    client->kubevirtAction(QStringLiteral("virtualmachines"), ns, name, QStringLiteral("removevolume"),
                           core::removeVolumeOptions(volume), this, [this, result, volume, plug, unplug](const kube::Response &r) mutable {
                               if (!r.ok())
                                   result.plugErrors << volume + QStringLiteral(": ") + r.error.userMessage();
                               plugNext(result, plug, unplug);
                           });
}

void VmEditor::plugOne(VmEditResult result, const core::VmEditDisk &disk, QList<core::VmEditDisk> plug, QStringList unplug)
{
    kube::KubeClient *client = m_connection->client();
    if (!client)
        return done(result);
    const QString ns = nsOf(result.request.vmKey), name = nameOf(result.request.vmKey);
    client->kubevirtAction(QStringLiteral("virtualmachines"), ns, name, QStringLiteral("addvolume"), core::addVolumeOptions(disk), this,
                           [this, result, disk, plug, unplug, ns](const kube::Response &r) mutable {
                               if (!r.ok()) {
                                   result.plugErrors << disk.name + QStringLiteral(": ") + r.error.userMessage();
                                   if (!disk.size.isEmpty() && m_connection->client()) // the blank disk made for it
                                       m_connection->client()->remove(R::dataVolumes(), ns, disk.claim, this, [](const kube::Response &) {});
                               }
                               plugNext(result, plug, unplug);
                           });
}

void VmEditor::done(VmEditResult result)
{
    Q_EMIT finished(result);
}

void VmEditor::saveYaml(const QString &vmKey, const QJsonObject &base, const QJsonObject &edited)
{
    VmEditResult result;
    result.request.vmKey = vmKey;
    result.request.base = base;
    kube::KubeClient *client = m_connection->client();
    result.yamlProblem = core::vmYamlProblem(base, edited);
    if (!client || result.yamlProblem != core::VmYamlProblem::None) {
        result.status = client ? VmEditResult::Invalid : VmEditResult::NotConnected;
        return done(result);
    }
    QJsonObject obj = edited;
    QJsonObject meta = core::objectAt(obj, "metadata");
    meta.insert(QLatin1String("resourceVersion"), core::stringAt(core::objectAt(base, "metadata"), "resourceVersion"));
    obj.insert(QLatin1String("metadata"), meta);
    QJsonObject was = core::vmForYaml(base), now = obj;
    was.remove(QLatin1String("status")); // the status is the controllers': an update ignores it
    now.remove(QLatin1String("status"));
    if (was == now) {
        result.status = VmEditResult::Unchanged;
        return done(result);
    }
    client->update(R::virtualMachines(), obj, this, [this, result](const kube::Response &r) mutable {
        if (r.httpStatus == 409) {
            result.status = VmEditResult::Conflict;
            return readCurrent(result);
        }
        if (!r.ok()) {
            result.error = r.error;
            result.status = r.httpStatus == 422 || r.httpStatus == 400 ? VmEditResult::Refused : VmEditResult::Failed;
            return done(result);
        }
        result.status = VmEditResult::Saved;
        result.current = r.object;
        done(result);
    });
}

void VmEditor::readCurrent(VmEditResult result)
{
    kube::KubeClient *client = m_connection->client();
    if (!client)
        return failed(result, kube::ErrorKind::Network);
    client->get(R::virtualMachines(), nsOf(result.request.vmKey), nameOf(result.request.vmKey), this,
                [this, result](const kube::Response &r) mutable {
                    if (!r.ok()) {
                        result.status = VmEditResult::Failed;
                        result.error = r.error;
                        return done(result);
                    }
                    result.current = r.object;
                    result.changedMeanwhile = core::changedFields(core::vmEditableFromJson(result.request.base),
                                                                  core::vmEditableFromJson(r.object));
                    done(result);
                });
}

// A conflict whose VM cannot be read again is a failure: an empty "current" would wipe the form.
void VmEditor::failed(VmEditResult result, kube::ErrorKind kind)
{
    result.status = VmEditResult::Failed;
    result.error.kind = kind;
    done(result);
}

} // namespace drover::ops
