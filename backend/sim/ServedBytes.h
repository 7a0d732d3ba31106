#pragma once
// The JSON text of each stored object as a list answers it (a custom resource with its CRD's
// defaults applied), kept per resourceVersion: a 10,000-VM list page is then the kept texts
// joined, not 500 objects defaulted and written again for every page of every client (that
// was 1.9 s of drover-sim's time for the VM and VMI lists at 10,000 VMs). kube-apiserver's watch
// cache keeps the serialised form of an object for its watchers the same way (cachingObject).
// The text is byte for byte what serialising the object would give (test_simlist).
#include "ApiResource.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

namespace drover::sim {

class ServedBytes
{
public:
    // The text of obj (stored under key in res) as served; made when obj's resourceVersion is
    // not the one kept.
    const QByteArray &bytes(const kube::ApiResource &res, const QString &key, const QJsonObject &obj);
    // Drop what is kept for a deleted object.
    void forget(const kube::ApiResource &res, const QString &key);

private:
    struct Entry
    {
        QString rv;
        QByteArray bytes;
    };
    QHash<QString, Entry> m_entries; // resKey '\n' key
};

} // namespace drover::sim
