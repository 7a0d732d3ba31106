#pragma once
// Which fields of a JSON object a reader names, as a tree of keys: FieldStrip drops them,
// JsonProjection keeps them. Paths share their beginnings ("status.phase" and
// "status.conditions" are one "status" rule with two inside), and a path that ends at a key
// covers every longer path under it.
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace drover::kube {

struct PathRule
{
    std::string key;
    bool whole = false;           // a path ends here: the whole value (dropped, or kept)
    std::vector<PathRule> inside; // else: the rules for the object under this key
};
using PathRules = std::vector<PathRule>;

// Adds path[at…] to rules.
void addPath(PathRules &rules, const QStringList &path, qsizetype at = 0);
// The rule for key among rules, or null.
const PathRule *ruleFor(const PathRules &rules, std::string_view key);

} // namespace drover::kube
