#pragma once
// The simulator's admin API, /drover-sim/v1/<name>: POST endpoints that inject faults and load
// (the API server's own, virt-api's, Ceph's, the host agents'), each answering a sentence, and GET
// endpoints that read the simulated Ceph as its CLI would, answering JSON. The part that plays an
// endpoint registers it by name; reply() is what the HTTP side then writes, its status following
// the error's kind (NotFound 404, Invalid 400), with no socket in sight so a test can ask it.
#include "Result.h"

#include <QHash>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace drover::sim {

class SimAdmin
{
public:
    // What a POST did, in a sentence; queued: the work happens later (202 Accepted, not 200).
    struct Done
    {
        QString message;
        bool queued = false;
    };
    // A POST endpoint: what it did, or why not (NotFound: what the query names is not there).
    using Action = std::function<Result<Done>(const QUrlQuery &query)>;
    // A GET endpoint: its JSON answer.
    using Query = std::function<QJsonObject(const QUrlQuery &query)>;

    // POST /drover-sim/v1/<name>. An endpoint added again under the same name replaces the first
    // (a SimCluster's CephSim answers osd-down, which a bare HostReports plays too).
    void addAction(const QString &name, Action action) { m_actions.insert(name, std::move(action)); }
    // GET /drover-sim/v1/<name>; the name may hold slashes ("ceph/ok-to-stop").
    void addQuery(const QString &name, Query query) { m_queries.insert(name, std::move(query)); }

    // The action `name` run now; NotFound when there is none of that name.
    Result<Done> post(const QString &name, const QUrlQuery &query) const;

    // An HTTP answer: the JSON of a GET, or else a metav1.Status with this code, reason (empty on
    // success) and message.
    struct Reply
    {
        int code = 200;
        QString reason;
        QString message;
        std::optional<QJsonObject> json;
    };
    Reply reply(QHttpServerRequest::Method method, const QString &name, const QUrlQuery &query) const;

    // The HTTP status and metav1.Status reason an admin error's kind is answered with.
    static std::pair<int, QString> statusOf(Error::Kind kind);

private:
    QHash<QString, Action> m_actions;
    QHash<QString, Query> m_queries;
};

} // namespace drover::sim
