#include "PlainResources.h"

namespace drover::sim::plain {

using kube::ApiResource;
using namespace Qt::StringLiterals;

void registerResources(ObjectStore &store)
{
    const QString rbac = u"rbac.authorization.k8s.io"_s;
    static const ApiResource kinds[] = {
        {QString(), u"v1"_s, u"serviceaccounts"_s, u"ServiceAccount"_s, true},
        {QString(), u"v1"_s, u"services"_s, u"Service"_s, true},
        {rbac, u"v1"_s, u"roles"_s, u"Role"_s, true},
        {rbac, u"v1"_s, u"rolebindings"_s, u"RoleBinding"_s, true},
        {rbac, u"v1"_s, u"clusterroles"_s, u"ClusterRole"_s, false},
        {rbac, u"v1"_s, u"clusterrolebindings"_s, u"ClusterRoleBinding"_s, false},
        {u"apiextensions.k8s.io"_s, u"v1"_s, u"customresourcedefinitions"_s, u"CustomResourceDefinition"_s, false},
    };
    for (const ApiResource &r : kinds)
        if (!store.find(r.group, r.version, r.plural))
            store.registerResource(r);
}

} // namespace drover::sim::plain
