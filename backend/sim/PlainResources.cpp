#include "PlainResources.h"

namespace drover::sim::plain {

using kube::ApiResource;
using namespace Qt::StringLiterals;

const ApiResource &serviceAccounts()
{
    static const ApiResource r{QString(), u"v1"_s, u"serviceaccounts"_s, u"ServiceAccount"_s, true};
    return r;
}
const ApiResource &services()
{
    static const ApiResource r{QString(), u"v1"_s, u"services"_s, u"Service"_s, true};
    return r;
}
const ApiResource &roles()
{
    static const ApiResource r{u"rbac.authorization.k8s.io"_s, u"v1"_s, u"roles"_s, u"Role"_s, true};
    return r;
}
const ApiResource &roleBindings()
{
    static const ApiResource r{u"rbac.authorization.k8s.io"_s, u"v1"_s, u"rolebindings"_s, u"RoleBinding"_s, true};
    return r;
}
const ApiResource &clusterRoles()
{
    static const ApiResource r{u"rbac.authorization.k8s.io"_s, u"v1"_s, u"clusterroles"_s, u"ClusterRole"_s, false};
    return r;
}
const ApiResource &clusterRoleBindings()
{
    static const ApiResource r{u"rbac.authorization.k8s.io"_s, u"v1"_s, u"clusterrolebindings"_s, u"ClusterRoleBinding"_s, false};
    return r;
}
const ApiResource &customResourceDefinitions()
{
    static const ApiResource r{u"apiextensions.k8s.io"_s, u"v1"_s, u"customresourcedefinitions"_s, u"CustomResourceDefinition"_s, false};
    return r;
}

void registerResources(ObjectStore &store)
{
    for (const ApiResource *r : {&serviceAccounts(), &services(), &roles(), &roleBindings(), &clusterRoles(),
                                 &clusterRoleBindings(), &customResourceDefinitions()})
        if (!store.find(r->group, r->version, r->plural))
            store.registerResource(*r);
}

} // namespace drover::sim::plain
