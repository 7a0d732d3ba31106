#pragma once
// What the user of one connection may do, as the API server's authorizer says, remembered for
// the connection's life: the GUI greys what is denied (and says why), the connection decides
// which namespaces its informers may list.
//
// Answers come asynchronously. verdict() says Unknown at first and asks: for a namespace, one
// SelfSubjectRulesReview answers every question in it (when the server's rules are complete);
// otherwise, and at the cluster scope, one SelfSubjectAccessReview per question. changed()
// follows each batch of answers. A review that fails (network, a server without the API) leaves
// its question Unknown and is not sent again until forget(): callers treat Unknown as "try it;
// the cluster has the last word". Words for people are the UI's; this holds values.
// Threading: the client's thread.
#include "AccessReview.h"
#include "KubeClient.h"
#include "VmAction.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <optional>

namespace drover::ops {

class Access : public QObject
{
    Q_OBJECT
public:
    enum class Verdict { Unknown, Allowed, Denied };
    Q_ENUM(Verdict)

    explicit Access(QObject *parent = nullptr);

    // Another client (another cluster or user) forgets every answer; nullptr: no cluster, every
    // verdict Unknown. Answers to the old client's reviews are dropped.
    void setClient(kube::KubeClient *client);

    // The answer when known; otherwise Unknown, and the question is asked (once).
    Verdict verdict(const kube::ResourceAttributes &question);
    // The answer, now when known or when the review comes back (Unknown when it failed).
    // cb runs only while context lives.
    void ask(const kube::ResourceAttributes &question, QObject *context, std::function<void(Verdict)> cb);

    // What a rules review for ns said, as if the server had answered one (tests; and the
    // answer path of the review itself). Incomplete rules are not used: questions go one by one.
    void learn(const QString &ns, const kube::RulesReview &rules);
    // An answer to one question (the answer path of a SelfSubjectAccessReview; tests).
    void learn(const kube::ResourceAttributes &question, bool allowed);
    // Forget what is known about a namespace (a 403 said otherwise): the next verdict asks again.
    void forget(const QString &ns);

    int reviewsSent() const { return m_sent; }
    int pending() const { return int(m_asking.size() + m_rulesPending.size()); }

Q_SIGNALS:
    // Some verdicts changed from Unknown: ask again.
    void changed();

private:
    std::optional<Verdict> known(const kube::ResourceAttributes &q) const;
    void sendReview(const kube::ResourceAttributes &q);
    void sendRules(const QString &ns);
    void answer(const kube::ResourceAttributes &q, Verdict v);

    QPointer<kube::KubeClient> m_client;
    quint64 m_epoch = 0; // bumped by setClient(): older answers are dropped
    QHash<kube::ResourceAttributes, bool> m_answers;
    QHash<QString, kube::RulesReview> m_rules; // complete rules per namespace
    QSet<QString> m_rulesPending;
    QSet<QString> m_oneByOne; // namespaces whose rules were incomplete or could not be had
    QHash<QString, QList<kube::ResourceAttributes>> m_waitingForRules;
    QSet<kube::ResourceAttributes> m_asking;
    QSet<kube::ResourceAttributes> m_failed;
    QHash<kube::ResourceAttributes, QList<std::pair<QPointer<QObject>, std::function<void(Verdict)>>>> m_callbacks;
    int m_sent = 0;
};

// The questions behind Drover's reads and actions, in RBAC's terms.
namespace permissions {
kube::ResourceAttributes list(const kube::ApiResource &resource, const QString &ns = {});
// start/stop/restart (virtualmachines/…) and pause/unpause (virtualmachineinstances/…): update.
kube::ResourceAttributes vmAction(VmAction action, const QString &ns);
kube::ResourceAttributes vncConsole(const QString &ns);
kube::ResourceAttributes serialConsole(const QString &ns);
kube::ResourceAttributes createMigration(const QString &ns);
kube::ResourceAttributes createSnapshot(const QString &ns);
kube::ResourceAttributes deleteVm(const QString &ns);
kube::ResourceAttributes patchVm(const QString &ns); // Edit: a merge patch of the VM
kube::ResourceAttributes createClone(const QString &ns); // a VirtualMachineClone
kube::ResourceAttributes patchNodes(); // cordon, uncordon, the maintenance annotations
kube::ResourceAttributes evictPods();  // a maintenance drain, in every namespace
} // namespace permissions

} // namespace drover::ops
