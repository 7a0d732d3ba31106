#pragma once
// What the cluster says of a VM's persistent disks now (core::DiskState): for each volume backed
// by a claim, a GET of the claim, and of its DataVolume when the volume names one. One report per
// read(), once every answer is in; a disk whose objects cannot be read keeps what was known of it
// empty (a 403 on DataVolumes only loses the import phase). Threading: the connection's thread.
#include "ClusterConnection.h"
#include "VmDisks.h"

#include <QHash>
#include <QObject>

namespace drover::ops {

struct VmDiskReport
{
    QString vmKey;
    QHash<QString, core::DiskState> states; // by volume name
};

class VmDiskReader : public QObject
{
    Q_OBJECT
public:
    explicit VmDiskReader(ClusterConnection *connection, QObject *parent = nullptr);

    // disks: the VM's (core::vmDisksFromJson); only the persistent ones are read.
    void read(const QString &vmKey, const QList<core::VmDisk> &disks);

Q_SIGNALS:
    void reported(const drover::ops::VmDiskReport &report);

private:
    ClusterConnection *m_connection;
};

} // namespace drover::ops

Q_DECLARE_METATYPE(drover::ops::VmDiskReport)
