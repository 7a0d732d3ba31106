#pragma once
// Reading what a running VM's guest agent says (core/GuestAgent.h): guestosinfo first; when the
// agent answers, userlist and filesystemlist together, whose lists are the fresher. One report
// per read(), whatever happens. A VM that does not run is not asked (its VMI is not in the
// cache); KubeVirt's refusal for a VMI without a connected agent (an HTTP 500 with its words, see
// the .cpp) is NoAgent.
// Threading: the connection's thread.
#include "ClusterConnection.h"
#include "GuestAgent.h"

#include <QObject>

namespace drover::ops {

struct GuestAgentReport
{
    enum Status {
        Connected,  // info holds what the agent said
        NoAgent,    // the VMI runs, but no guest agent is connected (KubeVirt's words: error.message)
        NotRunning, // no VMI: nothing to ask
        Failed,     // the request failed (error): forbidden, unreachable, ...
    };
    QString vmKey;
    Status status = Failed;
    kube::KubeError error;
    core::GuestAgentInfo info;
};

class GuestAgentReader : public QObject
{
    Q_OBJECT
public:
    explicit GuestAgentReader(ClusterConnection *connection, QObject *parent = nullptr);

    void read(const QString &vmKey);

    // GET path of one of the guest agent subresources ("guestosinfo", "userlist", "filesystemlist").
    static QString pathOf(const QString &vmKey, const QString &subresource);

Q_SIGNALS:
    void reported(const drover::ops::GuestAgentReport &report);

private:
    void readLists(GuestAgentReport report);

    ClusterConnection *m_connection;
};

} // namespace drover::ops

Q_DECLARE_METATYPE(drover::ops::GuestAgentReport)
