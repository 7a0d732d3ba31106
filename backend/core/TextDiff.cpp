#include "TextDiff.h"

#include <vector>

namespace drover::core {

namespace {

using Kind = DiffLine::Kind;

// Above this many cells the middle is shown as replaced whole (still right, only less tidy).
constexpr qsizetype kMaxCells = 4'000'000;

void diffMiddle(const QStringList &a, qsizetype a0, qsizetype a1, const QStringList &b, qsizetype b0, qsizetype b1,
                QList<DiffLine> *out)
{
    const qsizetype n = a1 - a0, m = b1 - b0;
    if (n * m > kMaxCells) {
        for (qsizetype i = a0; i < a1; ++i)
            out->append({Kind::Removed, a[i]});
        for (qsizetype j = b0; j < b1; ++j)
            out->append({Kind::Added, b[j]});
        return;
    }
    // lcs[i][j]: the longest common subsequence of a[a0+i..] and b[b0+j..].
    std::vector<int> lcs(std::size_t((n + 1) * (m + 1)), 0);
    const auto at = [m, &lcs](qsizetype i, qsizetype j) -> int & { return lcs[std::size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[a0 + i] == b[b0 + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    qsizetype i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[a0 + i] == b[b0 + j]) {
            out->append({Kind::Same, a[a0 + i]});
            ++i;
            ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            out->append({Kind::Removed, a[a0 + i++]}); // removals first, as diff -u prints them
        } else {
            out->append({Kind::Added, b[b0 + j++]});
        }
    }
}

} // namespace

QList<DiffLine> diffLines(const QStringList &a, const QStringList &b)
{
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head])
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    QList<DiffLine> out;
    for (qsizetype i = 0; i < head; ++i)
        out.append({Kind::Same, a[i]});
    diffMiddle(a, head, a.size() - tail, b, head, b.size() - tail, &out);
    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        out.append({Kind::Same, a[i]});
    return out;
}

QString unifiedDiff(const QStringList &before, const QStringList &after, int context)
{
    const QList<DiffLine> lines = diffLines(before, after);
    QStringList out;
    qsizetype k = 0;
    while (k < lines.size()) {
        if (lines[k].kind == Kind::Same) {
            ++k;
            continue;
        }
        // A hunk: from `context` lines before this change to `context` after the last change
        // that is not more than 2 × context unchanged lines away.
        qsizetype start = std::max<qsizetype>(0, k - context), end = k;
        while (end < lines.size()) {
            qsizetype same = 0;
            while (end + same < lines.size() && lines[end + same].kind == Kind::Same)
                ++same;
            if (end + same == lines.size() || same > 2 * context) {
                end = std::min(lines.size(), end + std::min<qsizetype>(same, context));
                break;
            }
            end += same;
            while (end < lines.size() && lines[end].kind != Kind::Same)
                ++end;
        }
        int aLine = 1, bLine = 1;
        for (qsizetype i = 0; i < start; ++i) {
            aLine += lines[i].kind != Kind::Added;
            bLine += lines[i].kind != Kind::Removed;
        }
        int aCount = 0, bCount = 0;
        QStringList body;
        for (qsizetype i = start; i < end; ++i) {
            const DiffLine &l = lines[i];
            aCount += l.kind != Kind::Added;
            bCount += l.kind != Kind::Removed;
            body << QChar(l.kind == Kind::Same ? u' ' : l.kind == Kind::Removed ? u'-' : u'+') + l.text;
        }
        out << QStringLiteral("@@ -%1,%2 +%3,%4 @@").arg(aCount ? aLine : aLine - 1).arg(aCount).arg(bCount ? bLine : bLine - 1).arg(bCount);
        out << body;
        k = end;
    }
    return out.isEmpty() ? QString() : out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace drover::core
