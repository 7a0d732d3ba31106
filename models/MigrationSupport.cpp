#include "MigrationSupport.h"

namespace drover::models {

QStringList vmKeysFrom(const QMimeData *data)
{
    if (!data || !data->hasFormat(QLatin1String(kVmKeysMime)))
        return {};
    return QString::fromUtf8(data->data(QLatin1String(kVmKeysMime))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QMimeData *vmKeysMime(const QStringList &keys)
{
    auto *m = new QMimeData;
    m->setData(QLatin1String(kVmKeysMime), keys.join(QLatin1Char('\n')).toUtf8());
    m->setText(keys.join(QLatin1Char('\n'))); // dropped into a text editor: the VM names
    return m;
}

reconcile::ClusterState clusterStateFrom(const kube::ObjectCache *nodes, const kube::ObjectCache *vmis,
                                         const kube::ObjectCache *migrations)
{
    reconcile::ClusterState s;
    if (nodes)
        for (const kube::LazyObject &o : nodes->objects())
            if (auto n = core::Node::fromJson(o.json()))
                s.nodes.append(*n);
    if (vmis)
        for (const kube::LazyObject &o : vmis->objects())
            if (auto v = core::Vmi::fromJson(o.json()))
                s.vmis.append(*v);
    if (migrations)
        for (const kube::LazyObject &o : migrations->objects())
            if (auto m = core::Migration::fromJson(o.json()))
                s.migrations.append(*m);
    return s;
}

} // namespace drover::models
