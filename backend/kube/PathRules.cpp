#include "PathRules.h"

#include <algorithm>

namespace drover::kube {

void addPath(PathRules &rules, const QStringList &path, qsizetype at)
{
    const std::string key = path.at(at).toStdString();
    auto it = std::find_if(rules.begin(), rules.end(), [&](const PathRule &r) { return r.key == key; });
    if (it == rules.end())
        it = rules.insert(rules.end(), PathRule{key, false, {}});
    if (at + 1 == path.size()) {
        it->whole = true;
        it->inside.clear();
    } else if (!it->whole) {
        addPath(it->inside, path, at + 1);
    }
}

const PathRule *ruleFor(const PathRules &rules, std::string_view key)
{
    for (const PathRule &r : rules)
        if (r.key == key)
            return &r;
    return nullptr;
}

} // namespace drover::kube
