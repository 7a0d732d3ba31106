#pragma once
// Line diffs for people: what Edit YAML shows before it saves. A longest-common-subsequence diff
// of the changed middle (the common head and tail are cut first, so an edit in a 300-line VM
// costs little), printed as unified-diff hunks with context, as `kubectl diff` shows them.
#include <QList>
#include <QString>
#include <QStringList>

namespace drover::core {

struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    bool operator==(const DiffLine &) const = default;
};

// Every line of before and after, in order, each marked.
QList<DiffLine> diffLines(const QStringList &before, const QStringList &after);

// "@@ -12,7 +12,8 @@" hunks with `context` unchanged lines around each change; lines start with
// ' ', '-' or '+'. Empty when nothing differs.
QString unifiedDiff(const QStringList &before, const QStringList &after, int context = 3);

} // namespace drover::core
